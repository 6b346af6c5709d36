// The filters of the SE Ranking lists over real HTTP: each filter input reaches the sandbox as the upstream's own
// parameter (read back from the call log), the rows that come back match it, and a bad value is refused with the
// upstream's code before any call. Filters are part of the cache key.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BacklinkChangeFilter,
  type BacklinkFilter,
  FilteredBacklinksDocument,
  type FilteredBacklinksQuery,
  FilteredChangesDocument,
  type FilteredChangesQuery,
  FilteredIdeasDocument,
  type FilteredIdeasQuery,
  FilteredRankingKeywordsDocument,
  type FilteredRankingKeywordsQuery,
  type KeywordFilter,
  type RankingKeywordFilter,
} from '../generated/graphql.js';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

/** The query parameters of the newest sandbox call to `endpoint`. */
async function sent(endpoint: string): Promise<URLSearchParams> {
  const call = (await gw.sandbox.seranking.admin.calls()).find((c) => c.endpoint === endpoint);
  expect(call, `a call to ${endpoint}`).toBeDefined();
  return new URLSearchParams(call?.query ?? '');
}

const serankingCalls = async () => (await gw.sandbox.calls()).seranking;

const within = (v: number | null | undefined, from?: number, to?: number) =>
  v !== null && v !== undefined && (from === undefined || v >= from) && (to === undefined || v <= to);

type Idea = NonNullable<NonNullable<FilteredIdeasQuery['keyword']>['similar']>['nodes'][number]['keyword'];

describe('keyword ideas', () => {
  const IDEAS = 'running shoes';
  let all: Idea[];

  const ideas = async (filter?: KeywordFilter) => {
    const res = await gw.client.request(FilteredIdeasDocument, { text: IDEAS, database: 'US', first: 1000, filter });
    const page = res.keyword?.similar;
    return { total: page?.totalCount ?? -1, rows: page?.nodes.map((i) => i.keyword) ?? [] };
  };

  beforeAll(async () => {
    all = (await ideas()).rows;
    expect(all.length).toBeGreaterThan(20);
  });

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

  const volume = () => median(all.map((k) => k.volume ?? 0));

  const cases: Array<[string, () => KeywordFilter, () => Record<string, string>, (k: Idea) => boolean]> = [
    [
      'volume',
      () => ({ volume: { from: volume() } }),
      () => ({ 'filter[volume][from]': String(volume()) }),
      (k) => within(k.volume, volume()),
    ],
    [
      'difficulty',
      () => ({ difficulty: { from: 20, to: 60 } }),
      () => ({ 'filter[difficulty][from]': '20', 'filter[difficulty][to]': '60' }),
      (k) => within(k.difficulty, 20, 60),
    ],
    ['cpc', () => ({ cpc: { to: 1.5 } }), () => ({ 'filter[cpc][to]': '1.5' }), (k) => within(k.cpc, undefined, 1.5)],
    [
      'competition',
      () => ({ competition: { from: 0.5 } }),
      () => ({ 'filter[competition][from]': '0.5' }),
      (k) => within(k.competition, 0.5),
    ],
    [
      'SERP features',
      () => ({ serpFeatures: ['VIDEO', 'IMAGES'] }),
      () => ({ 'filter[serp_features]': 'video,images' }),
      (k) => (k.serpFeatures ?? []).some((f) => f === 'VIDEO' || f === 'IMAGES'),
    ],
    [
      'intents',
      () => ({ intents: ['COMMERCIAL', 'LOCAL'] }),
      () => ({ 'filter[intents]': 'C,L' }),
      (k) => (k.intents ?? []).some((i) => i === 'COMMERCIAL' || i === 'LOCAL'),
    ],
  ];

  it.each(cases)(
    'by %s: sent upstream, and exactly the matching ideas come back',
    async (_what, filter, params, keep) => {
      const { total, rows } = await ideas(filter());
      const query = await sent('GET /v1/keywords/similar');
      for (const [name, value] of Object.entries(params())) expect(query.get(name), name).toBe(value);
      const expected = all.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(rows.map((k) => k.text).sort()).toEqual(expected.map((k) => k.text).sort());
      expect(total).toBe(expected.length);
    },
  );
});

