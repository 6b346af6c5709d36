// The result cache (src/result-cache.ts): a repeated query is answered without executing it again, exactly as
// a warm execution would answer it; never across tenants; gone when an upstream entry it read expires, is
// invalidated by a mutation or replaced by a live callback; never kept for stale or partial answers; a bulk
// answer only once it is asked again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamClients } from '../../src/clients.js';
import { createGateway, type RunningGateway } from '../../src/server.js';
import { UpstreamCache } from '../../src/upstream/cache.js';
import { startLiveGateway } from '../live/support.js';
import {
  configOverSandbox,
  startTenantGateway,
  startTestGateway,
  TENANTS,
  type TestGateway,
} from '../support/gateway.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ extensions?: { code?: string } }>;
  extensions?: { upstream?: Record<string, unknown>; cost?: unknown };
}

const post = async (url: string, query: string, variables: Record<string, unknown> = {}, headers = {}) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
};

/** The result cache's counters from `/metrics`. */
async function resultCacheCounts(url: string): Promise<Record<'hit' | 'miss' | 'invalidated', number>> {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  const count = (result: string): number =>
    Number(new RegExp(`^seograph_result_cache_requests_total\\{result="${result}"\\} (\\d+)`, 'm').exec(text)?.[1]);
  return { hit: count('hit'), miss: count('miss'), invalidated: count('invalidated') };
}

const TARGET = `query Target($target: String!) {
  target(target: $target) { backlinkSummary { backlinks refDomains } authority { domainInlinkRank } }
}`;

describe('result cache', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTenantGateway(TENANTS);
  });
  afterAll(() => gw.close());

  it('answers a repeated query without executing it: same data, every lookup a hit, 0 calls, actual cost 0', async () => {
    const variables = { target: 'repeat-example.com' };
    const cold = await post(gw.url, TARGET, variables);
    expect(cold.errors).toBeUndefined();
    const lookups = cold.extensions?.upstream?.cache as { misses: number };
    const before = await resultCacheCounts(gw.url);
    const calls = await gw.sandbox.seranking.admin.total();

    const again = await post(gw.url, TARGET, variables);
    expect(again.data).toEqual(cold.data);
    expect(again.extensions?.upstream).toEqual({
      calls: { seranking: 0, serpmetrics: 0 },
      cache: { hits: lookups.misses, misses: 0, coalesced: 0, stale: 0 },
    });
    // Priced as a warm execution is: nothing left to spend, the cold ceiling, nothing spent.
    expect(again.extensions?.cost).toMatchObject({ estimated: 0, ceiling: 200, actual: 0 });
    expect(await gw.sandbox.seranking.admin.total()).toBe(calls);
    const after = await resultCacheCounts(gw.url);
    expect(after.hit - before.hit).toBe(1);
    // Other variables are another result.
    await post(gw.url, TARGET, { target: 'other-example.com' });
    expect((await resultCacheCounts(gw.url)).miss - after.miss).toBe(1);
  });

  it("never serves tenant A's result to tenant B; each tenant's repeat is its own hit", async () => {
    const ask = (tenant: keyof typeof TENANTS) =>
      post(gw.url, TARGET, { target: 'tenant-example.com' }, { 'x-api-key': TENANTS[tenant].client });
    const before = await resultCacheCounts(gw.url);
    const a = await ask('a');
    const b = await ask('b');
    expect(b.extensions?.upstream).toMatchObject({ calls: { seranking: 2 }, cache: { hits: 0 } });
    const stats = await gw.sandbox.seranking.admin.stats();
    expect(stats.byKey['tenant-a']?.calls).toBe(2);
    expect(stats.byKey['tenant-b']?.calls).toBe(2);
    const mid = await resultCacheCounts(gw.url);
    expect(mid.miss - before.miss).toBe(2);

    expect((await ask('a')).data).toEqual(a.data);
    expect((await ask('b')).data).toEqual(b.data);
    expect((await resultCacheCounts(gw.url)).hit - mid.hit).toBe(2);
  });

  it('keeps a bulk answer (more than 32 entries read) only once it is asked again; the next repeat is a hit', async () => {
    const query = `query Bulk($targets: [String!]!) { targets(targets: $targets) { address backlinkSummary { backlinks } } }`;
    const variables = { targets: Array.from({ length: 40 }, (_, i) => `bulk-${i}.example.com`) };
    const before = await resultCacheCounts(gw.url);
    const cold = await post(gw.url, query, variables);
    expect(cold.errors).toBeUndefined();
    const lookups = (cold.extensions?.upstream?.cache as { misses: number } | undefined)?.misses ?? 0;
    expect(lookups).toBeGreaterThan(32);
    const warm = await post(gw.url, query, variables);
    const hit = await post(gw.url, query, variables);
    for (const again of [warm, hit]) {
      expect(again.data).toEqual(cold.data);
      expect(again.extensions?.upstream).toEqual({
        calls: { seranking: 0, serpmetrics: 0 },
        cache: { hits: lookups, misses: 0, coalesced: 0, stale: 0 },
      });
    }
    const after = await resultCacheCounts(gw.url);
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({ hit: 1, miss: 2 });
  });

  it('keeps no partial answer: a result with a per-item error executes again every time', async () => {
    const query = `{ targets(targets: ["partial-a.com", "not a target"]) { address backlinkSummary { backlinks } } }`;
    const first = await post(gw.url, query);
    expect(first.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_TARGET']);
    const before = await resultCacheCounts(gw.url);
    const second = await post(gw.url, query);
    expect({ data: second.data, errors: second.errors }).toEqual({ data: first.data, errors: first.errors });
    // Executed again: the per-item path ran, its lookups are counted afresh.
    expect(second.extensions?.upstream).toMatchObject({ cache: { hits: 1 } });
    const after = await resultCacheCounts(gw.url);
    expect(after.hit - before.hit).toBe(0);
    expect(after.miss - before.miss).toBe(1);
  });
});

