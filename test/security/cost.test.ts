// Credits over real HTTP: the estimate comes from the fields' declared prices before any upstream
// call; `extensions.cost.actual` equals what the sandbox's ledger charged (0 for cache hits); the
// per-request and per-window budgets refuse with CREDIT_BUDGET_EXCEEDED and 0 upstream calls.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERANKING_PRICES } from '../../src/pricing/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const PER_REQUEST = 1000;
const PER_WINDOW = 2500;

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({
    env: { CREDIT_BUDGET_PER_REQUEST: String(PER_REQUEST), CREDIT_BUDGET_PER_WINDOW: String(PER_WINDOW) },
  });
});

afterAll(async () => {
  await gateway?.close();
});

const targets = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}.com`);
const SUMMARIES = /* GraphQL */ `
  query Summaries($targets: [String!]!) {
    targets(targets: $targets) { backlinkSummary { backlinks refDomains } }
  }
`;

const credits = async (): Promise<number> =>
  Number((await gateway.sandbox.seranking.admin.stats()).totals.credits ?? 0);
const cost = (res: { extensions?: Record<string, unknown> }) =>
  res.extensions?.cost as { estimated: number; actual: number };

describe('credits', () => {
  it('prices an operation from its fields and reports what the upstream really charged', async () => {
    const before = await credits();
    const res = await gateway.post(SUMMARIES, { targets: targets('priced', 5) });
    expect(res.errors).toBeUndefined();
    expect(cost(res)).toMatchObject({ estimated: 500, ceiling: 500, actual: 500 });
    expect(cost(res)).toMatchObject({ upstreams: { seranking: { estimated: 500, ceiling: 500, actual: 500 } } });
    expect((await credits()) - before).toBe(cost(res).actual);
  });

  it('costs nothing when the cache answers: estimated 0, actual 0, the ceiling unchanged', async () => {
    const calls = await gateway.sandbox.calls();
    const res = await gateway.post(SUMMARIES, { targets: targets('priced', 5) });
    expect(cost(res)).toMatchObject({
      estimated: 0,
      ceiling: 5 * SERANKING_PRICES['backlinks/summary'].credits,
      actual: 0,
    });
    expect(await gateway.sandbox.calls()).toEqual(calls);
  });

  it('charges only the cache misses of a partly cached operation', async () => {
    const res = await gateway.post(SUMMARIES, { targets: [...targets('priced', 5), ...targets('fresh', 2)] });
    expect(cost(res)).toMatchObject({
      estimated: 2 * SERANKING_PRICES['backlinks/summary'].credits,
      ceiling: 7 * SERANKING_PRICES['backlinks/summary'].credits,
      actual: 2 * SERANKING_PRICES['backlinks/summary'].credits,
    });
  });

  it('accepts an operation at the per-request budget and refuses one just over it, with 0 upstream calls', async () => {
    const at = await gateway.post(SUMMARIES, { targets: targets('budget', PER_REQUEST / 100) });
    expect(at.errors).toBeUndefined();
    expect(cost(at).estimated).toBe(PER_REQUEST);

    const calls = await gateway.sandbox.calls();
    const over = await gateway.post(SUMMARIES, { targets: targets('over', PER_REQUEST / 100 + 1) });
    expect(over.data ?? null).toBeNull();
    expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['CREDIT_BUDGET_EXCEEDED']);
    expect(over.errors?.[0]?.extensions?.cost).toMatchObject({ estimated: PER_REQUEST + 100, actual: 0 });
    expect(cost(over)).toMatchObject({ estimated: PER_REQUEST + 100, ceiling: PER_REQUEST + 100, actual: 0 });
    expect(await gateway.sandbox.calls()).toEqual(calls);
  });

  it('refuses what the window has no credits left for, with Retry-After and 0 upstream calls', async () => {
    // Spent so far in this window: 500 + 200 + 1000 = 1700 of 2500; 800 left.
    const at = await gateway.post(SUMMARIES, { targets: targets('window', 8) });
    expect(at.errors).toBeUndefined();
    const calls = await gateway.sandbox.calls();
    const over = await gateway.post(SUMMARIES, { targets: targets('late', 1) });
    expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['CREDIT_BUDGET_EXCEEDED']);
    expect(over.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(await gateway.sandbox.calls()).toEqual(calls);
    // Free operations still run.
    const free = await gateway.post('{ __typename }');
    expect(free.data).toEqual({ __typename: 'Query' });
    expect(cost(free)).toMatchObject({ estimated: 0, ceiling: 0, actual: 0 });
  });

  it('puts extensions.cost on refused requests too', async () => {
    const res = await gateway.post('{ nope ');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(cost(res)).toMatchObject({ estimated: 0, ceiling: 0, actual: 0 });
  });
});

describe('the credit ceiling of one operation', () => {
  it('accepts an operation at GRAPHQL_MAX_COST and refuses one just over it (COST_LIMIT_EXCEEDED), whoever asks', async () => {
    const capped = await startTestGateway({
      env: { GRAPHQL_MAX_COST: '300', GATEWAY_API_KEYS: `big:${'big-client-key-0123456789'}:0` },
    });
    try {
      const at = await capped.post(SUMMARIES, { targets: targets('cap', 3) });
      expect(at.errors).toBeUndefined();
      const calls = await capped.sandbox.calls();
      const over = await capped.post(
        SUMMARIES,
        // Fresh targets: the three above are cached now and would be estimated at 0.
        { targets: targets('uncapped', 4) },
        { 'x-api-key': 'big-client-key-0123456789' },
      );
      expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
      expect(cost(over)).toMatchObject({ estimated: 400, actual: 0 });
      expect(await capped.sandbox.calls()).toEqual(calls);
    } finally {
      await capped.close();
    }
  });
});
