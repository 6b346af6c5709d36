// Two gateways sharing one redis-server: one client's credit window and request rate hold across both (each
// process used to give every client its own window and rate, N times the budget behind a load balancer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import {
  type LiveGateway,
  REQUIRE_REDIS,
  type RunningRedis,
  redisAvailable,
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
});
