// The SERPmetrics modelling over real HTTP: a snapshot's results filtered to one root domain by the upstream (one
// free call), rank history of one URL beside that of a domain, a result's host and registrable domain as two
// SE Ranking targets, tracked pairs with their latest check in one query, and a location refused on a non-Google
// engine before anything is queued or charged.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

type Vars = Record<string, unknown>;
const PAIR = { keyword: 'running shoes', engine: 'google_en-us' };
const sm = () => gw.sandbox.serpmetrics.admin;

interface Result {
  id: string;
  position: number;
  url: string;
  host: string;
  domain: string;
}

async function fullSerp(): Promise<{ checkId: string; results: Result[] }> {
  const res = await gw.post<{ serp: { checkId: string; results: Result[] } }, Vars>(
    `query ($pair: KeywordPairInput!) {
      serp(pair: $pair) { checkId results { id position url host domain } }
    }`,
    { pair: PAIR },
  );
  expect(res.errors).toBeUndefined();
  const serp = res.data?.serp;
  if (!serp) throw new Error('no SERP');
  return serp;
}

/** A registrable domain with at least two results in the SERP, and its results. */
function repeatedDomain(results: readonly Result[]): Result[] {
  const byDomain = new Map<string, Result[]>();
  for (const r of results) byDomain.set(r.domain, [...(byDomain.get(r.domain) ?? []), r]);
  const found = [...byDomain.values()].find((rs) => rs.length >= 2);
  expect(found, 'a domain with two results').toBeDefined();
  return found ?? [];
}

const serpCalls = async () => (await sm().stats()).calls.filter((c) => c.endpoint === 'POST /keywords/serp');

