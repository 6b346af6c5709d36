// Retries over real HTTP against a loopback peer: which outcomes are retried, how often, how long apart,
// Retry-After and its cap, writes, the retry budget, and that transports without resilience are unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { isUpstreamError, UpstreamError } from '../../src/upstream/errors.js';
import { Transport, type TransportOptions } from '../../src/upstream/transport.js';
import { type Peer, startPeer } from './peer.js';

const FAST = {
  UPSTREAM_RATE_LIMITED: 5,
  UPSTREAM_UNAVAILABLE: 5,
  UPSTREAM_WRITE_FAILED: 5,
  UPSTREAM_ERROR: 5,
  UPSTREAM_TIMEOUT: 5,
};

let peer: Peer;
let transport: Transport;

function make(options: Partial<TransportOptions> = {}): Transport {
  transport = new Transport({
    upstream: 'seranking',
    baseUrl: peer.url,
    resilience: { retry: { baseDelayMs: FAST, budget: false }, rateLimit: false, breaker: false },
    ...options,
  });
  return transport;
}

afterEach(async () => {
  await transport?.close();
  await peer?.close();
});

describe('retries of reads', () => {
  it('retries 503 with backoff and succeeds on the third attempt', async () => {
    peer = await startPeer((n) => (n < 3 ? { status: 503 } : { status: 200 }));
    const res = await make().request({ method: 'GET', path: '/v1/backlinks/summary' });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(3);
    expect(peer.calls).toHaveLength(3);
  });

  it('gives the last 503 back to the client after maxAttempts attempts', async () => {
    peer = await startPeer(() => ({ status: 503 }));
    const res = await make({
      resilience: { retry: { baseDelayMs: FAST, budget: false, maxAttempts: 3 }, rateLimit: false, breaker: false },
    }).request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(503);
    expect(peer.calls).toHaveLength(3);
  });

  it('retries a 500 only once (a read may already have been billed)', async () => {
    peer = await startPeer(() => ({ status: 500 }));
    const res = await make().request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(500);
    expect(peer.calls).toHaveLength(2);
  });

  it('does not retry a 500 the contract maps to BAD_REQUEST ("can\'t be empty")', async () => {
    peer = await startPeer(() => ({
      status: 500,
      body: '{"error":{"code":500,"message":"Keywords can\'t be empty"}}',
    }));
    const res = await make().request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(500);
    expect(peer.calls).toHaveLength(1);
  });

  it('never retries 4xx, 244 or SERPmetrics 204', async () => {
    let status = 400;
    peer = await startPeer(() => ({ status }));
    for (status of [400, 401, 404, 244]) await make().request({ method: 'GET', path: '/x' });
    expect(peer.calls).toHaveLength(4);
    await transport.close();
    status = 204;
    await make({ upstream: 'serpmetrics' }).request({ method: 'POST', path: '/keywords/check', body: 'x' });
    expect(peer.calls).toHaveLength(5);
  });

  it('honours Retry-After: the retry comes at least that long after the 429', async () => {
    peer = await startPeer((n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }));
    const res = await make().request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(200);
    const [first, second] = peer.calls;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('does not wait for a Retry-After above the cap: the 429 goes back with its header', async () => {
    peer = await startPeer(() => ({ status: 429, headers: { 'retry-after': '30' } }));
    const res = await make().request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('30');
    expect(peer.calls).toHaveLength(1);
    expect(transport.resilience?.snapshot()[0]).toMatchObject({ retries: 0 });
  });

  it('does not start a backoff that would end after the deadline', async () => {
    peer = await startPeer(() => ({ status: 429, headers: { 'retry-after': '1' } }));
    const res = await make().request({ method: 'GET', path: '/x', timeoutMs: 500 });
    // A backoff started anyway would have ended in UPSTREAM_TIMEOUT at the deadline, not with the 429.
    expect(res.status).toBe(429);
    expect(peer.calls).toHaveLength(1);
    expect(transport.resilience?.snapshot()[0]).toMatchObject({ retries: 0 });
  });

  it('retries a dropped connection once and an unreachable upstream up to three times', async () => {
    peer = await startPeer((n) => (n === 1 ? { action: 'reset' } : { status: 200 }));
    const res = await make().request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    const url = peer.url;
    await transport.close();
    await peer.close();
    transport = new Transport({
      upstream: 'seranking',
      baseUrl: url,
      resilience: { retry: { baseDelayMs: FAST, budget: false }, rateLimit: false, breaker: false },
    });
    const error = await transport.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(isUpstreamError(error) && error.code).toBe('UPSTREAM_UNAVAILABLE');
    peer = await startPeer();
  });
});

describe('writes', () => {
  it('are not retried unless the code is declared safe', async () => {
    peer = await startPeer(() => ({ status: 503 }));
    const res = await make().request({ method: 'POST', path: '/x', body: '{}', idempotent: false });
    expect(res.status).toBe(503);
    expect(peer.calls).toHaveLength(1);
  });

  it('are retried on SERPmetrics 501 when the caller declares UPSTREAM_WRITE_FAILED safe', async () => {
    peer = await startPeer((n) => (n === 1 ? { status: 501 } : { status: 201 }));
    const t = make({ upstream: 'serpmetrics' });
    const res = await t.request({
      method: 'POST',
      path: '/priority/add',
      body: 'k=v',
      idempotent: false,
      safeRetryCodes: ['UPSTREAM_WRITE_FAILED'],
    });
    expect(res.status).toBe(201);
    expect(peer.calls).toHaveLength(2);
  });

  it('are never retried after an ambiguous failure (connection dropped after sending)', async () => {
    peer = await startPeer(() => ({ action: 'reset' }));
    const error = await make()
      .request({ method: 'POST', path: '/x', body: '{}', idempotent: false, safeRetryCodes: ['UPSTREAM_WRITE_FAILED'] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(peer.calls).toHaveLength(1);
  });
});

describe('retry budget', () => {
  it('stops retrying when retries would pass ratio × requests + floor', async () => {
    peer = await startPeer(() => ({ status: 503 }));
    const t = make({
      resilience: {
        retry: { baseDelayMs: FAST, budget: { ratio: 0.1, minPerSecond: 1, windowMs: 1_000 } },
        rateLimit: false,
        breaker: false,
      },
    });
    for (let i = 0; i < 20; i++) await t.request({ method: 'GET', path: '/x' });
    // 20 calls allow 0.1 × 20 + 1 = 3 retries.
    expect(peer.calls.length).toBeLessThanOrEqual(23);
    const [counters] = t.resilience?.snapshot() ?? [];
    expect(counters?.retries).toBeLessThanOrEqual(3);
    expect(counters?.retriesDenied).toBeGreaterThan(0);
  });
});

describe('backward compatibility', () => {
  it('a transport without the resilience option makes exactly one attempt', async () => {
    peer = await startPeer(() => ({ status: 503 }));
    transport = new Transport({ upstream: 'seranking', baseUrl: peer.url });
    const res = await transport.request({ method: 'GET', path: '/x' });
    expect(res.status).toBe(503);
    expect(peer.calls).toHaveLength(1);
  });

  it('a call can opt out with resilience: false', async () => {
    peer = await startPeer(() => ({ status: 503 }));
    const res = await make().request({ method: 'GET', path: '/x', resilience: false });
    expect(res.status).toBe(503);
    expect(peer.calls).toHaveLength(1);
  });
});
