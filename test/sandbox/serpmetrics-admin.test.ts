// Contract tests of the SERPmetrics emulator's admin API, faults, statistics, quirk switches, determinism and SERP
// generation (serpmetrics.md §5.3, §10.4, §10.6, §10.7).
import { describe, expect, it } from 'vitest';
import { domainInlinkRank, registrableDomain } from '../../src/sandbox/common/catalogue.js';
import { MESSAGES } from '../../src/sandbox/serpmetrics/index.js';
import { generateSerp } from '../../src/sandbox/serpmetrics/serp.js';
import type { SandboxStats } from '../support/sandbox.js';
import { closedAfterEach, KEY, type SandboxHarness } from './serpmetrics-support.js';

const START = 1_767_225_600;
const frozen = { startAt: START, clock: { speed: 0 } } as const;

const { harness, receiver } = closedAfterEach();

async function firstCheck(h: SandboxHarness): Promise<string> {
  const all = await h.call<Record<string, { phrase: string }>>('/keywords/all');
  const id = Object.keys(all.body.data ?? {})[0];
  const checks = await h.call<{ checks: Record<string, string> }>('/keywords/check', {
    keyword_id: id,
    engine: 'google_en-us',
  });
  return Object.values(checks.body.data?.checks ?? {})[0] ?? '';
}

describe('admin basics', () => {
  it('answers health, reads and merge-patches the config, refusing bad patches with {ok:false}', async () => {
    const h = await harness(frozen);
    expect((await h.admin('GET', '/health')).body).toEqual({ ok: true, upstream: 'serpmetrics', version: 1 });
    const cfg = await h.admin<{ dialect: string; queue: { priority: { delayMs: number; jitterMs: number } } }>(
      'GET',
      '/config',
    );
    expect(cfg.body.dialect).toBe('spec');
    const patched = await h.admin<typeof cfg.body>('PATCH', '/config', { queue: { priority: { delayMs: 10 } } });
    expect(patched.body.queue.priority).toMatchObject({ delayMs: 10, jitterMs: 2_000 });
    const bad = await h.admin<{ ok: boolean; error: string }>('PATCH', '/config', { dialect: 'klingon' });
    expect(bad.status).toBe(400);
    expect(bad.body.ok).toBe(false);
  });

  it('lists accounts without keys or secrets, with redacted callback URLs; PUT creates an account that can sign', async () => {
    const h = await harness({ ...frozen, callbackUrl: 'http://127.0.0.1:9/callbacks/serpmetrics/tok?x=1' });
    const list = await h.admin<Array<Record<string, unknown>>>('GET', '/accounts');
    expect(list.body.map((a) => a.id)).toEqual(['default', 'broke', 'noauth', 'disabled']);
    expect(JSON.stringify(list.body)).not.toContain(KEY);
    expect(JSON.stringify(list.body)).not.toContain('secret');
    expect(list.body[0]).toMatchObject({
      callbackUrl: 'http://127.0.0.1:9/callbacks/serpmetrics/REDACTED?REDACTED',
      goodStanding: true,
    });
    const put = await h.admin('PUT', '/accounts/acme', { key: 'acme-key', secret: 'acme-secret', serpCredit: 50 });
    expect(put.body).toMatchObject({ id: 'acme', serpCredit: 50, requireAuth: true });
    const r = await h.call<{ serp_credit: number }>('/users/credit', undefined, {
      key: 'acme-key',
      secret: 'acme-secret',
    });
    expect(r.body.data?.serp_credit).toBe(50);
    expect((await h.admin('PATCH', '/accounts/nobody', { balance: 1 })).status).toBe(404);
  });

  it('sets the callback URL of an account through PATCH /__sandbox/accounts/{id}', async () => {
    const rx = await receiver();
    const h = await harness(frozen);
    await h.admin('PATCH', '/accounts/default', { callbackUrl: rx.url });
    await h.call('/priority/add', { keyword: 'patched callback', engines: ['google_en-us'] });
    await h.admin('POST', '/queue/drain', { queues: ['priority'] });
    const [cb] = await rx.waitFor(1);
    expect(cb?.fields.engine_code).toBe('google_en-us');
  });

  it('reads, skews and advances the clock', async () => {
    const h = await harness(frozen);
    expect((await h.admin('GET', '/clock')).body).toMatchObject({ now: START, speed: 0 });
    expect((await h.admin('PATCH', '/clock', { now: START + 100 })).body).toMatchObject({ now: START + 100 });
    expect((await h.admin('POST', '/clock/advance', { seconds: 50 })).body).toMatchObject({ now: START + 150 });
    const t = await h.call('/users/time');
    expect(t.body.request_time).toBe(START + 150);
  });

  it('resets to the demo state with no body: stats, faults, queues, keywords, ledgers and clock', async () => {
    const h = await harness(frozen);
    const demoQueue = (await h.admin<{ counts: Record<string, number> }>('GET', '/queue')).body.counts;
    expect(demoQueue).toEqual({ daily: 5, priority: 0, delayed: 0, held: 0 });
    await h.call('/keywords/add', { keyword: 'temporary', engines: ['google_en-us'] });
    await h.call('/priority/add', { keyword: 'temporary', engines: ['google_en-us'] });
    await h.admin('POST', '/queue/drain', {});
    await h.admin('POST', '/faults', { latencyMs: 5 });
    await h.admin('POST', '/clock/advance', { seconds: 3600 });
    expect((await h.admin('POST', '/reset')).body).toEqual({ ok: true });
    const stats = await h.admin<SandboxStats>('GET', '/stats');
    expect(stats.body.total).toBe(0);
    expect((await h.admin<{ rates: unknown[]; latency?: unknown }>('GET', '/faults')).body.latency).toBeUndefined();
    expect((await h.admin<{ counts: Record<string, number> }>('GET', '/queue')).body.counts).toEqual(demoQueue);
    expect((await h.admin('GET', '/clock')).body).toMatchObject({ now: START });
    const credit = await h.call<{ serp_credit: number }>('/users/credit');
    expect(credit.body.data?.serp_credit).toBe(100_000);
    const all = await h.call<Record<string, { phrase: string }>>('/keywords/all');
    expect(Object.values(all.body.data ?? {}).map((k) => k.phrase)).toEqual([
      'running shoes',
      'best crm software',
      'pizza near me',
    ]);
  });
});