type Ranking = NonNullable<NonNullable<FilteredRankingKeywordsQuery['domain']>['keywords']>['nodes'][number];

describe('domain keywords', () => {
  let all: Ranking[];

  const rankings = async (filter?: RankingKeywordFilter) => {
    const res = await gw.client.request(FilteredRankingKeywordsDocument, {
      domain: 'seranking.com',
      database: 'US',
      first: 1000,
      filter,
    });
    return res.domain?.keywords?.nodes ?? [];
  };

  beforeAll(async () => {
    all = await rankings();
    expect(all.length).toBe(1000);
  });

  /** A word of the keyword texts that some, not all, of them contain. */
  const word = () => {
    const counts = new Map<string, number>();
    for (const r of all) for (const w of r.keyword.text.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
    return [...counts].filter(([w, n]) => w.length > 3 && n < all.length / 2).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };

  const cases: Array<[string, () => RankingKeywordFilter, () => Record<string, string>, (r: Ranking) => boolean]> = [
    [
      'keyword text',
      () => ({ keyword: word() }),
      () => ({ 'filter[keyword]': word() }),
      (r) => r.keyword.text.includes(word()),
    ],
    [
      'position',
      () => ({ position: { from: 3, to: 10 } }),
      () => ({ 'filter[position][from]': '3', 'filter[position][to]': '10' }),
      (r) => within(r.position, 3, 10),
    ],
    [
      'position change',
      () => ({ positionChange: 'NEW' }),
      () => ({ pos_change: 'new' }),
      (r) => r.previousPosition === null,
    ],
    [
      'volume',
      () => ({ volume: { to: 500 } }),
      () => ({ 'filter[volume][to]': '500' }),
      (r) => within(r.volume, undefined, 500),
    ],
    [
      'difficulty',
      () => ({ difficulty: { from: 50 } }),
      () => ({ 'filter[difficulty][from]': '50' }),
      (r) => within(r.difficulty, 50),
    ],
    [
      'cpc',
      () => ({ cpc: { from: 2, to: 5 } }),
      () => ({ 'filter[cpc][from]': '2', 'filter[cpc][to]': '5' }),
      (r) => within(r.cpc, 2, 5),
    ],
    [
      'traffic',
      () => ({ traffic: { to: 5 } }),
      () => ({ 'filter[traffic][to]': '5' }),
      (r) => within(r.traffic, undefined, 5),
    ],
    [
      'SERP features',
      () => ({ serpFeatures: ['FEATURED_SNIPPETS'] }),
      () => ({ 'filter[serp_features]': 'featured_snippets' }),
      (r) => r.serpFeatures.includes('FEATURED_SNIPPETS'),
    ],
    [
      'intents',
      () => ({ intents: ['INFORMATIONAL'] }),
      () => ({ 'filter[intents]': 'I' }),
      (r) => r.intents.includes('INFORMATIONAL'),
    ],
  ];

  it.each(cases)('by %s: sent upstream, and only matching rows come back', async (_what, filter, params, keep) => {
    const rows = await rankings(filter());
    const query = await sent('GET /v1/domain/keywords');
    for (const [name, value] of Object.entries(params())) expect(query.get(name), name).toBe(value);
    // The filter is applied upstream before paging: the page is full of matches the unfiltered page lacked.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(keep(row), row.keyword.text).toBe(true);
    expect(all.some((r) => !keep(r))).toBe(true);
  });
});

type Link = NonNullable<NonNullable<FilteredBacklinksQuery['target']>['backlinks']>['nodes'][number];

describe('backlinks', () => {
  let all: Link[];

  const links = async (filter?: BacklinkFilter) => {
    const res = await gw.client.request(FilteredBacklinksDocument, { target: 'seranking.com', first: 10_000, filter });
    return res.target?.backlinks?.nodes ?? [];
  };

  beforeAll(async () => {
    all = await links();
    expect(all.length).toBeGreaterThan(100);
  });

  /** The host of a referring page that links more than once, but not on every row. */
  const host = () =>
    new URL(
      all.find((l) => all.filter((m) => m.referringPage === l.referringPage).length < all.length)?.referringPage ??
        'https://x.example/',
    ).hostname;
  const anchor = () =>
    all
      .find((l) => (l.anchorText ?? '').length > 3)
      ?.anchorText?.slice(0, 4)
      .toLowerCase() ?? '';

  const cases: Array<[string, () => BacklinkFilter, () => Record<string, string>, (l: Link) => boolean]> = [
    ['nofollow', () => ({ follow: 'NOFOLLOW' }), () => ({ nofollow_filter: 'nofollow_only' }), (l) => l.nofollow],
    ['dofollow', () => ({ follow: 'DOFOLLOW' }), () => ({ nofollow_filter: 'dofollow_only' }), (l) => !l.nofollow],
    [
      'referring page',
      () => ({ referringPage: { text: host() } }),
      () => ({ url_from_filter: host(), url_from_filter_mode: 'contains' }),
      (l) => l.referringPage.toLowerCase().includes(host()),
    ],
    [
      'destination page (excluded)',
      () => ({ destinationPage: { text: '/blog', exclude: true } }),
      () => ({ url_to_filter: '/blog', url_to_filter_mode: 'does_not_contain' }),
      (l) => !l.destinationPage.toLowerCase().includes('/blog'),
    ],
    [
      'anchor text',
      () => ({ anchorText: { text: anchor() } }),
      () => ({ anchor_filter: anchor(), anchor_filter_mode: 'contains' }),
      (l) => (l.anchorText ?? '').toLowerCase().includes(anchor()),
    ],
    [
      'InLink Rank',
      () => ({ inlinkRank: { from: 20, to: 40 } }),
      () => ({ inlink_rank_from: '20', inlink_rank_to: '40' }),
      (l) => within(l.inlinkRank, 20, 40),
    ],
    [
      'Domain InLink Rank',
      () => ({ domainInlinkRank: { from: 60 } }),
      () => ({ domain_inlink_rank_from: '60' }),
      (l) => within(l.domainInlinkRank, 60),
    ],
  ];

  it.each(cases)(
    'by %s: sent upstream, and exactly the matching links come back',
    async (_what, filter, params, keep) => {
      const rows = await links(filter());
      const query = await sent('GET /v1/backlinks/all');
      for (const [name, value] of Object.entries(params())) expect(query.get(name), name).toBe(value);
      const expected = all.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(rows).toEqual(expected);
    },
  );
});

type Change = NonNullable<NonNullable<FilteredChangesQuery['target']>['history']>['nodes'][number]['backlink'];

describe('backlink changes', () => {
  // The sandbox's data date is today: the last 30 days.
  const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
  const RANGE = { target: 'seranking.com', range: { from: day(30), to: day(1) } };
  let all: Change[];

  const changes = async (filter?: BacklinkChangeFilter) => {
    const res = await gw.client.request(FilteredChangesDocument, { ...RANGE, filter });
    const counted = (res.target?.dailyChanges ?? []).reduce((n, d) => n + d.newBacklinks + d.lostBacklinks, 0);
    return { rows: (res.target?.history?.nodes ?? []).map((c) => c.backlink), counted };
  };

  beforeAll(async () => {
    all = (await changes()).rows;
    expect(all.length).toBeGreaterThan(20);
  });

  const page = () => new URL(all[0]?.referringPage ?? 'https://x.example/').hostname;

  const cases: Array<[string, () => BacklinkChangeFilter, () => Record<string, string>, (c: Change) => boolean]> = [
    ['nofollow', () => ({ follow: 'NOFOLLOW' }), () => ({ dofollow: 'nofollow' }), (c) => c.nofollow],
    ['redirects', () => ({ linkType: 'REDIRECT' }), () => ({ link_type: 'redirect' }), (c) => c.kind === 'REDIRECT'],
    ['image links', () => ({ anchorType: 'IMAGE' }), () => ({ anchor_type: 'image' }), (c) => c.image === true],
    [
      'referring page',
      () => ({ referringPage: page() }),
      () => ({ url_from: page() }),
      (c) => c.referringPage.includes(page()),
    ],
  ];

  it.each(cases)(
    'by %s: sent to both endpoints, and the list and the counts agree',
    async (_what, filter, params, keep) => {
      const { rows, counted } = await changes(filter());
      for (const endpoint of ['GET /v1/backlinks/history', 'GET /v1/backlinks/history/count']) {
        const query = await sent(endpoint);
        for (const [name, value] of Object.entries(params()))
          expect(query.get(name), `${endpoint} ${name}`).toBe(value);
      }
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all.length);
      for (const row of rows) expect(keep(row)).toBe(true);
      expect(counted).toBe(rows.length);
    },
  );
});

