// The shared upstream cache: coalescing, TTLs, stale-if-error, byte bound, negative entries,
// credential scoping, bulk fetches and cancellation, with the per-request ledger's accounting.
import { getEventListeners, once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type CacheKey, type CacheKind, UpstreamCache } from '../../src/upstream/cache.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { RequestLedger } from '../../src/upstream/ledger.js';
import { CallObserver } from '../../src/upstream/observer.js';
import { Transport } from '../../src/upstream/transport.js';

const TTL: Record<CacheKind, number> = {
  backlinks: 60_000,
  authority: 60_000,
  keywordMetrics: 60_000,
  keywordIdeas: 60_000,
  domain: 60_000,
  serpKeywordId: 1_000,
  serpCheckId: 1_000,
  serp: 60_000,
  engines: 60_000,
  flux: 60_000,
  account: 1_000,
  hugeTargets: 600_000,
};

let now = 1_800_000_000_000;
const clock = () => now;
const makeCache = (overrides: { maxBytes?: number; maxStaleMs?: number } = {}) =>
  new UpstreamCache({ maxBytes: 8 * 1024 * 1024, maxStaleMs: 30_000, ttlMs: TTL, clock, ...overrides });

const key = (params: unknown, credentialId = 'cred-a', kind: CacheKind = 'backlinks'): CacheKey => ({
  kind,
  upstream: 'seranking',
  endpoint: 'backlinks/summary',
  credentialId,
  params,
});

const unavailable = () => new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'seranking', httpStatus: 503 });

afterEach(() => {
  now = 1_800_000_000_000;
});

