// The Yoga server: GraphiQL with the example query, /health, coded and masked errors, the upstream
// ledger in `extensions`, and graceful close. Small schemas stand in for the domain modules.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLClient } from 'graphql-request';
import { createSchema } from 'graphql-yoga';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamClients } from '../../src/clients.js';
import { type Config, loadConfig } from '../../src/config/index.js';
import type { Context } from '../../src/context.js';
import { userInputError } from '../../src/errors/index.js';
import { createGateway, EXAMPLE_QUERY, type RunningGateway } from '../../src/server.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { Transport } from '../../src/upstream/transport.js';

const SECRET_KEY = 'canary-key-5d41402abc4b2a76';

let upstream: ReturnType<typeof createServer>;
let upstreamUrl: string;
let running: RunningGateway;
let closeClients: () => Promise<void>;
let upstreamSawClose: Promise<boolean> | undefined;
/** Called when the `slow` resolver starts: the request is in flight from then on. */
let onSlowStarted: () => void = () => undefined;
/** The stand-in upstream as SERPmetrics, its calls reported to the gateway's call observer. */
let echoUpstream: Transport;

const testSchema = createSchema<Context>({
  typeDefs: /* GraphQL */ `
    type Query {
      rateLimited: Int
      badSource: Int
      crash: Int
      partial: Partial!
      cached(n: Int!): String
      slow: String
      stalled: String
    }
    type Partial {
      ok: String
      failing: Int
    }
  `,
  resolvers: {
    Query: {
      rateLimited: () => {
        throw new UpstreamError({
          code: 'UPSTREAM_RATE_LIMITED',
          upstream: 'seranking',
          httpStatus: 429,
          retryAfter: 2,
        });
      },
      badSource: () => {
        throw userInputError('INVALID_SOURCE', 'Unknown regional database "zz".');
      },
      crash: () => {
        throw new Error(`boom at ${upstreamUrl}/v1/backlinks?apikey=${SECRET_KEY}`);
      },
      partial: () => ({}),
      cached: async (_root, args: { n: number }, ctx) => {
        const { value } = await ctx.cache.fetch(
          { kind: 'engines', upstream: 'serpmetrics', endpoint: 'test', credentialId: 'c', params: args.n },
          async (signal) => (await echoUpstream.request({ method: 'GET', path: `/echo/${args.n}`, signal })).text,
          ctx.fetchOptions,
        );
        return value;
      },
      slow: () => {
        onSlowStarted();
        return new Promise((resolve) => setTimeout(() => resolve('finished'), 300));
      },
      stalled: async (_root, _args, ctx) => {
        const { value } = await ctx.cache.fetch(
          { kind: 'serp', upstream: 'serpmetrics', endpoint: 'stalled', credentialId: 'c', params: {} },
          async (signal) => (await fetch(`${upstreamUrl}/stall`, { signal })).text(),
          ctx.fetchOptions,
        );
        return value;
      },
    },
    Partial: {
      ok: () => 'still here',
      failing: () =>
        Promise.reject(new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'serpmetrics', httpStatus: 503 })),
    },
  },
});

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/stall') {
      upstreamSawClose = new Promise((resolve) => req.socket.once('close', () => resolve(true)));
      return; // never answers
    }
    res.end(`echo ${req.url}`);
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SERANKING_API_KEY: SECRET_KEY,
    SERPMETRICS_API_KEY: SECRET_KEY,
    SERPMETRICS_API_SECRET: SECRET_KEY,
    SERANKING_BASE_URL: upstreamUrl,
    SERPMETRICS_BASE_URL: upstreamUrl,
  });
  const built = createUpstreamClients(config);
  echoUpstream = new Transport({ upstream: 'serpmetrics', baseUrl: upstreamUrl, observer: built.clients.calls });
  closeClients = async () => {
    await echoUpstream.close();
    await built.close();
  };
  running = await createGateway(config, { clients: built.clients, schema: testSchema }).listen(0, '127.0.0.1');
});