describe('statistics (§10.7)', () => {
  it('counts upstream calls (never admin calls) with total, calls oldest first, account ids and checks per call', async () => {
    const h = await harness(frozen);
    await h.call('/users/credit');
    await h.call('/priority/add', {
      keyword: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      engines: ['google_en-us', 'bing_en-us'],
    });
    await h.call('/priority/add', { keyword: ['a', 'b', 'c', 'd', 'e'], engines: ['google_en-us', 'bing_en-us'] });
    await h.call('/priority/add', { keyword: ['a', 'b', 'c'], engines: ['google_en-us', 'bing_en-us'] });
    await h.call('/users/credit', undefined, { key: 'who-is-this' });
    await h.admin('GET', '/queue');
    const stats = await h.admin<SandboxStats>('GET', '/stats');
    expect(stats.body.total).toBe(5);
    expect(stats.body.totals.calls).toBe(5);
    expect(stats.body.calls.map((c) => [c.path, c.key, c.status])).toEqual([
      ['/users/credit', 'default', 200],
      ['/priority/add', 'default', 406],
      ['/priority/add', 'default', 201],
      ['/priority/add', 'default', 201],
      ['/users/credit', 'unknown', 401],
    ]);
    expect(stats.body.calls[0]?.at).toBeGreaterThan(1_700_000_000_000);
    expect(stats.body.byEndpoint['POST /priority/add']).toMatchObject({ calls: 3, checks: 32, maxChecks: 16 });
    expect(Object.keys(stats.body.byKey).sort()).toEqual(['default', 'unknown']);
    expect(JSON.stringify(stats.body)).not.toContain(KEY);
    const calls = await h.admin<Array<{ path: string }>>('GET', '/calls?limit=2');
    expect(calls.body.map((c) => c.path)).toEqual(['/users/credit', '/priority/add']);
  });
});