describe('UpstreamCache', () => {
  it('coalesces 10 concurrent fetches of one key into one upstream call', async () => {
    const cache = makeCache();
    const ledger = new RequestLedger();
    let calls = 0;
    const load = async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 20));
      return { backlinks: 42 };
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cache.fetch(key({ target: 'example.com' }), load, { ledger })),
    );
    expect(calls).toBe(1);
    expect(results.map((r) => r.value.backlinks)).toEqual(Array(10).fill(42));
    expect(ledger.cache).toEqual({ hits: 0, misses: 1, coalesced: 9, stale: 0 });
    await cache.fetch(key({ target: 'example.com' }), load, { ledger });
    expect(ledger.cache.hits).toBe(1);
    expect(calls).toBe(1);
  });

  it('normalises parameter order but keeps credentials apart', async () => {
    const cache = makeCache();
    let calls = 0;
    const load = async () => ++calls;
    await cache.fetch(key({ target: 'a.com', mode: 'host' }), load);
    await cache.fetch(key({ mode: 'host', target: 'a.com' }), load);
    expect(calls).toBe(1);
    const other = await cache.fetch(key({ target: 'a.com', mode: 'host' }, 'cred-b'), load);
    expect(calls).toBe(2);
    expect(other.value).toBe(2);
  });

  it('serves within the TTL of the kind and refreshes after it', async () => {
    const cache = makeCache();
    let calls = 0;
    const load = async () => ++calls;
    await cache.fetch(key('x'), load);
    now += 59_000;
    expect((await cache.fetch(key('x'), load)).value).toBe(1);
    now += 2_000;
    const refreshed = await cache.fetch(key('x'), load);
    expect(refreshed).toMatchObject({ value: 2, stale: false });
    expect(refreshed.fetchedAt.getTime()).toBe(now);
  });

  it('honours a per-entry TTL computed from the value (a SERP until its next check)', async () => {
    const cache = makeCache();
    let calls = 0;
    const load = async () => ({ n: ++calls, nextCheckAt: now + 5_000 });
    const options = { ttlMs: (v: { nextCheckAt: number }) => v.nextCheckAt - now };
    await cache.fetch(key('serp', 'cred-a', 'serp'), load, options);
    now += 4_000;
    expect((await cache.fetch(key('serp', 'cred-a', 'serp'), load, options)).value.n).toBe(1);
    now += 2_000;
    expect((await cache.fetch(key('serp', 'cred-a', 'serp'), load, options)).value.n).toBe(2);
  });

  it('serves the last value, marked stale, when a refresh fails, up to the maximum staleness', async () => {
    const cache = makeCache({ maxStaleMs: 30_000 });
    const ledger = new RequestLedger();
    await cache.fetch(key('x'), async () => 'fresh');
    const failing = async (): Promise<string> => {
      throw unavailable();
    };
    now += 60_000 + 10_000; // 10 s past expiry
    const served = await cache.fetch(key('x'), failing, { ledger });
    expect(served).toMatchObject({ value: 'fresh', stale: true });
    expect(ledger.cache.stale).toBe(1);
    expect(ledger.report().stale).toEqual([
      expect.objectContaining({ upstream: 'seranking', kind: 'backlinks', endpoint: 'backlinks/summary' }),
    ]);
    now += 15_000; // 25 s past expiry: still within 30 s
    expect((await cache.fetch(key('x'), failing)).stale).toBe(true);
    now += 10_000; // 35 s past expiry
    await expect(cache.fetch(key('x'), failing)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    // The expired value is gone: the next successful load is a normal miss.
    expect((await cache.fetch(key('x'), async () => 'again')).value).toBe('again');
  });

  it('does not cache failures, so the next request retries', async () => {
    const cache = makeCache();
    await expect(
      cache.fetch(key('y'), async () => {
        throw unavailable();
      }),
    ).rejects.toBeInstanceOf(UpstreamError);
    expect((await cache.fetch(key('y'), async () => 'ok')).value).toBe('ok');
  });

  it('remembers negative answers (a target too large) for the TTL of their kind', async () => {
    const cache = makeCache();
    let calls = 0;
    const huge = async (): Promise<number> => {
      calls += 1;
      throw new UpstreamError({ code: 'TARGET_TOO_LARGE', upstream: 'seranking', httpStatus: 244 });
    };
    const options = { negative: { codes: ['TARGET_TOO_LARGE'] as const, kind: 'hugeTargets' as const } };
    await expect(cache.fetch(key('google.com'), huge, options)).rejects.toMatchObject({ code: 'TARGET_TOO_LARGE' });
    now += 300_000;
    await expect(cache.fetch(key('google.com'), huge, options)).rejects.toMatchObject({ code: 'TARGET_TOO_LARGE' });
    expect(calls).toBe(1);
    now += 400_000;
    await expect(cache.fetch(key('google.com'), huge, options)).rejects.toMatchObject({ code: 'TARGET_TOO_LARGE' });
    expect(calls).toBe(2);
  });

  it('stays within its byte bound, evicting the least recently used entries', async () => {
    const maxBytes = 1024 * 1024;
    const cache = makeCache({ maxBytes });
    const big = 'x'.repeat(50_000); // about 100 KB in memory
    for (let i = 0; i < 30; i++) await cache.fetch(key(i), async () => big);
    expect(cache.bytes).toBeLessThanOrEqual(maxBytes);
    expect(cache.entries).toBeLessThan(30);
    let reloaded = false;
    await cache.fetch(key(0), async () => {
      reloaded = true;
      return big;
    });
    expect(reloaded).toBe(true);
  });

  it('fetches many keys in one bulk call, serving hits and joining keys already in flight', async () => {
    const cache = makeCache();
    const batches: string[][] = [];
    const loadMany = async (targets: string[]) => {
      batches.push(targets);
      await new Promise((r) => setTimeout(r, 10));
      return targets.map((t) =>
        t === 'bad.com' ? new UpstreamError({ code: 'INVALID_TARGET', upstream: 'seranking' }) : t.length,
      );
    };
    await cache.fetchMany(['a.com'], (t) => key(t), loadMany);
    const ledger = new RequestLedger();
    const [first, second] = await Promise.all([
      cache.fetchMany(['a.com', 'bb.com', 'bad.com', 'bb.com'], (t) => key(t), loadMany, { ledger }),
      cache.fetchMany(['bb.com', 'ccc.com'], (t) => key(t), loadMany),
    ]);
    expect(batches).toEqual([['a.com'], ['bb.com', 'bad.com'], ['ccc.com']]);
    expect(first?.map((r) => (r instanceof Error ? (r as UpstreamError).code : r.value))).toEqual([
      5,
      6,
      'INVALID_TARGET',
      6,
    ]);
    expect(second?.map((r) => (r instanceof Error ? r : r.value))).toEqual([6, 7]);
    expect(ledger.cache).toEqual({ hits: 1, misses: 2, coalesced: 1, stale: 0 });
  });

  it('stops waiting when the caller aborts, and aborts the upstream call only when no caller is left', async () => {
    const cache = makeCache();
    let upstreamSignal: AbortSignal | undefined;
    const slow = (signal: AbortSignal) =>
      new Promise<string>((resolve, reject) => {
        upstreamSignal = signal;
        const t = setTimeout(() => resolve('done'), 200);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(signal.reason);
        });
      });
    const a = new AbortController();
    const b = new AbortController();
    const first = cache.fetch(key('slow'), slow, { signal: a.signal });
    const second = cache.fetch(key('slow'), slow, { signal: b.signal });
    a.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(first).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(upstreamSignal?.aborted).toBe(false);
    b.abort(new DOMException('gone', 'AbortError'));
    await expect(second).rejects.toBeInstanceOf(UpstreamError);
    expect(upstreamSignal?.aborted).toBe(true);
  });

  it('lets one request wait on hundreds of keys without listener-leak warnings', async () => {
    const cache = makeCache();
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const request = new AbortController();
      const items = Array.from({ length: 250 }, (_, i) => `t${i}.com`);
      const results = await cache.fetchMany(
        items,
        (t) => key(t),
        async (targets) => targets.map((t) => t.length),
        {
          signal: request.signal,
        },
      );
      expect(results).toHaveLength(250);
      await new Promise((r) => setTimeout(r, 10));
      expect(warnings.filter((w) => w.includes('listeners'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it("watches the caller's signal once per bulk fetch, not once per key", async () => {
    const cache = makeCache();
    const request = new AbortController();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const items = Array.from({ length: 10_000 }, (_, i) => `keyword ${i}`);
    const fetching = cache.fetchMany(
      items,
      (t) => key(t, 'cred-a', 'keywordMetrics'),
      async (keywords) => {
        await gate;
        return keywords.map((k) => k.length);
      },
      { signal: request.signal },
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(getEventListeners(request.signal, 'abort').length).toBeLessThanOrEqual(1);
    release();
    expect(await fetching).toHaveLength(10_000);
    expect(getEventListeners(request.signal, 'abort')).toHaveLength(0);
  });

  it('abandons a shared bulk call only when every caller of its keys has aborted', async () => {
    const cache = makeCache();
    let bulkSignal: AbortSignal | undefined;
    const loadMany = (targets: string[], signal: AbortSignal) =>
      new Promise<number[]>((resolve, reject) => {
        bulkSignal = signal;
        const t = setTimeout(() => resolve(targets.map((x) => x.length)), 200);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(signal.reason);
        });
      });
    const a = new AbortController();
    const b = new AbortController();
    // A names a key twice: its two waits are one caller, gone after one abort.
    const first = cache.fetchMany(['a.com', 'bb.com', 'a.com'], (t) => key(t), loadMany, { signal: a.signal });
    const second = cache.fetchMany(['bb.com'], (t) => key(t), loadMany, { signal: b.signal });
    await new Promise((r) => setTimeout(r, 0));
    a.abort(new DOMException('deadline', 'TimeoutError'));
    const abandoned = await first;
    expect(abandoned.map((r) => (r instanceof UpstreamError ? r.code : r))).toEqual(Array(3).fill('UPSTREAM_TIMEOUT'));
    expect(bulkSignal?.aborted).toBe(false);
    b.abort(new DOMException('gone', 'AbortError'));
    const [left] = await second;
    expect(left).toBeInstanceOf(UpstreamError);
    expect(bulkSignal?.aborted).toBe(true);
  });

  it('counts the HTTP requests a load sends in the ledger of the request that made them', async () => {
    const server = createServer((_req, res) => res.end('{}'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transport = new Transport({ upstream: 'serpmetrics', baseUrl: origin, observer: new CallObserver() });
    try {
      const cache = makeCache();
      const ledger = new RequestLedger();
      const load = async () => {
        for (let i = 0; i < 3; i++) await transport.request({ method: 'GET', path: '/' });
        return 'ok';
      };
      await Promise.all([cache.fetch(key('h'), load, { ledger }), cache.fetch(key('h'), load, { ledger })]);
      expect(ledger.report().calls).toEqual({ seranking: 0, serpmetrics: 3 });
    } finally {
      await transport.close();
      server.close();
    }
  });
});
