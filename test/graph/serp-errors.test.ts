// SERPmetrics failures through the graph: every error status of the contract's table (serpmetrics.md §5.3),
// triggered in the sandbox (real accounts or injected faults), arrives as its ErrorCode with extensions, or as a
// per-item ItemError in mutation payloads; bad input is rejected before any upstream call.
import { describe, expect, it } from 'vitest';
import {
  SerpCheckRequestDocument,
  SerpEngineDocument,
  SerpKeywordRankingDocument,
  SerpRequestPriorityCheckDocument,
  SerpSnapshotDocument,
  SerpTrackedHistoryDocument,
  SerpTrackKeywordsDocument,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

const PAIR = { keyword: 'running shoes', engine: 'google_en-us' };

/** The sandbox's non-default accounts (src/sandbox/serpmetrics/README.md). */
const ACCOUNTS = {
  broke: { serpmetricsKey: '00000000-5eed-4000-9000-000000000002', serpmetricsSecret: 'sandbox-secret-broke' },
  disabled: { serpmetricsKey: '00000000-5eed-4000-9000-000000000004', serpmetricsSecret: 'sandbox-secret-disabled' },
  unknownKey: {
    serpmetricsKey: '00000000-5eed-4000-9000-0000000000ff',
    serpmetricsSecret: 'sandbox-serpmetrics-secret',
  },
  wrongSecret: { serpmetricsKey: 'sandbox-serpmetrics-key', serpmetricsSecret: 'not-the-secret' },
};

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

const sm = () => gw.sandbox.serpmetrics.admin;

/** The one error of a response, at its path. */
function onlyError(res: { errors?: ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: unknown }> }) {
  expect(res.errors, JSON.stringify(res.errors)).toHaveLength(1);
  return res.errors?.[0];
}

describe('SERPmetrics error statuses as ErrorCodes', () => {
  it.each([
    { status: 402, code: 'PAYMENT_REQUIRED', retryable: false },
    { status: 403, code: 'FORBIDDEN', retryable: false },
    { status: 404, code: 'NOT_FOUND', retryable: false },
    { status: 429, code: 'UPSTREAM_RATE_LIMITED', retryable: true },
    { status: 501, code: 'UPSTREAM_WRITE_FAILED', retryable: true },
    { status: 503, code: 'UPSTREAM_UNAVAILABLE', retryable: true },
  ])('$status on the SERP read → $code', async ({ status, code, retryable }) => {
    await sm().replaceFaults({ forced: [{ endpoint: '/keywords/serp', status }] });
    const res = await gw.post(SerpSnapshotDocument, PAIR);
    expect(res.status).toBe(200);
    // The pair's check is found (keyword and check lookups); reading its SERP fails, which blanks only the
    // results: the snapshot's own fields stay.
    expect(res.data?.serp).toMatchObject({ keyword: PAIR.keyword, results: null });
    const error = onlyError(res);
    expect(error?.path).toEqual(['serp', 'results']);
    expect(error?.extensions).toEqual({ code, upstream: 'serpmetrics', httpStatus: status, retryable });
  });

  it('429 with Retry-After → UPSTREAM_RATE_LIMITED with retryAfter', async () => {
    await sm().setFaults({ forceStatus: { status: 429, retryAfter: 2 } });
    const error = onlyError(await gw.post(SerpSnapshotDocument, PAIR));
    expect(error?.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: 'serpmetrics',
      httpStatus: 429,
      retryable: true,
      retryAfter: 2,
    });
  });

  it('503 in maintenance → UPSTREAM_UNAVAILABLE', async () => {
    await sm().patchConfig({ maintenance: true });
    try {
      const error = onlyError(await gw.post(SerpSnapshotDocument, PAIR));
      expect(error?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', httpStatus: 503, retryable: true });
    } finally {
      await sm().patchConfig({ maintenance: false });
    }
  });

  it('404 for an unknown check request id → NOT_FOUND', async () => {
    const res = await gw.post(SerpCheckRequestDocument, { queue: 'PRIORITY', requestId: '5299934c3fc134e66000007a' });
    expect(onlyError(res)?.extensions).toEqual({
      code: 'NOT_FOUND',
      upstream: 'serpmetrics',
      httpStatus: 404,
      retryable: false,
    });
  });

  it('406 unknown engine → INVALID_ENGINE (the upstream dropped an engine of the recorded list)', async () => {
    await sm().replaceFaults({
      forced: [
        {
          endpoint: '/keywords/check',
          status: 406,
          body: { status: 'error', message: 'Unknown engine code: google_en-us' },
        },
      ],
    });
    const error = onlyError(await gw.post(SerpSnapshotDocument, PAIR));
    expect(error?.extensions).toEqual({
      code: 'INVALID_ENGINE',
      upstream: 'serpmetrics',
      httpStatus: 406,
      retryable: false,
    });
  });

  it('406 too many checks and 501 write failed on a paid add → per-pair ItemErrors, sent once', async () => {
    await sm().replaceFaults({
      forced: [
        {
          endpoint: '/priority/add',
          status: 406,
          body: { status: 'error', message: 'Too many checks in one request: 2 (max 1)' },
        },
        { endpoint: '/priority/add', status: 501 },
      ],
    });
    const vars = { keywords: ['running shoes'], engines: ['google_en-us', 'bing_en-us'] };
    const tooMany = await gw.client.request(SerpRequestPriorityCheckDocument, vars);
    expect(tooMany.requestPriorityCheck?.credits).toBe(0);
    for (const r of tooMany.requestPriorityCheck?.results ?? []) {
      expect(r.request).toBeNull();
      expect(r.error).toMatchObject({ code: 'TOO_MANY_CHECKS', httpStatus: 406, retryable: false });
    }
    const failed = await gw.client.request(SerpRequestPriorityCheckDocument, vars);
    for (const r of failed.requestPriorityCheck?.results ?? []) {
      expect(r.error).toMatchObject({
        code: 'UPSTREAM_WRITE_FAILED',
        upstream: 'serpmetrics',
        httpStatus: 501,
        retryable: true,
      });
    }
    const stats = await sm().stats();
    expect(stats.byEndpoint['POST /priority/add']?.calls).toBe(2);
    expect(stats.totals.serpCreditsCharged ?? 0).toBe(0);
  });
});

