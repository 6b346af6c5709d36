/**
 * Scaling: how the gateway's CPU, upstream calls and peak RSS grow with the size of one bulk request, cold
 * (every key new): `targets(targets: [...])` with 10 / 100 / 1,000 / 5,000 targets and `keywords(texts: [...])`
 * with 100 / 1,000 / 10,000 keywords, each in a fresh gateway process (so no request inherits another's heap).
 * Linear work shows as a flat CPU-seconds-per-item column.
 */
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { expectData, operation, post } from '../lib/load.js';
import { fmt, mib, row, type Section } from '../lib/report.js';
import { startWorld, type World } from '../lib/world.js';
import { benchKeywords, validKeywords } from './calls.js';

const TARGETS = [10, 100, 1_000, 5_000];
const KEYWORDS = [100, 1_000, 10_000];

const TARGETS_QUERY = `query BenchTargets($targets: [String!]!) {
  targets(targets: $targets) { address backlinkSummary { backlinks refDomains } authority { domainInlinkRank } }
}`;

const validTargets = (count: number) =>
  expectData(
    (data) => {
      const list = data.targets as unknown[] | undefined;
      return Array.isArray(list) && list.length === count ? undefined : `targets has ${list?.length} items`;
    },
    ['TARGET_TOO_LARGE'],
  );

interface Measured {
  cpuSeconds: number;
  calls: number;
  peakRss: number;
  wallMs: number;
}

/** One cold request on a fresh gateway: its CPU, the upstream calls it caused and the peak RSS while it ran. */
async function measure(world: World, send: () => Promise<unknown>): Promise<Measured> {
  await world.restartGateway();
  await world.resetStats();
  const cpuBefore = world.gateway.cpuSeconds();
  let peakRss = world.gateway.rssBytes();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, world.gateway.rssBytes());
  }, 20);
  const started = performance.now();
  try {
    await send();
  } finally {
    clearInterval(sampler);
  }
  const wallMs = performance.now() - started;
  peakRss = Math.max(peakRss, world.gateway.rssBytes());
  const cpuSeconds = world.gateway.cpuSeconds() - cpuBefore;
  const calls = await world.calls();
  return { cpuSeconds, calls: calls.seranking + calls.serpmetrics, peakRss, wallMs };
}

export async function scalingScenario(): Promise<Section> {
  // Upstream limits lifted (rate and units), so the figures are the gateway's own work, not the limiter's.
  const world = await startWorld({ env: { SERANKING_RATE_LIMIT_PER_SECOND: '1000', GRAPHQL_MAX_COST: '0' } });
  try {
    await world.seranking.putKey('default', { key: SANDBOX_KEYS.seranking, units: 1e12, rateLimitPerSecond: 100_000 });
    const rows = [];
    const perItem: Record<'targets' | 'keywords', number[]> = { targets: [], keywords: [] };
    for (const n of TARGETS) {
      const targets = Array.from({ length: n }, (_, i) => `scale-${n}-${i}.example.com`);
      const m = await measure(world, () => post(world.url, TARGETS_QUERY, { targets }, validTargets(n)));
      perItem.targets.push((m.cpuSeconds / n) * 1000);
      rows.push(
        row(
          `${fmt(n, 0)} targets, cold`,
          `${fmt(m.cpuSeconds, 2)} CPU-s (${fmt((m.cpuSeconds / n) * 1000, 3)} per 1,000), ${m.calls} upstream calls, peak RSS ${mib(m.peakRss)}, ${fmt(m.wallMs, 0)} ms`,
        ),
      );
    }
    const query = operation('kw10k');
    for (const n of KEYWORDS) {
      const texts = benchKeywords(n, `scale${n}`);
      const m = await measure(world, () => post(world.url, query, { texts, database: 'US' }, validKeywords(n)));
      perItem.keywords.push((m.cpuSeconds / n) * 1000);
      rows.push(
        row(
          `${fmt(n, 0)} keywords, cold`,
          `${fmt(m.cpuSeconds, 2)} CPU-s (${fmt((m.cpuSeconds / n) * 1000, 3)} per 1,000), ${m.calls} upstream calls, peak RSS ${mib(m.peakRss)}, ${fmt(m.wallMs, 0)} ms`,
        ),
      );
    }
    const spread = (xs: number[]): number => Math.max(...xs) / Math.min(...xs);
    const kwMax = Math.max(...perItem.keywords);
    rows.push(
      row(
        'keywords 100 → 1,000 → 10,000: CPU-seconds per 1,000 keywords, spread (max / min)',
        `${perItem.keywords.map((x) => fmt(x, 3)).join(' → ')} (spread ${fmt(spread(perItem.keywords), 2)})`,
        'flat within 1.5× and ≤ 0.15 s per 1,000',
        spread(perItem.keywords) <= 1.5 && kwMax <= 0.15,
      ),
      row('targets 10 → 5,000: CPU-seconds per 1,000 targets', perItem.targets.map((x) => fmt(x, 3)).join(' → ')),
    );
    return {
      title: 'Scaling: one cold bulk request of n targets / n keywords (fresh gateway process each)',
      rows,
      notes: [
        'CPU-seconds of the gateway process (user + system from /proc) from just before the request to its response, on a fresh process each time (so it includes first-use JIT compilation, which is why small n cost more per item); upstream calls from the sandbox; peak RSS sampled every 20 ms. SE Ranking rate limits (gateway and sandbox key) lifted and GRAPHQL_MAX_COST off so 5,000 targets are one request.',
      ],
    };
  } finally {
    await world.close();
  }
}