describe('faults and maintenance (§5.3 501/503, §10.7)', () => {
  it('applies the shorthand: forced status with Retry-After, error rates, latency; DELETE clears', async () => {
    const h = await harness(frozen);
    await h.admin('POST', '/faults', { forceStatus: { status: 429, count: 1, retryAfter: 1 } });
    const limited = await h.call('/users/credit');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body).toMatchObject({ status: 'error', message: 'Too Many Requests' });
    expect((await h.call('/users/credit')).status).toBe(200);

    await h.admin('POST', '/faults', { errorRates: { '501': 1 } });
    const w = await h.call('/priority/add', { keyword: 'x', engines: ['google_en-us'] });
    expect(w.status).toBe(501);
    expect(w.body.message).toBe(MESSAGES.writeFailed);
    await h.admin('DELETE', '/faults');

    await h.admin('POST', '/faults', { latencyMs: 120 });
    const t0 = Date.now();
    expect((await h.call('/users/time')).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
    await h.admin('DELETE', '/faults');
    const stats = await h.admin<SandboxStats>('GET', '/stats');
    expect(stats.body.totals.injected).toBe(2);
  });

  it('forces statuses per endpoint, including 503 and an empty 204', async () => {
    const h = await harness(frozen);
    const check = await firstCheck(h);
    await h.admin('PUT', '/faults', {
      forced: [
        { endpoint: '/keywords/serp', status: 503, count: 2 },
        { endpoint: '/priority/status', status: 204, count: 1 },
      ],
    });
    for (let i = 0; i < 2; i++) {
      const r = await h.call('/keywords/serp', { check_id: check });
      expect(r.status).toBe(503);
      expect(r.body.message).toBe(MESSAGES.unavailable);
    }
    expect((await h.call('/keywords/serp', { check_id: check })).status).toBe(200);
    const empty = await h.call('/priority/status', { priority_id: 'f'.repeat(24) });
    expect(empty.status).toBe(204);
    expect(empty.text).toBe('');
  });

  it('drops the connection after a write really happened (dropConnection → when: after)', async () => {
    const h = await harness(frozen);
    await h.admin('POST', '/faults', { dropConnection: { count: 1 } });
    await expect(h.call('/priority/add', { keyword: 'ambiguous', engines: ['google_en-us'] })).rejects.toThrow();
    const q = await h.admin<{ counts: { priority: number } }>('GET', '/queue');
    expect(q.body.counts.priority).toBe(1);
  });

  it('answers every call with 503 in maintenance', async () => {
    const h = await harness({ ...frozen, maintenance: true });
    for (const path of ['/users/time', '/keywords/add', '/nope']) {
      const r = await h.call(path, {});
      expect(r.status).toBe(503);
      expect(r.body.message).toBe(MESSAGES.unavailable);
    }
  });
});

describe('quirk switches (§10.6)', () => {
  it('turns the PHP and real-API quirks off one by one', async () => {
    const h = await harness({
      ...frozen,
      quirks: {
        emptyMapAsArray: false,
        escapedSlashes: false,
        omitRequestTime: false,
        fluxStatusError: false,
        usersTimeBare: true,
      },
    });
    const empty = await h.call('/keywords/all', { page: 99 });
    expect(empty.text).toContain('"data":{}');
    const serp = await h.call('/keywords/serp', { check_id: await firstCheck(h) });
    expect(serp.text).toContain('https://');
    expect(serp.text).not.toContain('\\/');
    const add = await h.call('/keywords/add', { keyword: 'with time', engines: ['google_en-us'] });
    expect(add.body.request_time).toBe(START);
    const missing = await h.call('/keywords/serp', { check_id: 'f'.repeat(24) });
    expect(missing.body.request_time).toBe(START);
    expect((await h.call('/flux/trend', { engine_code: 'google_en-us' })).body.status).toBe('ok');
    expect((await h.call('/users/time')).body).toEqual({ request_time: START });
  });
});

