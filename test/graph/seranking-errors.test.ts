// Every SE Ranking error of the specification, triggered through the sandbox (keys, faults, maintenance, 244),
// arrives on the failing field as its ErrorCode with { code upstream httpStatus retryable retryAfter }; bad
// input is refused before any upstream call; one failing field never blanks the others.
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SERANKING_DEMO_KEYS } from '../../src/sandbox/keys.js';
import {
  DomainKeywordsPageDocument,
  KeywordMetricsDocument,
  KeywordVolumeDocument,
  SummariesOfBigAndSmallDocument,
  TargetChangesDocument,
  TargetListsDocument,
  TargetSummariesDocument,
  TargetSummaryDocument,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway(
  (started) => {
    gw = started;
  },
  // 10,001 keywords are above the edge's default body limit.
  { env: { REQUEST_MAX_BYTES: '1000000' } },
);

const serankingCalls = async () => (await gw.sandbox.calls()).seranking;

/** The one error of a response, which must sit at `path`. */
function onlyError(errors: readonly GraphQLFormattedError[] | undefined, path: readonly (string | number)[]) {
  expect(errors).toHaveLength(1);
  const [error] = errors ?? [];
  expect(error?.path).toEqual(path);
  return error?.extensions;
}

const keyOf = (id: string) => {
  const demo = SERANKING_DEMO_KEYS.find((k) => k.id === id);
  if (!demo) throw new Error(`no sandbox key ${id}`);
  return demo.key;
};

describe('account states (sandbox keys)', () => {
  const cases = [
    ['expired', 'LICENSE_EXPIRED', 403],
    ['disabled', 'AUTHENTICATION_FAILED', 400],
    ['empty', 'INSUFFICIENT_FUNDS', 400],
  ] as const;

  for (const [id, code, httpStatus] of cases) {
    it(`the ${id} key gives ${code} on the SE Ranking field`, async () => {
      const other = await startTestGateway({ keys: { seranking: keyOf(id) } });
      try {
        const res = await other.post(TargetSummaryDocument, { target: 'seranking.com' });
        expect(res.data?.target).toEqual({ address: 'seranking.com', backlinkSummary: null });
        expect(onlyError(res.errors, ['target', 'backlinkSummary'])).toEqual({
          code,
          upstream: 'seranking',
          httpStatus,
          retryable: false,
        });
      } finally {
        await other.close();
      }
    });
  }

  it('the tiny key pays for one call, then gives INSUFFICIENT_FUNDS', async () => {
    const other = await startTestGateway({ keys: { seranking: keyOf('tiny') } });
    try {
      const first = await other.post(TargetSummaryDocument, { target: 'seranking.com' });
      expect(first.errors).toBeUndefined();
      expect(first.data?.target?.backlinkSummary?.backlinks).toBe(22407);
      const second = await other.post(TargetSummaryDocument, { target: 'stripe.com' });
      expect(onlyError(second.errors, ['target', 'backlinkSummary'])).toMatchObject({
        code: 'INSUFFICIENT_FUNDS',
        httpStatus: 400,
        retryable: false,
      });
    } finally {
      await other.close();
    }
  });
});

describe('upstream faults', () => {
  it('429 is UPSTREAM_RATE_LIMITED, retryable, with its Retry-After', async () => {
    await gw.sandbox.seranking.admin.setFaults({ forceStatus: { status: 429, count: 1, retryAfter: 7 } });
    const res = await gw.post(TargetSummaryDocument, { target: 'seranking.com' });
    expect(onlyError(res.errors, ['target', 'backlinkSummary'])).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: 'seranking',
      httpStatus: 429,
      retryable: true,
      retryAfter: 7,
    });
  });

  it('500 is UPSTREAM_ERROR and 503 UPSTREAM_UNAVAILABLE, both retryable; the next request retries', async () => {
    for (const [status, code] of [
      [500, 'UPSTREAM_ERROR'],
      [503, 'UPSTREAM_UNAVAILABLE'],
    ] as const) {
      await gw.sandbox.seranking.admin.setFaults({ forceStatus: { status, count: 1 } });
      const res = await gw.post(KeywordVolumeDocument, { text: `shoes ${status}`, database: 'US' });
      expect(res.data?.keyword).toEqual({ text: `shoes ${status}`, volume: null });
      expect(onlyError(res.errors, ['keyword', 'volume'])).toEqual({
        code,
        upstream: 'seranking',
        httpStatus: status,
        retryable: true,
      });
      // Transient failures are not cached: the same question asked again reaches the upstream and succeeds.
      const again = await gw.post(KeywordVolumeDocument, { text: `shoes ${status}`, database: 'US' });
      expect(again.errors).toBeUndefined();
      expect(again.data?.keyword?.volume).toBeGreaterThanOrEqual(0);
    }
  });

  it('maintenance mode is UPSTREAM_UNAVAILABLE (503)', async () => {
    const admin = gw.sandbox.seranking.admin;
    await admin.request('PATCH', 'config', { maintenance: true });
    try {
      const res = await gw.post(DomainKeywordsPageDocument, { domain: 'seranking.com', database: 'US' });
      expect(res.data?.domain).toEqual({ name: 'seranking.com', keywords: null });
      expect(onlyError(res.errors, ['domain', 'keywords'])).toEqual({
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: 'seranking',
        httpStatus: 503,
        retryable: true,
      });
    } finally {
      await admin.request('PATCH', 'config', { maintenance: false });
    }
  });

  it('a malformed body is UPSTREAM_BAD_RESPONSE', async () => {
    await gw.sandbox.seranking.admin.replaceFaults({
      forced: [{ endpoint: '*', status: 200, action: 'malformed', count: 1 }],
    });
    const res = await gw.post(TargetSummaryDocument, { target: 'seranking.com' });
    expect(onlyError(res.errors, ['target', 'backlinkSummary'])).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      upstream: 'seranking',
      retryable: false,
    });
  });

  it('a dropped connection is an upstream error on that field only', async () => {
    await gw.sandbox.seranking.admin.setFaults({ dropConnection: { count: 1 } });
    const res = await gw.post(TargetSummaryDocument, { target: 'seranking.com' });
    const extensions = onlyError(res.errors, ['target', 'backlinkSummary']);
    expect(extensions?.upstream).toBe('seranking');
    expect(extensions?.retryable).toBe(true);
    expect(res.data?.target?.address).toBe('seranking.com');
  });
});

