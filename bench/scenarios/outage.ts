/**
 * Upstream down (issue 14): SE Ranking's host refuses connections (a TCP switch in front of the sandbox). Times of
 * the two answers the gateway gives at once: a warm-but-expired key served stale (100 keys, one request each) and a
 * cold key refused UPSTREAM_UNAVAILABLE by the open breaker (200 keys), both p50 / p99 over HTTP, one client.
 */
import { startSwitch } from '../../test/resilience/peer.js';
import { percentile } from '../lib/load.js';
import { fmt, type Row, row, type Section } from '../lib/report.js';
import { startWorld } from '../lib/world.js';

const SUMMARY = 'query S($target: String!) { target(target: $target) { backlinkSummary { backlinks } } }';

async function timed(url: string, target: string): Promise<{ ms: number; body: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: SUMMARY, variables: { target } }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  return { ms: performance.now() - started, body };
}

export async function outageScenario(): Promise<Section> {
  const rows: Row[] = [];
  const world = await startWorld();
  const upstream = await startSwitch(world.urls.seranking);
  try {
    await world.restartGateway({
      SERANKING_BASE_URL: upstream.url,
      CACHE_TTL_BACKLINKS_SECONDS: '1',
      BREAKER_HALF_OPEN_AFTER_MS: '60000',
    });
    const warm = Array.from({ length: 100 }, (_, i) => `outage-warm-${i}.example`);
    for (const target of warm) await timed(world.url, target);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await upstream.refuse();
    const stale: number[] = [];
    let notStale = 0;
    for (const target of warm) {
      const { ms, body } = await timed(world.url, target);
      stale.push(ms);
      const marked = (body.extensions as { upstream?: { stale?: unknown[] } } | undefined)?.upstream?.stale;
      if (body.errors !== undefined || !Array.isArray(marked)) notStale++;
    }
    const refusals: number[] = [];
    let notRefused = 0;
    for (let i = 0; i < 200; i++) {
      const { ms, body } = await timed(world.url, `outage-cold-${i}.example`);
      const code = (body.errors as Array<{ extensions?: { code?: string } }> | undefined)?.[0]?.extensions?.code;
      // The first few open the breaker (connection refused); what is measured is the open-circuit refusal.
      if (i >= 20) refusals.push(ms);
      if (code !== 'UPSTREAM_UNAVAILABLE') notRefused++;
    }
    const staleP99 = percentile(stale, 99);
    const refusalP99 = percentile(refusals, 99);
    rows.push(
      row(
        'warm-but-expired key, host refusing: stale answer p50 / p99',
        `${fmt(percentile(stale, 50), 1)} / ${fmt(staleP99, 1)} ms (${notStale} of 100 not stale-and-marked)`,
        'p99 < 50 ms',
        staleP99 < 50 && notStale === 0,
      ),
      row(
        'cold key, breaker open: UPSTREAM_UNAVAILABLE p50 / p99',
        `${fmt(percentile(refusals, 50), 1)} / ${fmt(refusalP99, 1)} ms (${notRefused} of 200 not refused)`,
        'p99 < 50 ms',
        refusalP99 < 50 && notRefused === 0,
      ),
    );
  } finally {
    await upstream.refuse();
    await world.close();
  }
  return {
    title: 'Upstream down: stale at once and open-circuit refusals (SE Ranking refusing connections)',
    rows,
    notes: [
      'One client, sequential requests, default resilience (8 attempts, backoff): a stale answer that waited for retries would show here. Refusals are measured after the first 20 cold keys (those opened the breaker).',
    ],
  };
}