describe('determinism (§10.4)', () => {
  it('gives identical bodies from two sandbox instances for the same requests', async () => {
    const a = await harness(frozen);
    const b = await harness(frozen);
    const script = async (h: SandboxHarness): Promise<string[]> => {
      const out: string[] = [];
      const all = await h.call<Record<string, unknown>>('/keywords/all');
      out.push(all.text);
      for (const id of Object.keys(all.body.data ?? {})) {
        const checks = await h.call<{ checks: Record<string, string> }>('/keywords/check', {
          keyword_id: id,
          engine: 'google_en-us',
          limit: 30,
        });
        out.push(checks.text);
        for (const check of Object.values(checks.body.data?.checks ?? {}).slice(0, 3)) {
          out.push((await h.call('/keywords/serp', { check_id: check })).text);
        }
      }
      out.push((await h.call('/flux/trend', { engine_code: 'google_en-gb' })).text);
      out.push((await h.call('/flux/trend', { engine_code: 'google_en-gb', type: 'hourly' })).text);
      const add = await h.call<Array<{ priority_id: string }>>('/priority/add', {
        keyword: 'same everywhere',
        engines: ['google_de-de'],
      });
      out.push(add.text);
      await h.admin('POST', '/clock/advance', { seconds: 10 });
      const status = await h.call<{ check_id: string }>('/priority/status', {
        priority_id: add.body.data?.[0]?.priority_id,
      });
      out.push(status.text);
      out.push((await h.call('/keywords/serp', { check_id: status.body.data?.check_id })).text);
      return out;
    };
    const [x, y] = await Promise.all([script(a), script(b)]);
    expect(x.length).toBeGreaterThan(10);
    expect(x).toEqual(y);
  });
});

describe('SERP generation (§10.4)', () => {
  const query = (phrase: string, engine = 'google_en-us', device = 'desktop') => ({
    seedSalt: 'seograph-sandbox-v1',
    phrase,
    engine,
    location: null,
    device,
    size: 100,
  });
  const phrases = Array.from({ length: 120 }, (_, i) => `${['best', 'cheap', 'how to', 'review'][i % 4]} topic ${i}`);

  it('puts wikipedia.org in the top 10 about 70% of the time and youtube.com about 60%', () => {
    let wiki = 0;
    let yt = 0;
    for (const p of phrases) {
      const top = generateSerp(query(p), 0).slice(0, 10);
      if (top.some((r) => r.domain === 'wikipedia.org')) wiki++;
      if (top.some((r) => r.domain === 'youtube.com')) yt++;
    }
    expect(wiki / phrases.length).toBeGreaterThan(0.55);
    expect(wiki / phrases.length).toBeLessThan(0.85);
    expect(yt / phrases.length).toBeGreaterThan(0.45);
    expect(yt / phrases.length).toBeLessThan(0.75);
  });

  it('ranks high-authority domains higher on average, never shows a domain more than twice, and keeps 100 results', () => {
    for (const p of phrases.slice(0, 20)) {
      for (const n of [0, 5]) {
        const serp = generateSerp(query(p), n);
        expect(serp).toHaveLength(100);
        const counts = new Map<string, number>();
        for (const r of serp) {
          expect(r.domain).toBe(registrableDomain(new URL(r.href).hostname));
          counts.set(r.domain, (counts.get(r.domain) ?? 0) + 1);
        }
        const organic = serp.filter((r) => r.type === undefined || r.type === 'universal:video');
        for (const [domain, c] of counts) if (domain !== 'google.com') expect(c, domain).toBeLessThanOrEqual(2);
        const dir = (rs: typeof serp) =>
          rs.reduce((s, r) => s + Math.max(0, domainInlinkRank('seograph-sandbox-v1', r.domain)), 0) / rs.length;
        expect(dir(organic.slice(0, 10))).toBeGreaterThan(dir(organic.slice(50)));
      }
    }
  });

  it('follows the locale for synthetic TLDs and Wikipedia languages, and lets the device change the SERP a little', () => {
    const gb = generateSerp(query('running shoes', 'google_en-gb'), 0);
    expect(gb.some((r) => r.domain.endsWith('.co.uk'))).toBe(true);
    const de = generateSerp(query('laufschuhe', 'google_de-de'), 0);
    expect(
      de.filter((r) => r.domain === 'wikipedia.org').every((r) => r.href.startsWith('https://de.wikipedia.org/')),
    ).toBe(true);
    const desktop = generateSerp(query('running shoes'), 0).map((r) => r.href);
    const mobile = generateSerp(query('running shoes', 'google_en-us', 'mobile'), 0).map((r) => r.href);
    expect(mobile).not.toEqual(desktop);
  });
});
