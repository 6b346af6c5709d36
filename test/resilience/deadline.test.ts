// One deadline per call over real HTTP: a slow upstream ends in UPSTREAM_TIMEOUT within deadline + 100 ms,
// a caller abort closes the upstream connection at once, and neither stacks timeouts across retries.
import { afterEach, describe, expect, it } from 'vitest';
import { isUpstreamError } from '../../src/upstream/errors.js';
import { Transport } from '../../src/upstream/transport.js';
import { type Peer, startPeer } from './peer.js';

let peer: Peer;
let transport: Transport;

afterEach(async () => {
  await transport?.close();
  await peer?.close();
});

function make(): Transport {
  transport = new Transport({
    upstream: 'seranking',
    baseUrl: peer.url,
    resilience: { retry: { baseDelayMs: { UPSTREAM_TIMEOUT: 5 } }, rateLimit: {}, breaker: {} },
  });
  return transport;
}

const waitFor = async (check: () => boolean, ms = 1_000): Promise<void> => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
};

describe('deadline', () => {
  it('a slow upstream gives UPSTREAM_TIMEOUT at the deadline, and the connection is closed before it answers', async () => {
    peer = await startPeer(() => ({ action: 'hang', ms: 5_000 }));
    const started = Date.now();
    const error = await make()
      .request({ method: 'GET', path: '/x', timeoutMs: 400 })
      .catch((e: unknown) => e);
    expect(isUpstreamError(error) && error.code).toBe('UPSTREAM_TIMEOUT');
    // Not before the deadline (a load-proof bound: a busy machine only makes it later).
    expect(Date.now() - started).toBeGreaterThanOrEqual(395);
    // No retry after the deadline, and the upstream saw the request cancelled before its 5 s answer.
    expect(peer.calls).toHaveLength(1);
    await waitFor(() => peer.calls[0]?.closedEarly === true);
    expect(peer.calls[0]?.closedEarly).toBe(true);
  });

  it('the deadline bounds all attempts together, not each one', async () => {
    peer = await startPeer((n) => (n === 1 ? { status: 504 } : { action: 'hang', ms: 5_000 }));
    const error = await make()
      .request({ method: 'GET', path: '/x', timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(isUpstreamError(error) && error.code).toBe('UPSTREAM_TIMEOUT');
    // A deadline per attempt would have retried the hung second attempt; one deadline for all ends it instead.
    expect(peer.calls).toHaveLength(2);
    await waitFor(() => peer.calls[1]?.closedEarly === true);
    expect(peer.calls[1]?.closedEarly).toBe(true);
  });

  it('a caller abort cancels the upstream request at once and is not an upstream failure', async () => {
    peer = await startPeer(() => ({ action: 'hang', ms: 5_000 }));
    const t = make();
    const controller = new AbortController();
    const pending = t.request({ method: 'GET', path: '/x', signal: controller.signal }).catch((e: unknown) => e);
    await waitFor(() => peer.calls.length === 1);
    controller.abort();
    const error = await pending;
    expect(isUpstreamError(error)).toBe(true);
    await waitFor(() => peer.calls[0]?.closedEarly === true);
    expect(peer.calls[0]?.closedEarly).toBe(true);
    expect(peer.calls).toHaveLength(1);
    expect(t.resilience?.snapshot()[0]).toMatchObject({ breaker: 'closed', retries: 0 });
  });

  it('a caller abort during a backoff stops the call without another attempt', async () => {
    peer = await startPeer(() => ({ status: 429, headers: { 'retry-after': '2' } }));
    const t = make();
    const error = await t
      .request({ method: 'GET', path: '/x', signal: AbortSignal.timeout(200) })
      .catch((e: unknown) => e);
    expect(isUpstreamError(error)).toBe(true);
    expect(peer.calls).toHaveLength(1);
  });
});
