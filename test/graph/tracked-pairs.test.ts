// Query.trackedPairs over real HTTP: the rank tracker's rows (every tracked keyword × engine), paged; each with
// its SE Ranking metrics in the engine country's database and several domains' histories from the same SERPs.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

const TRACKED_PAIRS = /* GraphQL */ `
  query ($domains: [String!]!, $after: String, $first: Int) {
    trackedPairs(after: $after, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        keyword
        engine { code }
        location
        database
        metrics { volume difficulty }
        rankHistories(domains: $domains) { domain points { checkId position url } }
      }
    }
  }
`;

interface Page {
  trackedPairs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      keyword: string;
      engine: { code: string };
      location: string | null;
      database: string | null;
      metrics: { volume: number | null; difficulty: number | null } | null;
      rankHistories: Array<{ domain: string; points: Array<{ checkId: string; position: number | null }> }>;
    }>;
  };
}

type Vars = Record<string, unknown>;

describe('Query.trackedPairs', () => {
  it('pages the pairs, maps engines to regional databases and ranks two domains from one SERP read per check', async () => {
    const first = await gw.post<Page, Vars>(TRACKED_PAIRS, { domains: ['www.nike.com', 'adidas.com'] });
    expect(first.errors).toBeUndefined();
    const page = first.data?.trackedPairs;
    expect(page?.totalCount).toBe(5);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    expect(page?.nodes.map((p) => `${p.keyword}|${p.engine.code}`)).toEqual([
      'running shoes|google_en-us',
      'running shoes|bing_en-us',
      'best crm software|google_en-us',
    ]);
    expect(page?.nodes.map((p) => p.database)).toEqual(['US', 'US', 'US']);
    for (const pair of page?.nodes ?? []) {
      expect(pair.rankHistories.map((h) => h.domain)).toEqual(['nike.com', 'adidas.com']);
      const [mine, theirs] = pair.rankHistories;
      expect(mine?.points).toHaveLength(30);
      expect(mine?.points.map((p) => p.checkId)).toEqual(theirs?.points.map((p) => p.checkId));
    }
    expect(page?.nodes[0]?.metrics?.volume).toBeGreaterThan(0);
    // 3 pairs × 30 checks: 90 SERPs, shared by both domains.
    const calls = await gw.sandbox.serpmetrics.admin.stats();
    expect(calls.byEndpoint['POST /keywords/serp']?.calls).toBe(90);

    const after = page?.pageInfo.endCursor;
    const rest = await gw.post<Page, Vars>(TRACKED_PAIRS, { domains: ['nike.com'], after });
    expect(rest.errors).toBeUndefined();
    expect(rest.data?.trackedPairs.pageInfo).toMatchObject({ hasNextPage: false });
    expect(rest.data?.trackedPairs.nodes.map((p) => [p.engine.code, p.location, p.database])).toEqual([
      ['google_en-gb', null, 'UK'],
      ['google_en-us', 'Brooklyn, NY, USA', 'US'],
    ]);
  });

  it('refuses a bad domain or page before any upstream call', async () => {
    const bad = await gw.post<unknown, Vars>(TRACKED_PAIRS, { domains: ['not a domain'], first: 1 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_DOMAIN');
    const forged = await gw.post<unknown, Vars>(TRACKED_PAIRS, { domains: ['nike.com'], after: 'offset 3' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    const tooMany = await gw.post<unknown, Vars>(TRACKED_PAIRS, { domains: ['nike.com'], first: 101 });
    const none = await gw.post<unknown, Vars>(TRACKED_PAIRS, { domains: ['nike.com'], first: 0 });
    // One code and one message on either side of the bounds.
    expect(tooMany.errors?.[0]).toMatchObject({ message: '`first` must be between 1 and 100.' });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    expect(none.errors?.[0]?.message).toBe(tooMany.errors?.[0]?.message);
    expect(none.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    expect((await gw.sandbox.calls()).serpmetrics).toBeLessThanOrEqual(1);
  });
});