describe('result cache lifetime', () => {
  let sandbox: TestSandbox;
  let server: RunningGateway;
  let now = 1_800_000_000_000;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    // Summaries for 100 s, authority for 50 s: the result may live 50 s, no longer.
    const config = configOverSandbox(sandbox, {
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      CACHE_TTL_BACKLINKS_SECONDS: '100',
      CACHE_TTL_AUTHORITY_SECONDS: '50',
      CACHE_MAX_STALE_SECONDS: '3600',
    });
    const upstream = createUpstreamClients(config, {
      resilience: { seranking: { retry: false, breaker: false }, serpmetrics: { retry: false, breaker: false } },
    });
    const cache = new UpstreamCache({
      maxBytes: config.cache.maxBytes,
      ttlMs: config.cache.ttlMs,
      maxStaleMs: config.cache.maxStaleMs,
      clock: () => now,
    });
    server = await createGateway(config, { clients: upstream.clients, cache, onClose: upstream.close }).listen(
      0,
      '127.0.0.1',
    );
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });
  afterEach(async () => {
    await sandbox.seranking.admin.clearFaults();
  });

  it('lives as long as the shortest-lived upstream entry it read', async () => {
    const variables = { target: 'ttl-example.com' };
    await post(server.url, TARGET, variables);
    const start = await resultCacheCounts(server.url);
    now += 49_000;
    expect((await post(server.url, TARGET, variables)).extensions?.upstream).toMatchObject({ calls: { seranking: 0 } });
    expect((await resultCacheCounts(server.url)).hit - start.hit).toBe(1);

    now += 2_000;
    const expired = await post(server.url, TARGET, variables);
    // Authority (50 s) is fetched again, the summary (100 s) is still a hit.
    expect(expired.extensions?.upstream).toMatchObject({ calls: { seranking: 1 }, cache: { hits: 1, misses: 1 } });
    const end = await resultCacheCounts(server.url);
    expect(end.hit - start.hit).toBe(1);
    expect(end.miss - start.miss).toBe(1);
  });

  it('prices every hit as pricing it again would, and prices afresh once an entry it read expires', async () => {
    const variables = { target: 'estimate-example.com' };
    const cold = await post(server.url, TARGET, variables);
    expect(cold.extensions?.cost).toMatchObject({ estimated: 200, ceiling: 200, actual: 200 });
    const start = await resultCacheCounts(server.url);
    // The first hit is priced (every entry fresh), later hits reuse that estimate: the same figures each time.
    const hits = [await post(server.url, TARGET, variables), await post(server.url, TARGET, variables)];
    for (const hit of hits) expect(hit.extensions?.cost).toMatchObject({ estimated: 0, ceiling: 200, actual: 0 });
    expect(hits[1]?.extensions?.cost).toEqual(hits[0]?.extensions?.cost);
    expect((await resultCacheCounts(server.url)).hit - start.hit).toBe(2);

    // Authority (50 s) expired, the summary (100 s) did not: the estimate is what is left to spend now.
    now += 51_000;
    const expired = await post(server.url, TARGET, variables);
    expect(expired.extensions?.cost).toMatchObject({ estimated: 100, ceiling: 200, actual: 100 });
    expect((await post(server.url, TARGET, variables)).extensions?.cost).toMatchObject({ estimated: 0, actual: 0 });
  });

  it('keeps no stale answer: served stale after a failed refresh, it executes again every time', async () => {
    const variables = { target: 'stale-example.com' };
    await post(server.url, TARGET, variables);
    now += 200_000;
    await sandbox.seranking.admin.setFaults({ forceStatus: { status: 503, count: 100 } });
    const before = await resultCacheCounts(server.url);
    const first = await post(server.url, TARGET, variables);
    expect(first.errors).toBeUndefined();
    const stale = first.extensions?.upstream?.stale;
    expect(stale).toHaveLength(2);
    const second = await post(server.url, TARGET, variables);
    expect(second.extensions?.upstream?.stale).toEqual(stale);
    const after = await resultCacheCounts(server.url);
    expect(after.hit - before.hit).toBe(0);
    expect(after.miss - before.miss).toBe(2);
  });
});

