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

/** Misspellings graphql-js would answer with a "Did you mean …?" (development proves each one does). */
const HOSTILE: ReadonlyArray<{ what: string; query: string; variables?: Record<string, unknown> }> = [
  { what: 'a root field', query: '{ sandbx }' },
  { what: 'a nested field', query: '{ serp(pair: { keyword: "a", engine: "google_en-us" }) { chekId } }' },
  { what: 'an argument', query: '{ serp(pai: { keyword: "a", engine: "google_en-us" }) { checkId } }' },
  { what: 'an input field', query: '{ serp(pair: { keyword: "a", engin: "google_en-us" }) { checkId } }' },
  {
    what: 'a variable type',
    query: 'query ($d: Devic) { serp(pair: { keyword: "a", engine: "b", device: $d }) { checkId } }',
  },
  { what: 'a fragment type', query: '{ ... on Querry { sandbox } }' },
  {
    what: 'an enum literal',
    query: '{ serp(pair: { keyword: "a", engine: "google_en-us", device: DESKTPO }) { checkId } }',
  },
  { what: 'a country literal', query: '{ domain(domain: "a.com", database: USA) { name } }' },
  {
    what: 'an enum variable',
    query: 'query ($d: Device) { serp(pair: { keyword: "a", engine: "google_en-us", device: $d }) { checkId } }',
    variables: { d: 'DESKTPO' },
  },
  {
    what: 'a country variable',
    query: 'query ($db: RegionalDatabase!) { domain(domain: "a.com", database: $db) { name } }',
    variables: { db: 'USA' },
  },
  {
    what: 'an enum in a list variable',
    query: 'query ($q: CheckQueue!) { checkCost(queue: $q) }',
    variables: { q: 'PRIORTY' },
  },
];

describe('suggestions', () => {
  it.each(HOSTILE)('none for a misspelt $what in production (development suggests one)', async (c) => {
    const body = JSON.stringify({ query: c.query, variables: c.variables });
    expect((await rawPost(development.url, body)).text).toMatch(/did you mean/i);
    const res = await rawPost(production.url, body);
    expect(res.json.errors?.length).toBeGreaterThan(0);
    expect(
      res.json.errors?.every((e) => /^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/.test(String(e.extensions?.code))),
    ).toBe(true);
    expect(res.text).not.toMatch(/did you mean/i);
  });
});

describe('computed Ints', () => {
  const INT_MAX = 2 ** 31 - 1;
  const PRICES = { DAILY: 1, PRIORITY: 6, DELAYED: 1 } as const;

  it.each(Object.entries(PRICES))(
    'checkCost in %s: the largest pair count that fits an Int answers, one more is INVALID_PARAMETER',
    async (queue, price) => {
      const largest = Math.floor(INT_MAX / price);
      const ok = await production.post(`{ checkCost(queue: ${queue}, pairs: ${largest}) }`);
      expect(ok.data).toEqual({ checkCost: largest * price });
      // Beyond INT_MAX the argument is not an Int at all: GraphQL validation refuses it before any resolver.
      for (const pairs of [largest + 1, INT_MAX, 0, -INT_MAX - 1].filter((p) => p <= INT_MAX)) {
        const literal = await production.post(`{ checkCost(queue: ${queue}, pairs: ${pairs}) }`);
        const variable = await production.post(`query ($p: Int) { checkCost(queue: ${queue}, pairs: $p) }`, {
          p: pairs,
        });
        for (const res of [literal, variable]) {
          if (pairs >= 1 && pairs <= largest) expect(res.data).toEqual({ checkCost: pairs * price });
          else
            expect(
              res.errors?.map((e) => e.extensions?.code),
              String(pairs),
            ).toEqual(['INVALID_PARAMETER']);
        }
      }
    },
  );

  it('every Int argument at the 32-bit extremes is refused with an input or limit code before any credit, never masked', async () => {
    await production.sandbox.reset();
    const extremes = [INT_MAX, -INT_MAX - 1];
    const fields = (n: number) => [
      `{ checkCost(queue: PRIORITY, pairs: ${n}) }`,
      `{ serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { results(first: ${n}) { position } } }`,
      `{ rankHistory(pair: { keyword: "running shoes", engine: "google_en-us" }, domain: "nike.com", last: ${n}) { position } }`,
      `{ trackedKeywords { nodes { checks(engine: "google_en-us", last: ${n}) { checkId } } } }`,
      `{ trackedKeywords(first: ${n}) { totalCount } }`,
      `{ trackedPairs(first: ${n}) { totalCount } }`,
      `{ domain(domain: "nike.com", database: US) { keywords(first: ${n}) { nodes { position } } } }`,
      `{ domain(domain: "nike.com", database: US) { competitors(first: ${n}) { totalCount } } }`,
      `{ target(target: "nike.com") { backlinks(first: ${n}) { nodes { firstSeen } } } }`,
      `{ target(target: "nike.com") { backlinks(first: 1, perDomain: ${n}) { nodes { firstSeen } } } }`,
      `{ target(target: "nike.com") { refDomains(first: ${n}) { nodes { domain } } } }`,
      `{ target(target: "nike.com") { anchors(first: ${n}) { nodes { backlinks } } } }`,
      `{ target(target: "nike.com") { history(first: ${n}) { nodes { date } } } }`,
      `{ keyword(text: "shoes", database: US) { similar(first: ${n}) { totalCount } } }`,
    ];
    for (const n of extremes) {
      for (const query of fields(n)) {
        const res = await production.post(query);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        expect(codes.length, query).toBeGreaterThan(0);
        expect(
          codes.every((c) => ['INVALID_PARAMETER', 'ROW_LIMIT_EXCEEDED', 'COST_LIMIT_EXCEEDED'].includes(String(c))),
          `${query}: ${codes}`,
        ).toBe(true);
      }
    }
    expect((await production.sandbox.seranking.admin.stats()).totals.credits ?? 0).toBe(0);
  });
});
