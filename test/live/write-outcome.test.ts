// Paid check requests whose connection drops after SERPmetrics queued them: the caller learns that it may have
// paid (WRITE_OUTCOME_UNKNOWN, never UPSTREAM_ERROR), nothing is sent twice, the check's callback is matched to
// the pending pair so it reaches a serpUpdated subscriber, and the gateway meters exactly what the sandbox charged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue, scrape } from '../ops/support.js';
import { type LiveGateway, sleep, startLiveGateway } from './support.js';

const PRIORITY = /* GraphQL */ `
  mutation Priority($keywords: [String!]!, $engines: [String!]!) {
    requestPriorityCheck(input: { keywords: $keywords, engines: $engines }) { results { request { requestId } error { code } } }
  }
`;
const DELAYED = /* GraphQL */ `
  mutation Delayed($keywords: [String!]!, $engines: [String!]!) {
    requestDelayedCheck(input: { keywords: $keywords, engines: $engines }) { results { request { requestId } error { code } } }
  }
`;
const SERP_UPDATED = /* GraphQL */ `
  subscription Updated($keyword: String!, $engine: String!) {
    serpUpdated(pair: { keyword: $keyword, engine: $engine }) { keyword checkId queue engine { code } }
  }
`;

describe('a paid check request whose connection dropped', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({
      env: { SERP_POLL_INTERVAL_MS: '0' },
      sandboxOptions: {
        // The sandbox clock runs 100× faster: queued checks complete within a second of real time.
        serpmetrics: { clock: { speed: 100 }, auth: { timestampWindowSeconds: 86_400 } },
      },
    });
  });
  afterAll(() => gw.close());

  const admin = () => gw.sandbox.serpmetrics.admin;
  const metered = async () =>
    metricValue((await scrape(gw.origin)).samples, 'seograph_upstream_credits_total', { upstream: 'serpmetrics' });
  const charged = async () => Number((await admin().stats()).totals.serpCreditsCharged ?? 0);
  const dropNext = (endpoint: string) =>
    admin().setFaults({ forced: [{ endpoint, action: 'reset', when: 'after', count: 1 }] });
  const waitFor = async (done: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await done()); i += 1) await sleep(100);
    expect(await done()).toBe(true);
  };

  it('answers WRITE_OUTCOME_UNKNOWN, and the queued check still reaches its subscriber and the meter', async () => {
    const cases = [
      {
        mutation: PRIORITY,
        endpoint: '/priority/add',
        queue: 'PRIORITY',
        keyword: 'trail shoes',
        engine: 'google_en-us',
      },
      {
        mutation: PRIORITY,
        endpoint: '/priority/add',
        queue: 'PRIORITY',
        keyword: 'road shoes',
        engine: 'google_en-us',
      },
      { mutation: DELAYED, endpoint: '/delayed/add', queue: 'DELAYED', keyword: 'hiking boots', engine: 'bing_en-us' },
      { mutation: DELAYED, endpoint: '/delayed/add', queue: 'DELAYED', keyword: 'trail maps', engine: 'bing_en-us' },
    ];
    for (const c of cases) {
      const sub = gw.subscribe(SERP_UPDATED, { keyword: c.keyword, engine: c.engine });
      expect(await sub.ready).toBe(200);
      await dropNext(c.endpoint);
      const { data, errors } = await gw.post<Record<string, unknown>>(c.mutation, {
        keywords: [c.keyword],
        engines: [c.engine],
      });
      // The payload is nullable (issue 17): the failed mutation field alone is null.
      expect(Object.values(data ?? {})).toEqual([null]);
      expect(errors).toHaveLength(1);
      expect(errors?.[0]?.message).toMatch(/credits may have been spent/);
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'WRITE_OUTCOME_UNKNOWN',
        retryable: false,
        upstream: 'serpmetrics',
        queue: c.queue,
        pairs: [{ keyword: c.keyword, engine: c.engine, location: null, device: 'desktop' }],
        result: { subscription: expect.stringContaining('serpUpdated'), query: expect.stringContaining('serp') },
      });

      // It was queued: its callback arrives under an id the gateway never learned, and is matched to the pair.
      if (c.queue === 'DELAYED') await admin().drainQueues(['delayed']);
      const event = await sub.next(10_000);
      sub.close();
      expect(event.data?.serpUpdated).toMatchObject({ keyword: c.keyword, queue: c.queue, engine: { code: c.engine } });
      const sandboxCharged = await charged();
      await waitFor(async () => (await metered()) === sandboxCharged);
    }

    // One add per request (a dropped paid add is never retried), and every credit charged was metered.
    const stats = await admin().stats();
    expect(stats.byEndpoint['POST /priority/add']?.calls).toBe(2);
    expect(stats.byEndpoint['POST /delayed/add']?.calls).toBe(2);
    expect(await charged()).toBe(2 * 6 + 2 * 1);
    expect(await metered()).toBe(await charged());
    const samples = (await scrape(gw.origin)).samples;
    expect(metricValue(samples, 'seograph_write_outcome_unknown_total', { queue: 'PRIORITY' })).toBe(2);
    expect(metricValue(samples, 'seograph_write_outcome_unknown_total', { queue: 'DELAYED' })).toBe(2);
    expect(metricValue(samples, 'seograph_graphql_errors_total', { code: 'UPSTREAM_ERROR' })).toBe(0);
  });
});
