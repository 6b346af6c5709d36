// The SE Ranking part of the graph over real HTTP (gateway + sandbox on loopback): batching of targets and
// keywords into bulk calls, the shared cache, special values, and the lists of one target, keyword and domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BacklinkHistoryDocument,
  BacklinksWithReferringDomainsDocument,
  DomainAnalysisDocument,
  DomainKeywordsWithMetricsDocument,
  KeywordDetailsDocument,
  KeywordIdeasDocument,
  KeywordMetricsDocument,
  SummariesAndAuthorityDocument,
  TargetAuthorityDocument,
  TargetProfileDocument,
  TargetSummariesDocument,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

// 10,000 keywords in one query are about 200 KB of variables: above the default body limit of the edge.
const BIG_BODIES = { REQUEST_MAX_BYTES: '1000000' };

let gw: TestGateway;
useTestGateway(
  (started) => {
    gw = started;
  },
  { env: BIG_BODIES },
);

const serankingCalls = async () => (await gw.sandbox.calls()).seranking;

/** Items (targets or keywords) of each SE Ranking call so far, oldest first. */
const callItems = async (endpoint: string) => {
  const stats = await gw.sandbox.seranking.admin.stats();
  return stats.calls.filter((c) => c.endpoint === endpoint).map((c) => c.items);
};

