/**
 * Upstream calls of Q_TOP100 and Q_KW10K, cold and warm, against the naive REST client (sandbox call
 * statistics are the source of truth; the gateway's `extensions.upstream` is shown next to them).
 */
import { expectData, median, operation, post } from '../lib/load.js';
import { NaiveClient } from '../lib/naive.js';
import { fmt, row, type Section } from '../lib/report.js';
import { startWorld } from '../lib/world.js';

export const KEYWORD = 'running shoes';
export const ENGINE = 'google_en-us';
const NAIVE_KEY = 'bench-naive-0000-0000-0000-000000000001';
/** Alternating cold rounds of Q_KW10K on the gateway and by batched REST, for the wall-time ratio. */
const KW_ROUNDS = 3;

const top100Shape = (data: Record<string, unknown>): string | undefined => {
  const results = (data.serp as { results?: Array<{ target?: unknown }> } | null)?.results;
  if (!Array.isArray(results)) return 'no serp.results';
  if (results.length !== 100) return `serp.results has ${results.length} results`;
  return results.every((r) => r.target !== undefined) ? undefined : 'a result without target';
};

/** Q_TOP100 may carry TARGET_TOO_LARGE for results the API refuses (244): those are expected answers. */
export const validTop100 = expectData(top100Shape, ['TARGET_TOO_LARGE']);
export const validTop100Strict = expectData(top100Shape);

export function benchKeywords(count: number, salt: string): string[] {
  const words = ['trail', 'running', 'shoes', 'best', 'cheap', 'women', 'men', 'waterproof', 'review', 'sale'];
  return Array.from({ length: count }, (_, i) => `${words[i % words.length]} ${salt} ${i}`);
}

export const validKeywords = (count: number) =>
  expectData((data) => {
    const list = data.keywords as Array<{ text?: string } | null> | undefined;
    if (!Array.isArray(list) || list.length !== count) return `keywords has ${list?.length} items`;
    return list.every((k) => k !== null && typeof k.text === 'string') ? undefined : 'a null keyword';
  });

