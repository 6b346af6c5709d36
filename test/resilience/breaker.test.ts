// The circuit breaker over real HTTP: it opens on a failure share over its window, then fails fast with
// UPSTREAM_UNAVAILABLE (retryable, retryAfter) without touching the upstream, probes after the half-open
// delay and closes again when the upstream is back. 4xx, 244 and PENDING never count as failures.
import { afterEach, describe, expect, it } from 'vitest';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { Transport } from '../../src/upstream/transport.js';
import { type Peer, startPeer } from './peer.js';

let peer: Peer;
let transport: Transport;

afterEach(async () => {
  await transport?.close();
  await peer?.close();
});

const BREAKER = { threshold: 0.5, windowMs: 1_000, minimumRps: 5, halfOpenAfterMs: 400 };

function make(upstream: 'seranking' | 'serpmetrics' = 'seranking'): Transport {
  transport = new Transport({
    upstream,
    baseUrl: peer.url,
    credentialId: 'cred-1',
    resilience: { retry: false, rateLimit: false, breaker: BREAKER },
  });
  return transport;
}

describe('circuit breaker', () => {
  it('a caller deadline that cuts attempts shorter than the upstream usually needs does not open it', async () => {
    // The upstream answers in 1 s; callers whose deadline leaves them 100 ms (they waited elsewhere) time out.
    peer = await startPeer(() => ({ status: 200, delayMs: 1_000 }));
    const t = make();
    expect((await t.request({ method: 'GET', path: '/x' })).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      const error = await t.request({ method: 'GET', path: '/x', timeoutMs: 100 }).catch((e: unknown) => e);
      expect(isUpstreamError(error) && error.code).toBe('UPSTREAM_TIMEOUT');
    }
    // The upstream did not fail: the circuit stays closed and the next caller with time is answered.
    expect(t.resilience?.snapshot()[0]).toMatchObject({ breaker: 'closed', breakerOpens: 0 });
    expect((await t.request({ method: 'GET', path: '/x' })).status).toBe(200);
  });

  it('an upstream slower than it usually is does open it', async () => {
    let slow = false;
    peer = await startPeer(() => (slow ? { action: 'hang', ms: 5_000 } : { status: 200 }));
    const t = make();
    expect((await t.request({ method: 'GET', path: '/x' })).status).toBe(200);
    slow = true;
    for (let i = 0; i < 10; i++) await t.request({ method: 'GET', path: '/x', timeoutMs: 100 }).catch(() => undefined);
    expect(t.resilience?.snapshot()[0]?.breaker).toBe('open');
  });

  it('opens when the upstream is down, fails fast, probes and closes when it is back', async () => {
    let down = true;
    peer = await startPeer(() => (down ? { status: 503 } : { status: 200 }));
    const t = make();
    for (let i = 0; i < 10; i++) await t.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    expect(t.resilience?.snapshot()[0]?.breaker).toBe('open');
    const seen = peer.calls.length;
    const rejectedBefore = t.resilience?.snapshot()[0]?.breakerRejections ?? 0;

    // Failing fast is refusing without an attempt: none of the 1,000 calls reaches the upstream (latency is bench/'s).
    let last: UpstreamError | undefined;
    for (let i = 0; i < 1_000; i++) {
      const error = await t.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
      if (isUpstreamError(error)) last = error;
    }
    expect(peer.calls.length).toBe(seen);
    expect(last?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(last?.retryable).toBe(true);
    expect(last?.retryAfter).toBe(1);

    down = false;
    await new Promise((r) => setTimeout(r, BREAKER.halfOpenAfterMs + 20));
    const probe = await t.request({ method: 'GET', path: '/x' });
    expect(probe.status).toBe(200);
    expect(t.resilience?.snapshot()[0]).toMatchObject({
      breaker: 'closed',
      breakerOpens: 1,
      breakerRejections: rejectedBefore + 1_000,
    });
  });

  it('reopens when the probe fails', async () => {
    peer = await startPeer(() => ({ status: 502 }));
    const t = make();
    for (let i = 0; i < 10; i++) await t.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, BREAKER.halfOpenAfterMs + 20));
    expect((await t.request({ method: 'GET', path: '/x' })).status).toBe(502);
    expect(t.resilience?.snapshot()[0]).toMatchObject({ breaker: 'open', breakerOpens: 2 });
  });

  it('counts transport errors (connection refused) as failures', async () => {
    peer = await startPeer();
    const url = peer.url;
    await peer.close();
    transport = new Transport({
      upstream: 'seranking',
      baseUrl: url,
      resilience: { retry: false, rateLimit: false, breaker: BREAKER },
    });
    for (let i = 0; i < 10; i++) await transport.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    expect(transport.resilience?.snapshot()[0]?.breaker).toBe('open');
    peer = await startPeer();
  });

  it('never opens on 4xx, 244 or SERPmetrics PENDING answers', async () => {
    const statuses = [400, 401, 404, 244, 409];
    peer = await startPeer((n) => ({ status: statuses[n % statuses.length] ?? 400 }));
    const t = make();
    for (let i = 0; i < 30; i++) await t.request({ method: 'GET', path: '/x' });
    expect(t.resilience?.snapshot()[0]?.breaker).toBe('closed');
    await t.close();
    await peer.close();
    peer = await startPeer((n) =>
      n % 2 === 0 ? { status: 204 } : { status: 404, body: '{"status":"error","message":"Check still in queue"}' },
    );
    const s = make('serpmetrics');
    for (let i = 0; i < 30; i++) await s.request({ method: 'POST', path: '/keywords/serp', body: 'x' });
    expect(s.resilience?.snapshot()[0]?.breaker).toBe('closed');
  });

  it('samples whole calls: a 429 that a retry absorbs is not a failure', async () => {
    peer = await startPeer((n) => (n % 2 === 1 ? { status: 429 } : { status: 200 }));
    transport = new Transport({
      upstream: 'seranking',
      baseUrl: peer.url,
      resilience: {
        retry: { baseDelayMs: { UPSTREAM_RATE_LIMITED: 1 }, budget: false },
        rateLimit: false,
        breaker: BREAKER,
      },
    });
    for (let i = 0; i < 20; i++) expect((await transport.request({ method: 'GET', path: '/x' })).status).toBe(200);
    expect(transport.resilience?.snapshot()[0]).toMatchObject({
      breaker: 'closed',
      retries: 20,
      calls: 20,
      attempts: 40,
    });
  });
});
