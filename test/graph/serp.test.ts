// SERPmetrics reads through the graph over the sandbox: engines and flux, the latest SERP of a pair, tracked
// keywords with their checks, a domain's 30-day rank history (bounded upstream calls, shared per check), and
// both accounts; upstream calls counted by the sandbox.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  SerpAccountDocument,
  SerpEngineDocument,
  SerpEnginesDocument,
  SerpEnginesFluxDocument,
  SerpHistoryFanOutDocument,
  SerpKeywordRankingDocument,
  SerpKeywordSerpDocument,
  SerpSnapshotDocument,
  SerpTrackedHistoryDocument,
  SerpTrackedKeywordsDocument,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAIR = { keyword: 'running shoes', engine: 'google_en-us' };

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

const smPaths = async () => (await gw.sandbox.serpmetrics.admin.stats()).calls.map((c) => c.path);

describe('engines', () => {
  it('validates against a copy of the recorded engine list equal to ../shared/upstream', async () => {
    const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;
    expect(await read(path.join(repoRoot, 'src/graph/serp/serpmetrics-engines.json'))).toEqual(
      await read(path.resolve(repoRoot, '../shared/upstream/serpmetrics-engines.json')),
    );
  });

  it('lists every engine once a day and finds one by code', async () => {
    const { engines } = await gw.client.request(SerpEnginesDocument);
    expect(engines).toHaveLength(335);
    expect(engines).toContainEqual({
      code: 'google_en-us',
      parent: 'google',
      locale: 'en-us',
      name: 'United States (English)',
    });
    const { engine } = await gw.client.request(SerpEngineDocument, { code: 'yahoo_it-ch', period: 'DAILY' });
    // Display names stay verbatim, leading space included.
    expect(engine?.name).toBe(' Switzerland (Italian)');
    expect(await smPaths()).toEqual(['/engines/codes', '/flux/trend']);
  });

  it('gives daily and hourly flux, oldest first', async () => {
    const daily = (await gw.client.request(SerpEngineDocument, { code: 'google_en-us' })).engine?.flux ?? [];
    const hourly = (await gw.client.request(SerpEngineDocument, { code: 'google_en-us', period: 'HOURLY' })).engine
      ?.flux;
    expect(daily).toHaveLength(30);
    expect(hourly).toHaveLength(48);
    const times = daily.map((p) => Date.parse(p.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const p of daily) expect(p.value).toBeGreaterThan(200);
  });
});

describe('serp', () => {
  it('gives the latest check of a tracked pair with typed results, in three lookups', async () => {
    const { serp } = await gw.client.request(SerpSnapshotDocument, { ...PAIR, first: 10 });
    expect(serp).toMatchObject({ keyword: 'running shoes', engine: { code: 'google_en-us' }, device: 'DESKTOP' });
    expect(serp?.queue).toBe('DAILY');
    expect(Date.now() - Date.parse(serp?.checkedAt ?? '')).toBeLessThan(86_400_000);
    expect(serp?.results).toHaveLength(10);
    for (const r of serp?.results ?? []) {
      expect(r.url).toMatch(/^https?:\/\//);
      expect(r.url).toContain(r.host);
      expect(r.host.endsWith(r.domain)).toBe(true);
      expect(r.resultType === 'ORGANIC').toBe(r.universalType === null);
    }
    expect(await smPaths()).toEqual(['/keywords/exists', '/keywords/check', '/keywords/serp']);
  });

  it('needs no SERP read when only check facts are asked', async () => {
    const res = await gw.post(SerpKeywordSerpDocument, PAIR);
    expect(res.data?.serp?.checkId).toMatch(/^[0-9a-f]{24}$/);
    expect(await smPaths()).toEqual(['/keywords/exists', '/keywords/check']);
  });

  it('tells a pair with a location apart, and gives null for an untracked pair', async () => {
    const pizza = { keyword: 'pizza near me', engine: 'google_en-us' };
    expect((await gw.client.request(SerpSnapshotDocument, { ...pizza, first: 1 })).serp).toBeNull();
    const located = await gw.client.request(SerpSnapshotDocument, {
      ...pizza,
      location: 'Brooklyn, NY, USA',
      first: 5,
    });
    expect(located.serp?.location).toBe('Brooklyn, NY, USA');
    expect(located.serp?.results?.some((r) => r.resultType === 'LOCAL')).toBe(true);
    // Tracked, but not on this engine.
    expect((await gw.client.request(SerpSnapshotDocument, { ...PAIR, engine: 'google_en-gb' })).serp).toBeNull();
  });
});

describe('tracked keywords and rank history', () => {
  it('lists the demo pairs with engine names', async () => {
    const { trackedKeywords } = await gw.client.request(SerpTrackedKeywordsDocument);
    expect(trackedKeywords?.nodes.map((k) => k.keyword)).toEqual([
      'running shoes',
      'best crm software',
      'pizza near me',
    ]);
    expect(trackedKeywords?.nodes[0]?.engines.map((e) => e.code)).toEqual(['google_en-us', 'bing_en-us']);
    expect(trackedKeywords?.nodes[0]?.engines[0]?.name).toBe('United States (English)');
    expect(trackedKeywords?.nodes[2]?.location).toBe('Brooklyn, NY, USA');
  });

  it('charts a domain over 30 days in at most 32 cold calls, then any domain of the pair in none', async () => {
    const vars = { ...PAIR, domain: 'https://www.nike.com/w/running-shoes' };
    const cold = await gw.client.request(SerpKeywordRankingDocument, vars);
    const points = cold.rankHistory ?? [];
    expect(points).toHaveLength(30);
    const times = points.map((p) => Date.parse(p.checkedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(points.filter((p) => p.position !== null).length).toBeGreaterThan(20);
    for (const p of points) if (p.position !== null) expect(p.url).toContain('nike.com');
    const coldCalls = await gw.sandbox.calls();
    expect(coldCalls.serpmetrics).toBeLessThanOrEqual(32);
    console.info(`30-day rank history cold: ${coldCalls.serpmetrics} SERPmetrics calls`);

    const other = await gw.client.request(SerpKeywordRankingDocument, { ...vars, domain: 'adidas.com', last: 7 });
    expect(other.rankHistory).toHaveLength(7);
    const serp = await gw.client.request(SerpSnapshotDocument, { ...PAIR, first: 100 });
    const adidas = serp.serp?.results?.find((r) => r.domain === 'adidas.com')?.position ?? null;
    expect(other.rankHistory?.at(-1)?.position ?? null).toBe(adidas);
    expect(await gw.sandbox.calls()).toEqual(coldCalls);
  });

  it('gives the same history from the tracked pair, and null for an untracked pair', async () => {
    const res = await gw.client.request(SerpTrackedHistoryDocument, {
      engine: 'google_en-us',
      domain: 'nike.com',
      last: 5,
    });
    const shoes = res.trackedKeywords?.nodes.find((k) => k.keyword === 'running shoes');
    expect(shoes?.checks).toHaveLength(3);
    const pair = res.trackedPairs?.nodes.find((p) => p.keyword === PAIR.keyword && p.engine.code === PAIR.engine);
    const fromPair = pair?.rankHistories?.[0]?.points;
    expect(fromPair).toHaveLength(5);
    const fromRoot = await gw.client.request(SerpKeywordRankingDocument, { ...PAIR, domain: 'nike.com', last: 5 });
    expect(fromRoot.rankHistory?.map((p) => p.position)).toEqual(fromPair?.map((p) => p.position));
    const untracked = await gw.client.request(SerpKeywordRankingDocument, {
      keyword: 'blue suede shoes',
      engine: 'google_en-us',
      domain: 'nike.com',
    });
    expect(untracked.rankHistory).toBeNull();
  });
});

describe('fan-out bound', () => {
  it('reads at most 100 distinct SERPs in one request; the rest fail with ROW_LIMIT_EXCEEDED', async () => {
    // Fast limits on both sides, so the bound (not the rate limiter) is what stops the request.
    const fast = await startTestGateway({
      resilience: { serpmetrics: { retry: false, breaker: false, rateLimit: { requestsPerSecond: 1_000 } } },
    });
    try {
      await fast.sandbox.serpmetrics.admin.patchConfig({
        rateLimit: { requests: { capacity: 10_000, leakPerSecond: 1_000 } },
      });
      // The 5 tracked pairs' 30-day histories: 150 checks.
      const res = await fast.post(SerpHistoryFanOutDocument, { domain: 'nike.com' });
      const serpCalls = (await fast.sandbox.serpmetrics.admin.stats()).byEndpoint['POST /keywords/serp']?.calls;
      expect(serpCalls).toBe(100);
      const codes = new Set(res.errors?.map((e) => e.extensions?.code));
      expect([...codes]).toEqual(['ROW_LIMIT_EXCEEDED']);
      expect(res.data?.trackedPairs?.nodes[0]?.rankHistories?.[0]?.points).toHaveLength(30);
    } finally {
      await fast.close();
    }
  });
});

describe('flux fan-out bound', () => {
  it('reads at most 10 flux series in one request; every engine is still listed', async () => {
    const res = await gw.post(SerpEnginesFluxDocument);
    expect(res.data?.engines).toHaveLength(335);
    expect(res.data?.engines?.filter((e) => e.flux !== null)).toHaveLength(10);
    expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['ROW_LIMIT_EXCEEDED']));
    expect(res.errors).toHaveLength(325);
    expect((await gw.sandbox.serpmetrics.admin.stats()).byEndpoint['POST /flux/trend']?.calls).toBe(10);
  });
});

describe('account', () => {
  it('gives both upstreams’ credits and balances', async () => {
    const { account } = await gw.client.request(SerpAccountDocument);
    expect(account?.serpmetrics).toEqual({ serpCredits: 100_000, balance: 100, apiCredits: expect.any(Number) });
    expect(account?.seranking?.status).toBe('active');
    expect(account?.seranking?.unitsLeft).toBeGreaterThan(0);
  });
});