/** Clients of both upstreams pointed at the fake upstream, for a gateway made with `config`. */
function clientsOfFakeUpstream(config: Config) {
  return createUpstreamClients({
    ...config,
    seranking: { ...config.seranking, baseUrl: upstreamUrl, apiKey: 'k' },
    serpmetrics: { ...config.serpmetrics, baseUrl: upstreamUrl, apiKey: 'k', apiSecret: 's' },
  });
}

afterAll(async () => {
  await running.close();
  await closeClients();
  upstream.close();
});

const post = async (query: string) => {
  const res = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.clone().text(), body: (await res.json()) as Record<string, unknown> };
};

describe('gateway server', () => {
  it('serves GraphiQL at /graphql with the example query joining both APIs', async () => {
    const res = await fetch(running.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('seograph');
    expect(html).toContain('running shoes');
    expect(html).toContain('google_en-us');
    expect(html).toContain('domainInlinkRank');
    expect(EXAMPLE_QUERY).toContain('results(first: 10)');
  });

  it('answers /health', async () => {
    const res = await fetch(new URL('/health', running.url));
    expect(res.status).toBe(200);
  });

  it('turns an UpstreamError into its code and extensions', async () => {
    const { body } = await post('{ rateLimited }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'The upstream rate limit was reached; retry later.',
        path: ['rateLimited'],
        extensions: {
          code: 'UPSTREAM_RATE_LIMITED',
          upstream: 'seranking',
          httpStatus: 429,
          retryable: true,
          retryAfter: 2,
        },
      }),
    ]);
  });

  it('passes gateway validation errors with their code', async () => {
    const { body } = await post('{ badSource }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unknown regional database "zz".',
        extensions: { code: 'INVALID_SOURCE', retryable: false },
      }),
    ]);
  });

  it('masks unexpected errors: no message, stack, URL or key', async () => {
    const { body, text } = await post('{ crash }');
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain('boom');
    expect(text).not.toContain(upstreamUrl);
  });

  it('keeps the other fields when one upstream field fails', async () => {
    const { body } = await post('{ partial { ok failing } }');
    expect(body.data).toEqual({ partial: { ok: 'still here', failing: null } });
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['partial', 'failing'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }),
      }),
    ]);
  });

  it('reports upstream calls and cache outcomes in extensions', async () => {
    const first = await post('{ a: cached(n: 1) b: cached(n: 1) c: cached(n: 2) }');
    expect(first.body.data).toEqual({ a: 'echo /echo/1', b: 'echo /echo/1', c: 'echo /echo/2' });
    // The stand-in upstream is called as SERPmetrics through the gateway's call observer.
    expect(first.body.extensions).toMatchObject({
      upstream: { calls: { seranking: 0, serpmetrics: 2 }, cache: { hits: 0, misses: 2, coalesced: 1, stale: 0 } },
    });
    const second = await post('{ a: cached(n: 1) }');
    expect(second.body.extensions).toMatchObject({
      upstream: { calls: { seranking: 0, serpmetrics: 0 }, cache: { hits: 1, misses: 0, coalesced: 0, stale: 0 } },
    });
  });

  it.each([
    ['POST', '{"query": "{ nope"}', 400, 'GRAPHQL_PARSE_FAILED'],
    ['POST', '{"query": "{ nope }"}', 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['POST', 'garbage', 400, 'BAD_USER_INPUT'],
    ['PUT', '{"query": "{ slow }"}', 405, 'METHOD_NOT_ALLOWED'],
    ['POST', '[{"query": "{ slow }"}, {"query": "{ slow }"}]', 400, 'BATCHING_DISABLED'],
  ])('rejects %s %s with HTTP %i and code %s, without internals', async (method, body, status, code) => {
    const res = await fetch(running.url, {
      method,
      body,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(JSON.parse(text).errors).toEqual([expect.objectContaining({ extensions: { code } })]);
    expect(text).not.toContain('originalError');
  });

  it.each([
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ slow }"}\r\n--x--\r\n',
    ],
    ['application/xml', '<query>{ slow }</query>'],
  ])('refuses a %s body with HTTP 415 and a typed error saying what to send', async (type, body) => {
    const res = await fetch(running.url, {
      method: 'POST',
      body,
      headers: { 'content-type': type, 'x-graphql-yoga-csrf': '1', accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(415);
    expect((await res.json()).errors).toEqual([
      expect.objectContaining({
        message: 'Send the operation as JSON (content-type: application/json), not as this content type.',
        extensions: { code: 'BAD_USER_INPUT', retryable: false },
      }),
    ]);
  });

  it('refuses an Accept header that takes no answer type before the operation runs, HTTP 406 with a typed error', async () => {
    const query = JSON.stringify({ query: '{ a: cached(n: 406) }' });
    const refused = await fetch(running.url, {
      method: 'POST',
      body: query,
      headers: { 'content-type': 'application/json', accept: 'text/html, application/xml' },
    });
    expect(refused.status).toBe(406);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await refused.json()).errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', retryable: false } }),
    ]);
    // Not run: the same operation is then a cache miss that calls the upstream.
    const answered = await post('{ a: cached(n: 406) }');
    expect(answered.body.extensions).toMatchObject({ upstream: { calls: { serpmetrics: 1 }, cache: { misses: 1 } } });
    const wildcard = await fetch(running.url, {
      method: 'POST',
      body: query,
      headers: { 'content-type': 'application/json', accept: 'text/html, application/*;q=0.8' },
    });
    expect(wildcard.status).toBe(200);
    expect((await wildcard.json()).data).toEqual({ a: 'echo /echo/406' });
  });

  it('works with a graphql-request client', async () => {
    const client = new GraphQLClient(running.url);
    const data = await client.request<{ a: string }>('{ a: cached(n: 7) }');
    expect(data.a).toBe('echo /echo/7');
  });
});

