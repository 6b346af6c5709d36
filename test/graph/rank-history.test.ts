// Query.rankHistory over real HTTP: a domain's position in the daily checks of any tracked pair (with a
// location or a device too), oldest first, free of credits, from the same per-check SERPs as Keyword.ranking.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

const RANK_HISTORY = /* GraphQL */ `
  query ($keyword: String!, $engine: String!, $location: String, $domain: String!, $last: Int) {
    rankHistory(pair: { keyword: $keyword, engine: $engine, location: $location }, domain: $domain, last: $last) {
      checkId
      checkedAt
      position
      url
    }
  }
`;

type Vars = Record<string, unknown>;

type Point = { checkId: string; checkedAt: string; position: number | null; url: string | null };

const LOCATED = { keyword: 'pizza near me', engine: 'google_en-us', location: 'Brooklyn, NY, USA' };

describe('Query.rankHistory', () => {
  it('charts a pair tracked with a location, oldest first, ending at the latest check, for 0 credits', async () => {
    const latest = await gw.post<{ serp: { checkId: string; results: Array<{ url: string; domain: string }> } }, Vars>(
      `query ($keyword: String!, $engine: String!, $location: String) {
        serp(pair: { keyword: $keyword, engine: $engine, location: $location }) { checkId results(first: 1) { url domain } }
      }`,
      LOCATED,
    );
    const top = latest.data?.serp.results[0];
    expect(top).toBeDefined();

    const res = await gw.post<{ rankHistory: Point[] }, Vars>(RANK_HISTORY, { ...LOCATED, domain: top?.url, last: 30 });
    expect(res.errors).toBeUndefined();
    const points = res.data?.rankHistory ?? [];
    expect(points.length).toBeGreaterThan(1);
    expect(points.length).toBeLessThanOrEqual(30);
    const times = points.map((p) => Date.parse(p.checkedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(points.at(-1)).toMatchObject({ checkId: latest.data?.serp.checkId, position: 1, url: top?.url });
    expect(res.extensions?.cost).toMatchObject({ estimated: 0, ceiling: 0, actual: 0 });
  });

  it('gives the same points as the tracked pair’s rankHistories for a desktop pair without a location', async () => {
    const args = { keyword: 'running shoes', engine: 'google_en-us', domain: 'nike.com', last: 7 };
    const root = await gw.post<{ rankHistory: Point[] }, Vars>(RANK_HISTORY, args);
    type Row = { keyword: string; engine: { code: string }; rankHistories: Array<{ points: Point[] }> };
    const nested = await gw.post<{ trackedPairs: { nodes: Row[] } }, Vars>(
      `query ($domain: String!, $last: Int) {
        trackedPairs(first: 5) {
          nodes { keyword engine { code } rankHistories(domains: [$domain], last: $last) { points { checkId checkedAt position url } } }
        }
      }`,
      { domain: args.domain, last: args.last },
    );
    const pair = nested.data?.trackedPairs.nodes.find(
      (p) => p.keyword === args.keyword && p.engine.code === args.engine,
    );
    expect(root.data?.rankHistory).toHaveLength(7);
    expect(root.data?.rankHistory).toEqual(pair?.rankHistories[0]?.points);
  });

  it('is null for a pair that is not tracked (the located keyword without its location)', async () => {
    const res = await gw.post<{ rankHistory: Point[] | null }, Vars>(RANK_HISTORY, {
      keyword: LOCATED.keyword,
      engine: LOCATED.engine,
      domain: 'example.com',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.rankHistory).toBeNull();
  });

  it('refuses more than 30 checks before any upstream call', async () => {
    const res = await gw.post<unknown, Vars>(RANK_HISTORY, { ...LOCATED, domain: 'example.com', last: 31 });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });
});
