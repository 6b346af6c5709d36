// The outbound rate limiter over real HTTP: the peer never sees more than the configured requests in any
// one-second window, callers queue instead of failing, and a full queue or a wait past the deadline fails
// fast with UPSTREAM_RATE_LIMITED and a retryAfter. SERPmetrics check buckets do not block plain reads.
import { afterEach, describe, expect, it } from 'vitest';
import { isUpstreamError } from '../../src/upstream/errors.js';
import { Resilience } from '../../src/upstream/resilience/index.js';
import type { RateLimitOptions } from '../../src/upstream/resilience/options.js';
import { Transport } from '../../src/upstream/transport.js';
import { maxInWindow, type Peer, startPeer } from './peer.js';

let peer: Peer;
let transport: Transport;

afterEach(async () => {
  await transport?.close();
  await peer?.close();
});

/** A fresh peer and a transport to it that only rate-limits (breaker off). */
async function startLimited(
  rateLimit: Partial<RateLimitOptions>,
  upstream: 'seranking' | 'serpmetrics' = 'seranking',
  plan?: Peer['plan'],
): Promise<void> {
  peer = await startPeer(plan);
  transport = new Transport({ upstream, baseUrl: peer.url, resilience: { rateLimit, breaker: false } });
}

const rejection = (e: unknown) => (isUpstreamError(e) ? e : undefined);

describe('outbound rate limiter', () => {
  it('queues 15 concurrent callers so that at most 10 requests go out per rolling second', async () => {
    await startLimited({ requestsPerSecond: 10 });
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => transport.request({ method: 'GET', path: `/v1/backlinks/summary?i=${i}` })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const times = peer.calls.map((c) => c.at);
    expect(maxInWindow(times)).toBeLessThanOrEqual(10);
    // Queued, not refused: the last five went out in the next second.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(1_000);
  });

  it('keeps limits per credential: two keys do not share a window', async () => {
    await startLimited({ requestsPerSecond: 5 });
    // Within a deadline shorter than a window: one shared window would refuse five of the ten at once.
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        transport.request({ method: 'GET', path: '/x', timeoutMs: 500, credentialId: i % 2 === 0 ? 'key-a' : 'key-b' }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(transport.resilience?.snapshot().map((c) => [c.credentialId, c.rateLimited])).toEqual([
      ['key-a', 0],
      ['key-b', 0],
    ]);
  });

  it('one Resilience shared by two transports gives their credential one limiter', async () => {
    peer = await startPeer();
    const shared = new Resilience('seranking', { rateLimit: { requestsPerSecond: 5 }, breaker: false });
    transport = new Transport({ upstream: 'seranking', baseUrl: peer.url, credentialId: 'k', resilience: shared });
    const other = new Transport({ upstream: 'seranking', baseUrl: peer.url, credentialId: 'k', resilience: shared });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? transport : other).request({ method: 'GET', path: '/x' })),
    );
    expect(maxInWindow(peer.calls.map((c) => c.at))).toBeLessThanOrEqual(5);
    await other.close();
  });

  it('a caller that gives up while queued leaves the queue; the others still go', async () => {
    await startLimited({ requestsPerSecond: 1 });
    await transport.request({ method: 'GET', path: '/x' });
    const controller = new AbortController();
    const leaving = transport
      .request({ method: 'GET', path: '/x', signal: controller.signal })
      .then(() => undefined, rejection);
    const staying = transport.request({ method: 'GET', path: '/x' });
    expect(transport.resilience?.snapshot()[0]?.queueLength).toBe(2);
    controller.abort();
    expect((await leaving)?.code).toBe('UPSTREAM_ERROR');
    expect(transport.resilience?.snapshot()[0]?.queueLength).toBe(1);
    expect((await staying).status).toBe(200);
    expect(peer.calls).toHaveLength(2);
  });

  it('refuses at once when the queue is full, with a retryAfter', async () => {
    await startLimited({ requestsPerSecond: 3, maxQueue: 2 });
    const settled = await Promise.allSettled(
      Array.from({ length: 8 }, () => transport.request({ method: 'GET', path: '/x' })),
    );
    const refused = settled.flatMap((s) => (s.status === 'rejected' ? [rejection(s.reason)] : []));
    // 3 go at once, 2 wait, 3 are refused.
    expect(refused).toHaveLength(3);
    for (const e of refused) {
      expect(e?.code).toBe('UPSTREAM_RATE_LIMITED');
      expect(e?.retryAfter).toBeGreaterThanOrEqual(1);
    }
    expect(peer.calls).toHaveLength(5);
    const [counters] = transport.resilience?.snapshot() ?? [];
    expect(counters?.rateLimited).toBe(3);
    expect(counters?.queueLength).toBe(0);
  });

  it('refuses at once when the wait would pass the deadline', async () => {
    await startLimited({ requestsPerSecond: 1 });
    await transport.request({ method: 'GET', path: '/x' });
    const error = await transport
      .request({ method: 'GET', path: '/x', timeoutMs: 300 })
      .then(() => undefined, rejection);
    // Refused, not waited for until the deadline (which would be UPSTREAM_TIMEOUT).
    expect(error?.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(error?.retryAfter).toBeLessThanOrEqual(2);
    expect(peer.calls).toHaveLength(1);
  });

  it('refuses at once a caller whose wait would leave less than the upstream usually takes to answer', async () => {
    // The upstream answers in 800 ms; its slot is free again a second after the answer.
    await startLimited({ requestsPerSecond: 1 }, 'seranking', () => ({ status: 200, delayMs: 800 }));
    await transport.request({ method: 'GET', path: '/x' });
    // ~1 s of wait fits in 1.5 s, the answer after it does not: refused now rather than sent to be cut by the deadline.
    const error = await transport
      .request({ method: 'GET', path: '/x', timeoutMs: 1_500 })
      .then(() => undefined, rejection);
    expect(error?.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(peer.calls).toHaveLength(1);
  });

  it('weights SERPmetrics priority adds by checks, without holding up plain reads', async () => {
    await startLimited({ priorityChecksPerMinute: 12 }, 'serpmetrics', () => ({ status: 201 }));
    const add = () =>
      transport.request({
        method: 'POST',
        path: '/priority/add',
        body: 'x',
        idempotent: false,
        checks: { queue: 'priority', count: 10 },
        timeoutMs: 1_000,
      });
    expect((await add()).status).toBe(201);
    // 2 checks left, refilling at 12/min: 10 more would take 40 s, beyond the 1 s deadline.
    const [second, read] = await Promise.allSettled([
      add(),
      transport.request({ method: 'POST', path: '/keywords/all', body: 'x' }),
    ]);
    expect(second.status === 'rejected' && rejection(second.reason)?.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(read.status).toBe('fulfilled');
    // Delayed checks have their own bucket.
    const delayed = await transport.request({
      method: 'POST',
      path: '/delayed/add',
      body: 'x',
      idempotent: false,
      checks: { queue: 'delayed', count: 100 },
    });
    expect(delayed.status).toBe(201);
  });
});
