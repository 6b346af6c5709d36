// The SERPmetrics client over real HTTP against a scriptable loopback server: signing and clock-skew correction,
// the §5.5 reply mapping, the §9 quirks, batch splitting and the write-safety classification.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isUpstreamError, UpstreamError } from '../../src/upstream/errors.js';
import { pairBatches } from '../../src/upstream/serpmetrics/batching.js';
import { SerpmetricsClient } from '../../src/upstream/serpmetrics/client.js';
import { mayRetry } from '../../src/upstream/serpmetrics/safety.js';
import { credentialIdOf, SkewClock, signedForm, signTimestamp } from '../../src/upstream/serpmetrics/signature.js';
import { Transport, type TransportRequest } from '../../src/upstream/transport.js';
import { rejection } from '../support/rejection.js';
import { type FakeReply, type FakeRequest, type FakeServer, startFake } from './serpmetrics-fake.js';

const KEY = 'test-key';
const SECRET = 'test-secret';

let handler: (req: FakeRequest) => FakeReply = () => ({ status: 500, body: {} });
let fake: FakeServer;
let client: SerpmetricsClient;

beforeAll(async () => {
  fake = await startFake((req) => handler(req));
});
afterAll(() => fake.close());
beforeEach(async () => {
  await client?.close();
  fake.requests.length = 0;
  client = new SerpmetricsClient({ baseUrl: fake.url, apiKey: KEY, apiSecret: SECRET });
});

const ok = (data: unknown, status = 200): FakeReply => ({ status, body: { status: 'ok', request_time: 1, data } });
const fail = (status: number, message: string, headers?: Record<string, string>): FakeReply => ({
  status,
  body: { status: 'error', message, request_time: 1 },
  headers,
});

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