describe('SerpSnapshot.results(domain:)', () => {
  it('asks SERPmetrics for one root domain in one free call; positions and ids are those of the full SERP', async () => {
    const full = await fullSerp();
    const own = repeatedDomain(full.results);
    const domain = own[0]?.domain ?? '';
    const callsBefore = (await gw.sandbox.calls()).serpmetrics;
    const serpReadsBefore = (await serpCalls()).length;
    const ledger = await sm().accounts();

    const res = await gw.post<{ serp: { results: Result[] } }, Vars>(
      `query ($pair: KeywordPairInput!, $domain: String) {
        serp(pair: $pair) { results(domain: $domain) { id position url host domain } }
      }`,
      // a host of the domain: its registrable domain is what is filtered on
      { pair: PAIR, domain: `https://www.${domain}/any/page` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.serp.results).toEqual(own);
    expect((await gw.sandbox.calls()).serpmetrics - callsBefore).toBe(1);
    expect((await serpCalls()).length - serpReadsBefore).toBe(1);
    expect(await sm().accounts()).toEqual(ledger);
    expect(res.extensions?.cost).toMatchObject({ actual: 0 });
  });

  it('is an empty list for a domain without results, and INVALID_DOMAIN for a bad one before any call', async () => {
    await fullSerp();
    const query = `query ($pair: KeywordPairInput!, $domain: String) {
      serp(pair: $pair) { results(domain: $domain) { position } }
    }`;
    const none = await gw.post<{ serp: { results: unknown[] } }, Vars>(query, { pair: PAIR, domain: 'zero.example' });
    expect(none.data?.serp.results).toEqual([]);
    const calls = (await gw.sandbox.calls()).serpmetrics;
    const bad = await gw.post<unknown, Vars>(query, { pair: PAIR, domain: 'not a domain' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_DOMAIN');
    expect((await gw.sandbox.calls()).serpmetrics).toBe(calls);
  });
});

describe('SerpResult targets', () => {
  it('gives the host and the registrable domain as two targets, with their own authority, batched', async () => {
    const res = await gw.post<
      {
        serp: {
          results: Array<{
            host: string;
            domain: string;
            target: { address: string; mode: string; authority: { domainInlinkRank: number | null } | null };
            domainTarget: { address: string; mode: string; backlinkSummary: { refDomains: number } | null };
          }>;
        };
      },
      Vars
    >(
      `query ($pair: KeywordPairInput!) {
        serp(pair: $pair) {
          results(first: 20) {
            host
            domain
            target { address mode authority { domainInlinkRank } }
            domainTarget { address mode backlinkSummary { refDomains } }
          }
        }
      }`,
      { pair: PAIR },
    );
    const results = res.data?.serp.results ?? [];
    expect(results).toHaveLength(20);
    for (const r of results) {
      expect(r.target).toMatchObject({ address: r.host.toLowerCase(), mode: 'HOST' });
      expect(r.domainTarget).toMatchObject({ address: r.domain, mode: 'DOMAIN' });
    }
    // A host differing from its registrable domain (www.…) is a target of its own.
    expect(results.some((r) => r.host.toLowerCase() !== r.domain)).toBe(true);
    // One answered call each (a 244 for the huge sites of the SERP re-issues the batch without them once).
    const answered = (await gw.sandbox.seranking.admin.stats()).calls.filter((c) => c.status === 200);
    expect(answered.map((c) => c.endpoint).sort()).toEqual([
      'GET /v1/backlinks/authority',
      'GET /v1/backlinks/summary',
    ]);
  });
});

describe('rank history of one URL', () => {
  const HISTORY = `query ($pair: KeywordPairInput!, $domain: String, $url: String, $last: Int) {
    rankHistory(pair: $pair, domain: $domain, url: $url, last: $last) { checkId position url }
  }`;

  it('follows that page only, where the domain history follows its best page', async () => {
    const full = await fullSerp();
    const [best, second] = repeatedDomain(full.results);
    const byUrl = await gw.post<{ rankHistory: Array<{ checkId: string; position: number; url: string }> }, Vars>(
      HISTORY,
      // scheme and trailing slash do not matter
      { pair: PAIR, url: `${second?.url.replace(/^https:/, 'http:').replace(/\/$/, '')}`, last: 5 },
    );
    const byDomain = await gw.post<{ rankHistory: Array<{ checkId: string; position: number; url: string }> }, Vars>(
      HISTORY,
      { pair: PAIR, domain: best?.domain, last: 5 },
    );
    expect(byUrl.errors).toBeUndefined();
    expect(byUrl.data?.rankHistory).toHaveLength(5);
    expect(byUrl.data?.rankHistory.at(-1)).toMatchObject({
      checkId: full.checkId,
      position: second?.position,
      url: second?.url,
    });
    expect(byDomain.data?.rankHistory.at(-1)).toMatchObject({ position: best?.position, url: best?.url });
    for (const point of byUrl.data?.rankHistory ?? []) {
      if (point.url !== null)
        expect(point.url.replace(/^https?:/, '').replace(/\/$/, '')).toBe(
          second?.url.replace(/^https?:/, '').replace(/\/$/, ''),
        );
    }
  });

  it.each([
    ['both a domain and a url', { domain: 'nike.com', url: 'https://www.nike.com/' }],
    ['neither', {}],
    ['a url that is not an absolute http(s) URL', { url: 'nike.com/running' }],
  ])('refuses %s with INVALID_PARAMETER before any call', async (_what, subject) => {
    const res = await gw.post<unknown, Vars>(HISTORY, { pair: PAIR, ...subject });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });
});

describe('trackedPairs', () => {
  it('lists every pair of a page with its latest check, equal to Query.serp of the pair', async () => {
    const res = await gw.post<
      {
        trackedPairs: {
          nodes: Array<{
            keyword: string;
            engine: { code: string };
            location: string | null;
            device: string;
            latest: { checkId: string; checkedAt: string } | null;
          }>;
        };
      },
      Vars
    >(`{ trackedPairs(first: 5) { nodes { keyword engine { code } location device latest { checkId checkedAt } } } }`);
    const pairs = res.data?.trackedPairs.nodes ?? [];
    expect(pairs.length).toBeGreaterThan(1);
    for (const p of pairs) {
      const one = await gw.post<{ serp: { checkId: string; checkedAt: string } | null }, Vars>(
        `query ($pair: KeywordPairInput!) { serp(pair: $pair) { checkId checkedAt } }`,
        { pair: { keyword: p.keyword, engine: p.engine.code, location: p.location, device: p.device } },
      );
      expect(p.latest, p.keyword).toEqual(one.data?.serp);
    }
  });
});

describe('a location on a non-Google engine', () => {
  const PRIORITY = `mutation ($input: CheckRequestInput!) { requestPriorityCheck(input: $input) { credits } }`;
  const TRACK = `mutation ($input: TrackKeywordsInput!) { trackKeywords(input: $input) { dailyCredits } }`;
  const APPEND = `mutation ($input: EnginesChangeInput!) { appendEngines(input: $input) { __typename } }`;
  const ASK = { engines: ['google_en-us', 'bing_en-us'], location: 'Brooklyn, NY, USA' };

  it.each([
    ['a priority check', PRIORITY, { input: { ...ASK, keywords: ['pizza'] } }],
    ['tracking', TRACK, { input: { ...ASK, keywords: ['pizza'] } }],
    // the demo keyword tracked with that location on Google
    [
      'appending Bing to a located keyword',
      APPEND,
      { input: { ...ASK, keyword: 'pizza near me', engines: ['bing_en-us'] } },
    ],
  ])('is INVALID_PARAMETER for %s: nothing queued, nothing charged', async (_what, mutation, variables) => {
    const before = await sm().accounts();
    const res = await gw.post<unknown, Vars>(mutation, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    const writes = (await sm().stats()).calls.filter((c) => !c.endpoint.endsWith('/engines/codes'));
    expect(writes).toEqual([]);
    expect(await sm().accounts()).toEqual(before);
  });

  it('is INVALID_PARAMETER on a SERP read too, and the same location on Google is accepted', async () => {
    const query = `query ($pair: KeywordPairInput!) { serp(pair: $pair) { checkId } }`;
    const pair = (engine: string) => ({ pair: { keyword: 'pizza near me', engine, location: 'Brooklyn, NY, USA' } });
    const bing = await gw.post<unknown, Vars>(query, pair('bing_en-us'));
    expect(bing.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    const google = await gw.post<unknown, Vars>(query, pair('google_en-us'));
    expect(google.errors).toBeUndefined();
  });
});