describe('targets too large (244)', () => {
  it('blanks only their own fields, with TARGET_TOO_LARGE; the other fields of the request resolve', async () => {
    const res = await gw.post(SummariesOfBigAndSmallDocument);
    expect(res.data?.small?.backlinkSummary?.backlinks).toBe(22407);
    expect(res.data?.keyword?.volume).toBeGreaterThanOrEqual(0);
    expect(res.data?.huge).toEqual({ address: 'en.wikipedia.org', backlinkSummary: null, backlinks: null });
    const errors = res.errors ?? [];
    expect(errors).toHaveLength(2);
    expect(errors.map((e) => [e.path, e.extensions?.code, e.extensions?.httpStatus])).toEqual(
      expect.arrayContaining([
        [['huge', 'backlinkSummary'], 'TARGET_TOO_LARGE', 244],
        [['huge', 'backlinks'], 'TARGET_TOO_LARGE', 244],
      ]),
    );
    for (const e of errors) expect(e.extensions).toMatchObject({ upstream: 'seranking', retryable: false });
  });

  it('is remembered: the same target again makes no call, even on another field', async () => {
    await gw.post(TargetSummaryDocument, { target: 'amazon.com' });
    const calls = await serankingCalls();
    const again = await gw.post(TargetListsDocument, { target: 'amazon.com', limit: 5 });
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['TARGET_TOO_LARGE', 'TARGET_TOO_LARGE']);
    expect(await serankingCalls()).toBe(calls);
  });
});

