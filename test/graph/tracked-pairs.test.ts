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
  query ($domains: [String!]!, $offset: Int, $limit: Int) {
    trackedPairs(offset: $offset, limit: $limit) {
      total
      pairs {
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
    total: number;
    pairs: Array<{
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
    expect(page?.total).toBe(5);
    expect(page?.pairs.map((p) => `${p.keyword}|${p.engine.code}`)).toEqual([
      'running shoes|google_en-us',
      'running shoes|bing_en-us',
      'best crm software|google_en-us',
    ]);
    expect(page?.pairs.map((p) => p.database)).toEqual(['US', 'US', 'US']);
    for (const pair of page?.pairs ?? []) {
      expect(pair.rankHistories.map((h) => h.domain)).toEqual(['nike.com', 'adidas.com']);
      const [mine, theirs] = pair.rankHistories;
      expect(mine?.points).toHaveLength(30);
      expect(mine?.points.map((p) => p.checkId)).toEqual(theirs?.points.map((p) => p.checkId));
    }
    expect(page?.pairs[0]?.metrics?.volume).toBeGreaterThan(0);
    // 3 pairs × 30 checks: 90 SERPs, shared by both domains.
    const calls = await gw.sandbox.serpmetrics.admin.stats();
    expect(calls.byEndpoint['POST /keywords/serp']?.calls).toBe(90);

    const rest = await gw.post<Page, Vars>(TRACKED_PAIRS, { domains: ['nike.com'], offset: 3 });
    expect(rest.errors).toBeUndefined();
    expect(rest.data?.trackedPairs.pairs.map((p) => [p.engine.code, p.location, p.database])).toEqual([
      ['google_en-gb', null, 'UK'],
      ['google_en-us', 'Brooklyn, NY, USA', 'US'],
    ]);
  });

  it('refuses a bad domain or page before any upstream call', async () => {
    const bad = await gw.post<unknown, Vars>(TRACKED_PAIRS, { domains: ['not a domain'], limit: 1 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_DOMAIN');
    const negative = await gw.post<unknown, Vars>(TRACKED_PAIRS, { domains: ['nike.com'], offset: -1 });
    expect(negative.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    expect((await gw.sandbox.calls()).serpmetrics).toBeLessThanOrEqual(1);
  });
});
