// The SERPmetrics mutations end to end over the sandbox: tracking a keyword shows in trackedKeywords (cache
// invalidated), engines change, untracking removes it; a priority check goes from pending to done with the
// sandbox clock sped up and `serp` then shows it; paid adds are never repeated after an ambiguous failure.
import { afterEach, describe, expect, it } from 'vitest';
import {
  SerpAppendEnginesDocument,
  SerpCheckRequestDocument,
  type SerpCheckRequestQuery,
  SerpRemoveEnginesDocument,
  SerpRequestDelayedCheckDocument,
  SerpRequestPriorityCheckDocument,
  SerpSnapshotDocument,
  SerpTrackedKeywordsDocument,
  SerpTrackKeywordsDocument,
  SerpUntrackKeywordsDocument,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

const PAIR = { keyword: 'running shoes', engine: 'google_en-us' };

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

afterEach(async () => {
  // Clock speed and auth window changes are config: restore the start config too.
  await gw.sandbox.serpmetrics.admin.reset({ config: true });
});

const sm = () => gw.sandbox.serpmetrics.admin;
const tracked = async () => (await gw.client.request(SerpTrackedKeywordsDocument)).trackedKeywords?.nodes ?? [];

async function waitForState(
  queue: 'PRIORITY' | 'DELAYED',
  id: string,
  state: 'DONE',
  timeoutMs = 10_000,
): Promise<NonNullable<SerpCheckRequestQuery['checkRequest']>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { checkRequest } = await gw.client.request(SerpCheckRequestDocument, { queue, requestId: id });
    if (!checkRequest) throw new Error(`checkRequest ${id} answered null`);
    if (checkRequest.state === state || Date.now() > until) return checkRequest;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('tracking', () => {
  it('tracks, changes engines and untracks a keyword, each visible at once', async () => {
    expect((await tracked()).map((k) => k.keyword)).not.toContain('trail running shoes');

    const { trackKeywords } = await gw.client.request(SerpTrackKeywordsDocument, {
      keywords: ['  trail   running shoes '],
      engines: ['google_en-us', 'bing_en-us', 'google_en-us'],
    });
    expect(trackKeywords?.dailyCredits).toBe(2);
    expect(trackKeywords?.results).toHaveLength(1);
    expect(trackKeywords?.results[0]).toMatchObject({
      keyword: 'trail running shoes',
      error: null,
      trackedKeyword: { keyword: 'trail running shoes', device: 'DESKTOP', location: null },
    });
    expect(trackKeywords?.results[0]?.trackedKeyword?.engines.map((e) => e.code)).toEqual([
      'google_en-us',
      'bing_en-us',
    ]);

    const listed = (await tracked()).find((k) => k.keyword === 'trail running shoes');
    expect(listed?.engines.map((e) => e.code)).toEqual(['google_en-us', 'bing_en-us']);

    // Tracked but not checked yet: the SERP is pending, not missing.
    const pending = await gw.post(SerpSnapshotDocument, { keyword: 'trail running shoes', engine: 'google_en-us' });
    expect(pending.data?.serp).toBeNull();
    expect(pending.errors?.[0]?.extensions).toMatchObject({
      code: 'PENDING',
      upstream: 'serpmetrics',
      retryable: true,
      retryAfter: 30,
    });

    const appended = await gw.client.request(SerpAppendEnginesDocument, {
      keyword: 'Trail Running Shoes',
      engines: ['google_en-gb'],
    });
    expect(appended.appendEngines?.dailyCredits).toBe(3);
    const removed = await gw.client.request(SerpRemoveEnginesDocument, {
      keyword: 'trail running shoes',
      engines: ['bing_en-us'],
    });
    expect(removed.removeEngines?.trackedKeyword.engines.map((e) => e.code)).toEqual(['google_en-us', 'google_en-gb']);
    expect((await tracked()).find((k) => k.keyword === 'trail running shoes')?.engines).toHaveLength(2);

    const { untrackKeywords } = await gw.client.request(SerpUntrackKeywordsDocument, {
      keywords: ['trail running shoes', 'never tracked'],
    });
    expect(untrackKeywords?.results.map((r) => [r.keyword, r.untracked, r.error?.code ?? null])).toEqual([
      ['trail running shoes', true, null],
      ['never tracked', false, 'NOT_FOUND'],
    ]);
    expect((await tracked()).map((k) => k.keyword)).not.toContain('trail running shoes');
    const gone = await gw.client.request(SerpSnapshotDocument, {
      keyword: 'trail running shoes',
      engine: 'google_en-us',
    });
    expect(gone.serp).toBeNull();
    expect((await sm().stats()).byEndpoint['POST /keywords/add']?.calls).toBe(1);
  });

  it('refuses to change engines of a keyword that is not tracked', async () => {
    const res = await gw.post(SerpAppendEnginesDocument, { keyword: 'never tracked', engines: ['google_en-us'] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await sm().stats()).calls.map((c) => c.path)).toEqual(['/keywords/exists']);
  });

  it('reads back an add whose answer was lost, instead of reporting a failure', async () => {
    await sm().setFaults({ forced: [{ endpoint: '/keywords/add', action: 'reset', when: 'after' }] });
    const { trackKeywords } = await gw.client.request(SerpTrackKeywordsDocument, {
      keywords: ['hiking boots'],
      engines: ['google_en-us'],
    });
    expect(trackKeywords?.results[0]?.error).toBeNull();
    expect(trackKeywords?.results[0]?.trackedKeyword?.engines.map((e) => e.code)).toEqual(['google_en-us']);
    expect((await sm().stats()).byEndpoint['POST /keywords/add']?.calls).toBe(1);
  });
});

describe('one-off checks', () => {
  it('queues a priority check that turns from pending to done, and serp then shows it', async () => {
    const before = (await gw.client.request(SerpSnapshotDocument, { ...PAIR, first: 1 })).serp;
    expect(before?.queue).toBe('DAILY');

    const { requestPriorityCheck } = await gw.client.request(SerpRequestPriorityCheckDocument, {
      keywords: [PAIR.keyword],
      engines: [PAIR.engine],
    });
    expect(requestPriorityCheck?.credits).toBe(6);
    const request = requestPriorityCheck?.results[0]?.request;
    expect(request).toMatchObject({ queue: 'PRIORITY', state: 'PENDING' });
    const id = request?.requestId ?? '';

    const queued = await gw.client.request(SerpCheckRequestDocument, { queue: 'PRIORITY', requestId: id });
    expect(queued.checkRequest).toMatchObject({ state: 'PENDING', keyword: 'running shoes', snapshot: null });

    // Sandbox time 100× faster: the 3–5 s priority delay passes in tens of milliseconds.
    await sm().patchConfig({ auth: { timestampWindowSeconds: 1_000_000 } });
    await sm().request('PATCH', 'clock', { speed: 100 });
    const done = await waitForState('PRIORITY', id, 'DONE');
    expect(done).toMatchObject({ state: 'DONE', engine: { code: 'google_en-us' } });
    expect(done.snapshot).toMatchObject({ checkId: done.checkId, queue: 'PRIORITY' });

    const after = await gw.client.request(SerpSnapshotDocument, { ...PAIR, first: 100 });
    expect(after.serp?.checkId).toBe(done.checkId);
    expect(after.serp?.checkId).not.toBe(before?.checkId);
    expect(after.serp?.queue).toBe('PRIORITY');
    expect(after.serp?.results).toHaveLength(100);
    const stats = await sm().stats();
    expect(stats.byEndpoint['POST /priority/add']?.calls).toBe(1);
    expect(stats.totals.serpCreditsCharged).toBe(6);
  });

  it('queues a delayed check with a customer id for 1 credit per pair', async () => {
    const { requestDelayedCheck } = await gw.client.request(SerpRequestDelayedCheckDocument, {
      keywords: ['running shoes', 'best crm software'],
      engines: ['google_en-us'],
      customerId: 'acme-42',
    });
    expect(requestDelayedCheck?.credits).toBe(2);
    const ids = requestDelayedCheck?.results.map((r) => r.request?.requestId ?? '') ?? [];
    expect(new Set(ids).size).toBe(2);
    await sm().drainQueues(['delayed']);
    for (const id of ids) expect((await waitForState('DELAYED', id, 'DONE')).state).toBe('DONE');
    expect((await sm().stats()).totals.serpCreditsCharged).toBe(2);
  });
});

describe('write safety', () => {
  it('never repeats a priority add whose connection dropped after it was queued: one charge per pair', async () => {
    // Retries on, as in production: only failures that certainly wrote nothing may be repeated.
    const prod = await startTestGateway({ resilience: { serpmetrics: {}, seranking: {} } });
    try {
      await prod.sandbox.serpmetrics.admin.setFaults({ dropConnection: { count: 1 } });
      // It may have been queued: asking again could charge twice, so the caller is told so, and for what.
      await expect(
        prod.client.request(SerpRequestPriorityCheckDocument, {
          keywords: ['running shoes'],
          engines: ['google_en-us', 'bing_en-us'],
        }),
      ).rejects.toMatchObject({
        response: {
          errors: [
            {
              message: expect.stringMatching(/credits may have been spent/),
              extensions: { code: 'WRITE_OUTCOME_UNKNOWN', retryable: false, queue: 'PRIORITY', credits: 12 },
            },
          ],
        },
      });
      await prod.sandbox.serpmetrics.admin.drainQueues(['priority']);
      const stats = await prod.sandbox.serpmetrics.admin.stats();
      expect(stats.byEndpoint['POST /priority/add']?.calls).toBe(1);
      expect(stats.totals.serpCreditsCharged).toBe(12);
    } finally {
      await prod.close();
    }
  });
});
