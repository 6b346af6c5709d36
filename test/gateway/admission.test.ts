/**
 * Admission slots come back whatever answers the operation: execution, a result-cache hit, or a plugin that
 * refuses it before execution (here the per-operation credit ceiling). One slot per lane and no queue, so a
 * single leaked slot would turn the next request into OVERLOADED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({
    env: {
      MAX_CONCURRENT_OPERATIONS: '1',
      MAX_CONCURRENT_COLD_OPERATIONS: '1',
      MAX_QUEUED_OPERATIONS: '0',
      GRAPHQL_MAX_COST: '150',
    },
  });
});

afterAll(async () => {
  await gw?.close();
});

const SUMMARY = '{ target(target: "seranking.com") { backlinkSummary { backlinks } } }';
const TOO_COSTLY =
  '{ a: target(target: "a.com") { backlinkSummary { backlinks } } b: target(target: "b.com") { backlinkSummary { backlinks } } }';

describe('admission slots', () => {
  it('come back after executions, result-cache hits and refusals before execution', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const refused = await gw.post(TOO_COSTLY);
      codes.push(String(refused.errors?.[0]?.extensions?.code));
      const answered = await gw.post<{ target: { backlinkSummary: { backlinks: number } } }>(SUMMARY);
      expect(answered.errors).toBeUndefined();
      expect(answered.data?.target.backlinkSummary.backlinks).toBeGreaterThan(0);
    }
    expect(codes).toEqual(Array(5).fill('COST_LIMIT_EXCEEDED'));
  });
});