export async function callsScenario(): Promise<Section> {
  const world = await startWorld();
  const rows = [];
  const notes: string[] = [];
  try {
    await world.seranking.putKey('naive', { key: NAIVE_KEY, units: 1e12, rateLimitPerSecond: 100_000 });
    const top100 = operation('top100');
    const vars = { keyword: KEYWORD, engine: ENGINE };

    await world.resetStats();
    const cold = await post(world.url, top100, vars, validTop100);
    const coldCalls = await world.calls();
    const tooLarge = (cold.body.errors ?? []).length;
    await world.resetStats();
    const warm = await post(world.url, top100, vars, validTop100);
    const warmCalls = await world.calls();

    const naive = new NaiveClient(world.urls, NAIVE_KEY);
    await world.resetStats();
    const naiveTop = await naive.top100(KEYWORD, ENGINE);
    const naiveTopStats = await world.calls();
    const naiveTotal = naiveTop.serankingCalls + naiveTop.serpmetricsCalls;
    const coldTotal = coldCalls.seranking + coldCalls.serpmetrics;
    const warmTotal = warmCalls.seranking + warmCalls.serpmetrics;
    rows.push(
      row(
        'Q_TOP100 cold: upstream calls (SERPmetrics + SE Ranking)',
        `${coldCalls.serpmetrics} + ${coldCalls.seranking} = ${coldTotal}`,
        '≤ 3 + 1 (+1 when a 244 target is in the batch)',
        coldCalls.serpmetrics <= 3 && coldCalls.seranking <= 2,
      ),
      row('Q_TOP100 warm: upstream calls', String(warmTotal), '0', warmTotal === 0),
      row(
        'Q_TOP100 naive REST: upstream calls',
        `${naiveTop.serpmetricsCalls} + ${naiveTop.serankingCalls} = ${naiveTotal}`,
        '3 + 100 by construction',
      ),
      row('Q_TOP100 ratio naive / gateway cold', `${fmt(naiveTotal / coldTotal, 1)}×`, 'fewer calls'),
      row(
        'Q_TOP100 ratio naive / gateway warm',
        warmTotal === 0 ? `∞ (${naiveTotal} → 0)` : `${fmt(naiveTotal / warmTotal, 1)}×`,
      ),
    );
    notes.push(
      `Q_TOP100 for "${KEYWORD}" on ${ENGINE}; the cold answer carried ${tooLarge} TARGET_TOO_LARGE error(s) (results the SE Ranking API refuses with 244, expected); sandbox counted naive calls ${naiveTopStats.serpmetrics} + ${naiveTopStats.seranking}.`,
      `gateway extensions.upstream cold: ${JSON.stringify(cold.body.extensions?.upstream)}; warm: ${JSON.stringify(warm.body.extensions?.upstream)}.`,
      `wall time at sandbox latency 0: gateway cold ${fmt(cold.ms, 0)} ms, warm ${fmt(warm.ms, 0)} ms, naive (10 summaries in flight) ${fmt(naiveTop.ms, 0)} ms.`,
    );

    const kw = benchKeywords(10_000, 'calls');
    const kwQuery = operation('kw10k');
    const kwVars = { texts: kw, database: 'US' };
    await world.resetStats();
    const kwCold = await post(world.url, kwQuery, kwVars, validKeywords(kw.length));
    const kwColdCalls = (await world.calls()).seranking;
    await world.resetStats();
    const kwWarm = await post(world.url, kwQuery, kwVars, validKeywords(kw.length));
    const kwWarmCalls = (await world.calls()).seranking;
    const naivePer = await naive.keywordMetrics(kw, 'us', 1);
    const naiveBatched = await naive.keywordMetrics(kw, 'us', 5_000);
    // Cold wall time side by side: each round new keywords for both, the gateway and batched REST alternating.
    const gatewayMs: number[] = [];
    const batchedMs: number[] = [];
    for (let r = 0; r < KW_ROUNDS; r++) {
      const texts = benchKeywords(10_000, `callsround${r}`);
      gatewayMs.push((await post(world.url, kwQuery, { texts, database: 'US' }, validKeywords(texts.length))).ms);
      batchedMs.push((await naive.keywordMetrics(benchKeywords(10_000, `restround${r}`), 'us', 5_000)).ms);
    }
    await naive.close();
    rows.push(
      row('Q_KW10K cold: SE Ranking calls', String(kwColdCalls), '⌈10,000 / 5,000⌉ = 2', kwColdCalls === 2),
      row('Q_KW10K warm: SE Ranking calls', String(kwWarmCalls), '0', kwWarmCalls === 0),
      row('Q_KW10K naive REST (one keyword per call): calls', String(naivePer.serankingCalls)),
      row('Q_KW10K ratio naive / gateway cold', `${fmt(naivePer.serankingCalls / Math.max(1, kwColdCalls), 0)}×`),
      row(
        'Q_KW10K batched REST (5,000 per export, by the book): calls',
        String(naiveBatched.serankingCalls),
        'gateway = batched REST',
      ),
      row(
        `Q_KW10K cold wall time / batched REST (median of ${KW_ROUNDS} alternating rounds)`,
        `${fmt(median(gatewayMs), 0)} ms / ${fmt(median(batchedMs), 0)} ms = ${fmt(median(gatewayMs) / median(batchedMs), 2)}`,
        '≤ 2',
        median(gatewayMs) / median(batchedMs) <= 2,
      ),
    );
    notes.push(
      `Q_KW10K cold wall time per round (ms): gateway ${gatewayMs.map((x) => fmt(x, 0)).join(', ')}; batched REST ${batchedMs.map((x) => fmt(x, 0)).join(', ')}. Both over loopback to the sandbox at latency 0, both sending 2 exports of 5,000 at once and parsing the rows; the gateway also answers them as GraphQL (prices, caches and serialises 10,000 keywords), which the REST client does not.`,
      ...(median(gatewayMs) / median(batchedMs) <= 2
        ? []
        : [
            'Missed, why: the REST client only sends the two exports and parses their rows; the gateway also validates 10,000 keywords, prices them (warm and cold), loads them through DataLoader and the cache, stores 10,000 entries and executes and serialises a 10,000-item list: its own CPU on this request (see Scaling) is several times the whole REST round trip, and on a shared machine the gap widens (the gateway has one core, the sandbox and the REST client share the other).',
          ]),
      `Q_KW10K wall time at sandbox latency 0 (first requests): gateway cold ${fmt(kwCold.ms, 0)} ms, warm ${fmt(kwWarm.ms, 0)} ms; naive one-per-call ${fmt(naivePer.ms, 0)} ms (16 in flight, sandbox rate limit lifted for the naive key: against the real 10/s it would take ≥ 1,000 s); batched REST ${fmt(naiveBatched.ms, 0)} ms.`,
    );
  } finally {
    await world.close();
  }
  return { title: 'Upstream calls: Q_TOP100 and Q_KW10K vs the naive REST client', rows, notes };
}