describe('validation before any upstream call', () => {
  const rejected: Array<[string, () => Promise<{ errors?: readonly GraphQLFormattedError[] }>, string]> = [
    ['a bad target', () => gw.post(TargetSummaryDocument, { target: 'http://' }), 'INVALID_TARGET'],
    ['a target with spaces', () => gw.post(TargetSummaryDocument, { target: 'se ranking.com' }), 'INVALID_TARGET'],
    ['an empty keyword', () => gw.post(KeywordVolumeDocument, { text: '   ', database: 'US' }), 'INVALID_KEYWORDS'],
    [
      'a keyword longer than 255 characters',
      () => gw.post(KeywordVolumeDocument, { text: 'k'.repeat(256), database: 'US' }),
      'INVALID_KEYWORDS',
    ],
    [
      'a bad domain',
      () => gw.post(DomainKeywordsPageDocument, { domain: 'not_a_domain', database: 'US' }),
      'INVALID_DOMAIN',
    ],
    [
      'an after that is no cursor',
      () => gw.post(DomainKeywordsPageDocument, { domain: 'seranking.com', database: 'US', after: 'page 2' }),
      'INVALID_PARAMETER',
    ],
    [
      'more domain keyword rows than a page holds',
      () => gw.post(DomainKeywordsPageDocument, { domain: 'seranking.com', database: 'US', limit: 1001 }),
      'INVALID_PARAMETER',
    ],
    [
      'more backlink rows than the upstream returns',
      () => gw.post(TargetListsDocument, { target: 'seranking.com', limit: 10_001 }),
      'INVALID_PARAMETER',
    ],
    ['a limit of 0', () => gw.post(TargetListsDocument, { target: 'seranking.com', limit: 0 }), 'INVALID_PARAMETER'],
    [
      'a date that is not YYYY-MM-DD',
      () => gw.post(TargetChangesDocument, { target: 'seranking.com', from: '22/11/2026' }),
      'INVALID_PARAMETER',
    ],
    [
      'a date range the wrong way round',
      () => gw.post(TargetChangesDocument, { target: 'seranking.com', from: '2026-11-20', to: '2026-11-01' }),
      'INVALID_PARAMETER',
    ],
    [
      'more than 10,000 keywords',
      () =>
        gw.post(KeywordMetricsDocument, {
          texts: Array.from({ length: 10_001 }, (_, i) => `k${i}`),
          database: 'US',
        }),
      'TOO_MANY_KEYWORDS',
    ],
  ];

  for (const [what, send, code] of rejected) {
    it(`${what} is ${code}, with no upstream call`, async () => {
      const res = await send();
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors ?? []) expect(error.extensions).toMatchObject({ code, retryable: false });
      expect(await serankingCalls()).toBe(0);
    });
  }

  it('a database outside the enum is refused by GraphQL validation, with no upstream call', async () => {
    const res = await gw.post(KeywordVolumeDocument, {
      text: 'shoes',
      database: 'XX' as unknown as 'US',
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.data ?? null).toBeNull();
    expect(await serankingCalls()).toBe(0);
  });

  it('an invalid item among many is null with its error; the others are fetched', async () => {
    const res = await gw.post(KeywordMetricsDocument, { texts: ['running shoes', '', 'trail shoes'], database: 'US' });
    expect(res.data?.keywords?.map((k) => k?.text ?? null)).toEqual(['running shoes', null, 'trail shoes']);
    expect(onlyError(res.errors, ['keywords', 1])).toMatchObject({ code: 'INVALID_KEYWORDS' });
    const stats = await gw.sandbox.seranking.admin.stats();
    expect(stats.calls.map((c) => [c.endpoint, c.items])).toEqual([['POST /v1/keywords/export', 2]]);

    const targets = await gw.post(TargetSummariesDocument, { targets: ['seranking.com', 'bad target'] });
    expect(targets.data?.targets.map((t) => t?.address ?? null)).toEqual(['seranking.com', null]);
    expect(onlyError(targets.errors, ['targets', 1])).toMatchObject({ code: 'INVALID_TARGET' });
  });
});
