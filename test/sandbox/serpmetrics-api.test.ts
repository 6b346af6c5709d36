// Contract tests of the SERPmetrics emulator's endpoints over real HTTP (serpmetrics.md §3, §4, §5.3, §7).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_KEYS, MESSAGES } from '../../src/sandbox/serpmetrics/index.js';
import { KEY, type SandboxHarness, SECRET, sign, startHarness } from './serpmetrics-support.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

interface KeywordData {
  keyword_id: string;
  keyword: string;
  engines: string[];
}
type AllData = Record<string, { phrase: string; engines: string[]; location: string | null; device: string }>;
interface CheckData {
  keyword_id: string;
  engine: string;
  checks: Record<string, string> | [];
}
interface SerpItem {
  href: string;
  title: string;
  desc: string;
  type?: string;
  contains?: { sitelinks: Record<string, { title: string; href: string }> | Array<{ title: string; href: string }> };
}
interface SerpData {
  pages: Record<string, number>;
  results: Record<string, SerpItem> | [];
}

let h: SandboxHarness;

beforeAll(async () => {
  // these tests send well over 100 calls a second: the request bucket (§6.3) has its own test
  h = await startHarness({ rateLimit: { requests: { capacity: 1_000_000, leakPerSecond: 1_000 } } });
});
afterAll(async () => {
  await h.close();
});

async function demoKeyword(phrase: string): Promise<string> {
  const all = await h.call<AllData>('/keywords/all');
  const hit = Object.entries(all.body.data ?? {}).find(([, k]) => k.phrase === phrase);
  if (!hit) throw new Error(`demo keyword ${phrase} missing`);
  return hit[0];
}

async function latestCheck(keywordId: string, engine: string): Promise<string> {
  const r = await h.call<CheckData>('/keywords/check', { keyword_id: keywordId, engine });
  const first = Object.values(r.body.data?.checks ?? {})[0];
  if (typeof first !== 'string') throw new Error('no check');
  return first;
}

describe('authentication (§3)', () => {
  it('accepts a good signature as form, multipart and query fields, with POST and GET', async () => {
    for (const encoding of ['form', 'multipart', 'query'] as const) {
      const r = await h.call('/users/time', undefined, { encoding });
      expect(r.status, encoding).toBe(200);
    }
    expect((await h.call('/users/time', undefined, { method: 'GET' })).status).toBe(200);
  });

  it('signs only ts: base64 HMAC-SHA256 of 44 characters', () => {
    expect(sign(SECRET, '1385796398')).toHaveLength(44);
  });

  it('rejects a wrong signature, a stale timestamp, an unknown key and missing fields with the exact messages', async () => {
    const now = h.sandbox.clock.nowSeconds();
    const cases: Array<[Parameters<SandboxHarness['call']>[2], string]> = [
      [{ secret: 'wrong-secret' }, MESSAGES.authSignature],
      [{ auth: 'not-base64' }, MESSAGES.authSignature],
      [{ ts: now - 601 }, MESSAGES.authTimestamp],
      [{ ts: now + 700 }, MESSAGES.authTimestamp],
      [{ key: 'no-such-key' }, MESSAGES.authUnknownKey],
      [{ omit: ['auth'] }, MESSAGES.authMissing],
      [{ omit: ['ts'] }, MESSAGES.authMissing],
      [{ omit: ['key'] }, MESSAGES.authMissing],
    ];
    for (const [options, message] of cases) {
      const r = await h.call('/users/credit', undefined, options);
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ status: 'error', message });
      expect(typeof r.body.request_time).toBe('number');
    }
    expect((await h.call('/users/credit', undefined, { ts: now - 590 })).status).toBe(200);
  });

  it('accepts the key alone for requireAuth:false accounts and refuses disabled accounts with 403', async () => {
    const r = await h.call('/users/credit', undefined, { key: DEMO_ACCOUNT_KEYS.noauth, omit: ['ts', 'auth'] });
    expect(r.status).toBe(200);
    const d = await h.call('/users/credit', undefined, {
      key: DEMO_ACCOUNT_KEYS.disabled,
      secret: 'sandbox-secret-disabled',
    });
    expect(d.status).toBe(403);
    expect(d.body.message).toBe(MESSAGES.forbiddenDisabled);
  });

  it('checks the window on the sandbox clock: a skewed sandbox refuses real-time signatures until the client syncs', async () => {
    await h.admin('PATCH', '/clock', { offsetSeconds: 900 });
    try {
      const real = Math.floor(Date.now() / 1000);
      const stale = await h.call('/users/credit', undefined, { ts: real });
      expect(stale.body.message).toBe(MESSAGES.authTimestamp);
      const time = await h.call<never>('/users/time', undefined, { ts: real + 900 });
      const serverTime = time.body.request_time ?? 0;
      expect(serverTime - real).toBeGreaterThanOrEqual(899);
      expect((await h.call('/users/credit', undefined, { ts: serverTime })).status).toBe(200);
    } finally {
      await h.admin('PATCH', '/clock', { offsetSeconds: 0 });
    }
  });
});

