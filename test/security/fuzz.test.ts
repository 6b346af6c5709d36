// Fuzzing the edge with fast-check: 10,000+ random and malformed requests (token soup, mutated real
// operations, ill-typed variables, broken JSON, odd content types and methods) through the gateway's
// own fetch handler: no crash, no 5xx, every `extensions.code` a member of ErrorCode, and the server
// still answering a real query at the end. Targets and keywords come from a small pool, so the
// sandbox is asked a few times and the cache answers the rest.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../../src/errors/index.js';
import { CSRF_HEADER } from '../../src/security/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const RUNS = 10_000;

let gateway: TestGateway;
const unexpected: unknown[] = [];
const onUnexpected = (error: unknown) => unexpected.push(error);

beforeAll(async () => {
  gateway = await startTestGateway({ env: { CREDIT_BUDGET_PER_WINDOW: '0' } });
  process.on('unhandledRejection', onUnexpected);
  process.on('uncaughtException', onUnexpected);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnexpected);
  process.off('uncaughtException', onUnexpected);
  await gateway?.close();
});

/** Random JSON of bounded size: deep enough to break typing, small enough to keep 10,000 runs fast. */
const junk = fc.jsonValue({ maxDepth: 2, depthSize: 'small' });

const NAMES = [
  'target',
  'targets',
  'keyword',
  'keywords',
  'domain',
  'engines',
  'engine',
  'serp',
  'account',
  'sandbox',
  'backlinkSummary',
  'backlinks',
  'inlinkRank',
  'code',
  'results',
  'position',
  'url',
  'first',
  'text',
  'database',
  '__typename',
  '__schema',
  '__type',
  'types',
  'fields',
  'name',
  'ofType',
  'nope',
];

const token = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '(',
    ')',
    ':',
    '$',
    '...',
    '@include(if: true)',
    '@skip(if: $x)',
    '@deprecated',
    'query',
    'mutation',
    'subscription',
    'fragment',
    'on',
    '!',
    '[',
    ']',
    '=',
    ',',
    '"',
    '"""',
    '#',
    '\n',
    'US',
    'HOST',
    'null',
  ),
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 8 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);
const tokenSoup = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(' '));

const TARGETS = [
  'example.com',
  'seranking.com',
  'nike.com',
  'blog.example.org/path',
  'not a target',
  '',
  'a'.repeat(300),
];
const KEYWORDS = ['running shoes', 'seo tools', '', ' ', 'x'.repeat(300)];
const ENGINES = ['google_en-us', 'bing_en-us', 'nope', ''];
const pooled = <T>(pool: readonly T[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...pool) }, junk);

const TEMPLATES: ReadonlyArray<readonly [string, fc.Arbitrary<Record<string, unknown>>]> = [
  [
    'query Q($t: String!, $m: TargetMode) { target(target: $t, mode: $m) { backlinkSummary { backlinks inlinkRank } } }',
    fc.record({ t: pooled(TARGETS), m: pooled(['HOST', 'DOMAIN', 'URL', 'host']) }),
  ],
  [
    'query Q($ts: [String!]!) { targets(targets: $ts) { backlinkSummary { refDomains domainInlinkRank } } }',
    fc.record({ ts: fc.oneof(fc.array(fc.constantFrom(...TARGETS), { maxLength: 6 }), junk) }),
  ],
  ['query Q($c: String!) { engine(code: $c) { code name locale } }', fc.record({ c: pooled(ENGINES) })],
  [
    'query Q($k: String!, $d: RegionalDatabase!) { keyword(text: $k, database: $d) { text } }',
    fc.record({ k: pooled(KEYWORDS), d: pooled(['US', 'UK', 'WORLDWIDE', 'us', 'ZZ']) }),
  ],
  [
    'query Q($k: String!, $e: String!, $n: Int) { serp(pair: { keyword: $k, engine: $e }) { checkedAt results(first: $n) { position url } } }',
    fc.record({ k: pooled(KEYWORDS), e: pooled(ENGINES), n: pooled([1, 10, 100, 0, -1, 1000, 2 ** 31]) }),
  ],
  ['{ engines { code } sandbox account { seranking { unitsLeft } } }', fc.constant({})],
];