describe('signing', () => {
  it('signs only ts: base64 HMAC-SHA256 with the secret, 44 characters, not hex', () => {
    expect(signTimestamp('sandbox-serpmetrics-secret', 1385796398)).toBe(
      'FU9s9zQwLjTdgiCyWtKELe22K1qdpNJi4u2JZ3Sh5Xg=',
    );
    const expected = createHmac('sha256', SECRET).update('1700000000').digest('base64');
    expect(signTimestamp(SECRET, 1700000000)).toBe(expected);
    expect(expected).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('posts a form with key, ts, auth and params as JSON without absent or null members', async () => {
    handler = () => ok({ keyword_id: 'k1', keyword: 'shoes', engines: ['google_en-us'] }, 201);
    await client.appendEngines('k1', ['google_en-us']);
    await client.keywordExists({ keyword: 'shoes', location: null });
    const [append, exists] = fake.requests;
    expect(append?.method).toBe('POST');
    expect(append?.contentType).toBe('application/x-www-form-urlencoded');
    expect([...(append?.form.keys() ?? [])].sort()).toEqual(['auth', 'key', 'params', 'ts']);
    const ts = Number(append?.form.get('ts'));
    expect(Math.abs(ts - nowSeconds())).toBeLessThanOrEqual(1);
    expect(append?.form.get('auth')).toBe(createHmac('sha256', SECRET).update(String(ts)).digest('base64'));
    expect(append?.form.get('key')).toBe(KEY);
    expect(append?.params).toEqual({ keyword_id: 'k1', engines: ['google_en-us'] });
    expect(exists?.form.get('params')).toBe('{"keyword":"shoes"}');
  });

  it('sends no params field for parameterless endpoints, and only key for accounts without auth', () => {
    expect([...signedForm({ apiKey: KEY, apiSecret: SECRET }, 5).keys()]).toEqual(['key', 'ts', 'auth']);
    expect(signedForm({ apiKey: KEY }, 5, { a: 1 }).toString()).toBe('key=test-key&params=%7B%22a%22%3A1%7D');
  });

  it('exposes a short hash of the key as credential id, never the key', () => {
    expect(client.credentialId).toBe(credentialIdOf(KEY));
    expect(client.credentialId).toMatch(/^[0-9a-f]{16}$/);
    expect(credentialIdOf('other-key')).not.toBe(client.credentialId);
  });

  it('skew clock signs with the server-aligned time from the round-trip midpoint', () => {
    let now = 1_000_000_000;
    const clock = new SkewClock(() => now);
    expect(clock.observe(1_000_900, now - 400, now + 400)).toBe(900);
    now += 10_000;
    expect(clock.now()).toBe(1_000_910);
  });
});

describe('clock-skew correction', () => {
  const WINDOW = 600;
  /** A server whose clock runs `offset` seconds ahead and which rejects timestamps outside its window. */
  function skewedServer(offset: number, opts: { timeNeedsAuth: boolean }) {
    return (req: FakeRequest): FakeReply => {
      const serverNow = nowSeconds() + offset;
      const inWindow = Math.abs(Number(req.form.get('ts')) - serverNow) <= WINDOW;
      if (req.path === '/users/time' && !opts.timeNeedsAuth)
        return { status: 200, body: { request_time: serverNow, status: 'ok' } };
      if (!inWindow)
        return {
          status: 401,
          body: { status: 'error', message: 'Authentication failed: out of band timestamp', request_time: serverNow },
        };
      if (req.path === '/users/time') return { status: 200, body: { request_time: serverNow, status: 'ok' } };
      return ok({ api_key: KEY, balance: 1, api_credit: 2, serp_credit: 3 });
    };
  }

  it.each([
    ['ahead, /users/time open', 900, false],
    ['behind, /users/time signed too', -3600, true],
  ])(
    'syncs from /users/time after a timestamp 401 and retries once (server %s)',
    async (_name, offset, timeNeedsAuth) => {
      handler = skewedServer(offset, { timeNeedsAuth });
      expect(await client.credit()).toEqual({ balance: 1, apiCredit: 2, serpCredit: 3 });
      expect(fake.requests.map((r) => r.path)).toEqual(['/users/credit', '/users/time', '/users/credit']);
      expect(Math.abs(client.clockSkewSeconds - offset)).toBeLessThanOrEqual(1);
      await client.credit();
      expect(fake.requests).toHaveLength(4);
    },
  );

  it('concurrent timestamp rejections share one sync', async () => {
    handler = skewedServer(1200, { timeNeedsAuth: false });
    await Promise.all(Array.from({ length: 5 }, () => client.credit()));
    expect(fake.requests.filter((r) => r.path === '/users/time')).toHaveLength(1);
  });

  it('gives AUTHENTICATION_FAILED after one retry when the timestamp is still refused', async () => {
    handler = (req) =>
      req.path === '/users/time'
        ? { status: 200, body: { request_time: nowSeconds() } }
        : fail(401, 'Authentication failed: out of band timestamp');
    const error = await rejection(client.credit());
    expect(error.code).toBe('AUTHENTICATION_FAILED');
    expect(fake.requests).toHaveLength(3);
  });

  it('does not sync on other 401s', async () => {
    handler = () => fail(401, 'Authentication failed: invalid signature');
    expect((await rejection(client.credit())).code).toBe('AUTHENTICATION_FAILED');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('reply mapping (§5.5)', () => {
  it('204 is PENDING and its body is never read', async () => {
    handler = () => ({ status: 204 });
    const error = await rejection(client.priorityStatus('p1'));
    expect([error.code, error.httpStatus, error.retryable]).toEqual(['PENDING', 204, false]);
  });

  it.each([
    [404, 'Currently in queue, please retry shortly', 'PENDING'],
    [404, 'Awaiting queue slot.', 'PENDING'],
    [404, 'Supplied delayed_id not found: d1', 'NOT_FOUND'],
    [401, 'Authentication failed: unknown API key', 'AUTHENTICATION_FAILED'],
    [402, 'Payment required: credit and funds below zero, grace period exceeded', 'PAYMENT_REQUIRED'],
    [403, 'Forbidden: no access to keyword pair', 'FORBIDDEN'],
    [406, 'Missing required parameter: delayed_id', 'BAD_REQUEST'],
    [406, 'Unknown engine code: google_xx-yy', 'INVALID_ENGINE'],
    [406, 'Too many checks in one request: 11 (max 10)', 'TOO_MANY_CHECKS'],
    [406, 'Invalid parameter: keyword', 'INVALID_KEYWORDS'],
    [406, 'Invalid parameter: keyword_id', 'INVALID_PARAMETER'],
    [406, 'Invalid parameter: type', 'INVALID_PARAMETER'],
    [406, 'Invalid params: not valid JSON', 'BAD_REQUEST'],
    [429, 'Too Many Requests', 'UPSTREAM_RATE_LIMITED'],
    [500, 'boom', 'UPSTREAM_ERROR'],
    [501, 'Write failed, please retry', 'UPSTREAM_WRITE_FAILED'],
    [502, 'bad gateway', 'UPSTREAM_UNAVAILABLE'],
    [503, 'Service unavailable, please try again', 'UPSTREAM_UNAVAILABLE'],
    [504, 'gateway timeout', 'UPSTREAM_TIMEOUT'],
  ])('%i "%s" → %s', async (status, message, code) => {
    handler = () => fail(status, message);
    const error = await rejection(client.delayedStatus('d1'));
    expect([error.code, error.httpStatus]).toEqual([code, status]);
  });

  it('keeps Retry-After on 429', async () => {
    handler = () => fail(429, 'Too Many Requests', { 'retry-after': '2' });
    expect((await rejection(client.credit())).retryAfter).toBe(2);
  });

  it('maps a proxy page without JSON by its status', async () => {
    handler = () => ({ status: 503, raw: '<html>maintenance</html>' });
    expect((await rejection(client.credit())).code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('follows a 307 on the same origin once, never one to another host', async () => {
    const credit = ok({ api_key: KEY, balance: 1, api_credit: 1, serp_credit: 1 });
    handler = (req) =>
      req.path === '/users/credit' ? { status: 307, headers: { location: '/v2/users/credit' } } : credit;
    expect((await client.credit()).serpCredit).toBe(1);
    expect(fake.requests.map((r) => [r.path, r.form.get('key')])).toEqual([
      ['/users/credit', KEY],
      ['/v2/users/credit', KEY],
    ]);
    handler = () => ({ status: 307, headers: { location: 'http://elsewhere.example/users/credit' } });
    expect((await rejection(client.credit())).code).toBe('UPSTREAM_ERROR');
    expect(fake.requests).toHaveLength(3);
  });

  it('failed: true is CHECK_FAILED', async () => {
    handler = () => ({
      status: 200,
      body: { status: 'error', message: 'Check failed', failed: true, request_time: 1 },
    });
    expect((await rejection(client.priorityStatus('p1'))).code).toBe('CHECK_FAILED');
  });

  it('a done status is the check id and processing time', async () => {
    handler = () => ok({ delayed_id: 'd1', processed: '1332359353', check_id: 'c1', cid: 'acme-42' });
    expect(await client.delayedStatus('d1')).toEqual({
      id: 'd1',
      checkId: 'c1',
      processedAt: new Date(1332359353 * 1000),
      cid: 'acme-42',
    });
  });

  it('another 2xx with status "error" is UPSTREAM_BAD_RESPONSE', async () => {
    handler = () => ({ status: 200, body: { status: 'error', message: 'odd', data: { balance: 1 } } });
    const error = await rejection(client.credit());
    expect([error.code, error.detail]).toEqual(['UPSTREAM_BAD_RESPONSE', 'status']);
  });

  it('flux success is decided by the data shape, not by status', async () => {
    handler = () => ({ status: 200, body: { status: 'error', data: { '1383199201': '333', '1383112801': 319 } } });
    expect(await client.fluxTrend('google_en-us', 'hourly')).toEqual([
      { at: new Date(1383112801 * 1000), flux: 319 },
      { at: new Date(1383199201 * 1000), flux: 333 },
    ]);
    expect(fake.requests[0]?.params).toEqual({ engine_code: 'google_en-us', type: 'hourly' });
    handler = () => ({ status: 200, body: { status: 'error', message: 'Invalid engine' } });
    expect((await rejection(client.fluxTrend('google_en-us'))).code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('a 2xx that is not JSON, or breaks the schema, names the bad field', async () => {
    handler = () => ({ status: 200, raw: '<br />\n<b>Warning</b>: mysql_connect()' });
    expect((await rejection(client.credit())).detail).toBe('body');
    handler = () => ok({ results: { '1': { href: 'https://a.com/', title: 'A' }, '2': { title: 'no href' } } });
    const error = await rejection(client.serp('c1'));
    expect([error.code, error.detail]).toEqual(['UPSTREAM_BAD_RESPONSE', 'data.results.2.href']);
    handler = () => ok({ balance: 'lots', api_credit: 1, serp_credit: 1 });
    expect((await rejection(client.credit())).detail).toBe('data.balance');
  });

  it('keywordExists: a "not found" 404 is null, an unknown endpoint 404 is NOT_FOUND', async () => {
    handler = () => fail(404, 'not found');
    expect(await client.keywordExists('nothing')).toBeNull();
    handler = () => fail(404, 'Unknown endpoint: /keywords/exists');
    expect((await rejection(client.keywordExists('nothing'))).code).toBe('NOT_FOUND');
  });
});

describe('quirks (§9)', () => {
  const result = (sitelinks: unknown) => ({
    href: 'https://www.nike.com/w/running-shoes',
    title: 'Running Shoes',
    desc: '',
    contains: { sitelinks },
  });
  const links = [
    { title: "Men's", url: 'https://www.nike.com/men' },
    { title: "Women's", url: 'https://www.nike.com/women' },
  ];

  it('position-keyed results become a sorted array with host, registrable domain and type', async () => {
    handler = () =>
      ok({
        pages: { '1': 1 },
        results: {
          '10': { href: 'https://en.wikipedia.org/wiki/Sneakers', title: 'Sneakers', desc: 'd' },
          '2': { type: 'universal:video', href: 'https://www.youtube.com/watch?v=x', title: 'Video', desc: '' },
          '1': result([]),
        },
      });
    const page = await client.serp('c1', { domain: 'nike.com' });
    expect(fake.requests[0]?.params).toEqual({ check_id: 'c1', domain: 'nike.com' });
    expect(page.results.map((r) => [r.position, r.host, r.domain, r.type])).toEqual([
      [1, 'www.nike.com', 'nike.com', null],
      [2, 'www.youtube.com', 'youtube.com', 'universal:video'],
      [10, 'en.wikipedia.org', 'wikipedia.org', null],
    ]);
  });

  it('sitelinks as an object keyed "1"… and as an array give the same links', async () => {
    const wire = [
      { title: "Men's", href: 'https://www.nike.com/men' },
      { title: "Women's", href: 'https://www.nike.com/women' },
    ];
    handler = () => ok({ results: { '1': result({ '2': wire[1], '1': wire[0] }) } });
    expect((await client.serp('c1')).results[0]?.sitelinks).toEqual(links);
    handler = () => ok({ results: { '1': result(wire) } });
    expect((await client.serp('c1')).results[0]?.sitelinks).toEqual(links);
  });

  it('[] for empty results, checks and keyword maps', async () => {
    handler = () => ok({ results: [] });
    expect((await client.serp('c1', { domain: 'nowhere.com' })).results).toEqual([]);
    handler = () => ok({ keyword_id: 'k1', engine: 'google_en-us', checks: [] });
    expect((await client.checks('k1', 'google_en-us')).checks).toEqual([]);
  });

  it('numbers sent as strings', async () => {
    handler = () => ok({ api_key: KEY, balance: '12.5', api_credit: '-3.25', serp_credit: '100' });
    expect(await client.credit()).toEqual({ balance: 12.5, apiCredit: -3.25, serpCredit: 100 });
  });

  it('multi-keyword add: each item maps by its own http_status', async () => {
    handler = () =>
      ok(
        [
          {
            http_status: 201,
            response: { status: 'ok', data: { keyword_id: 'k1', keyword: 'flights', engines: ['google_en-us'] } },
          },
          { http_status: 406, response: { status: 'error', message: 'Invalid parameter: keyword' } },
        ],
        201,
      );
    const [first, second] = await client.addKeywords(['flights', ''], ['google_en-us'], { device: 'mobile' });
    expect(first).toEqual({
      keywordId: 'k1',
      keyword: 'flights',
      engines: ['google_en-us'],
      location: null,
      device: 'desktop',
    });
    expect(isUpstreamError(second) && [second.code, second.httpStatus]).toEqual(['INVALID_KEYWORDS', 406]);
    expect(fake.requests[0]?.params).toEqual({ keyword: ['flights', ''], engines: ['google_en-us'], device: 'mobile' });
  });

  it('delete answers 201 ok with failed items: NOT_FOUND per id', async () => {
    handler = () =>
      ok(
        [
          { keyword_id: 'k2', status: 'failed' },
          { keyword_id: 'k1', status: 'ok' },
        ],
        201,
      );
    const [k1, k2] = await client.deleteKeywords(['k1', 'k2']);
    expect(k1).toEqual({ keywordId: 'k1' });
    expect(isUpstreamError(k2) && k2.code).toBe('NOT_FOUND');
  });
});

describe('batch splitting', () => {
  /** Answers queue adds with one item per pair, ids numbered in arrival order. */
  function queueServer() {
    let n = 0;
    return (req: FakeRequest): FakeReply => {
      const p = req.params ?? {};
      const keywords = p.keyword as string[];
      const engines = p.engines as string[];
      const idKey = req.path === '/priority/add' ? 'priority_id' : 'delayed_id';
      const items = keywords.flatMap((phrase) =>
        engines.map((engine_code) => ({ phrase, engine_code, [idKey]: `id${n++}` })),
      );
      return ok(items.reverse(), 201);
    };
  }
  const count = (v: unknown): number => (Array.isArray(v) ? v.length : 0);
  const pairsSent = () => fake.requests.map((r) => count(r.params?.keyword) * count(r.params?.engines));

  it('16 priority checks → 2 calls of at most 10; results in keyword-major input order', async () => {
    handler = queueServer();
    const keywords = Array.from({ length: 16 }, (_, i) => `kw ${i}`);
    const queued = await client.priorityAdd(keywords, ['google_en-us'], { callbackUrl: 'http://127.0.0.1/cb' });
    expect(pairsSent()).toEqual([10, 6]);
    expect(queued.map((q) => !isUpstreamError(q) && q.keyword)).toEqual(keywords);
    expect(fake.requests[0]?.params?.callback).toBe('http://127.0.0.1/cb');
  });

  it('splits by engines too when there are more than 10', async () => {
    handler = queueServer();
    const engines = Array.from({ length: 12 }, (_, i) => `google_en-u${String.fromCharCode(97 + i)}`);
    const queued = await client.priorityAdd(['a', 'b'], engines);
    expect(pairsSent()).toEqual([10, 10, 4]);
    expect(queued.map((q) => !isUpstreamError(q) && `${q.keyword}/${q.engine}`)).toEqual(
      ['a', 'b'].flatMap((k) => engines.map((e) => `${k}/${e}`)),
    );
  });

  it('250 delayed checks → 3 calls; a failed call marks only its own pairs', async () => {
    const serve = queueServer();
    handler = (req) => (fake.requests.length === 2 ? fail(501, 'Write failed, please retry') : serve(req));
    const keywords = Array.from({ length: 125 }, (_, i) => `kw ${i}`);
    const queued = await client.delayedAdd(keywords, ['google_en-us', 'bing_en-us'], { cid: 'acme' });
    expect(pairsSent()).toEqual([100, 100, 50]);
    expect(fake.requests[0]?.params?.cid).toBe('acme');
    const failed = queued.map((q, i) => [i, isUpstreamError(q) ? q.code : 'ok'] as const).filter(([, c]) => c !== 'ok');
    expect(failed.map(([i]) => i)).toEqual(Array.from({ length: 100 }, (_, i) => 100 + i));
    expect(new Set(failed.map(([, c]) => c))).toEqual(new Set(['UPSTREAM_WRITE_FAILED']));
  });

  it('keyword adds split at 100 keywords', async () => {
    handler = (req) => {
      const kws = req.params?.keyword as string[];
      return ok(
        kws.map((k, i) => ({
          http_status: 201,
          response: { status: 'ok', data: { keyword_id: `${k}-${i}`, keyword: k, engines: ['google_en-us'] } },
        })),
        201,
      );
    };
    const keywords = Array.from({ length: 250 }, (_, i) => `kw ${i}`);
    const added = await client.addKeywords(keywords, ['google_en-us']);
    expect(fake.requests.map((r) => count(r.params?.keyword))).toEqual([100, 100, 50]);
    expect(added.map((a) => !isUpstreamError(a) && a.keyword)).toEqual(keywords);
  });

  it('pairBatches covers every pair exactly once', () => {
    const batches = pairBatches(['a', 'b', 'c'], ['e1', 'e2', 'e3', 'e4'], 10);
    expect(batches.map((b) => b.indexes.length)).toEqual([8, 4]);
    expect(batches.flatMap((b) => b.indexes).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('allKeywords pages until a short page', async () => {
    handler = (req) => {
      const page = req.params?.page as number;
      const rows = page === 1 ? ['k1', 'k2'] : page === 2 ? ['k3'] : [];
      return ok(Object.fromEntries(rows.map((id) => [id, { phrase: id, engines: ['google_en-us'] }])));
    };
    const all = await client.allKeywords({ pageSize: 2 });
    expect(all.map((k) => k.keywordId)).toEqual(['k1', 'k2', 'k3']);
    expect(fake.requests.map((r) => r.params)).toEqual([
      { page: 1, limit: 2 },
      { page: 2, limit: 2 },
    ]);
  });
});

describe('latest SERP of a tracked pair', () => {
  const tracked = {
    keyword_id: 'k1',
    keyword: 'running shoes',
    location: null,
    device: 'desktop',
    engines: ['google_en-us'],
  };
  const serve = (req: FakeRequest): FakeReply => {
    if (req.path === '/keywords/exists') return ok(tracked);
    if (req.path === '/keywords/check')
      return ok({ keyword_id: 'k1', engine: 'google_en-us', checks: { '1700086400': 'c2', '1700000000': 'c1' } });
    return ok({ results: { '1': { href: 'https://www.nike.com/', title: 'Nike', desc: '' } } });
  };

  it('takes three lookups: keyword id, latest check id, SERP', async () => {
    handler = serve;
    const snapshot = await client.latestSerp('running shoes', 'google_en-us');
    expect(fake.requests.map((r) => [r.path, r.params])).toEqual([
      ['/keywords/exists', { keyword: 'running shoes' }],
      ['/keywords/check', { keyword_id: 'k1', engine: 'google_en-us', limit: 1 }],
      ['/keywords/serp', { check_id: 'c2' }],
    ]);
    expect(snapshot).toMatchObject({
      keywordId: 'k1',
      keyword: 'running shoes',
      engine: 'google_en-us',
      checkId: 'c2',
      checkedAt: new Date(1700086400 * 1000),
    });
    expect(snapshot?.results).toHaveLength(1);
  });

  it('is null for an untracked keyword or engine, PENDING before the first check', async () => {
    handler = serve;
    expect(await client.latestSerp('running shoes', 'bing_en-us')).toBeNull();
    handler = () => fail(404, 'not found');
    expect(await client.latestSerp('nothing', 'google_en-us')).toBeNull();
    handler = (req) =>
      req.path === '/keywords/check' ? ok({ keyword_id: 'k1', engine: 'google_en-us', checks: [] }) : serve(req);
    expect((await rejection(client.latestSerp('running shoes', 'google_en-us'))).code).toBe('PENDING');
  });
});

describe('write safety', () => {
  const err = (code: ConstructorParameters<typeof UpstreamError>[0]['code'], httpStatus?: number) =>
    new UpstreamError({ code, upstream: 'serpmetrics', httpStatus });

  it('paid adds are retried only when nothing was written; reads and free writes on any retryable error', () => {
    for (const path of ['/priority/add', '/delayed/add', '/keywords/add']) {
      expect(mayRetry(path, err('UPSTREAM_WRITE_FAILED', 501))).toBe(true);
      expect(mayRetry(path, err('UPSTREAM_RATE_LIMITED', 429))).toBe(true);
      expect(mayRetry(path, err('UPSTREAM_UNAVAILABLE', 503))).toBe(true);
      expect(mayRetry(path, err('UPSTREAM_ERROR', 500))).toBe(false);
      expect(mayRetry(path, err('UPSTREAM_ERROR'))).toBe(false);
      expect(mayRetry(path, err('UPSTREAM_TIMEOUT'))).toBe(false);
    }
    expect(mayRetry('/keywords/serp', err('UPSTREAM_TIMEOUT'))).toBe(true);
    expect(mayRetry('/keywords/append_engines', err('UPSTREAM_ERROR'))).toBe(true);
    expect(mayRetry('/keywords/serp', err('NOT_FOUND', 404))).toBe(false);
    expect(mayRetry('/unknown', err('UPSTREAM_ERROR'))).toBe(false);
  });

  it('tells the transport which calls are paid writes and how many checks they spend', async () => {
    const seen: TransportRequest[] = [];
    const transport = new Transport({ upstream: 'serpmetrics', baseUrl: fake.url });
    const recording = {
      request: (req: TransportRequest) => {
        seen.push(req);
        return transport.request(req);
      },
    };
    const hinted = new SerpmetricsClient({ baseUrl: fake.url, apiKey: KEY, apiSecret: SECRET, transport: recording });
    handler = (req) =>
      req.path === '/priority/add'
        ? ok([{ phrase: 'a', engine_code: 'google_en-us', priority_id: 'p1' }], 201)
        : ok({ api_key: KEY, balance: 1, api_credit: 1, serp_credit: 1 });
    await hinted.priorityAdd(['a'], ['google_en-us']);
    await hinted.credit();
    await transport.close();
    const [add, read] = seen;
    expect(add).toMatchObject({ idempotent: false, checks: { queue: 'priority', count: 1 } });
    expect(add?.safeRetryCodes).toEqual(['UPSTREAM_RATE_LIMITED', 'UPSTREAM_WRITE_FAILED', 'UPSTREAM_UNAVAILABLE']);
    expect(read).toMatchObject({ idempotent: true, safeRetryCodes: [], credentialId: hinted.credentialId });
  });
});
