// The SERPmetrics client against the SERPmetrics sandbox over real HTTP: every method, batch splitting read from
// /__sandbox/stats, the queue lifecycle with a frozen clock moved by the admin API, a real callback captured by a
// loopback receiver, each quirk switch of §10.6, and the error rows the client meets.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import {
  DEMO_ACCOUNT_KEYS,
  type RunningSerpmetricsSandbox,
  startSerpmetricsSandbox,
} from '../../src/sandbox/serpmetrics/index.js';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { parseCallback, type SerpmetricsCallback } from '../../src/upstream/serpmetrics/callbacks.js';
import { SerpmetricsClient, type SerpmetricsClientOptions } from '../../src/upstream/serpmetrics/client.js';
import type { QueuedCheck, SerpPage } from '../../src/upstream/serpmetrics/types.js';
import { rejection } from '../support/rejection.js';

let sandbox: RunningSerpmetricsSandbox;
let client: SerpmetricsClient;
const extraClients: SerpmetricsClient[] = [];

/** Captures callback POSTs as the gateway's route would receive them. */
const received: Array<{ contentType: string | undefined; body: string }> = [];
let receiver: Server;
let receiverUrl: string;

async function admin<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandbox.url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface EndpointStats {
  calls: number;
  checks?: number;
  maxChecks?: number;
}
const stats = () =>
  admin<{ total: number; byEndpoint: Record<string, EndpointStats>; calls: Array<{ path: string; status: number }> }>(
    'GET',
    '/stats',
  );

function clientFor(options: Partial<SerpmetricsClientOptions>): SerpmetricsClient {
  const made = new SerpmetricsClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.serpmetricsKey, ...options });
  extraClients.push(made);
  return made;
}

function only<T>(items: Array<T | UpstreamError>): T[] {
  const errors = items.filter(isUpstreamError);
  if (errors.length > 0) throw new Error(`unexpected item errors: ${errors.map((e) => e.code).join(', ')}`);
  return items as T[];
}

