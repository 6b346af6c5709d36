// Two gateways sharing one redis-server: one client's credit window and request rate hold across both (each
// process used to give every client its own window and rate, N times the budget behind a load balancer), and a
// priority check requested through one completes through a callback the other receives, published once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue, scrape } from '../ops/support.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import {
  type LiveGateway,
  REQUIRE_REDIS,
  type RunningRedis,
  redisAvailable,
  sleep,
  startLiveGateway,
  startRedis,
} from './support.js';

const SUMMARY = /* GraphQL */ `
  query Summary($target: String!) {
    target(target: $target) { backlinkSummary { backlinks } }
  }
`;

describe.skipIf(!redisAvailable && !REQUIRE_REDIS)('one client, two gateways, one Redis', () => {
  let redis: RunningRedis;
  let sandbox: TestSandbox;
  const gateways: LiveGateway[] = [];

  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), startTestSandbox()]);
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.close();
    await sandbox?.close();
    await redis?.stop();
  });

  const pair = async (env: Record<string, string>) => {
    const common = { sandbox, redisUrl: redis.url, env: { SERP_POLL_INTERVAL_MS: '0', ...env } };
    const a = await startLiveGateway(common);
    const b = await startLiveGateway({ ...common, ownCallbacks: false });
    gateways.push(a, b);
    return [a, b] as const;
  };

  it('exhausts a 300-credit window after 300 credits in total across both', async () => {
    const [a, b] = await pair({ CREDIT_BUDGET_PER_WINDOW: '300' });
    // Each cold target costs 100 credits; alternating processes, three fit in the window and the fourth does not.
    const answers = [];
    for (const [i, gw] of [a, b, a, b].entries())
      answers.push(await gw.post(SUMMARY, { target: `budget${i}.example.com` }));
    expect(answers.slice(0, 3).map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[3]?.errors?.[0]?.extensions).toMatchObject({ code: 'CREDIT_BUDGET_EXCEEDED', retryable: true });
    expect(
      answers.slice(0, 3).map((r) => (r as { extensions?: { cost?: { actual: number } } }).extensions?.cost?.actual),
    ).toEqual([100, 100, 100]);
    // Refused on the other process too, and nothing more was spent upstream.
    const again = await a.post(SUMMARY, { target: 'budget9.example.com' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CREDIT_BUDGET_EXCEEDED');
  });

  it('limits its requests per minute across both', async () => {
    const [a, b] = await pair({ RATE_LIMIT_PER_MINUTE: '5' });
    const statuses = [];
    for (const gw of [a, b, a, b, a, b, a]) {
      const res = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('completes a priority check requested through A from a callback received by B, published once', async () => {
    const common = { sandbox, redisUrl: redis.url, env: { SERP_POLL_INTERVAL_MS: '0' } };
    // The sandbox calls back B only.
    const a = await startLiveGateway({ ...common, ownCallbacks: false });
    const b = await startLiveGateway(common);
    gateways.push(b);
    const sub = b.subscribe(
      'subscription S($k: String!, $e: String!) { serpUpdated(pair: { keyword: $k, engine: $e }) { keyword queue checkId } }',
      { k: 'shared shoes', e: 'google_en-us' },
    );
    expect(await sub.ready).toBe(200);
    const { errors } = await a.post(
      'mutation P($k: [String!]!) { requestPriorityCheck(input: { keywords: $k, engines: ["google_en-us"] }) { credits } }',
      { k: ['shared shoes'] },
    );
    expect(errors).toBeUndefined();
    // A goes away before the check completes: B knows the check from the shared store.
    await a.close();
    await sandbox.serpmetrics.admin.drainQueues(['priority']);
    const event = await sub.next(10_000);
    expect(event.data?.serpUpdated).toMatchObject({ keyword: 'shared shoes', queue: 'PRIORITY' });
    await sleep(500);
    await b.gateway.live.updates.whenIdle();
    sub.close();
    expect(sub.events).toHaveLength(1);
    expect(b.gateway.live.updates.counters.callbacks).toBe(1);
    // Published once across the deployment: the callback fans out over Redis, so any running process that knows
    // the pair from the shared store (the earlier tests' gateways too) may claim it first.
    let published = 0;
    for (const gw of gateways) {
      await gw.gateway.live.updates.whenIdle();
      published += gw.gateway.live.updates.counters.published;
    }
    expect(published).toBe(1);
    // Metered once across the deployment (by whichever running process claimed its bill first).
    let metered = 0;
    for (const gw of gateways) {
      const samples = (await scrape(gw.origin)).samples;
      metered += metricValue(samples, 'seograph_upstream_credits_total', { upstream: 'serpmetrics' });
    }
    expect(metered).toBe(6);
  });
});
