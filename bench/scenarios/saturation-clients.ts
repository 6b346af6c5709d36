/**
 * Saturation by clients (issue 14): 50, 200 and 500 closed-loop clients (no pause between requests) on one gateway
 * process, 95 % warm requests (a target answered from the cache) and 5 % cold ones (a new target; SE Ranking
 * answering in 1 s). Per level: throughput, warm p50 / p99 and their ratio, the share refused (OVERLOADED, 503 with
 * Retry-After) and the share unanswered (no HTTP answer within deadline + 5 s).
 */

import { percentile } from '../lib/load.js';
import { fmt, type Row, row, type Section } from '../lib/report.js';
import { startWorld } from '../lib/world.js';

const LEVELS = [50, 200, 500] as const;
const DURATION_MS = 15_000;
const DEADLINE_MS = 5_000;
const WARM_TARGETS = 50;

interface Outcome {
  warm: boolean;
  answered: boolean;
  refused: boolean;
  data: boolean;
  /** The first error's code, when the answer has one. */
  code?: string | undefined;
  ms: number;
}

async function send(url: string, target: string, warm: boolean): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `{ target(target: "${target}") { backlinkSummary { backlinks } } }` }),
      signal: AbortSignal.timeout(DEADLINE_MS + 5_000),
    });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    const code = body.errors?.[0]?.extensions?.code;
    const refused = res.status === 503 && code === 'OVERLOADED';
    const data = res.status === 200 && !body.errors;
    return { warm, answered: true, refused, data, code, ms: performance.now() - started };
  } catch {
    return { warm, answered: false, refused: false, data: false, ms: performance.now() - started };
  }
}

/** How cold requests ended: with data, or with which error code (shares of the cold requests sent). */
function coldOutcomes(cold: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of cold) {
    const outcome = o.data ? 'data' : !o.answered ? 'unanswered' : (o.code ?? 'other');
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  const shares = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${fmt((n / cold.length) * 100, 0)} %`);
  return `${cold.length}: ${shares.join(', ')}`;
}

export async function saturationClientsScenario(): Promise<Section> {
  const rows: Row[] = [];
  const world = await startWorld({
    env: { REQUEST_DEADLINE_MS: String(DEADLINE_MS), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
  });
  try {
    const warm = Array.from({ length: WARM_TARGETS }, (_, i) => `sat-warm-${i}.example`);
    // Twice: the second answer comes from the cache, so the gateway knows these operations as warm.
    for (let pass = 0; pass < 2; pass++) for (const target of warm) await send(world.url, target, true);
    await world.seranking.setFaults({ latencyMs: 1_000 });
    let cold = 0;
    for (const clients of LEVELS) {
      const outcomes: Outcome[] = [];
      const until = Date.now() + DURATION_MS;
      await Promise.all(
        Array.from({ length: clients }, async (_, client) => {
          for (let n = 0; Date.now() < until; n++) {
            const isCold = (client * 7 + n) % 20 === 0;
            const target = isCold
              ? `sat-cold-${clients}-${cold++}.example`
              : (warm[(client + n) % WARM_TARGETS] as string);
            outcomes.push(await send(world.url, target, !isCold));
          }
        }),
      );
      const warmMs = outcomes.filter((o) => o.warm && o.data).map((o) => o.ms);
      const p50 = percentile(warmMs, 50);
      const p99 = percentile(warmMs, 99);
      const refused = outcomes.filter((o) => o.refused).length / outcomes.length;
      const unanswered = outcomes.filter((o) => !o.answered).length / outcomes.length;
      rows.push(
        row(
          `${clients} clients: throughput`,
          `${fmt(outcomes.length / (DURATION_MS / 1000), 0)} answers/s`,
          '',
          'info',
        ),
        row(
          `${clients} clients: warm p50 / p99 (ratio)`,
          `${fmt(p50, 1)} / ${fmt(p99, 1)} ms (${fmt(p99 / p50, 1)})`,
          'ratio ≤ 10',
          p99 / p50 <= 10,
        ),
        row(`${clients} clients: share refused (OVERLOADED)`, fmt(refused, 3), '', 'info'),
        row(`${clients} clients: cold answers`, coldOutcomes(outcomes.filter((o) => !o.warm)), '', 'info'),
        row(`${clients} clients: share unanswered`, fmt(unanswered, 3), '0', unanswered === 0),
      );
    }
  } finally {
    await world.close();
  }
  return {
    title: 'Saturation by clients: 50 / 200 / 500 closed-loop clients, 95 % warm, 5 % cold (SE Ranking at 1 s)',
    rows,
    notes: [
      `${DURATION_MS / 1000} s per level, no pause between a client's requests, REQUEST_DEADLINE_MS=${DEADLINE_MS}, admission defaults (MAX_CONCURRENT_OPERATIONS=32, MAX_CONCURRENT_COLD_OPERATIONS=16, MAX_QUEUED_OPERATIONS=128); warm latency counts warm answers with data.`,
    ],
  };
}