async function waitForCallback(): Promise<SerpmetricsCallback> {
  for (let i = 0; i < 200 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  const first = received[0];
  if (!first) throw new Error('no callback arrived');
  const parsed = parseCallback(first.body, first.contentType);
  if (!parsed.ok) throw new Error(`callback refused: ${parsed.reason}`);
  return parsed.event;
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString() });
      res.writeHead(204).end();
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/callbacks/serpmetrics/test-token`;
  // A frozen sandbox clock: queued checks complete only when a test moves it.
  sandbox = await startSerpmetricsSandbox({ clock: { speed: 0 } });
});

afterAll(async () => {
  await sandbox.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

beforeEach(async () => {
  await admin('POST', '/reset', { config: true });
  received.length = 0;
  client = new SerpmetricsClient({
    baseUrl: sandbox.url,
    apiKey: SANDBOX_KEYS.serpmetricsKey,
    apiSecret: SANDBOX_KEYS.serpmetricsSecret,
  });
});

afterEach(async () => {
  await Promise.all([client, ...extraClients.splice(0)].map((c) => c.close()));
});

describe('reads', () => {
  it('engines: the full list with verbatim names', async () => {
    const engines = await client.engines();
    expect(engines).toHaveLength(335);
    expect(engines.find((e) => e.code === 'google_en-us')).toEqual({
      code: 'google_en-us',
      parent: 'google',
      locale: 'en-us',
      name: 'United States (English)',
    });
  });

  it('credit and time', async () => {
    expect(await client.credit()).toMatchObject({ serpCredit: 100_000, balance: 100 });
    const { now } = await admin<{ now: number }>('GET', '/clock');
    expect(Math.abs((await client.time()).getTime() / 1000 - now)).toBeLessThanOrEqual(2);
  });

  it('tracked demo keywords, exists and not tracked', async () => {
    const all = await client.allKeywords();
    const shoes = all.find((k) => k.keyword === 'running shoes');
    expect(shoes?.engines).toEqual(expect.arrayContaining(['google_en-us', 'bing_en-us']));
    expect(all.find((k) => k.keyword === 'pizza near me')?.location).toBe('Brooklyn, NY, USA');
    expect(await client.keywordExists('running shoes')).toEqual(shoes);
    expect(await client.keywordExists('never tracked here')).toBeNull();
  });

  it('checks by id or by phrase, newest first', async () => {
    const shoes = await client.keywordExists('running shoes');
    const byId = await client.checks(shoes?.keywordId ?? '', 'google_en-us', { limit: 30 });
    expect(byId.checks).toHaveLength(30);
    const times = byId.checks.map((c) => c.checkedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const byPhrase = await client.checks({ keyword: 'running shoes' }, 'google_en-us');
    expect(byPhrase.checks).toEqual(byId.checks.slice(0, 10));
  });

  it('a SERP: 100 results in position order; the domain filter keeps one root domain', async () => {
    const snapshot = await client.latestSerp('running shoes', 'google_en-us');
    expect(snapshot?.results.map((r) => r.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const domain = snapshot?.results[0]?.domain ?? '';
    const filtered = await client.serp(snapshot?.checkId ?? '', { domain });
    expect(filtered.results.length).toBeGreaterThan(0);
    expect(filtered.results.every((r) => r.domain === domain)).toBe(true);
    const nowhere = await client.serp(snapshot?.checkId ?? '', { domain: 'no-such-domain.example' });
    expect(nowhere.results).toEqual([]);
  });

  it('latest SERP of a tracked pair: exactly three upstream calls', async () => {
    const snapshot = await client.latestSerp('running shoes', 'google_en-us');
    const { total, calls } = await stats();
    expect(total).toBe(3);
    expect(calls.map((c) => c.path)).toEqual(['/keywords/exists', '/keywords/check', '/keywords/serp']);
    expect(snapshot).toMatchObject({ keyword: 'running shoes', engine: 'google_en-us', device: 'desktop' });
    expect(Date.now() - (snapshot?.checkedAt.getTime() ?? 0)).toBeLessThan(2 * 86_400_000);
  });

  it('flux trend: 30 daily and 48 hourly points, oldest first', async () => {
    const daily = await client.fluxTrend('google_en-us', 'daily');
    const hourly = await client.fluxTrend('google_en-us', 'hourly');
    expect([daily.length, hourly.length]).toEqual([30, 48]);
    expect(daily[0]?.at.getTime()).toBeLessThan(daily[29]?.at.getTime() ?? 0);
  });
});

describe('writes and splitting', () => {
  it('250 keywords → 3 adds; paging reads them all back; deleting twice gives NOT_FOUND', async () => {
    const keywords = Array.from({ length: 250 }, (_, i) => `sandbox test keyword ${i}`);
    const added = only(await client.addKeywords(keywords, ['google_en-us']));
    expect(added.map((k) => k.keyword)).toEqual(keywords);
    expect((await stats()).byEndpoint['POST /keywords/add']?.calls).toBe(3);
    const all = await client.allKeywords();
    expect(all.filter((k) => k.keyword.startsWith('sandbox test keyword'))).toHaveLength(250);
    const ids = added.map((k) => k.keywordId);
    expect(only(await client.deleteKeywords(ids))).toEqual(ids.map((keywordId) => ({ keywordId })));
    const again = await client.deleteKeywords(ids.slice(0, 2));
    expect(again.map((r) => isUpstreamError(r) && r.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('append and remove engines', async () => {
    const [added] = only(await client.addKeywords(['engine edits'], ['google_en-us']));
    const id = added?.keywordId ?? '';
    expect((await client.appendEngines(id, ['bing_en-us'])).engines).toEqual(['google_en-us', 'bing_en-us']);
    expect((await client.removeEngines(id, ['google_en-us'])).engines).toEqual(['bing_en-us']);
  });

  it('16 priority checks → 2 calls of at most 10', async () => {
    const keywords = Array.from({ length: 8 }, (_, i) => `priority split ${i}`);
    const queued = only(await client.priorityAdd(keywords, ['google_en-us', 'bing_en-us']));
    expect(queued.map((q) => `${q.keyword}/${q.engine}`)).toEqual(
      keywords.flatMap((k) => [`${k}/google_en-us`, `${k}/bing_en-us`]),
    );
    expect((await stats()).byEndpoint['POST /priority/add']).toMatchObject({ calls: 2, checks: 16, maxChecks: 10 });
  });

  it('150 delayed checks → 2 calls of at most 100', async () => {
    const keywords = Array.from({ length: 75 }, (_, i) => `delayed split ${i}`);
    only(await client.delayedAdd(keywords, ['google_en-us', 'google_en-gb'], { cid: 'acme-42' }));
    expect((await stats()).byEndpoint['POST /delayed/add']).toMatchObject({ calls: 2, checks: 150, maxChecks: 100 });
  });
});

describe('queue lifecycle', () => {
  it('priority: pending → done → callback → SERP, charged 6 credits', async () => {
    const before = await client.credit();
    const [queued] = only(
      await client.priorityAdd(['nike running shoes'], ['google_en-us'], { callbackUrl: receiverUrl }),
    );
    const id = queued?.id ?? '';
    expect((await rejection(client.priorityStatus(id))).code).toBe('PENDING');
    await admin('POST', '/clock/advance', { seconds: 10 });
    const done = await client.priorityStatus(id);
    const event = await waitForCallback();
    expect(event).toEqual({
      queue: 'priority',
      priorityId: id,
      engine: 'google_en-us',
      checkId: done.checkId,
      checkedAt: expect.any(Date),
    });
    expect((await client.serp(event.checkId)).results).toHaveLength(100);
    expect((await client.credit()).serpCredit).toBe(before.serpCredit - 6);
  });

  it('priority with the sandbox clock running 60× fast: polled from PENDING to done', async () => {
    await admin('PATCH', '/config', { clock: { speed: 60 } });
    const [queued] = only(await client.priorityAdd(['fast clock'], ['google_en-us']));
    let polls = 0;
    for (;;) {
      polls++;
      const status = await client.priorityStatus(queued?.id ?? '').catch((e: unknown) => {
        if (isUpstreamError(e) && e.code === 'PENDING' && polls < 200) return undefined;
        throw e;
      });
      if (status) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(polls).toBeGreaterThan(1);
  });

  it('delayed with a JSON callback carrying the cid', async () => {
    await admin('PATCH', '/config', { callbacks: { encoding: 'json' } });
    const [queued] = only(
      await client.delayedAdd(['cheap check'], ['bing_en-us'], { callbackUrl: receiverUrl, cid: 'acme-42' }),
    );
    expect(queued?.cid === null || queued?.cid === 'acme-42').toBe(true);
    expect((await rejection(client.delayedStatus(queued?.id ?? ''))).code).toBe('PENDING');
    await admin('POST', '/clock/advance', { seconds: 60 });
    const done = await client.delayedStatus(queued?.id ?? '');
    expect(done).toMatchObject({ id: queued?.id, cid: 'acme-42' });
    expect(await waitForCallback()).toMatchObject({ queue: 'delayed', checkId: done.checkId, cid: 'acme-42' });
    expect(received[0]?.contentType).toContain('json');
  });

  it('real dialect: pending is a 404 with a queue message, still PENDING', async () => {
    await admin('PATCH', '/config', { dialect: 'real' });
    const [p] = only(await client.priorityAdd(['real dialect'], ['google_en-us']));
    const [d] = only(await client.delayedAdd(['real dialect'], ['google_en-us']));
    for (const pending of [client.priorityStatus(p?.id ?? ''), client.delayedStatus(d?.id ?? '')]) {
      const error = await rejection(pending);
      expect([error.code, error.httpStatus]).toEqual(['PENDING', 404]);
    }
  });

  it('a check that fails for good is CHECK_FAILED', async () => {
    await admin('PATCH', '/config', { queue: { failureRate: { delayed: 1 } } });
    const [d] = only(await client.delayedAdd(['doomed'], ['google_en-us']));
    await admin('POST', '/clock/advance', { seconds: 60 });
    expect((await rejection(client.delayedStatus(d?.id ?? ''))).code).toBe('CHECK_FAILED');
  });
});

describe('quirk switches (§10.6)', () => {
  /** A SERP with sitelinks among the demo pair's checks. */
  async function serpWithSitelinks(): Promise<SerpPage> {
    const shoes = await client.checks({ keyword: 'running shoes' }, 'google_en-us', { limit: 30 });
    const crm = await client.checks({ keyword: 'best crm software' }, 'google_en-us', { limit: 30 });
    for (const check of [...shoes.checks, ...crm.checks]) {
      const page = await client.serp(check.checkId);
      if (page.results.some((r) => r.sitelinks.length > 0)) return page;
    }
    throw new Error('no demo SERP with sitelinks');
  }

  it('sitelinks as an object or an array give the same SERP', async () => {
    await admin('PATCH', '/config', { quirks: { sitelinks: 'object' } });
    const asObject = await serpWithSitelinks();
    await admin('PATCH', '/config', { quirks: { sitelinks: 'array' } });
    expect(await client.serp(asObject.checkId)).toEqual(asObject);
  });

  it('escaped slashes on or off give the same SERP', async () => {
    const snapshot = await client.latestSerp('running shoes', 'google_en-us');
    await admin('PATCH', '/config', { quirks: { escapedSlashes: false } });
    expect(await client.serp(snapshot?.checkId ?? '')).toEqual(await client.serp(snapshot?.checkId ?? ''));
    expect((await client.serp(snapshot?.checkId ?? '')).results).toEqual(snapshot?.results);
  });

  it.each([true, false])('flux with status "error" = %s parses the same', async (fluxStatusError) => {
    await admin('PATCH', '/config', { quirks: { fluxStatusError } });
    expect(await client.fluxTrend('google_en-us')).toHaveLength(30);
  });

  it.each([true, false])('empty maps as [] = %s', async (emptyMapAsArray) => {
    await admin('PATCH', '/config', { quirks: { emptyMapAsArray } });
    const noauth = clientFor({ apiKey: DEMO_ACCOUNT_KEYS.noauth });
    expect(await noauth.allKeywords()).toEqual([]);
    const [added] = only(await client.addKeywords(['no checks yet'], ['google_en-us']));
    expect((await client.checks(added?.keywordId ?? '', 'google_en-us')).checks).toEqual([]);
  });

  it.each([true, false])('request_time omitted = %s', async (omitRequestTime) => {
    await admin('PATCH', '/config', { quirks: { omitRequestTime } });
    only(await client.addKeywords(['request time quirk'], ['google_en-us']));
    expect((await rejection(client.serp('000000000000000000000000'))).code).toBe('NOT_FOUND');
  });

  it.each(['phrase', 'keyword', 'both'] as const)('queued items keyed by %s', async (queuedItemKey) => {
    await admin('PATCH', '/config', { quirks: { queuedItemKey } });
    const queued: QueuedCheck[] = only(await client.priorityAdd(['item key'], ['google_en-us', 'bing_en-us']));
    expect(queued.map((q) => [q.keyword, q.engine])).toEqual([
      ['item key', 'google_en-us'],
      ['item key', 'bing_en-us'],
    ]);
  });

  it.each([true, false])('bare /users/time = %s', async (usersTimeBare) => {
    await admin('PATCH', '/config', { quirks: { usersTimeBare } });
    expect((await client.time()).getTime()).toBeGreaterThan(0);
  });
});

describe('errors and signing against the sandbox', () => {
  it('a clock 15 minutes off: one timestamp 401, a sync, then success', async () => {
    await admin('PATCH', '/clock', { offsetSeconds: 900 });
    expect((await client.credit()).serpCredit).toBe(100_000);
    // The sandbox signs /users/time too: its 401 still carries the server's request_time, which is all a sync needs.
    const { calls } = await stats();
    expect(calls.map((c) => c.path)).toEqual(['/users/credit', '/users/time', '/users/credit']);
    expect(calls.map((c) => c.status)).toEqual([401, expect.any(Number), 200]);
    expect(Math.abs(client.clockSkewSeconds - 900)).toBeLessThanOrEqual(2);
  });

  it('a wrong secret is AUTHENTICATION_FAILED after one call', async () => {
    const wrong = clientFor({ apiSecret: 'not-the-secret' });
    expect((await rejection(wrong.credit())).code).toBe('AUTHENTICATION_FAILED');
    expect((await stats()).total).toBe(1);
  });

  it('an account without auth needs only its key', async () => {
    expect((await clientFor({ apiKey: DEMO_ACCOUNT_KEYS.noauth }).credit()).serpCredit).toBe(100_000);
  });

  it('payment required, forbidden, unknown engine, injected 501', async () => {
    const broke = clientFor({ apiKey: DEMO_ACCOUNT_KEYS.broke, apiSecret: 'sandbox-secret-broke' });
    const [unpaid] = await broke.priorityAdd(['x'], ['google_en-us']);
    expect(isUpstreamError(unpaid) && unpaid.code).toBe('PAYMENT_REQUIRED');
    const disabled = clientFor({ apiKey: DEMO_ACCOUNT_KEYS.disabled, apiSecret: 'sandbox-secret-disabled' });
    expect((await rejection(disabled.credit())).code).toBe('FORBIDDEN');
    const [unknown] = await client.addKeywords(['x'], ['google_xx-yy']);
    expect(isUpstreamError(unknown) && unknown.code).toBe('INVALID_ENGINE');
    await admin('POST', '/faults', { forceStatus: { status: 501, count: 1 } });
    const [writeFailed] = await client.priorityAdd(['x'], ['google_en-us']);
    expect(isUpstreamError(writeFailed) && [writeFailed.code, writeFailed.retryable]).toEqual([
      'UPSTREAM_WRITE_FAILED',
      true,
    ]);
  });

  it('with the resilience layer on: a 501 on a paid add is retried, a dropped connection is not (one charge)', async () => {
    const resilient = clientFor({
      apiSecret: SANDBOX_KEYS.serpmetricsSecret,
      resilience: { retry: { budget: false, baseDelayMs: { UPSTREAM_WRITE_FAILED: 1 } }, breaker: false },
    });
    const before = await resilient.credit();
    await admin('POST', '/faults', { forceStatus: { status: 501, count: 1 } });
    only(await resilient.priorityAdd(['retried add'], ['google_en-us']));
    await admin('DELETE', '/faults');
    await admin('POST', '/faults', { dropConnection: { count: 1 } });
    const [dropped] = await resilient.priorityAdd(['ambiguous add'], ['google_en-us']);
    expect(isUpstreamError(dropped) && dropped.code).toBe('UPSTREAM_ERROR');
    expect((await stats()).byEndpoint['POST /priority/add']?.calls).toBe(3);
    await admin('POST', '/clock/advance', { seconds: 10 });
    // Two pairs reached the queue (the retried one and the dropped one): 2 × 6 credits, never a third.
    expect((await resilient.credit()).serpCredit).toBe(before.serpCredit - 12);
  });
});
