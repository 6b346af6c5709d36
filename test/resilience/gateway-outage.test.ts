// Issue 4 through the whole gateway: SE Ranking 100 % down. Warm keys are served stale and marked in
// extensions, cold keys fail fast with UPSTREAM_UNAVAILABLE once the breaker is open, and service returns
// to normal when the upstream does. Also: 50 concurrent GraphQL clients on cold keys stay under the limit.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { percentile } from './peer.js';

const SUMMARY = `query Summary($target: String!) { target(target: $target) { backlinkSummary { backlinks inlinkRank } } }`;

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface SummaryData {
  target: { backlinkSummary: { backlinks: number; inlinkRank: number | null } | null } | null;
}

describe('SE Ranking 100 % down, through the gateway', () => {
  it('serves warm keys stale and marked, fails cold keys fast, and recovers', async () => {
    gw = await startTestGateway({
      // Backlink summaries expire after 1 s so the outage hits a refresh, not a fresh hit.
      env: { CACHE_TTL_BACKLINKS_SECONDS: '1', CACHE_MAX_STALE_SECONDS: '3600' },
      resilience: {
        seranking: {
          retry: { maxAttempts: 2, baseDelayMs: { UPSTREAM_UNAVAILABLE: 5 }, budget: false },
          rateLimit: { requestsPerSecond: 1_000 },
          breaker: { threshold: 0.5, windowMs: 5_000, minimumRps: 1, halfOpenAfterMs: 2_000 },
        },
        serpmetrics: { retry: false, breaker: false },
      },
    });
    const warm = await gw.post<SummaryData, { target: string }>(SUMMARY, { target: 'warm-one.com' });
    const before = warm.data?.target?.backlinkSummary;
    expect(before?.backlinks).toBeGreaterThan(0);

    await sleep(1_100);
    await gw.sandbox.seranking.admin.setFaults({ errorRates: { '503': 1 } });

    const stale = await gw.post<SummaryData, { target: string }>(SUMMARY, { target: 'warm-one.com' });
    expect(stale.errors).toBeUndefined();
    expect(stale.data?.target?.backlinkSummary).toEqual(before);
    expect(stale.extensions?.upstream).toMatchObject({
      cache: { stale: 1 },
      stale: [expect.objectContaining({ upstream: 'seranking', kind: 'backlinks', fetchedAt: expect.any(String) })],
    });

    // Cold keys: the first failures open the breaker; after that answers are immediate refusals, but for
    // the one half-open probe the breaker lets through every `halfOpenAfterMs`.
    let i = 0;
    const cold = () => gw!.post<SummaryData, { target: string }>(SUMMARY, { target: `cold-${i++}.com` });
    for (let n = 0; n < 5; n++) await cold();
    const upstreamCallsBefore = (await gw.sandbox.seranking.admin.stats()).total;
    const loopStarted = performance.now();
    const refusals: number[] = [];
    // Side by side, a query that never leaves the gateway: the floor a refusal is compared with.
    const local: number[] = [];
    let probes = 0;
    for (let n = 0; n < 300; n++) {
      const localStarted = performance.now();
      await gw.post('{ sandbox }');
      if (n >= 100) local.push(performance.now() - localStarted);
      const started = performance.now();
      const res = await cold();
      const ms = performance.now() - started;
      expect(res.data?.target?.backlinkSummary).toBeNull();
      const extensions = res.errors?.[0]?.extensions;
      expect(extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
      if (extensions?.httpStatus === undefined) {
        // Refused by the open breaker: no upstream status, a hint when to come back.
        expect(extensions?.retryAfter).toEqual(expect.any(Number));
        if (n >= 100) refusals.push(ms);
      } else probes += 1;
    }
    const loopMs = performance.now() - loopStarted;
    const upstreamCalls = (await gw.sandbox.seranking.admin.stats()).total - upstreamCallsBefore;
    const p99 = percentile(refusals, 99);
    const floor = percentile(local, 99);
    console.info(
      `breaker open, cold keys over HTTP: p50 ${percentile(refusals, 50).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms ` +
        `(${refusals.length} refusals after warm-up) against p99 ${floor.toFixed(2)} ms for a gateway-only query; ` +
        `${probes} half-open probes, ${upstreamCalls} upstream calls in ${loopMs.toFixed(0)} ms`,
    );
    // At most one probe (with its retry) per half-open period.
    expect(upstreamCalls).toBeLessThanOrEqual(2 * (Math.floor(loopMs / 2_000) + 1));
    // Fail fast is asserted as refusals without an upstream call (here and in test/resilience/*breaker.test.ts);
    // what a refusal costs over HTTP, beside a gateway-only query, is printed above: timings belong to bench/.

    await gw.sandbox.seranking.admin.clearFaults();
    await sleep(2_100);
    const back = await gw.post<SummaryData, { target: string }>(SUMMARY, { target: 'after-outage.com' });
    expect(back.errors).toBeUndefined();
    expect(back.data?.target?.backlinkSummary?.backlinks).toBeGreaterThan(0);
  });

  it('50 concurrent GraphQL clients on cold keys: at most 10 SE Ranking requests in any second, no 429', async () => {
    gw = await startTestGateway({
      resilience: { seranking: { retry: false, breaker: false }, serpmetrics: { retry: false, breaker: false } },
    });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        gw!.post<SummaryData, { target: string }>(SUMMARY, { target: `client-${n}.example.org` }),
      ),
    );
    expect(answers.every((a) => a.errors === undefined && a.data?.target?.backlinkSummary !== null)).toBe(true);
    const { calls } = await gw.sandbox.seranking.admin.stats();
    expect(calls).toHaveLength(50);
    expect(calls.filter((c) => c.status === 429)).toHaveLength(0);
    let peak = 0;
    for (const call of calls)
      peak = Math.max(peak, calls.filter((c) => c.at >= call.at && c.at < call.at + 1_000).length);
    console.info(`50 GraphQL clients, cold keys: ${calls.length} SE Ranking calls, peak ${peak} in any 1 s window`);
    expect(peak).toBeLessThanOrEqual(10);
  });
});