/** A real operation, its text possibly mutated, with typed or random variables. */
const operation = fc.constantFrom(...TEMPLATES.keys()).chain((i) => {
  const [doc, variables] = TEMPLATES[i] ?? ['{ sandbox }', fc.constant({})];
  return fc.record({
    query: fc.oneof(
      { weight: 6, arbitrary: fc.constant(doc) },
      fc
        .tuple(fc.nat({ max: doc.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 6 }))
        .map(([at, cut, insert]) => doc.slice(0, at) + insert + doc.slice(at + cut)),
    ),
    variables: fc.oneof({ weight: 8, arbitrary: variables }, junk),
    operationName: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom('Q', 'X', ''), junk),
  });
});

interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType: string | undefined;
  body: string | undefined;
  search: string;
  /** Whether the request proves it is not cross-site (most do, so they reach the GraphQL layer). */
  csrfHeader: boolean;
}

const CONTENT_TYPES = [
  ...Array.from({ length: 8 }, () => 'application/json'),
  'application/graphql',
  'application/graphql-response+json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  undefined,
];

const jsonBody = fc
  .oneof(
    { weight: 3, arbitrary: operation },
    tokenSoup.map((query) => ({ query })),
    fc.record({ query: junk, variables: junk, extensions: junk }),
    fc.array(operation, { maxLength: 3 }),
    junk,
  )
  .map((value) => JSON.stringify(value) ?? 'null');

const request: fc.Arbitrary<FuzzRequest> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      method: fc.constant('POST' as const),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      body: fc.oneof({ weight: 4, arbitrary: jsonBody }, fc.string({ maxLength: 200 }), tokenSoup),
      search: fc.constant(''),
      csrfHeader: fc.boolean(),
    }),
  },
  fc.record({
    method: fc.constantFrom('GET' as const, 'PUT' as const, 'DELETE' as const),
    contentType: fc.constant(undefined),
    body: fc.constant(undefined),
    search: fc
      .record({
        query: fc.oneof(
          tokenSoup,
          operation.map((o) => o.query),
        ),
        variables: fc.string({ maxLength: 40 }),
      })
      .map((params) => `?${new URLSearchParams(params)}`),
    csrfHeader: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
  }),
);

async function send(req: FuzzRequest): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
  if (req.contentType) headers['content-type'] = req.contentType;
  if (req.csrfHeader) headers[CSRF_HEADER] = '1';
  return gateway.gateway.yoga.fetch(`http://localhost/graphql${req.search}`, {
    method: req.method,
    headers,
    ...(req.body === undefined ? {} : { body: req.body }),
  });
}

describe('fuzzing the edge', () => {
  it(`answers ${RUNS} random and malformed requests without a crash, a 5xx or an unknown code`, async () => {
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    let executed = 0;
    const check = async (req: FuzzRequest): Promise<string | undefined> => {
      const res = await send(req);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      // Plain checks: 10,000 `expect` calls would cost more than the requests.
      if (res.status >= 500) return `HTTP ${res.status}`;
      const text = await res.text();
      if (!(res.headers.get('content-type') ?? '').includes('json')) return undefined;
      const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
      if (body.data !== undefined) executed += 1;
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code;
        codes.set(String(code), (codes.get(String(code)) ?? 0) + 1);
        if (!isErrorCode(code)) return `unknown code ${String(code)}`;
      }
      return undefined;
    };
    // A fixed seed: the same 10,000 requests every run, sent 16 at a time like concurrent clients.
    const requests = fc.sample(request, { numRuns: RUNS, seed: 20261122 });
    const failures: Array<{ problem: string; req: FuzzRequest }> = [];
    for (let i = 0; i < requests.length; i += 16) {
      const batch = requests.slice(i, i + 16);
      const problems = await Promise.all(batch.map(check));
      problems.forEach((problem, j) => {
        const req = batch[j];
        if (problem && req) failures.push({ problem, req });
      });
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(requests).toHaveLength(RUNS);
    expect(unexpected).toEqual([]);
    // The mix reached every layer: request parsing, limits, validation, execution.
    expect([...codes.keys()]).toEqual(
      expect.arrayContaining(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']),
    );
    expect(executed).toBeGreaterThan(RUNS / 25);
  });

  it('still answers a real query over HTTP afterwards', async () => {
    const res = await gateway.post('{ target(target: "example.com") { backlinkSummary { backlinks } } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});