describe('graceful close', () => {
  it('lets an in-flight request finish, then refuses new connections', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', SANDBOX: '1' });
    const built = clientsOfFakeUpstream(config);
    let released = false;
    const gateway = createGateway(config, {
      clients: built.clients,
      schema: testSchema,
      onClose: async () => {
        released = true;
        await built.close();
      },
    });
    const server = await gateway.listen(0, '127.0.0.1');
    const started = new Promise<void>((resolve) => {
      onSlowStarted = resolve;
    });
    const inFlight = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow }' }),
    });
    // Closed once the request is executing (a fixed pause could close before a loaded machine even read it).
    await started;
    await server.close();
    expect(await (await inFlight).json()).toMatchObject({ data: { slow: 'finished' } });
    expect(released).toBe(true);
    await expect(fetch(server.url)).rejects.toThrow();
  });
});

describe('production mode and logs', () => {
  it('turns GraphiQL off and logs masked errors with their cause, server-side only', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const config = loadConfig({ NODE_ENV: 'production', SANDBOX: '1' });
    const built = clientsOfFakeUpstream(config);
    const server = await createGateway(config, {
      clients: built.clients,
      schema: testSchema,
      logger,
      onClose: built.close,
    }).listen(0, '127.0.0.1');
    try {
      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('<html');
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ crash }' }),
      });
      expect(await res.json()).toMatchObject({ errors: [{ message: 'Unexpected error.' }] });
      const logged = lines.map((l) => JSON.parse(l) as { level: number; err?: { message?: string } });
      expect(logged).toContainEqual(
        expect.objectContaining({
          level: 50,
          err: expect.objectContaining({ message: expect.stringContaining('boom') }),
        }),
      );
    } finally {
      await server.close();
    }
  });
});

describe('request deadline', () => {
  it('answers UPSTREAM_TIMEOUT at the deadline and cancels the upstream request', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', SANDBOX: '1', REQUEST_DEADLINE_MS: '200' });
    const built = clientsOfFakeUpstream(config);
    const server = await createGateway(config, {
      clients: built.clients,
      schema: testSchema,
      onClose: built.close,
    }).listen(0, '127.0.0.1');
    try {
      const started = Date.now();
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stalled }' }),
      });
      const elapsed = Date.now() - started;
      expect(await res.json()).toMatchObject({
        data: { stalled: null },
        errors: [{ path: ['stalled'], extensions: { code: 'UPSTREAM_TIMEOUT', retryable: true } }],
      });
      // Not before the deadline; the upstream never answers, so any answer at all is the deadline's.
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(await upstreamSawClose).toBe(true);
    } finally {
      await server.close();
    }
  });
});
