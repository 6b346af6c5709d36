// Callbacks for ids this deployment cannot resolve, replayed (with the right token) as an attacker or a confused
// upstream would: each is remembered, so replays cost no upstream call, and no callback ever fails another
// client's query, even when its work invalidates the tracking list while that query is reading it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveGateway, startLiveGateway } from './support.js';

const SERP_QUERIES = [
  '{ trackedKeywords { nodes { keyword checks(engine: "google_en-us", last: 1) { checkId results(first: 3) { position } } } } }',
  '{ serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { checkId results(first: 3) { url } } }',
];

const callback = (keywordId: string, checkId: string) =>
  new URLSearchParams({
    keyword_id: keywordId,
    engine_code: 'google_en-us',
    check_id: checkId,
    timestamp: '1385788936',
  });

describe('callbacks for unknown ids', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({ env: { SERP_POLL_INTERVAL_MS: '0' } });
  });
  afterAll(() => gw.close());

  const serpmetricsCalls = async () => (await gw.sandbox.serpmetrics.admin.stats()).calls.map((c) => c.path);

  it('30 replays of one cost at most one upstream call, and SERP queries running meanwhile all succeed', async () => {
    const before = (await serpmetricsCalls()).length;
    const replays = Array.from({ length: 30 }, () =>
      fetch(gw.callbackUrl, { method: 'POST', body: callback('5146926072484b125b000000', '529976084513a7206600008c') }),
    );
    expect((await Promise.all(replays)).map((r) => r.status)).toEqual(Array(30).fill(204));
    await gw.gateway.live.updates.whenIdle();
    expect((await serpmetricsCalls()).length - before).toBeLessThanOrEqual(1);
    expect(gw.gateway.live.updates.counters).toMatchObject({ callbacks: 30, unknown: 30, published: 0, failures: 0 });

    // More replays while clients read SERPs: every query answers, and the replays still cost nothing.
    const readsBefore = await serpmetricsCalls();
    const queries = Array.from({ length: 20 }, (_, i) => gw.post(SERP_QUERIES[i % SERP_QUERIES.length] ?? ''));
    const more = Array.from({ length: 30 }, () =>
      fetch(gw.callbackUrl, { method: 'POST', body: callback('5146926072484b125b000000', '529976084513a7206600008c') }),
    );
    const answers = await Promise.all(queries);
    await Promise.all(more);
    await gw.gateway.live.updates.whenIdle();
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const newCalls = (await serpmetricsCalls()).slice(readsBefore.length);
    expect(newCalls.filter((path) => path === '/keywords/all').length).toBeLessThanOrEqual(1);
  });

  it('forged ids cost at most one re-read of the list, and a forged check of a known keyword one SERP read', async () => {
    const forged = Array.from({ length: 50 }, (_, i) =>
      callback(`f0f0f0f0f0f0f0f0f0f0${String(i).padStart(4, '0')}`, `c${i}`),
    );
    const before = (await serpmetricsCalls()).length;
    await Promise.all(forged.map((body) => fetch(gw.callbackUrl, { method: 'POST', body })));
    await gw.gateway.live.updates.whenIdle();
    expect((await serpmetricsCalls()).slice(before).filter((p) => p === '/keywords/all').length).toBeLessThanOrEqual(1);

    const { data } = await gw.post<{
      trackedKeywords: { nodes: Array<{ keywordId: string; engines: Array<{ code: string }> }> };
    }>('{ trackedKeywords { nodes { keywordId engines { code } } } }');
    const known = data?.trackedKeywords.nodes.find((k) => k.engines.some((e) => e.code === 'google_en-us'));
    expect(known).toBeDefined();
    const afterList = (await serpmetricsCalls()).length;
    const counters = { ...gw.gateway.live.updates.counters };
    for (let i = 0; i < 10; i++) {
      await fetch(gw.callbackUrl, {
        method: 'POST',
        body: callback(known?.keywordId ?? '', 'ffffffffffffffffffffffff'),
      });
    }
    await gw.gateway.live.updates.whenIdle();
    const calls = (await serpmetricsCalls()).slice(afterList);
    console.info(`10 replays of a forged check of a known keyword: ${calls.join(', ')}`);
    // One SERP read, and one more only after a re-read of the list (due every 10 s, which a loaded machine can pass
    // within this test): the memory of the forged check dies with the list it was judged against, never per replay.
    const listReads = calls.filter((p) => p === '/keywords/all').length;
    expect(calls.filter((p) => p === '/keywords/serp').length).toBeLessThanOrEqual(1 + listReads);
    expect(listReads).toBeLessThanOrEqual(1);
    expect(gw.gateway.live.updates.counters.published).toBe(counters.published);
  });

  it('a tracking write invalidating a slow list mid-read fails none of the queries reading it', async () => {
    // The list answers slowly, so the queries are still waiting on it when callbacks' work invalidates it.
    await gw.sandbox.serpmetrics.admin.replaceFaults({ latency: { endpoints: { '/keywords/all': { fixedMs: 300 } } } });
    try {
      for (let round = 0; round < 3; round++) {
        const queries = Array.from({ length: 10 }, (_, i) => gw.post(SERP_QUERIES[i % SERP_QUERIES.length] ?? ''));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const untrack = gw.post(
          `mutation { untrackKeywords(input: { keywords: ["never tracked ${round}"] }) { results { keyword } } }`,
        );
        for (const answer of await Promise.all(queries)) {
          expect(answer.errors?.map((e) => e.extensions?.code)).toBeUndefined();
        }
        expect((await untrack).errors).toBeUndefined();
      }
    } finally {
      await gw.sandbox.serpmetrics.admin.clearFaults();
    }
  });
});
