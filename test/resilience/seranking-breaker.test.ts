// Must-show breaker and deadline checks against the SE Ranking sandbox: fail fast (no upstream attempt) while the
// upstream is down and recover after (the refusal's time is in the bench: `npm run bench -- --only=outage`), UPSTREAM_TIMEOUT at the deadline rather than the upstream's answer, and a caller abort closing the connection.
import { describe, expect, it } from 'vitest';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { deadlineSignal } from '../../src/upstream/resilience/index.js';
import { startRelay } from './peer.js';
import { FAST_BACKOFF, reads, useSerankingSandbox } from './seranking-support.js';

const sandbox = useSerankingSandbox();

/** A client whose breaker opens after a second of failures and lets a probe through `halfOpenAfterMs` later. */
const breakerClient = (halfOpenAfterMs: number) =>
  sandbox.client({
    retry: { baseDelayMs: FAST_BACKOFF },
    // The limiter would spread the failing attempts over seconds; these tests are about the breaker.
    rateLimit: { requestsPerSecond: 1_000 },
    breaker: { windowMs: 1_000, minimumRps: 5, halfOpenAfterMs },
  });

describe('SE Ranking sandbox, resilience on', () => {
  it('upstream 100 % down: the breaker opens, refuses calls without an upstream attempt, and service resumes when it is back', async () => {
    await sandbox.admin('POST', '/faults', { errorRates: { '503': 1 } });
    const c = breakerClient(1_000);
    await reads(c, 10);
    const before = (await sandbox.stats()).total;
    const rejectionsBefore = c.resilience.snapshot()[0]?.breakerRejections ?? 0;
    let last: unknown;
    const loopStarted = Date.now();
    for (let i = 0; i < 1_000; i++) {
      [last] = await c.backlinkSummaries([`cold-${i}.example.com`]).catch((e: unknown) => [e]);
    }
    const loopMs = Date.now() - loopStarted;
    const rejections = (c.resilience.snapshot()[0]?.breakerRejections ?? 0) - rejectionsBefore;
    const upstreamCalls = (await sandbox.stats()).total - before;
    console.info(
      `breaker open: 1,000 calls in ${loopMs} ms, ${rejections} refused by the circuit, ${upstreamCalls} sent`,
    );
    expect((last as UpstreamError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((last as UpstreamError).retryable).toBe(true);
    expect((last as UpstreamError).retryAfter).toBeGreaterThanOrEqual(1);
    // Nothing reached the upstream but at most one half-open probe (with its retries) per second the loop took.
    const probes = Math.floor(loopMs / 1_000) + 1;
    expect(upstreamCalls).toBeLessThanOrEqual(probes * 8);
    // Every call but those probes was refused by the open circuit, without an attempt.
    expect(rejections).toBeGreaterThanOrEqual(1_000 - probes);

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

  it('the probe that finds the upstream still down says when the next one may go, like a refusal of the open circuit', async () => {
    await sandbox.admin('POST', '/faults', { errorRates: { '503': 1 } });
    const c = breakerClient(200);
    await reads(c, 10);
    expect(c.resilience.snapshot()[0]?.breaker).toBe('open');
    // Past the half-open delay the next call is the probe: it reaches the upstream, fails, and opens the circuit again.
    await new Promise((r) => setTimeout(r, 400));
    const before = (await sandbox.stats()).total;
    const [probe] = await c.backlinkSummaries(['probe.example.com']);
    expect((await sandbox.stats()).total).toBeGreaterThan(before);
    expect(isUpstreamError(probe)).toBe(true);
    expect((probe as UpstreamError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((probe as UpstreamError).retryAfter).toBeGreaterThanOrEqual(1);
    expect(c.resilience.snapshot()[0]?.breaker).toBe('open');
    await c.close();
  });

  it('a slow upstream gives UPSTREAM_TIMEOUT at the deadline, before the upstream answers', async () => {
    await sandbox.admin('POST', '/faults', { latencyMs: 3_000 });
    const c = sandbox.client();
    const [item] = await c
      .backlinkSummaries(['example.com'], 'host', { signal: deadlineSignal(500) })
      .catch((e: unknown) => [e]);
    // The deadline ended the call: had the upstream's answer (after 3 s) come first, this would be data.
    expect((item as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
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
    // Waited for no longer than the sandbox's 3 s answer: `closedByClientAt` is set only when the client closed first.
    while (relay.connections[0]?.closedByClientAt === undefined && Date.now() - abortedAt < 2_500) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const closedAt = relay.connections[0]?.closedByClientAt;
    console.info(
      `caller abort → connection closed ${(closedAt ?? Number.NaN) - abortedAt} ms later, before any answer`,
    );
    expect(closedAt).toEqual(expect.any(Number));
    await c.close();
    await relay.close();
  });
});
