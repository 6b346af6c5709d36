// Must-show limiter check against the SE Ranking sandbox: 50 concurrent callers on cold keys never make the
// sandbox see more than 10 requests in a rolling second, and never a 429.
import { describe, expect, it } from 'vitest';
import { isUpstreamError } from '../../src/upstream/errors.js';
import { maxInWindow } from './peer.js';
import { reads, useSerankingSandbox } from './seranking-support.js';

const sandbox = useSerankingSandbox();

describe('SE Ranking sandbox, resilience on', () => {
  it('50 concurrent callers on cold keys: at most 10 requests in any 1 s window, no 429', async () => {
    const c = sandbox.client();
    const started = Date.now();
    const items = await reads(c, 50);
    expect(items.every((item) => !isUpstreamError(item))).toBe(true);
    const { calls, totals } = await sandbox.stats();
    const peak = maxInWindow(calls.map((call) => call.at));
    console.info(`50 concurrent reads: ${calls.length} requests in ${Date.now() - started} ms, peak ${peak} per 1 s`);
    expect(calls).toHaveLength(50);
    expect(peak).toBeLessThanOrEqual(10);
    expect(totals.rateLimited).toBe(0);
    await c.close();
  }, 15_000);
});