describe('targets', () => {
  it('turns 250 distinct targets into 3 SE Ranking calls, and the same query again into none', async () => {
    const targets = Array.from({ length: 250 }, (_, i) => `site${i}.example.com`);
    const cold = await gw.client.request(TargetSummariesDocument, { targets });
    expect(cold.targets).toHaveLength(250);
    expect(cold.targets.map((t) => t?.address)).toEqual(targets);
    for (const t of cold.targets) expect(t?.backlinkSummary?.backlinks).toBeGreaterThanOrEqual(0);
    expect(await serankingCalls()).toBe(3);
    expect(await callItems('GET /v1/backlinks/summary')).toEqual([100, 100, 50]);

    const warm = await gw.client.request(TargetSummariesDocument, { targets });
    expect(warm).toEqual(cold);
    expect(await serankingCalls()).toBe(3);
  });

  it('keeps one entry per input: duplicates share one batch item, an invalid one is null with INVALID_TARGET', async () => {
    const res = await gw.post(TargetSummariesDocument, {
      targets: ['seranking.com', 'not a host', 'SERANKING.com', 'stripe.com'],
    });
    expect(res.data?.targets.map((t) => t?.address ?? null)).toEqual([
      'seranking.com',
      null,
      'seranking.com',
      'stripe.com',
    ]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['targets', 1], extensions: { code: 'INVALID_TARGET' } });
    expect(await callItems('GET /v1/backlinks/summary')).toEqual([2]);
  });

  it('reports the golden numbers, -1 as null and zero as 0', async () => {
    const { targets } = await gw.client.request(TargetSummariesDocument, {
      targets: ['seranking.com', 'unranked.example', 'zero.example'],
    });
    const [golden, unranked, zero] = targets;
    expect(golden?.backlinkSummary).toMatchObject({
      backlinks: 22407,
      refDomains: 2329,
      subnets: 1403,
      ips: 1961,
      dofollowBacklinks: 18689,
      nofollowBacklinks: 3718,
      inlinkRank: 24,
      domainInlinkRank: 68,
    });
    expect(unranked?.backlinkSummary?.inlinkRank).toBeNull();
    expect(unranked?.backlinkSummary?.domainInlinkRank).toBeNull();
    expect(unranked?.backlinkSummary?.backlinks).toBeGreaterThan(0);
    expect(zero?.backlinkSummary).toMatchObject({
      backlinks: 0,
      refDomains: 0,
      inlinkRank: 0,
      domainInlinkRank: 0,
      topAnchors: [],
    });
    const authority = await gw.client.request(TargetAuthorityDocument, {
      targets: ['seranking.com', 'unranked.example', 'zero.example'],
    });
    expect(authority.targets.map((t) => t?.authority)).toEqual([
      { inlinkRank: 24, domainInlinkRank: 68 },
      { inlinkRank: null, domainInlinkRank: null },
      { inlinkRank: 0, domainInlinkRank: 0 },
    ]);
    expect(await callItems('GET /v1/backlinks/authority')).toEqual([3]);
  });

  it('batches summaries and authority of 150 targets into 2 calls each', async () => {
    const targets = Array.from({ length: 150 }, (_, i) => `shop${i}.example.org`);
    const { targets: rows } = await gw.client.request(SummariesAndAuthorityDocument, { targets });
    for (const row of rows) expect(row?.authority?.domainInlinkRank).toBe(row?.backlinkSummary?.domainInlinkRank);
    expect(await callItems('GET /v1/backlinks/summary')).toEqual([100, 50]);
    expect(await callItems('GET /v1/backlinks/authority')).toEqual([100, 50]);
  });

  it('batches summaries per mode', async () => {
    const targets = ['seranking.com', 'stripe.com'];
    const [host, domain] = await Promise.all([
      gw.client.request(TargetSummariesDocument, { targets, mode: 'HOST' }),
      gw.client.request(TargetSummariesDocument, { targets, mode: 'DOMAIN' }),
    ]);
    expect(host.targets[0]?.mode).toBe('HOST');
    expect(domain.targets[0]?.mode).toBe('DOMAIN');
    expect(await callItems('GET /v1/backlinks/summary')).toEqual([2, 2]);
  });

  it('a target too large for the API is null with TARGET_TOO_LARGE; the others resolve, and the answer is remembered', async () => {
    const targets = ['seranking.com', 'youtube.com', 'stripe.com'];
    const cold = await gw.post(TargetSummariesDocument, { targets });
    expect(cold.data?.targets.map((t) => t?.backlinkSummary?.backlinks ?? null)).toEqual([22407, null, 99890877]);
    expect(cold.errors).toHaveLength(1);
    expect(cold.errors?.[0]).toMatchObject({
      path: ['targets', 1, 'backlinkSummary'],
      extensions: { code: 'TARGET_TOO_LARGE', upstream: 'seranking', httpStatus: 244, retryable: false },
    });
    // The 244 names the huge target: the rest goes again without it.
    const summaryCalls = await gw.sandbox.seranking.admin.stats();
    expect(summaryCalls.calls.map((c) => c.status)).toEqual([244, 200]);
    const warm = await gw.post(TargetSummariesDocument, { targets });
    expect(warm.errors?.[0]?.extensions?.code).toBe('TARGET_TOO_LARGE');
    expect(await serankingCalls()).toBe(2);
  });

  it('lists backlinks, referring domains and anchors of one target', async () => {
    const { target } = await gw.client.request(TargetProfileDocument, { target: 'seranking.com', limit: 5 });
    expect(target?.backlinkSummary?.backlinks).toBe(22407);
    expect(target?.authority).toEqual({ inlinkRank: 24, domainInlinkRank: 68 });
    expect(target?.backlinks?.nodes).toHaveLength(5);
    for (const b of target?.backlinks?.nodes ?? []) {
      expect(b.referringPage).toMatch(/^https?:\/\//);
      expect(b.kind).toMatch(/^(LINK|REDIRECT|CANONICAL)$/);
      expect(typeof b.nofollow).toBe('boolean');
    }
    const ranks = (target?.backlinks?.nodes ?? []).map((b) => b.domainInlinkRank ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(target?.refDomains?.nodes).toHaveLength(5);
    expect(target?.anchors?.nodes).toHaveLength(5);
  });

  it('joins every backlink with its referring domain in one batched summary call', async () => {
    const res = await gw.post(BacklinksWithReferringDomainsDocument, { target: 'seranking.com', limit: 50 });
    const target = res.data?.target;
    // Referrers too large for the API (twitter.com ...) are null with their error; every other one resolves.
    for (const error of res.errors ?? []) {
      expect(error.extensions?.code).toBe('TARGET_TOO_LARGE');
      expect(error.path?.slice(-2)).toEqual(['referringDomain', 'backlinkSummary']);
    }
    const domains = new Set((target?.backlinks?.nodes ?? []).map((b) => b.referringDomain?.address));
    expect(target?.backlinks?.nodes).toHaveLength(50);
    for (const b of target?.backlinks?.nodes ?? []) {
      expect(b.referringDomain?.mode).toBe('DOMAIN');
      expect(new URL(b.referringPage).hostname.endsWith(b.referringDomain?.address ?? '?')).toBe(true);
    }
    const summaries = await callItems('GET /v1/backlinks/summary');
    expect(summaries.length).toBeLessThanOrEqual(1);
    expect(summaries[0] ?? 0).toBeLessThanOrEqual(domains.size);
    expect(await callItems('GET /v1/backlinks/all')).toHaveLength(1);
  });

  it('shows new and lost backlinks and their daily counts', async () => {
    const res = await gw.client.request(BacklinkHistoryDocument, { target: 'seranking.com', limit: 20 });
    for (const change of res.target?.history?.nodes ?? []) {
      expect(change.change).toMatch(/^(NEW|LOST)$/);
      expect(change.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (change.change === 'NEW') expect(change.lostReason).toBeNull();
    }
    expect(res.target?.dailyChanges?.length).toBeGreaterThan(0);
    for (const day of res.target?.dailyChanges ?? []) {
      expect(day.newBacklinks).toBeGreaterThanOrEqual(0);
      expect(day.lostBacklinks).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('keywords', () => {
  it('turns 10,000 keywords into ⌈10000 / 5000⌉ = 2 exports by default, then none', async () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `running shoes ${i}`);
    const cold = await gw.client.request(KeywordMetricsDocument, { texts, database: 'US' });
    expect(cold.keywords).toHaveLength(10_000);
    expect(cold.keywords?.[9999]?.text).toBe('running shoes 9999');
    expect(await callItems('POST /v1/keywords/export')).toEqual([5000, 5000]);
    const warm = await gw.client.request(KeywordMetricsDocument, { texts, database: 'US' });
    expect(warm).toEqual(cold);
    expect(await serankingCalls()).toBe(2);
  });

  it('loads no metrics for a list that selects none, under @skip / @include as well', async () => {
    const texts = ['running shoes', 'trail shoes'];
    const unloaded = [
      'query ($texts: [String!]!) { keywords(texts: $texts, database: US) { text database } }',
      'query ($texts: [String!]!) { keywords(texts: $texts, database: US) { text volume @skip(if: true) } }',
      `query ($texts: [String!]!, $no: Boolean!) {
        keywords(texts: $texts, database: US) { text ...M }
      }
      fragment M on Keyword { cpc @include(if: $no) ... @skip(if: true) { difficulty } }`,
    ];
    for (const query of unloaded) {
      const res = await gw.post(query, { texts, no: false });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ keywords: texts.map((text) => expect.objectContaining({ text })) });
    }
    expect(await callItems('POST /v1/keywords/export')).toEqual([]);
  });

  it('answers a list whose metrics come through fragments and directives as one keyword at a time does', async () => {
    const texts = ['running shoes', 'zzz nothing', 'trail shoes'];
    const listed = await gw.post(
      `query ($texts: [String!]!, $yes: Boolean!) {
        keywords(texts: $texts, database: US) { text ...M volume @skip(if: false) }
      }
      fragment M on Keyword { ... on Keyword { dataFound difficulty @include(if: $yes) trend { month volume } } }`,
      { texts, yes: true },
    );
    expect(listed.errors).toBeUndefined();
    expect(await callItems('POST /v1/keywords/export')).toEqual([3]);
    for (const [i, text] of texts.entries()) {
      const { keyword } = await gw.client.request(KeywordDetailsDocument, { text, database: 'US' });
      const { dataFound, difficulty, trend, volume } = keyword ?? {};
      expect((listed.data as { keywords: unknown[] }).keywords[i]).toEqual({
        text,
        dataFound,
        difficulty,
        trend,
        volume,
      });
    }
    expect(await serankingCalls()).toBe(1);
  });

  it('fetches and counts a keyword asked twice once, with one asked beside the list in the same export', async () => {
    const res = await gw.post(
      `query ($texts: [String!]!) {
        one: keyword(text: "trail shoes", database: US) { volume }
        keywords(texts: $texts, database: US) { text volume }
      }`,
      { texts: ['running shoes', 'trail shoes', 'running shoes', 'Running Shoes '] },
    );
    expect(res.errors).toBeUndefined();
    const [a, b, c, d] = (res.data as { keywords: Array<{ volume: number }> }).keywords;
    expect([c?.volume, d?.volume]).toEqual([a?.volume, a?.volume]);
    expect(b?.volume).toBe((res.data as { one: { volume: number } }).one.volume);
    expect(await callItems('POST /v1/keywords/export')).toEqual([2]);
    // The single keyword joined the list's flight in the shared cache: its lookup is counted as coalesced.
    expect(res.extensions?.upstream).toEqual({
      calls: { seranking: 1, serpmetrics: 0 },
      cache: { hits: 0, misses: 2, coalesced: 1, stale: 0 },
    });
  });

  it('gives the metrics of one keyword', async () => {
    const { keyword } = await gw.client.request(KeywordDetailsDocument, { text: ' Running Shoes ', database: 'US' });
    expect(keyword).toMatchObject({ text: 'Running Shoes', database: 'US', dataFound: true });
    expect(keyword?.volume).toBeGreaterThan(0);
    expect(keyword?.difficulty).toBeGreaterThanOrEqual(0);
    expect(keyword?.trend).toHaveLength(12);
    expect(keyword?.trend?.[11]?.volume).toBe(keyword?.volume);
    expect(keyword?.trend?.[0]?.month).toMatch(/^\d{4}-\d{2}$/);
    expect(await callItems('POST /v1/keywords/export')).toEqual([1]);
  });

  it('a keyword without data has dataFound false and null metrics', async () => {
    const { keyword } = await gw.client.request(KeywordDetailsDocument, { text: 'zzz nothing', database: 'US' });
    expect(keyword).toMatchObject({ dataFound: false, volume: null, cpc: null, difficulty: null, trend: null });
  });

  it('pages similar, related and question ideas; the ideas carry their metrics', async () => {
    const first = await gw.client.request(KeywordIdeasDocument, { text: 'running shoes', database: 'US', limit: 5 });
    const similar = first.keyword?.similar;
    expect(similar?.nodes).toHaveLength(5);
    expect(similar?.totalCount).toBeGreaterThanOrEqual(5);
    for (const idea of first.keyword?.related?.nodes ?? []) expect(idea.relevance).not.toBeNull();
    expect(first.keyword?.questions?.nodes.length).toBeGreaterThan(0);
    const second = await gw.client.request(KeywordIdeasDocument, {
      text: 'running shoes',
      database: 'US',
      limit: 5,
      after: first.keyword?.similar?.pageInfo.endCursor ?? null,
    });
    const texts = (p: typeof first) => (p.keyword?.similar?.nodes ?? []).map((i) => i.keyword.text);
    expect(texts(second)).not.toEqual(texts(first));
    // similar, related, questions: one call each; the second page asks similar again (related and
    // questions are the same as before: cached); no export for the ideas' own metrics.
    expect(await callItems('POST /v1/keywords/export')).toEqual([]);
    expect(await serankingCalls()).toBe(4);
  });
});

describe('domain', () => {
  it('gives the overview, a page of ranking keywords and the competitors', async () => {
    const { domain } = await gw.client.request(DomainAnalysisDocument, {
      domain: 'https://www.seranking.com/blog',
      database: 'US',
      limit: 10,
    });
    expect(domain).toMatchObject({ name: 'seranking.com', database: 'US' });
    expect(domain?.overview?.organic).toMatchObject({ keywords: 113796, traffic: 41599, trafficCost: 101887.55 });
    expect(domain?.overview?.paid).toMatchObject({ keywords: 16, traffic: 35 });
    expect(domain?.keywords?.nodes).toHaveLength(10);
    expect(domain?.competitors?.nodes?.length).toBeGreaterThan(0);
    for (const c of domain?.competitors?.nodes ?? []) {
      expect(c.missingKeywords).toBe(c.totalKeywords - c.commonKeywords);
    }
    const page2 = await gw.client.request(DomainAnalysisDocument, {
      domain: 'seranking.com',
      database: 'US',
      after: domain?.keywords?.pageInfo.endCursor ?? null,
      limit: 10,
    });
    expect(page2.domain?.keywords?.nodes[0]?.keyword.text).not.toBe(domain?.keywords?.nodes[0]?.keyword.text);
  });

  it("joins the ranking keywords' own metrics in one export", async () => {
    const { domain } = await gw.client.request(DomainKeywordsWithMetricsDocument, {
      domain: 'seranking.com',
      database: 'US',
      limit: 20,
    });
    expect(domain?.keywords?.nodes).toHaveLength(20);
    for (const row of domain?.keywords?.nodes ?? []) expect(row.keyword.trend?.length ?? 12).toBe(12);
    expect(await callItems('POST /v1/keywords/export')).toEqual([20]);
  });

  it('a domain without data has zero counts', async () => {
    const { domain } = await gw.client.request(DomainAnalysisDocument, { domain: 'zero.example', database: 'US' });
    expect(domain?.overview?.organic?.keywords ?? 0).toBe(0);
  });
});

describe('keyword batch size from the configuration', () => {
  let small: TestGateway;

  beforeAll(async () => {
    small = await startTestGateway({ env: { ...BIG_BODIES, SERANKING_KEYWORD_BATCH_SIZE: '2500' } });
  });

  afterAll(async () => {
    await small.close();
  });

  it('turns 10,000 keywords into ⌈10000 / 2500⌉ = 4 exports', async () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `trail shoes ${i}`);
    const { keywords } = await small.client.request(KeywordMetricsDocument, { texts, database: 'UK' });
    expect(keywords).toHaveLength(10_000);
    const stats = await small.sandbox.seranking.admin.stats();
    expect(stats.calls.map((c) => [c.endpoint, c.items])).toEqual(
      Array.from({ length: 4 }, () => ['POST /v1/keywords/export', 2500]),
    );
  });
});
