// Canary secrets: the gateway runs with canary upstream keys (the sandbox accepts them as real keys)
// and a canary gateway API key; the whole error matrix is run (every upstream status, malformed
// bodies, dropped sockets, hangs past the deadline, a disabled key, gateway refusals), then every
// response body and header, every log line (trace level) and /metrics are scanned: 0 occurrences.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamClients } from '../../src/clients.js';
import { createGateway, type Gateway, type RunningGateway } from '../../src/server.js';
import { configOverSandbox } from '../support/gateway.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import { rawPost, rawRequest } from './support.js';

const CANARY = {
  seranking: 'canary-seranking-key-7c1e9a4b2d',
  serpmetricsKey: 'canary-serpmetrics-key-3f8b6d0e5a',
  serpmetricsSecret: 'canary-serpmetrics-secret-9d2c4e7f1b',
  gateway: 'canary-gateway-key-5a0f3c8e6d',
};

const QUERY = /* GraphQL */ `
  {
    account { seranking { unitsLeft } serpmetrics { balance serpCredits } }
    target(target: "example.com") { backlinkSummary { backlinks inlinkRank } }
    engine(code: "google_en-us") { code name }
    serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { checkedAt results(first: 3) { position url } }
  }
`;

const PLAIN = { retry: false, breaker: false } as const;

let sandbox: TestSandbox;
let gateway: Gateway;
let running: RunningGateway;
const logs: string[] = [];
const seen: string[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  await sandbox.seranking.admin.putKey('canary', { key: CANARY.seranking });
  await sandbox.serpmetrics.admin.patchAccount('default', {
    key: CANARY.serpmetricsKey,
    secret: CANARY.serpmetricsSecret,
  });
  const config = configOverSandbox(
    sandbox,
    { SANDBOX: '1', LOG_LEVEL: 'trace', REQUEST_DEADLINE_MS: '5000', GATEWAY_API_KEYS: `canary:${CANARY.gateway}` },
    CANARY,
  );
  const logger = pino(
    { level: 'trace' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const upstream = createUpstreamClients(config, { resilience: { seranking: PLAIN, serpmetrics: PLAIN } });
  gateway = createGateway(config, { clients: upstream.clients, logger, onClose: upstream.close });
  running = await gateway.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await running?.close();
  await sandbox?.close();
});

async function run(headers: Record<string, string> = {}, query = QUERY) {
  const res = await rawPost(running.url, JSON.stringify({ query }), headers);
  seen.push(res.text, JSON.stringify([...res.headers]));
  return res;
}

async function forceEverywhere(fault: Record<string, unknown>): Promise<void> {
  for (const admin of [sandbox.seranking.admin, sandbox.serpmetrics.admin]) {
    await admin.reset({ stats: false, ledgers: false, faults: true, rateLimits: true });
    await admin.replaceFaults({ forced: [{ endpoint: '*', count: 1000, ...fault }] });
  }
  // Every field asks its upstream again.
  gateway.cache.clear();
}

describe('canary secrets', () => {
  it('answers the happy path with the canary keys (the sandbox takes them as real keys)', async () => {
    const res = await run();
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data).toMatchObject({ engine: { code: 'google_en-us' } });
  });

  const faults: Array<[string, Record<string, unknown>]> = [
    ...[400, 401, 402, 403, 404, 406, 409, 429, 500, 501, 502, 503, 504].map(
      (status): [string, Record<string, unknown>] => [`status ${status}`, { status }],
    ),
    ['malformed 200', { status: 200, action: 'malformed' }],
    ['dropped socket', { action: 'reset' }],
    ['hang past the deadline', { action: 'hang', hangMs: 8000 }],
  ];

  for (const [name, fault] of faults) {
    it(`upstream ${name}: coded errors, no canary`, async () => {
      await forceEverywhere(fault);
      const res = await run();
      expect(res.status).toBeLessThan(500);
      // Both upstreams failed: errors from each.
      const upstreams = new Set(res.json.errors?.map((e) => e.extensions?.upstream));
      expect([...upstreams].sort()).toEqual(['seranking', 'serpmetrics']);
    });
  }

  it('a disabled upstream key, a wrong gateway key, bad documents and limits: each its code, no canary', async () => {
    for (const admin of [sandbox.seranking.admin, sandbox.serpmetrics.admin]) await admin.clearFaults();
    await sandbox.seranking.admin.patchKey('canary', { disabled: true });
    gateway.cache.clear();
    const codesOf = (res: { json: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => [
      ...new Set(res.json.errors?.map((e) => e.extensions?.code)),
    ];
    const get = await rawRequest(`${running.url}?query=${encodeURIComponent('mutation { __typename }')}`, {});
    seen.push(get.text);
    expect({
      disabledUpstreamKey: codesOf(await run()),
      wrongGatewayKey: codesOf(await run({ 'x-api-key': `${CANARY.gateway}x` })),
      unparsable: codesOf(await run({ 'x-api-key': CANARY.gateway }, '{ nope ')),
      invalid: codesOf(await run({ 'x-api-key': CANARY.gateway }, '{ nope }')),
      repeatedField: codesOf(await run({}, `{ ${'__typename '.repeat(600)}}`)),
      getWithoutCsrfHeader: codesOf(get),
    }).toEqual({
      disabledUpstreamKey: ['AUTHENTICATION_FAILED'],
      wrongGatewayKey: ['UNAUTHENTICATED'],
      unparsable: ['GRAPHQL_PARSE_FAILED'],
      invalid: ['GRAPHQL_VALIDATION_FAILED'],
      repeatedField: ['DUPLICATE_FIELD_LIMIT_EXCEEDED'],
      getWithoutCsrfHeader: ['CSRF_REJECTED'],
    });
  });

  it('finds no canary in any response, header, log line or metric', async () => {
    const metrics = await rawRequest(running.url.replace('/graphql', '/metrics'), {});
    seen.push(metrics.text);
    expect(logs.length).toBeGreaterThan(10);
    const haystack = [...seen, ...logs].join('\n');
    for (const [name, value] of Object.entries(CANARY)) {
      expect(haystack.includes(value), `${name} leaked`).toBe(false);
    }
  });
});
