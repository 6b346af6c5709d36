// Tenant credentials: gateway clients mapped server-side to their own SE Ranking keys. What one
// tenant fetched is never served to another (each pays its own upstream call, under its own key),
// while each tenant's repeats come from its own cache entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenantGateway, TENANTS, type TestGateway } from '../support/gateway.js';
import { rawPost } from './support.js';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTenantGateway(TENANTS);
});

afterAll(async () => {
  await gateway?.close();
});

const QUERY = JSON.stringify({ query: '{ target(target: "shared-target.com") { backlinkSummary { backlinks } } }' });

async function callsByKey(): Promise<Record<string, number>> {
  const stats = await gateway.sandbox.seranking.admin.stats();
  return Object.fromEntries(Object.entries(stats.byKey).map(([key, v]) => [key, v.calls]));
}

const ask = (tenant?: keyof typeof TENANTS) =>
  rawPost(gateway.url, QUERY, tenant ? { 'x-api-key': TENANTS[tenant].client } : {});

describe('tenant credentials', () => {
  it("never serves tenant A's cached answer to tenant B", async () => {
    const a = await ask('a');
    expect(a.json.errors).toBeUndefined();
    expect(await callsByKey()).toEqual({ 'tenant-a': 1 });

    const b = await ask('b');
    expect(b.json.errors).toBeUndefined();
    expect(b.json.extensions?.upstream).toMatchObject({ calls: { seranking: 1 }, cache: { hits: 0 } });
    expect(await callsByKey()).toEqual({ 'tenant-a': 1, 'tenant-b': 1 });

    // The gateway's own credentials (anonymous callers) are a third scope.
    await ask();
    expect(await callsByKey()).toEqual({ 'tenant-a': 1, 'tenant-b': 1, default: 1 });
  });

  it("serves each tenant's repeats from its own cache entries", async () => {
    for (const tenant of ['a', 'b'] as const) {
      const again = await ask(tenant);
      expect(again.json.extensions?.upstream).toMatchObject({ calls: { seranking: 0 }, cache: { hits: 1 } });
      expect(again.json.extensions?.cost).toMatchObject({ estimated: 0, ceiling: 100, actual: 0 });
    }
    expect(await callsByKey()).toEqual({ 'tenant-a': 1, 'tenant-b': 1, default: 1 });
  });

  it('keeps the tenant keys out of every answer', async () => {
    const res = await ask('a');
    expect(res.text).not.toContain(TENANTS.a.upstream);
    expect(res.text).not.toContain(TENANTS.b.upstream);
  });
});