describe('params decoding (§4)', () => {
  it('HTML-entity-decodes params before JSON.parse (PHP SDK)', async () => {
    const raw = '{&quot;keyword&quot;:&quot;AT&amp;T stores&quot;,&quot;engines&quot;:[&quot;google_en-us&quot;]}';
    const r = await h.call<KeywordData>('/keywords/add', undefined, { rawParams: raw });
    expect(r.status).toBe(201);
    expect(r.body.data?.keyword).toBe('AT&T stores');
    const numeric = '{&#34;keyword&#34;:&#x22;caf&#233;&#x22;,&quot;engines&quot;:&quot;google_fr-fr&quot;}';
    const n = await h.call<KeywordData>('/keywords/add', undefined, { rawParams: numeric });
    expect(n.body.data).toMatchObject({ keyword: 'café', engines: ['google_fr-fr'] });
  });

  it('answers 406 for params that are not JSON, treats null as absent and ignores None on param-less endpoints', async () => {
    const bad = await h.call('/keywords/add', undefined, { rawParams: '{"keyword":' });
    expect(bad.status).toBe(406);
    expect(bad.body.message).toBe(MESSAGES.invalidJson);
    const nulls = await h.call<KeywordData>('/keywords/add', {
      keyword: 'null members',
      engines: ['google_en-us'],
      location: null,
      device: null,
    });
    expect(nulls.status).toBe(201);
    expect((await h.call('/users/credit', undefined, { rawParams: 'None' })).status).toBe(200);
    expect((await h.call('/users/credit', undefined, { rawParams: '' })).status).toBe(200);
  });

  it('lets the last duplicate field win', async () => {
    const ts = String(h.sandbox.clock.nowSeconds());
    const body = `key=wrong&key=${KEY}&ts=${ts}&auth=${encodeURIComponent(sign(SECRET, ts))}`;
    const res = await fetch(`${h.sandbox.url}/users/time`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(res.status).toBe(200);
  });
});

describe('engines and keywords (§7.1–7.7)', () => {
  it('lists the 335 engine codes of the contract verbatim and in order', async () => {
    const expected: unknown = JSON.parse(
      readFileSync(path.resolve(repoRoot, '../shared/upstream/serpmetrics-engines.json'), 'utf8'),
    );
    const r = await h.call<Array<{ engine_code: string; name: string }>>('/engines/codes');
    expect(r.status).toBe(200);
    expect(r.body.data).toHaveLength(335);
    expect(r.body.data).toEqual(expected);
  });

  it('adds a single keyword with 201 and no request_time; re-adding the triple keeps the id and replaces engines', async () => {
    const a = await h.call<KeywordData>('/keywords/add', { keyword: 'Trail Runners', engines: ['google_en-us'] });
    expect(a.status).toBe(201);
    expect(a.body.request_time).toBeUndefined();
    expect(a.body.data?.keyword_id).toMatch(/^[0-9a-f]{24}$/);
    const b = await h.call<KeywordData>('/keywords/add', { keyword: '  trail   runners ', engines: ['bing_en-us'] });
    expect(b.body.data?.keyword_id).toBe(a.body.data?.keyword_id);
    expect(b.body.data?.engines).toEqual(['bing_en-us']);
  });

  it('adds many keywords with one item per keyword, each with its own status', async () => {
    const r = await h.call<Array<{ http_status: number; response: { status: string; message?: string } }>>(
      '/keywords/add',
      {
        keyword: ['flights to nyc', ''],
        engines: ['google_en-us'],
      },
    );
    expect(r.status).toBe(201);
    expect(typeof r.body.request_time).toBe('number');
    expect(r.body.data?.map((i) => i.http_status)).toEqual([201, 406]);
    expect(r.body.data?.[1]?.response).toEqual({ status: 'error', message: 'Invalid parameter: keyword' });
  });

  it('answers 406 for a missing keyword, an unknown engine, a bad device and too many pairs', async () => {
    const cases: Array<[unknown, string]> = [
      [{ engines: ['google_en-us'] }, 'Missing required parameter: keyword'],
      [{ keyword: 'x' }, 'Missing required parameter: engines'],
      [{ keyword: 'x', engines: ['google_xx-yy'] }, 'Unknown engine code: google_xx-yy'],
      [{ keyword: 'x', engines: ['google_en-us'], device: 'watch' }, 'Invalid parameter: device'],
      [{ keyword: 'x'.repeat(256), engines: ['google_en-us'] }, 'Invalid parameter: keyword'],
      [
        { keyword: Array.from({ length: 501 }, (_, i) => `kw ${i}`), engines: ['google_en-us', 'bing_en-us'] },
        'Too many checks in one request: 1002 (max 1000)',
      ],
    ];
    for (const [params, message] of cases) {
      const r = await h.call('/keywords/add', params);
      expect(r.status).toBe(406);
      expect(r.body.message).toBe(message);
    }
  });

  it('lists keywords as a map keyed by keyword_id with phrase, pages with page/limit, and answers [] when empty', async () => {
    const all = await h.call<AllData>('/keywords/all');
    const phrases = Object.values(all.body.data ?? {}).map((k) => k.phrase);
    expect(phrases.slice(0, 3)).toEqual(['running shoes', 'best crm software', 'pizza near me']);
    const page2 = await h.call<AllData>('/keywords/all', { page: 2, limit: 1 });
    expect(Object.values(page2.body.data ?? {}).map((k) => k.phrase)).toEqual(['best crm software']);
    expect((await h.call('/keywords/all', { limit: 0 })).body.message).toBe('Invalid parameter: limit');
    const empty = await h.call('/keywords/all', undefined, { key: DEMO_ACCOUNT_KEYS.noauth, omit: ['ts', 'auth'] });
    expect(empty.text).toMatch(/"data":\[\]/);
  });

  it('finds a keyword by phrase, location and device; a miss is 404 "not found"', async () => {
    const hit = await h.call<KeywordData & { location: string | null }>('/keywords/exists', {
      keyword: 'pizza near me',
      location: 'Brooklyn, NY, USA',
    });
    expect(hit.status).toBe(200);
    expect(hit.body.data).toMatchObject({ keyword: 'pizza near me', location: 'Brooklyn, NY, USA', device: 'desktop' });
    const miss = await h.call('/keywords/exists', { keyword: 'pizza near me' });
    expect(miss.status).toBe(404);
    expect(miss.body).toMatchObject({ status: 'error', message: 'not found' });
    expect(typeof miss.body.request_time).toBe('number');
  });

  it('lists 30 days of demo checks newest first, with check ids prefixed by their timestamp', async () => {
    const id = await demoKeyword('running shoes');
    const r = await h.call<CheckData>('/keywords/check', { keyword_id: id, engine: 'google_en-us', limit: 30 });
    expect(r.status).toBe(200);
    const keys = [...r.text.matchAll(/"(\d{10})":"([0-9a-f]{24})"/g)];
    expect(keys).toHaveLength(30);
    const times = keys.map((m) => Number(m[1]));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const now = h.sandbox.clock.nowSeconds();
    expect(now - (times[0] ?? 0)).toBeLessThan(86_400);
    for (const m of keys) expect(Number.parseInt((m[2] ?? '').slice(0, 8), 16)).toBe(Number(m[1]));
    const ten = await h.call<CheckData>('/keywords/check', { keyword_id: id, engine: 'google_en-us' });
    expect(Object.keys(ten.body.data?.checks ?? {})).toHaveLength(10);
  });

  it('answers 403 for an engine not tracked on the keyword, 404 for an unknown id and 406 for a bad limit', async () => {
    const id = await demoKeyword('running shoes');
    const notTracked = await h.call('/keywords/check', { keyword_id: id, engine: 'google_en-gb' });
    expect(notTracked.status).toBe(403);
    expect(notTracked.body.message).toBe(MESSAGES.forbiddenPair);
    const unknown = await h.call('/keywords/check', { keyword_id: 'ffffffffffffffffffffffff', engine: 'google_en-us' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Supplied keyword_id not found: ffffffffffffffffffffffff');
    const limit = await h.call('/keywords/check', { keyword_id: id, engine: 'google_en-us', limit: 31 });
    expect(limit.status).toBe(406);
    expect(limit.body.message).toBe('Invalid parameter: limit');
    const other = await h.call(
      '/keywords/check',
      { keyword_id: id, engine: 'google_en-us' },
      {
        key: DEMO_ACCOUNT_KEYS.noauth,
        omit: ['ts', 'auth'],
      },
    );
    expect(other.status).toBe(403);
  });

  it('answers [] for checks of a keyword that has none yet', async () => {
    const add = await h.call<KeywordData>('/keywords/add', { keyword: 'fresh keyword', engines: ['google_en-us'] });
    const r = await h.call('/keywords/check', { keyword_id: add.body.data?.keyword_id, engine: 'google_en-us' });
    expect(r.text).toMatch(/"checks":\[\]/);
  });

  it('appends and removes engines, echoing the keyword; 404, 403 and 406 as specified', async () => {
    const add = await h.call<KeywordData>('/keywords/add', { keyword: 'engine juggling', engines: ['google_en-us'] });
    const id = add.body.data?.keyword_id;
    const app = await h.call<KeywordData>('/keywords/append_engines', {
      keyword_id: id,
      engines: ['bing_en-us', 'google_en-us'],
    });
    expect(app.status).toBe(201);
    expect(app.body.data?.engines).toEqual(['google_en-us', 'bing_en-us']);
    const rem = await h.call<KeywordData>('/keywords/remove_engines', {
      keyword_id: id,
      engines: ['google_en-us', 'bing_en-us'],
    });
    expect(rem.body.data?.engines).toEqual([]);
    expect(
      (await h.call('/keywords/append_engines', { keyword_id: 'f'.repeat(24), engines: ['bing_en-us'] })).status,
    ).toBe(404);
    expect((await h.call('/keywords/append_engines', { keyword_id: id, engines: ['bing_xx-xx'] })).body.message).toBe(
      'Unknown engine code: bing_xx-xx',
    );
    const other = await h.call(
      '/keywords/remove_engines',
      { keyword_id: id, engines: ['bing_en-us'] },
      {
        key: DEMO_ACCOUNT_KEYS.noauth,
        omit: ['ts', 'auth'],
      },
    );
    expect(other.status).toBe(403);
  });

  it('deletes keywords with per-id items, "failed" for unknown ids, keeping past checks readable', async () => {
    const add = await h.call<KeywordData>('/keywords/add', { keyword: 'to be deleted', engines: ['google_en-us'] });
    const id = add.body.data?.keyword_id ?? '';
    const r = await h.call<Array<{ keyword_id: string; status: string }>>('/keywords/delete', {
      keyword_id: [id, 'f'.repeat(24)],
    });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('ok');
    expect(r.body.data).toEqual([
      { keyword_id: id, status: 'ok' },
      { keyword_id: 'f'.repeat(24), status: 'failed' },
    ]);
    expect((await h.call('/keywords/exists', { keyword: 'to be deleted' })).status).toBe(404);
  });
});

describe('SERPs (§7.8, §10.4)', () => {
  it('returns 100 results keyed by position with PHP-escaped slashes and deprecated pages', async () => {
    const check = await latestCheck(await demoKeyword('running shoes'), 'google_en-us');
    const r = await h.call<SerpData>('/keywords/serp', { check_id: check });
    expect(r.status).toBe(200);
    const results = r.body.data?.results ?? {};
    expect(Object.keys(results)).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 1)));
    expect(r.body.data?.pages).toEqual({ 1: 1, 2: 11, 3: 21, 4: 31, 5: 41, 6: 51, 7: 61, 8: 71, 9: 81, 10: 91 });
    expect(r.text).toContain('https:\\/\\/');
    for (const item of Object.values(results)) {
      expect(item.href).toMatch(/^https?:\/\//);
      expect(item.title.length).toBeGreaterThan(0);
      expect(typeof item.desc).toBe('string');
    }
  });

  it('keeps only the results of one root domain with their original positions, [] when none match', async () => {
    const check = await latestCheck(await demoKeyword('running shoes'), 'google_en-us');
    const full = await h.call<SerpData>('/keywords/serp', { check_id: check });
    const entries = Object.entries(full.body.data?.results ?? {});
    const [pos, first] = entries.find(([, x]) => x.href.includes('wikipedia.org')) ?? entries[0] ?? ['1', { href: '' }];
    const domain = new URL(first.href).hostname.split('.').slice(-2).join('.');
    const filtered = await h.call<SerpData>('/keywords/serp', { check_id: check, domain });
    const keys = Object.keys(filtered.body.data?.results ?? {});
    expect(keys).toContain(pos);
    expect(keys.length).toBeLessThanOrEqual(2);
    const none = await h.call('/keywords/serp', { check_id: check, domain: 'no-such-domain.example' });
    expect(none.text).toMatch(/"results":\[\]/);
  });

  it('answers 404 without request_time for an unknown check, 403 for another account and 406 without check_id', async () => {
    const unknown = await h.call('/keywords/serp', { check_id: '529976084513a7206600008c' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ status: 'error', message: 'Supplied check_id not found: 529976084513a7206600008c' });
    const check = await latestCheck(await demoKeyword('running shoes'), 'google_en-us');
    const other = await h.call(
      '/keywords/serp',
      { check_id: check },
      { key: DEMO_ACCOUNT_KEYS.noauth, omit: ['ts', 'auth'] },
    );
    expect(other.status).toBe(403);
    const missing = await h.call('/keywords/serp', {});
    expect(missing.status).toBe(406);
    expect(missing.body.message).toBe('Missing required parameter: check_id');
  });

  it('shows local results for a location and sitelinks as an object keyed "1"… (or an array by config)', async () => {
    const check = await latestCheck(await demoKeyword('pizza near me'), 'google_en-us');
    const r = await h.call<SerpData>('/keywords/serp', { check_id: check });
    const top4 = Object.values(r.body.data?.results ?? {}).slice(0, 4);
    expect(top4.some((x) => x.type === 'universal:local')).toBe(true);
    const p = await h.call<Array<{ priority_id: string }>>('/priority/add', {
      keyword: 'nike running shoes',
      engines: ['google_en-us'],
    });
    h.sandbox.drain(['priority']);
    const status = await h.call<{ check_id: string }>('/priority/status', {
      priority_id: p.body.data?.[0]?.priority_id,
    });
    const brand = await h.call<SerpData>('/keywords/serp', { check_id: status.body.data?.check_id });
    const links = Object.values(brand.body.data?.results ?? {})[0]?.contains?.sitelinks;
    expect(links).toBeDefined();
    expect(Array.isArray(links)).toBe(false);
    const keys = Object.keys(links ?? {});
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(keys[0]).toBe('1');
    await h.admin('PATCH', '/config', { quirks: { sitelinks: 'array' } });
    try {
      const asArray = await h.call<SerpData>('/keywords/serp', { check_id: status.body.data?.check_id });
      expect(Array.isArray(Object.values(asArray.body.data?.results ?? {})[0]?.contains?.sitelinks)).toBe(true);
    } finally {
      await h.admin('PATCH', '/config', { quirks: { sitelinks: 'object' } });
    }
  });

  it('serves /fetch/html as a minimal page and answers unknown paths with 404 Unknown endpoint', async () => {
    const check = await latestCheck(await demoKeyword('running shoes'), 'google_en-us');
    const html = await fetch(`${h.sandbox.url}/fetch/html`, {
      method: 'POST',
      body: new URLSearchParams({
        key: KEY,
        ts: String(h.sandbox.clock.nowSeconds()),
        auth: sign(SECRET, String(h.sandbox.clock.nowSeconds())),
        params: JSON.stringify({ check_id: check }),
      }),
    });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('<ol>');
    for (const p of ['/flux', '/engines', '/priority/get', '/delayed/get']) {
      const r = await h.call(p);
      expect(r.status).toBe(404);
      expect(r.body.message).toBe(`Unknown endpoint: ${p}`);
    }
  });
});

describe('flux and users (§7.13–7.15)', () => {
  it('returns 30 daily points with status "error", keyed at 06:00:01 or midnight, google_en-us around 300–470', async () => {
    const r = await h.call<Record<string, number>>('/flux/trend', { engine_code: 'google_en-us' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('error');
    const entries = Object.entries(r.body.data ?? {});
    expect(entries).toHaveLength(30);
    for (const [k, v] of entries) {
      expect([0, 21_601]).toContain(Number(k) % 86_400);
      expect(Number.isInteger(v)).toBe(true);
    }
    const sorted = entries.map(([, v]) => v).sort((a, b) => a - b);
    const median = sorted[15] ?? 0;
    expect(median).toBeGreaterThan(300);
    expect(median).toBeLessThan(470);
  });

  it('returns 48 hourly points at whole hours; other types and engines are 406', async () => {
    const r = await h.call<Record<string, number>>('/flux/trend', { engine_code: 'bing_en-us', type: 'hourly' });
    const keys = Object.keys(r.body.data ?? {}).map(Number);
    expect(keys).toHaveLength(48);
    for (const k of keys) expect(k % 3600).toBe(0);
    expect((await h.call('/flux/trend', { engine_code: 'google_en-us', type: 'weekly' })).body.message).toBe(
      'Invalid parameter: type',
    );
    expect((await h.call('/flux/trend', { engine_code: 'google_zz-zz' })).body.message).toBe(
      'Unknown engine code: google_zz-zz',
    );
    expect((await h.call('/flux/trend', {})).body.message).toBe('Missing required parameter: engine_code');
  });

  it('echoes the key in /users/credit and the sandbox time in /users/time', async () => {
    const c = await h.call('/users/credit');
    // one priority check (6 credits) ran in the sitelinks test above
    expect(c.body.data).toEqual({ api_key: KEY, balance: 100, api_credit: 0, serp_credit: 100_000 - 6 });
    const t = await h.call('/users/time');
    expect(Object.keys(t.body)).toEqual(['request_time', 'status']);
    expect(Math.abs((t.body.request_time ?? 0) - h.sandbox.clock.nowSeconds())).toBeLessThanOrEqual(1);
  });
});