describe('validation before any upstream call', () => {
  const rejected: Array<[string, () => Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>]> =
    [
      [
        'a difficulty above 100',
        () => gw.post(FilteredIdeasDocument, { text: 'shoes', database: 'US', filter: { difficulty: { from: 101 } } }),
      ],
      [
        'a competition above 1',
        () => gw.post(FilteredIdeasDocument, { text: 'shoes', database: 'US', filter: { competition: { to: 1.5 } } }),
      ],
      [
        'a range from after to',
        () =>
          gw.post(FilteredIdeasDocument, { text: 'shoes', database: 'US', filter: { volume: { from: 10, to: 5 } } }),
      ],
      [
        'a position of 0',
        () =>
          gw.post(FilteredRankingKeywordsDocument, {
            domain: 'seranking.com',
            database: 'US',
            filter: { position: { from: 0 } },
          }),
      ],
      [
        'an empty keyword text',
        () =>
          gw.post(FilteredRankingKeywordsDocument, {
            domain: 'seranking.com',
            database: 'US',
            filter: { keyword: ' ' },
          }),
      ],
      [
        'an InLink Rank above 100',
        () => gw.post(FilteredBacklinksDocument, { target: 'seranking.com', filter: { inlinkRank: { to: 101 } } }),
      ],
      [
        'an empty anchor text',
        () => gw.post(FilteredBacklinksDocument, { target: 'seranking.com', filter: { anchorText: { text: '' } } }),
      ],
      [
        'an empty referring page',
        () => gw.post(FilteredChangesDocument, { target: 'seranking.com', filter: { referringPage: '' } }),
      ],
    ];

  it.each(rejected)('%s is INVALID_PARAMETER', async (_what, send) => {
    const res = await send();
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const error of res.errors ?? []) expect(error.extensions).toMatchObject({ code: 'INVALID_PARAMETER' });
    expect(await serankingCalls()).toBe(0);
  });
});

describe('RegionalDatabase', () => {
  it('has no WORLDWIDE (no list takes it): GraphQL validation refuses it, with no upstream call', async () => {
    const res = await gw.post(FilteredIdeasDocument, { text: 'shoes', database: 'WORLDWIDE' as 'US' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
    expect(await serankingCalls()).toBe(0);
  });
});

describe('cache', () => {
  it('keeps one entry per filter: another filter is a new call, the same one again none', async () => {
    const ask = (filter: BacklinkFilter) =>
      gw.client.request(FilteredBacklinksDocument, { target: 'seranking.com', first: 50, filter });
    const nofollow = await ask({ follow: 'NOFOLLOW' });
    const dofollow = await ask({ follow: 'DOFOLLOW' });
    expect(await serankingCalls()).toBe(2);
    expect(nofollow).not.toEqual(dofollow);
    expect(await ask({ follow: 'NOFOLLOW' })).toEqual(nofollow);
    expect(await serankingCalls()).toBe(2);
  });
});