describe('SERPmetrics account states', () => {
  const withKeys = async (keys: (typeof ACCOUNTS)[keyof typeof ACCOUNTS], run: (g: TestGateway) => Promise<void>) => {
    const g = await startTestGateway({ keys });
    try {
      await run(g);
    } finally {
      await g.close();
    }
  };

  it('401 for an unknown key and for a wrong secret → AUTHENTICATION_FAILED', async () => {
    for (const keys of [ACCOUNTS.unknownKey, ACCOUNTS.wrongSecret]) {
      await withKeys(keys, async (g) => {
        const error = onlyError(await g.post(SerpSnapshotDocument, PAIR));
        expect(error?.extensions).toEqual({
          code: 'AUTHENTICATION_FAILED',
          upstream: 'serpmetrics',
          httpStatus: 401,
          retryable: false,
        });
      });
    }
  });

  it('403 for a disabled account → FORBIDDEN', async () => {
    await withKeys(ACCOUNTS.disabled, async (g) => {
      const error = onlyError(await g.post(SerpSnapshotDocument, PAIR));
      expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403, retryable: false });
    });
  });

  it('402 for an account past its grace period → PAYMENT_REQUIRED per item on writes; reads still work', async () => {
    await withKeys(ACCOUNTS.broke, async (g) => {
      const track = await g.client.request(SerpTrackKeywordsDocument, {
        keywords: ['trail shoes', 'road shoes'],
        engines: ['google_en-us'],
      });
      expect(track.trackKeywords?.dailyCredits).toBe(0);
      for (const r of track.trackKeywords?.results ?? []) {
        expect(r.trackedKeyword).toBeNull();
        expect(r.error).toMatchObject({ code: 'PAYMENT_REQUIRED', upstream: 'serpmetrics', httpStatus: 402 });
      }
      const check = await g.client.request(SerpRequestPriorityCheckDocument, {
        keywords: ['trail shoes'],
        engines: ['google_en-us'],
      });
      expect(check.requestPriorityCheck?.results[0]?.error?.code).toBe('PAYMENT_REQUIRED');
      const read = await g.post(SerpSnapshotDocument, PAIR);
      expect(read.errors).toBeUndefined();
      expect(read.data?.serp).toBeNull();
    });
  });
});

