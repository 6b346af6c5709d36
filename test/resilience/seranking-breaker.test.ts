// Must-show breaker and deadline checks against the SE Ranking sandbox: fail fast while the upstream is down
// and recover after, UPSTREAM_TIMEOUT within deadline + 100 ms, and a caller abort closing the connection.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { deadlineSignal } from '../../src/upstream/resilience/index.js';
import { percentile, startRelay } from './peer.js';
import { FAST_BACKOFF, reads, useSerankingSandbox } from './seranking-support.js';

const sandbox = useSerankingSandbox();

describe('SE Ranking sandbox, resilience on', () => {
  it('upstream 100 % down: the breaker opens, fails fast (p99 < 5 ms), and service resumes when it is back', async () => {
    await sandbox.admin('POST', '/faults', { errorRates: { '503': 1 } });
    const c = sandbox.client({
      retry: { baseDelayMs: FAST_BACKOFF },
      // The limiter would spread the failing attempts over seconds; this test is about the breaker.
      rateLimit: { requestsPerSecond: 1_000 },
      breaker: { windowMs: 1_000, minimumRps: 5, halfOpenAfterMs: 1_000 },
    });
    await reads(c, 10);
    const before = (await sandbox.stats()).total;
    const durations: number[] = [];
    let last: unknown;
    const loopStarted = Date.now();
    for (let i = 0; i < 4_000; i++) {
      const t0 = performance.now();
      [last] = await c.backlinkSummaries([`cold-${i}.example.com`]).catch((e: unknown) => [e]);
      // The first half warms the JIT up; what is measured is the steady state.
      if (i >= 2_000) durations.push(performance.now() - t0);
    }
    const loopMs = Date.now() - loopStarted;
    const p99 = percentile(durations, 99);
    console.info(
      `breaker open: 4,000 calls in ${loopMs} ms, p50 ${percentile(durations, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (last 2,000)`,
    );
    expect((last as UpstreamError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((last as UpstreamError).retryable).toBe(true);
    expect((last as UpstreamError).retryAfter).toBeGreaterThanOrEqual(1);
    // Nothing reached the upstream but at most one half-open probe per second the loop took.
    expect((await sandbox.stats()).total - before).toBeLessThanOrEqual(Math.floor(loopMs / 1_000));
    expect(p99).toBeLessThan(5);

    await sandbox.admin('DELETE', '/faults');
    // Callers keep failing fast until the half-open probe finds the upstream back, then all is normal.
    let back: unknown;
    for (const until = Date.now() + 3_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
      [back] = await c.backlinkSummaries(['example.com']);
      if (!isUpstreamError(back)) break;
    }
    expect(isUpstreamError(back)).toBe(false);
    expect(c.resilience.snapshot()[0]?.breaker).toBe('closed');
    await c.close();
  });

  it('a slow upstream gives UPSTREAM_TIMEOUT within deadline + 100 ms', async () => {
    await sandbox.admin('POST', '/faults', { latencyMs: 3_000 });
    const c = sandbox.client();
    const started = Date.now();
    const [item] = await c
      .backlinkSummaries(['example.com'], 'host', { signal: deadlineSignal(500) })
      .catch((e: unknown) => [e]);
    const elapsed = Date.now() - started;
    console.info(`slow upstream, 500 ms deadline → ${(item as UpstreamError).code} after ${elapsed} ms`);
    expect((item as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect(elapsed).toBeLessThan(600);
    await c.close();
  });

  it('a caller abort closes the connection to the sandbox before it answers', async () => {
    await sandbox.admin('POST', '/faults', { latencyMs: 3_000 });
    const relay = await startRelay(sandbox.url);
    const c = sandbox.client({}, relay.url);
    const controller = new AbortController();
    const pending = c
      .backlinkSummaries(['example.com'], 'host', { signal: controller.signal })
      .catch((e: unknown) => [e]);
    while (relay.connections.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    const abortedAt = Date.now();
    controller.abort();
    const [item] = await pending;
    expect(isUpstreamError(item)).toBe(true);
    while (relay.connections[0]?.closedByClientAt === undefined && Date.now() - abortedAt < 1_000) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const closedAfter = (relay.connections[0]?.closedByClientAt ?? Number.NaN) - abortedAt;
    console.info(`caller abort → connection closed ${closedAfter} ms later, before any answer`);
    expect(closedAfter).toBeLessThan(100);
    await c.close();
    await relay.close();
  });
});
