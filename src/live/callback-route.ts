/**
 * The receiver of SERPmetrics' callback POST (serpmetrics.md §8): `POST /callbacks/serpmetrics/<token>`. The
 * POST is unauthenticated, so the unguessable token in the path is the only guard: a wrong one is a plain 404.
 * The body is read up to the client's MAX_CALLBACK_BYTES (413 beyond), parsed by the client's `parseCallback`
 * (400 malformed, 415 unsupported type), and only then handed on; the answer is a 204 as soon as the event is
 * queued, since SERPmetrics waits 5 s at most and never retries. A rejected request has no side effect.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type RouteRequest, useRoute } from '../plugins/route.js';
import { MAX_CALLBACK_BYTES, parseCallback, type SerpmetricsCallback } from '../upstream/serpmetrics/callbacks.js';

export const CALLBACK_PATH = '/callbacks/serpmetrics/';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Reads at most `limit` bytes; undefined when the body is longer (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (request.body === null) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface CallbackRouteOptions {
  token: string;
  /** Must only enqueue: it runs before the answer is sent. */
  receive: (event: SerpmetricsCallback) => void;
}

export function useSerpmetricsCallbacks(options: CallbackRouteOptions): Plugin<Record<string, unknown>> {
  const expected = digest(options.token);
  // Comparing digests in constant time: the token is the route's only secret.
  const tokenMatches = (given: string): boolean => timingSafeEqual(digest(given), expected);
  return useRoute((_, url) => url.pathname.startsWith(CALLBACK_PATH), serve);

  async function serve({ request, url, endResponse, fetchAPI }: RouteRequest): Promise<void> {
    const answer = (status: number, reason?: string, headers: Record<string, string> = {}): void => {
      const body = reason === undefined ? null : JSON.stringify({ error: reason });
      const type: Record<string, string> = reason === undefined ? {} : { 'content-type': 'application/json' };
      endResponse(new fetchAPI.Response(body, { status, headers: { ...type, ...headers } }));
    };
    if (!tokenMatches(url.pathname.slice(CALLBACK_PATH.length))) return answer(404);
    if (request.method !== 'POST') return answer(405, 'method not allowed', { allow: 'POST' });
    const body = await readLimited(request, MAX_CALLBACK_BYTES);
    if (body === undefined) return answer(413, 'body too large');
    const parsed = parseCallback(body, request.headers.get('content-type') ?? undefined);
    if (!parsed.ok) return answer(parsed.status, parsed.reason);
    options.receive(parsed.event);
    return answer(204);
  }
}
