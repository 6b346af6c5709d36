// Credits metered against both upstreams' ledgers: SERPmetrics bills a check when it emerges from its queue
// (serpmetrics.md §6.2), so the gateway meters each check once as its callback (or a poll) reports it; after a
// mix of priority, delayed and daily checks completing, the credit metric equals what the sandbox charged, per
// upstream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue, scrape } from '../ops/support.js';
import { type LiveGateway, sleep, sseSubscribe, startLiveGateway } from './support.js';

const PRIORITY = /* GraphQL */ `
  mutation Priority($keywords: [String!]!, $engines: [String!]!) {
    requestPriorityCheck(input: { keywords: $keywords, engines: $engines }) { credits results { request { requestId } error { code } } }
  }
`;
const DELAYED = /* GraphQL */ `
  mutation Delayed($keywords: [String!]!, $engines: [String!]!) {
    requestDelayedCheck(input: { keywords: $keywords, engines: $engines }) { credits results { request { requestId } error { code } } }
  }
`;
const TRACK = /* GraphQL */ `
  mutation Track($keywords: [String!]!, $engines: [String!]!) {
    trackKeywords(input: { keywords: $keywords, engines: $engines }) { dailyCredits results { error { code } } }
  }
`;
const TRACKED = /* GraphQL */ `
  subscription Tracked { trackedSerpUpdated { checkId queue } }
`;
const SUMMARIES = /* GraphQL */ `
  query Summaries {
    targets(targets: ["seranking.com", "stripe.com"]) { backlinkSummary { backlinks } }
  }
`;

type Cost = { cost?: { actual: number; upstreams: Record<string, { actual: number }> } };

describe('credits metered per upstream', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({ env: { SERP_POLL_INTERVAL_MS: '0' } });
  });
  afterAll(() => gw.close());

  const credits = async (upstream: string) =>
    metricValue((await scrape(gw.origin)).samples, 'seograph_upstream_credits_total', { upstream });
  const serpmetricsLedger = async () =>
    Number((await gw.sandbox.serpmetrics.admin.stats()).totals.serpCreditsCharged ?? 0);
  const serankingLedger = async () => (await gw.sandbox.seranking.admin.keys()).reduce((sum, key) => sum + key.used, 0);

  it('equal the sandbox ledgers after priority, delayed and daily checks complete', async () => {
    const post = async (query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, { credits?: number }>; errors?: unknown } & {
        extensions?: Cost;
      };
    };
    // Every check reaches this subscriber, each event with what was billed for it in `extensions.cost`.
    const feed = sseSubscribe(gw.url, TRACKED);
    await feed.ready;
    const priority = await post(PRIORITY, { keywords: ['trail shoes', 'road shoes'], engines: ['google_en-us'] });
    expect(priority.errors).toBeUndefined();
    expect(priority.data?.requestPriorityCheck?.credits).toBe(12);
    // Nothing is billed until the checks complete.
    expect(priority.extensions?.cost?.upstreams.serpmetrics?.actual).toBe(0);
    const delayed = await post(DELAYED, {
      keywords: ['hiking boots'],
      engines: ['google_en-us', 'bing_en-us', 'google_en-gb'],
    });
    expect(delayed.errors).toBeUndefined();
    expect(delayed.data?.requestDelayedCheck?.credits).toBe(3);
    const tracked = await post(TRACK, { keywords: ['trail running'], engines: ['google_en-us', 'bing_en-us'] });
    expect(tracked.errors).toBeUndefined();
    const summaries = await post(SUMMARIES);
    expect(summaries.errors).toBeUndefined();
    expect(summaries.extensions?.cost?.upstreams.seranking?.actual).toBe(200);

    // Every queued check emerges now: 2 priority, 3 delayed, and every tracked pair's daily check (demo ones too).
    const { completed } = await gw.sandbox.serpmetrics.admin.drainQueues(['priority', 'delayed', 'daily']);
    expect(completed).toBeGreaterThanOrEqual(2 + 3 + 2);
    const charged = await serpmetricsLedger();
    expect(charged).toBeGreaterThanOrEqual(12 + 3 + 2);
    // Callbacks arrive on their own schedule: wait for the gateway to have seen them all.
    for (let i = 0; i < 100 && (await credits('serpmetrics')) < charged; i += 1) {
      await sleep(100);
      await gw.gateway.live.updates.whenIdle();
    }
    expect(await credits('serpmetrics')).toBe(charged);
    expect(await serpmetricsLedger()).toBe(charged);
    // The sum of `extensions.cost.actual` over the responses and the events equals what SERPmetrics charged.
    const billed = () =>
      feed.events.reduce(
        (sum, event) => sum + Number((event.extensions as Cost | undefined)?.cost?.upstreams.serpmetrics?.actual ?? 0),
        0,
      );
    for (let i = 0; i < 100 && billed() < charged; i += 1) await sleep(100);
    feed.close();
    const responses = [priority, delayed, tracked, summaries].map(
      (r) => r.extensions?.cost?.upstreams.serpmetrics?.actual ?? 0,
    );
    expect(responses.reduce((a, b) => a + b, 0) + billed()).toBe(charged);
    expect(feed.events.every((event) => event.errors === undefined)).toBe(true);
    expect(await credits('seranking')).toBe(await serankingLedger());
    expect(await credits('seranking')).toBe(200);

    // Each check's credits go to whoever requested it; daily checks to the shared tracking list.
    const samples = (await scrape(gw.origin)).samples;
    const byClient = (client: string) =>
      metricValue(samples, 'seograph_upstream_credits_total', { upstream: 'serpmetrics', client });
    expect(byClient('anonymous')).toBe(12 + 3);
    expect(byClient('tracking')).toBe(charged - 15);
  });
});

describe('checks queued in a credit window', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({ env: { SERP_POLL_INTERVAL_MS: '0', CREDIT_BUDGET_PER_WINDOW: '20' } });
  });
  afterAll(() => gw.close());

  it('stay charged to the window once the request ends: they are billed when they complete', async () => {
    const request = (keywords: string[]) =>
      gw.post<{ requestPriorityCheck: { credits: number } }>(PRIORITY, { keywords, engines: ['google_en-us'] });
    expect((await request(['trail shoes', 'road shoes'])).data?.requestPriorityCheck.credits).toBe(12);
    // 12 of 20 are committed: another 12 would overspend the window, 6 more fit.
    const refused = await request(['spikes', 'flats']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CREDIT_BUDGET_EXCEEDED', retryable: true });
    expect((await request(['spikes'])).data?.requestPriorityCheck.credits).toBe(6);
    expect((await request(['flats'])).errors?.[0]?.extensions?.code).toBe('CREDIT_BUDGET_EXCEEDED');
  });
});
