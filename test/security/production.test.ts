// Production switches: NODE_ENV=production turns GraphiQL and introspection off unless explicitly
// enabled (GRAPHIQL=1, GRAPHQL_INTROSPECTION=1); development keeps both for exploration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { rawPost, rawRequest } from './support.js';

let production: TestGateway;
let enabled: TestGateway;
let development: TestGateway;

beforeAll(async () => {
  [production, enabled, development] = await Promise.all([
    startTestGateway({ env: { NODE_ENV: 'production' } }),
    startTestGateway({ env: { NODE_ENV: 'production', GRAPHIQL: '1', GRAPHQL_INTROSPECTION: '1' } }),
    startTestGateway({ env: { NODE_ENV: 'development' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([production?.close(), enabled?.close(), development?.close()]);
});

const graphiql = (gateway: TestGateway) => rawRequest(gateway.url, { headers: { accept: 'text/html' } });
const introspect = (gateway: TestGateway, query: string) => rawPost(gateway.url, JSON.stringify({ query }));

describe('production mode', () => {
  it('serves no GraphiQL and no introspection by default', async () => {
    expect((await graphiql(production)).text).not.toMatch(/graphiql/i);
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
      const res = await introspect(production, query);
      expect(res.json.data ?? null).toBeNull();
      expect(res.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(production.config.security).toMatchObject({
      graphiql: false,
      introspection: false,
      fieldSuggestions: false,
      exposeLimits: false,
    });
  });

  it('serves both when explicitly enabled', async () => {
    expect((await graphiql(enabled)).text).toMatch(/graphiql/i);
    const res = await introspect(enabled, '{ __schema { queryType { name } } }');
    expect(res.json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('keeps both in development', async () => {
    expect((await graphiql(development)).text).toMatch(/graphiql/i);
    const res = await introspect(development, '{ __type(name: "Query") { name } }');
    expect(res.json.data).toEqual({ __type: { name: 'Query' } });
  });

  it('masks upstream failures to coded, fixed sentences', async () => {
    await production.sandbox.seranking.admin.replaceFaults({ forced: [{ endpoint: '*', status: 500, count: 5 }] });
    const res = await production.post('{ target(target: "masked.com") { backlinkSummary { backlinks } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstream: 'seranking' });
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|127\.0\.0\.1|localhost|\/v1\//);
  });
});