describe('validation before any upstream call', () => {
  const long = 'x'.repeat(256);
  it.each([
    ['a malformed engine code', SerpSnapshotDocument, { keyword: 'running shoes', engine: 'google' }, 'INVALID_ENGINE'],
    ['an empty keyword', SerpSnapshotDocument, { keyword: '   ', engine: 'google_en-us' }, 'INVALID_KEYWORDS'],
    ['a 256-character keyword', SerpSnapshotDocument, { keyword: long, engine: 'google_en-us' }, 'INVALID_KEYWORDS'],
    ['a location of 256 characters', SerpSnapshotDocument, { ...PAIR, location: long }, 'INVALID_PARAMETER'],
    ['101 results', SerpSnapshotDocument, { ...PAIR, first: 101 }, 'INVALID_PARAMETER'],
    ['0 results', SerpSnapshotDocument, { ...PAIR, first: 0 }, 'INVALID_PARAMETER'],
    [
      'tracking on a malformed engine',
      SerpTrackKeywordsDocument,
      { keywords: ['shoes'], engines: ['google_en-us', 'bing_xx'] },
      'INVALID_ENGINE',
    ],
    [
      'tracking an empty keyword',
      SerpTrackKeywordsDocument,
      { keywords: ['ok', ''], engines: ['google_en-us'] },
      'INVALID_KEYWORDS',
    ],
    [
      'tracking 1,001 keywords',
      SerpTrackKeywordsDocument,
      { keywords: Array.from({ length: 1001 }, (_, i) => `kw ${i}`), engines: ['google_en-us'] },
      'TOO_MANY_KEYWORDS',
    ],
    [
      'a priority request of 61 pairs',
      SerpRequestPriorityCheckDocument,
      { keywords: Array.from({ length: 61 }, (_, i) => `kw ${i}`), engines: ['google_en-us'] },
      'TOO_MANY_CHECKS',
    ],
    [
      'a bad domain for rank history',
      SerpTrackedHistoryDocument,
      { engine: 'google_en-us', domain: 'not a domain' },
      null,
    ],
    ['a bad engine for an engine lookup', SerpEngineDocument, { code: 'google-en-us' }, 'INVALID_ENGINE'],
  ] as const)('rejects %s', async (_name, document, variables, code) => {
    const res = await gw.post(document, variables as never);
    if (code === null) {
      // trackedKeywords (and their `checks`) are read; the domain is refused before any SERP is read.
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.errors?.every((e) => e.extensions?.code === 'INVALID_DOMAIN')).toBe(true);
      expect((await sm().stats()).calls.map((c) => c.path)).not.toContain('/keywords/serp');
      return;
    }
    expect(onlyError(res)?.extensions).toMatchObject({ code, retryable: false });
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });

  it('rejects a bad domain for Keyword.ranking with no call at all', async () => {
    const res = await gw.post(SerpKeywordRankingDocument, { ...PAIR, domain: '..' });
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('INVALID_DOMAIN');
    expect((await gw.sandbox.calls()).serpmetrics).toBe(0);
  });

  it('rejects an unknown device as a GraphQL validation error', async () => {
    const res = await gw.post(SerpSnapshotDocument, { ...PAIR, device: 'WATCH' } as never);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });

  it('checks a well-formed engine code missing from the recorded list against the live list only (cached)', async () => {
    const vars = { keyword: 'running shoes', engine: 'google_xx-yy' };
    for (let i = 0; i < 2; i++) {
      const error = onlyError(await gw.post(SerpSnapshotDocument, vars));
      expect(error?.extensions).toMatchObject({ code: 'INVALID_ENGINE', retryable: false });
    }
    expect((await sm().stats()).calls.map((c) => c.path)).toEqual(['/engines/codes']);
  });
});