describe('result cache invalidation', () => {
  it('drops a result when a mutation invalidates what it read', async () => {
    const gw = await startTestGateway();
    try {
      const tracked = '{ trackedKeywords { nodes { keyword } } }';
      const before = await post(gw.url, tracked);
      expect((await post(gw.url, tracked)).data).toEqual(before.data);
      const track = await post(
        gw.url,
        'mutation { trackKeywords(input: { keywords: ["result cache shoes"], engines: ["google_en-us"] }) { dailyCredits } }',
      );
      expect(track.errors).toBeUndefined();
      const counts = await resultCacheCounts(gw.url);
      const after = await post(gw.url, tracked);
      expect(
        (after.data as { trackedKeywords: { nodes: Array<{ keyword: string }> } }).trackedKeywords.nodes,
      ).toContainEqual({
        keyword: 'result cache shoes',
      });
      const next = await resultCacheCounts(gw.url);
      expect(next.miss - counts.miss).toBe(1);
      expect(next.invalidated).toBeGreaterThanOrEqual(1);
    } finally {
      await gw.close();
    }
  });

  it('drops a result when a live callback replaces the check it showed', async () => {
    const gw = await startLiveGateway();
    try {
      const serp = '{ serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { checkId } }';
      const first = await post(gw.url, serp);
      expect(first.errors).toBeUndefined();
      expect((await post(gw.url, serp)).data).toEqual(first.data);
      const before = await resultCacheCounts(gw.url);
      expect(before.hit).toBe(1);

      const live = gw.gateway.live.updates;
      const { completed } = await gw.sandbox.serpmetrics.admin.drainQueues(['daily']);
      // The callbacks arrive over HTTP after the drain: wait for them, then for their work.
      while (live.counters.callbacks < completed) await new Promise((r) => setTimeout(r, 50));
      await live.whenIdle();
      const after = await post(gw.url, serp);
      expect(after.errors).toBeUndefined();
      expect((after.data as { serp: { checkId: string } }).serp.checkId).not.toBe(
        (first.data as { serp: { checkId: string } }).serp.checkId,
      );
      const counts = await resultCacheCounts(gw.url);
      expect(counts.hit).toBe(1);
      expect(counts.invalidated).toBeGreaterThanOrEqual(1);
    } finally {
      await gw.close();
    }
  });
});
