// The transport reads replies up to a bound: a reply over it ends the call as UPSTREAM_BAD_RESPONSE at once, never
// retried, instead of being buffered until the heap runs out.
import { afterEach, describe, expect, it } from 'vitest';
import { isUpstreamError } from '../../src/upstream/errors.js';
import { Transport } from '../../src/upstream/transport.js';
import { type Peer, startPeer } from '../resilience/peer.js';

let peer: Peer;
let transport: Transport;

afterEach(async () => {
  await transport?.close();
  await peer?.close();
});

const LIMIT = 64 * 1024;

function make(): Transport {
  transport = new Transport({
    upstream: 'seranking',
    baseUrl: peer.url,
    maxReplyBytes: LIMIT,
    resilience: { retry: { baseDelayMs: { UPSTREAM_ERROR: 5 } }, rateLimit: {}, breaker: {} },
  });
  return transport;
}

describe('reply size bound', () => {
  it('reads a reply up to the bound', async () => {
    const body = `"${'a'.repeat(LIMIT - 2)}"`;
    peer = await startPeer(() => ({ status: 200, body }));
    const reply = await make().request({ method: 'GET', path: '/x' });
    expect(reply.text).toBe(body);
  });

  it('ends a longer reply as UPSTREAM_BAD_RESPONSE after one attempt', async () => {
    peer = await startPeer(() => ({ status: 200, body: `"${'a'.repeat(4 * LIMIT)}"` }));
    const error = await make()
      .request({ method: 'GET', path: '/x' })
      .catch((e: unknown) => e);
    expect(isUpstreamError(error) && [error.code, error.message]).toEqual([
      'UPSTREAM_BAD_RESPONSE',
      'The upstream sent a response seograph could not read. (reply too large)',
    ]);
    expect(peer.calls).toHaveLength(1);
  });
});
