/**
 * Latency at 100 ms per upstream call: p50 / p99 of sequential requests against each query's critical path
 * (the upstream round trips that must follow one another). Cold: every request asks for keys nobody asked
 * for before. Warm lookups: the keyword-id and check-id answers cached, the SERP and summaries not
 * (SERP and backlinks TTLs at 0 = always refresh).
 */
import { expectData, median, operation, percentile, post, type Validator } from '../lib/load.js';
import { NaiveClient } from '../lib/naive.js';
import { fmt, type Row, row, type Section } from '../lib/report.js';
import { startWorld, type World } from '../lib/world.js';
import { ENGINE, KEYWORD, validTop100Strict } from './calls.js';

const LATENCY_MS = 100;
const SAMPLES = 20;

const validBoth: Validator = expectData((data) => {
  const summary = (data.target as { backlinkSummary?: unknown } | null)?.backlinkSummary;
  const results = (data.serp as { results?: unknown[] } | null)?.results;
  if (!summary) return 'no target.backlinkSummary';
  return Array.isArray(results) && results.length === 10 ? undefined : 'serp.results is not 10 results';
});

async function sample(
  world: World,
  query: string,
  count: number,
  variables: (i: number) => Record<string, unknown>,
  validate: Validator,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await post(world.url, query, variables(i), validate)).ms);
  return times;
}

function rows(name: string, times: number[], roundTrips: number): Row[] {
  const p50 = median(times);
  const limit = 1.1 * roundTrips * LATENCY_MS;
  return [
    row(
      `${name} p50`,
      `${fmt(p50, 0)} ms`,
      `≤ 1.1 × ${roundTrips} × ${LATENCY_MS} ms = ${fmt(limit, 0)} ms`,
      p50 <= limit,
    ),
    row(`${name} p99`, `${fmt(percentile(times, 99), 0)} ms`, 'reported'),
  ];
}

export async function latencyScenario(): Promise<Section> {
  const world = await startWorld({ sandbox: { seranking: { hugeTargets: [] } } });
  const out: Row[] = [];
  try {
    // Distinct tracked keywords (their own synthetic result domains), each with a completed daily check.
    const phrases = Array.from({ length: 2 * SAMPLES }, (_, i) => `zq${i}bench gadget`);
    const naive = new NaiveClient(world.urls);
    await naive.track(phrases, ENGINE);
    await naive.close();
    await world.serpmetrics.drainQueues(['daily']);
    const top100 = operation('top100');
    const both = operation('both');
    // Warm-up of the process (JIT, connection pools) on the demo pair, before the latency is switched on.
    for (let i = 0; i < 5; i++) await post(world.url, top100, { keyword: KEYWORD, engine: ENGINE }, validTop100Strict);
    await world.seranking.setFaults({ latencyMs: LATENCY_MS });
    await world.serpmetrics.setFaults({ latencyMs: LATENCY_MS });

    const coldTop = await sample(
      world,
      top100,
      SAMPLES,
      (i) => ({ keyword: phrases[i], engine: ENGINE }),
      validTop100Strict,
    );
    const coldBoth = await sample(
      world,
      both,
      SAMPLES,
      (i) => ({ target: `both${i}-cold.com`, keyword: phrases[SAMPLES + i], engine: ENGINE }),
      validBoth,
    );
    out.push(...rows('Q_TOP100 cold (4 round trips)', coldTop, 4), ...rows('Q_BOTH cold (3 round trips)', coldBoth, 3));

    // Warm lookups: same pairs again (keyword id and check id cached), SERP and summaries always refreshed.
    await world.restartGateway({ CACHE_TTL_SERP_SECONDS: '0', CACHE_TTL_BACKLINKS_SECONDS: '0' });
    await world.seranking.clearFaults();
    await world.serpmetrics.clearFaults();
    for (let i = 0; i < 3; i++) await post(world.url, top100, { keyword: KEYWORD, engine: ENGINE }, validTop100Strict);
    for (const keyword of phrases) await post(world.url, top100, { keyword, engine: ENGINE }, validTop100Strict);
    await world.seranking.setFaults({ latencyMs: LATENCY_MS });
    await world.serpmetrics.setFaults({ latencyMs: LATENCY_MS });
    const warmTop = await sample(
      world,
      top100,
      SAMPLES,
      (i) => ({ keyword: phrases[i], engine: ENGINE }),
      validTop100Strict,
    );
    const warmBoth = await sample(
      world,
      both,
      SAMPLES,
      (i) => ({ target: `both${i}-warm.com`, keyword: phrases[SAMPLES + i], engine: ENGINE }),
      validBoth,
    );
    out.push(
      ...rows('Q_TOP100, keyword + check lookups warm (2 round trips)', warmTop, 2),
      ...rows('Q_BOTH, keyword + check lookups warm (1 round trip)', warmBoth, 1),
    );
  } finally {
    await world.close();
  }
  return {
    title: `Latency at ${LATENCY_MS} ms per upstream call (sequential requests, ${SAMPLES} samples each)`,
    rows: out,
    notes: [
      'Sandbox latency injected on every call of both emulators (POST /__sandbox/faults {latencyMs: 100}); each cold sample uses a keyword pair and targets never asked before (40 extra pairs tracked and checked in the sandbox first).',
      'Warm-lookup samples: a fresh gateway with CACHE_TTL_SERP_SECONDS=0 and CACHE_TTL_BACKLINKS_SECONDS=0, the keyword-id and check-id lookups primed without latency, then the same pairs measured.',
    ],
  };
}
