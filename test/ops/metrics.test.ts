/**
 * `/metrics` after real queries over the sandbox: the upstream call counter moves exactly as the sandbox
 * counted the calls, the credit counter exactly as the sandbox's ledger charged, cache hits cost nothing,
 * errors are counted by code, and no label carries a key, a query string or a client-chosen name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { metricValue, type OpsGateway, scrape, startOpsGateway } from './support.js';

const THREE_TARGETS = `query ThreeTargets {
  targets(targets: ["seranking.com", "stripe.com", "runnersworld.com"]) {
    backlinkSummary { backlinks refDomains inlinkRank }
  }
}`;

let gw: OpsGateway;
beforeAll(async () => {
  gw = await startOpsGateway({ LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  await gw?.close();
});

const SUMMARY = { upstream: 'seranking', endpoint: '/v1/backlinks/summary', status: '200' };

describe('/metrics', () => {
  it('counts upstream calls and credits by the amounts the upstream saw', async () => {
    const before = (await scrape(gw.base)).samples;
    const statsBefore = await gw.sandbox.seranking.admin.stats();
    const usedBefore = (await gw.sandbox.seranking.admin.keys()).find((k) => k.id === 'default')?.used ?? 0;

    const res = await gw.post(THREE_TARGETS);
    const body = (await res.json()) as {
      data?: unknown;
      errors?: unknown;
      extensions?: { cost?: { actual?: number } };
    };
    expect(body.errors).toBeUndefined();

    const after = (await scrape(gw.base)).samples;
    const statsAfter = await gw.sandbox.seranking.admin.stats();
    const sandboxCalls =
      (statsAfter.byEndpoint['GET /v1/backlinks/summary']?.calls ?? 0) -
      (statsBefore.byEndpoint['GET /v1/backlinks/summary']?.calls ?? 0);
    const usedAfter = (await gw.sandbox.seranking.admin.keys()).find((k) => k.id === 'default')?.used ?? 0;
    const sandboxCredits = usedAfter - usedBefore;

    const calls =
      metricValue(after, 'seograph_upstream_requests_total', SUMMARY) -
      metricValue(before, 'seograph_upstream_requests_total', SUMMARY);
    const credits =
      metricValue(after, 'seograph_upstream_credits_total', { upstream: 'seranking', client: 'anonymous' }) -
      metricValue(before, 'seograph_upstream_credits_total', { upstream: 'seranking', client: 'anonymous' });

    expect(sandboxCalls).toBe(1);
    expect(calls).toBe(sandboxCalls);
    // Three targets at 100 credits each, as the sandbox's ledger charged them and the response reports.
    expect(sandboxCredits).toBe(300);
    expect(credits).toBe(sandboxCredits);
    expect(body.extensions?.cost?.actual).toBe(300);
    expect(
      metricValue(after, 'seograph_upstream_request_duration_seconds_count', {
        upstream: 'seranking',
        endpoint: '/v1/backlinks/summary',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(metricValue(after, 'graphql_yoga_http_duration_count')).toBeGreaterThan(
      metricValue(before, 'graphql_yoga_http_duration_count'),
    );
  });

  it('serves the same query from the cache: hits move, upstream calls and credits do not', async () => {
    const before = (await scrape(gw.base)).samples;
    await (await gw.post(THREE_TARGETS)).json();
    const after = (await scrape(gw.base)).samples;
    const delta = (name: string, labels: Record<string, string> = {}) =>
      metricValue(after, name, labels) - metricValue(before, name, labels);
    expect(delta('seograph_upstream_requests_total', { upstream: 'seranking' })).toBe(0);
    expect(delta('seograph_upstream_credits_total')).toBe(0);
    expect(delta('seograph_cache_requests_total', { result: 'hit' })).toBe(3);
    expect(delta('seograph_cache_requests_total', { result: 'miss' })).toBe(0);
  });

  it('counts GraphQL errors by code', async () => {
    const before = (await scrape(gw.base)).samples;
    await (await gw.post('{ nope }')).json();
    await (await gw.post('{ target(target: "not a domain") { mode } }')).json();
    const after = (await scrape(gw.base)).samples;
    const delta = (code: string) =>
      metricValue(after, 'seograph_graphql_errors_total', { code }) -
      metricValue(before, 'seograph_graphql_errors_total', { code });
    expect(delta('GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(delta('INVALID_TARGET')).toBe(1);
  });

  it('exposes cache, breaker and limiter state with bounded labels and no secrets', async () => {
    const { text, samples } = await scrape(gw.base);
    for (const name of [
      'seograph_cache_bytes',
      'seograph_cache_entries',
      'seograph_upstream_breaker_state',
      'seograph_upstream_limiter_queue',
      'seograph_upstream_retries_total',
      'seograph_log_lines_dropped_total',
      'graphql_envelop_phase_execute_count',
      'process_cpu_user_seconds_total',
    ]) {
      expect(
        samples.some((s) => s.name === name),
        name,
      ).toBe(true);
    }
    expect(metricValue(samples, 'seograph_upstream_breaker_state', { upstream: 'seranking' })).toBe(0);
    for (const secret of Object.values(SANDBOX_KEYS)) expect(text).not.toContain(secret);
    const endpoints = new Set(samples.flatMap((s) => (s.labels.endpoint ? [s.labels.endpoint] : [])));
    expect(endpoints.size).toBeGreaterThan(0);
    for (const endpoint of endpoints) expect(endpoint).toMatch(/^(\/(v\d+|[a-z_-]+))+$|^other$/);
    expect(samples.some((s) => 'operationName' in s.labels || 'url' in s.labels)).toBe(false);
  });
});
