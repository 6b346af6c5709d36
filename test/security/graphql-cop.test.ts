// graphql-cop's checks (github.com/dolevf/graphql-cop), each replayed over real HTTP with the payload
// graphql-cop sends, and each asserting the finding's negative: the gateway is not vulnerable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/security/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { type RawResult, rawPost, rawRequest } from './support.js';

let dev: TestGateway;
let production: TestGateway;

beforeAll(async () => {
  [dev, production] = await Promise.all([startTestGateway(), startTestGateway({ env: { NODE_ENV: 'production' } })]);
});

afterAll(async () => {
  await Promise.all([dev?.close(), production?.close()]);
});

const post = (gateway: TestGateway, query: string) => rawPost(gateway.url, JSON.stringify({ query }));
const get = (gateway: TestGateway, query: string, headers: Record<string, string> = {}) =>
  rawRequest(`${gateway.url}?${new URLSearchParams({ query })}`, { method: 'GET', headers });
const codes = (res: RawResult) => (res.json.errors ?? []).map((e) => e.extensions?.code);

/** What every refusal must look like: no data, coded errors, no stack or exception details. */
function expectRefused(res: RawResult, code: string): void {
  expect(res.json.data ?? null).toBeNull();
  expect(codes(res)).toContain(code);
  expect(res.status).toBeLessThan(500);
  expect(res.text).not.toMatch(/stack|exception| {4}at /i);
}

describe('graphql-cop checks', () => {
  it('alias overloading: 101 aliases of __typename are refused', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ');
    expectRefused(await post(dev, `query cop { ${aliases} }`), 'ALIAS_LIMIT_EXCEEDED');
  });

  it('array-based query batching: an array of 10 queries is refused, no array answer', async () => {
    const res = await rawPost(
      dev.url,
      JSON.stringify(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' }))),
    );
    expect(Array.isArray(JSON.parse(res.text))).toBe(false);
    expectRefused(res, 'BATCHING_DISABLED');
  });

  it('directive overloading: ten directives on one field give one limit error, not ten', async () => {
    const res = await post(dev, `query cop { __typename ${'@aa'.repeat(10)} }`);
    expectRefused(res, 'DIRECTIVE_LIMIT_EXCEEDED');
    expect(res.json.errors).toHaveLength(1);
  });

  it('field duplication: 500 repeats of __typename are refused', async () => {
    expectRefused(await post(dev, `query cop { ${'__typename \n'.repeat(500)} }`), 'DUPLICATE_FIELD_LIMIT_EXCEEDED');
  });

  it('introspection (production): __schema is refused', async () => {
    expectRefused(
      await post(production, 'query cop { __schema { types { name fields { name } } } }'),
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('introspection stays available in development (GraphiQL needs it)', async () => {
    const res = await post(dev, '{ __schema { queryType { name } } }');
    expect(res.json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('field suggestions (production): no "Did you mean" in validation errors', async () => {
    const res = await post(production, 'query cop { sandbx }');
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.text).not.toMatch(/did you mean/i);
    const devRes = await post(dev, 'query cop { sandbx }');
    expect(devRes.text).toMatch(/did you mean/i);
  });

  it('GET-based mutation: refused with 405 METHOD_NOT_ALLOWED (and with CSRF_REJECTED without the header)', async () => {
    const withHeader = await get(dev, 'mutation cop { __typename }', { [CSRF_HEADER]: '1' });
    expect(withHeader.status).toBe(405);
    expectRefused(withHeader, 'METHOD_NOT_ALLOWED');
    expectRefused(await get(dev, 'mutation cop { __typename }'), 'CSRF_REJECTED');
  });

  it('GET-based query CSRF: a plain GET is refused (403); with the CSRF header it runs', async () => {
    const plain = await get(dev, 'query cop { __typename }');
    expect(plain.status).toBe(403);
    expectRefused(plain, 'CSRF_REJECTED');
    const preflighted = await get(dev, 'query cop { __typename }', { [CSRF_HEADER]: '1' });
    expect(preflighted.json.data).toEqual({ __typename: 'Query' });
  });

  it('POST form-urlencoded CSRF: refused (403)', async () => {
    const res = await rawRequest(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: 'query cop { __typename }' }).toString(),
    });
    expect(res.status).toBe(403);
    expectRefused(res, 'CSRF_REJECTED');
  });

  it('tracing / debug mode: no tracing or debug extensions, in either mode', async () => {
    for (const gateway of [dev, production]) {
      const res = await post(gateway, 'query cop { __typename }');
      expect(res.json.data).toEqual({ __typename: 'Query' });
      expect(Object.keys(res.json.extensions ?? {}).sort()).toEqual(['cost', 'upstream']);
      const failed = await post(gateway, 'query cop { __typename @deprecated }');
      expect(JSON.stringify(failed.json.errors)).not.toMatch(/tracing|debug|stack|exception/i);
    }
  });

  it('circular introspection: refused by the nesting limit before any introspection runs', async () => {
    const circular =
      'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }';
    expectRefused(await post(dev, circular), 'DEPTH_LIMIT_EXCEEDED');
    expectRefused(await post(production, circular), 'DEPTH_LIMIT_EXCEEDED');
    // The standard introspection query GraphiQL sends is still accepted in development.
    const { getIntrospectionQuery } = await import('graphql');
    const standard = await post(dev, getIntrospectionQuery());
    expect(standard.json.errors).toBeUndefined();
  });

  it('unhandled error detection: a malformed document gives a coded parse error, no exception text', async () => {
    for (const gateway of [dev, production]) {
      const res = await post(gateway, 'qwerty cop { abc }');
      expect(res.status).toBe(400);
      expectRefused(res, 'GRAPHQL_PARSE_FAILED');
    }
  });
});
