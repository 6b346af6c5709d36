// Must-show retry checks against the SE Ranking sandbox's fault knobs, through the real client with the
// resilience layer on: 1,000 reads under 30 % injected 503s (and the retry budget under the contract's
// defaults), and a 429 with Retry-After: 1.
import { describe, expect, it } from 'vitest';
import { isUpstreamError } from '../../src/upstream/errors.js';
import type { ResilienceOptions } from '../../src/upstream/resilience/index.js';
import { FAST_BACKOFF, reads, useSerankingSandbox } from './seranking-support.js';

const sandbox = useSerankingSandbox();

describe('SE Ranking sandbox, resilience on', () => {
  /** `count` reads against 30 % injected 503s; prints and returns what happened. */
  async function readsUnder503(count: number, retry: ResilienceOptions['retry'], label: string) {
    // The sandbox's own 10/s would make this a minutes-long test; the limiter has its own test.
    await sandbox.admin('PATCH', '/keys/default', { rateLimitPerSecond: 1_000_000 });
    await sandbox.admin('POST', '/faults', { errorRates: { '503': 0.3 } });
    const c = sandbox.client({ retry, rateLimit: { requestsPerSecond: 1_000_000 } });
    const items = await reads(c, count);
    await c.close();
    const ok = items.filter((item) => !isUpstreamError(item)).length;
    const attempts = (await sandbox.stats()).total;
    const counters = c.resilience.snapshot()[0];
    console.info(
      `${count} reads, 30 % 503, ${label}: ${ok}/${count} succeeded, ${attempts} upstream attempts ` +
        `(${counters?.retries} retries, ${counters?.retriesDenied} refused by the retry budget)`,
    );
    return { ok, attempts };
  }

  it('1,000 reads with 30 % injected 503: at least 99.9 % succeed with the default retry policy', async () => {
    // Defaults: 8 attempts, retry budget 50 % + 5/s (0.3^8 leaves 0.07 failed reads expected in 1,000).
    const { ok, attempts } = await readsUnder503(1_000, { baseDelayMs: FAST_BACKOFF }, 'defaults');
    expect(ok).toBeGreaterThanOrEqual(999);
    expect(attempts).toBeLessThan(1_000 * 1.6);
  });

  it('a tight retry budget (20 % + 5/s) caps the retries: never a storm', async () => {
    const { attempts } = await readsUnder503(
      500,
      { baseDelayMs: FAST_BACKOFF, budget: { ratio: 0.2 } },
      'budget 20 % + 5/s',
    );
    expect(attempts).toBeLessThanOrEqual(500 * 1.2 + 50);
  });

  it('429 with Retry-After: 1: the retry comes at least 1 s later and succeeds', async () => {
    await sandbox.admin('POST', '/faults', { forceStatus: { status: 429, count: 1, retryAfter: 1 } });
    const c = sandbox.client();
    const [item] = await c.backlinkSummaries(['example.com']);
    expect(isUpstreamError(item)).toBe(false);
    const { calls } = await sandbox.stats();
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    const gap = (calls[1]?.at ?? 0) - (calls[0]?.at ?? 0);
    console.info(`429 + Retry-After: 1 → retried after ${gap} ms`);
    expect(gap).toBeGreaterThanOrEqual(1_000);
    await c.close();
  });
});
