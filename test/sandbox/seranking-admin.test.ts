// The SE Ranking sandbox's admin API and cross-cutting behaviour over real HTTP: credit ledger and Insufficient
// funds, the rolling-second rate limit, fault injection (shorthand and plan), call statistics, keys, config, reset,
// and determinism across two independent instances.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  DATA_DATE,
  form,
  keyOf,
  resetForTest,
  type SerankingHarness,
  startHarness,
  useHarness,
} from './seranking-helpers.js';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let h: SerankingHarness;
useHarness((started) => {
  h = started;
});

describe('credit ledger', () => {
  it('charges per target, refuses a call the balance cannot cover, and charges nothing for it', async () => {
    const first = await h.call('/v1/backlinks/summary?target=moz.com', { key: keyOf('tiny') });
    expect(first.status).toBe(200);
    const second = await h.call('/v1/backlinks/summary?target=moz.com', { key: keyOf('tiny') });
    expect([second.status, second.json.error.message]).toEqual([400, 'Insufficient funds']);
    const tiny = (await h.admin.keys()).find((k) => k.id === 'tiny');
    expect(tiny).toMatchObject({ used: 100, units: 50, limit: 150 });
    const balance = await h.call('/v1/account/credit-balance', { key: keyOf('tiny') });
    expect(balance.json).toEqual({ limit: 150, used: 100 });
  });

  it('exhausts and refills a key mid-test through PATCH units', async () => {
    await h.admin.patchKey('default', { units: 99 });
    const refused = await h.call('/v1/domain/overview/db?source=us&domain=moz.com');
    expect(refused.json.error.message).toBe('Insufficient funds');
    await h.admin.patchKey('default', { units: 100 });
    const ok = await h.call('/v1/domain/overview/db?source=us&domain=moz.com');
    expect(ok.status).toBe(200);
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.units).toBe(0);
  });

  it('adds keys with PUT and never lists key strings', async () => {
    const summary = await h.admin.putKey('ci', { key: 'ci-secret-key', units: 1_000, rateLimitPerSecond: 5 });
    expect(summary).toEqual({
      id: 'ci',
      units: 1_000,
      used: 0,
      limit: 1_000,
      rateLimitPerSecond: 5,
      license: 'active',
      disabled: false,
    });
    expect((await h.call('/v1/account/credit-balance', { key: 'ci-secret-key' })).status).toBe(200);
    const listed = JSON.stringify(await h.admin.keys());
    expect(listed).not.toContain('sandbox-seranking-key');
    expect(listed).not.toContain('ci-secret-key');
    await expect(h.admin.patchKey('nobody', { units: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(h.admin.patchKey('default', { units: -5 })).rejects.toMatchObject({ status: 400 });
  });
});

describe('rate limit', () => {
  it('refuses the 11th call within a second of a 10/s key, without counting refusals in the window', async () => {
    await h.admin.patchKey('default', { rateLimitPerSecond: 10 });
    const answers = await Promise.all(Array.from({ length: 12 }, () => h.call('/v1/account/credit-balance')));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    const stats = await h.admin.stats();
    expect(stats.totals.rateLimited).toBe(2);
  });

  it('adds Retry-After: 1 when configured', async () => {
    await h.admin.patchConfig({ rateLimit: { retryAfterHeader: true } });
    await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    const limited = await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
  });
});

describe('faults', () => {
  it('injects 503 at the configured rate from the shorthand, reproducibly, charging nothing', async () => {
    await h.admin.setFaults({ errorRates: { '503': 0.5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await h.call('/v1/backlinks/authority?target=moz.com')).status);
    const injected = statuses.filter((s) => s === 503).length;
    expect(injected).toBeGreaterThan(8);
    expect(injected).toBeLessThan(32);
    const busy = await h.admin.stats();
    expect(busy.totals.injected).toBe(injected);
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(100 * (40 - injected));
    await h.admin.reset({ config: true });
    await h.admin.patchKey('default', { rateLimitPerSecond: 100_000 });
    await h.admin.setFaults({ errorRates: { '503': 0.5 } });
    const again: number[] = [];
    for (let i = 0; i < 40; i++) again.push((await h.call('/v1/backlinks/authority?target=moz.com')).status);
    expect(again).toEqual(statuses);
  });

  it('forces a status with Retry-After for the next count calls, then answers normally', async () => {
    await h.admin.setFaults({ forceStatus: { status: 429, count: 2, retryAfter: 3 } });
    const [a, b, c] = [
      await h.call('/v1/account/credit-balance'),
      await h.call('/v1/account/credit-balance'),
      await h.call('/v1/account/credit-balance'),
    ];
    expect([a?.status, b?.status, c?.status]).toEqual([429, 429, 200]);
    expect(a?.headers.get('retry-after')).toBe('3');
    expect(a?.json.error.message).toBe('Call rate limit reached.');
  });

  it('drops the connection after the handler ran and charged (an ambiguous write)', async () => {
    await h.admin.setFaults({ dropConnection: { count: 1 } });
    await expect(h.call('/v1/backlinks/summary?target=moz.com')).rejects.toThrow();
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(100);
    const next = await h.call('/v1/backlinks/summary?target=moz.com');
    expect(next.status).toBe(200);
    const stats = await h.admin.stats();
    expect(stats.calls[0]).toMatchObject({ injected: true, credits: 100 });
  });

  it('adds latency from the shorthand', async () => {
    await h.admin.setFaults({ latencyMs: 150 });
    const started = Date.now();
    await h.call('/v1/account/credit-balance');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('applies a full plan: endpoint and key matching, malformed bodies, GET shows what remains, DELETE clears', async () => {
    await h.admin.replaceFaults({
      seed: 7,
      forced: [
        { endpoint: '/v1/keywords/*', status: 503, count: 1 },
        { endpoint: '*', key: 'trial', status: 500, count: 1 },
        { endpoint: '/v1/account/credit-balance', action: 'malformed', status: 200, count: 1 },
      ],
    });
    const untouched = await h.call('/v1/backlinks/authority?target=moz.com');
    expect(untouched.status).toBe(200);
    const exported = await h.call('/v1/keywords/export?source=us', { method: 'POST', body: form(['a']) });
    expect(exported.status).toBe(503);
    const trial = await h.call('/v1/domain/overview/db?source=us&domain=moz.com', { key: keyOf('trial') });
    expect(trial.status).toBe(500);
    const malformed = await h.call('/v1/account/credit-balance');
    expect(malformed.status).toBe(200);
    expect(malformed.json).toBeUndefined();
    await h.admin.setFaults({ forceStatus: { status: 503, count: 5 } });
    expect(await h.admin.faults()).toMatchObject({ seed: 7, forced: [{ status: 503, count: 5 }] });
    await h.admin.clearFaults();
    expect((await h.call('/v1/account/credit-balance')).status).toBe(200);
  });

  it('holds the answer of a hang, and replaces the answer of a charged call with when: after', async () => {
    await h.admin.replaceFaults({
      forced: [
        { endpoint: '/v1/account/credit-balance', action: 'hang', hangMs: 200, count: 1 },
        { endpoint: '/v1/backlinks/metrics', status: 503, when: 'after', count: 1 },
      ],
    });
    const started = Date.now();
    const held = await h.call('/v1/account/credit-balance');
    expect(held.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    const ambiguous = await h.call('/v1/backlinks/metrics?target=moz.com');
    expect([ambiguous.status, ambiguous.json.error.message]).toEqual([503, 'System is busy. Please try again later.']);
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(100);
  });

  it('rejects bad fault input with {ok:false,error} and 400', async () => {
    const res = await fetch(`${h.sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ errorRates: { '503': 2 } }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.ok).toBe(false);
    expect(body.error).toEqual(expect.any(String));
    await expect(h.admin.request('PUT', 'faults', { forced: [{ action: 'explode' }] })).rejects.toMatchObject({
      status: 400,
    });
    await expect(h.admin.request('POST', 'faults', 'not json{')).rejects.toMatchObject({ status: 400 });
  });
});

describe('statistics', () => {
  it('counts upstream calls per endpoint and key, oldest first, never admin calls, never the key string', async () => {
    await h.call('/v1/backlinks/summary?target=moz.com&target=ahrefs.com&apikey=ignored');
    await h.call('/v1/backlinks/summary?target=google.com');
    await h.call('/v1/account/credit-balance', { key: null });
    await h.admin.keys();
    const stats = await h.admin.stats();
    expect(stats.total).toBe(3);
    expect(stats.totals.calls).toBe(3);
    expect(stats.byEndpoint['GET /v1/backlinks/summary']).toMatchObject({
      calls: 2,
      items: 3,
      maxItems: 2,
      credits: 200,
      byStatus: { 200: 1, 244: 1 },
    });
    expect(stats.byKey).toMatchObject({
      default: { calls: 2, credits: 200 },
      anonymous: { calls: 1, byStatus: { 400: 1 } },
    });
    expect(stats.calls.map((c) => c.status)).toEqual([200, 244, 400]);
    const first = stats.calls[0];
    expect(first).toMatchObject({
      method: 'GET',
      path: '/v1/backlinks/summary',
      endpoint: 'GET /v1/backlinks/summary',
      key: 'default',
      items: 2,
      credits: 200,
      injected: false,
    });
    expect(first?.at).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(JSON.stringify(stats)).not.toContain('sandbox-seranking-key');
    const recent = await h.admin.calls(2);
    expect(recent.map((c) => c.status)).toEqual([400, 244]);
  });

  it('resets statistics, ledgers, faults and rate limits with an empty reset', async () => {
    await h.call('/v1/backlinks/summary?target=moz.com');
    await h.admin.setFaults({ forceStatus: { status: 503, count: 9 } });
    await h.admin.reset();
    expect((await h.admin.stats()).total).toBe(0);
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(0);
    expect(await h.admin.faults()).toEqual({ rates: [], forced: [] });
  });
});

describe('config and health', () => {
  it('serves health and merges config patches, validating them', async () => {
    expect(await h.admin.health()).toEqual({ ok: true, upstream: 'seranking', version: 1 });
    const config = await h.admin.patchConfig({ hugeTargets: ['moz.com'], limits: { maxTargets: 2 } });
    expect(config).toMatchObject({
      hugeTargets: ['moz.com'],
      limits: { maxTargets: 2, maxKeywords: 10_000 },
      dialect: 'spec',
    });
    expect((await h.call('/v1/backlinks/summary?target=moz.com')).status).toBe(244);
    expect((await h.call('/v1/backlinks/summary?target=a.com&target=b.com&target=c.com')).json.error.message).toBe(
      'Exceeded targets size. Max targets for one request: 2',
    );
    await expect(h.admin.patchConfig({ dialect: 'klingon' })).rejects.toMatchObject({ status: 400 });
    await expect(h.admin.request('GET', 'nothing-here')).rejects.toMatchObject({ status: 404 });
  });
});

describe('admin access off loopback', () => {
  it('needs the bearer token when bound to every interface', async () => {
    const open = await startHarness({ host: '0.0.0.0', adminToken: 'let-me-in' });
    try {
      const local = open.sandbox.url.replace('0.0.0.0', '127.0.0.1');
      const refused = await fetch(`${local}/__sandbox/health`);
      expect(refused.status).toBe(403);
      expect((await refused.json()).ok).toBe(false);
      const allowed = await fetch(`${local}/__sandbox/health`, { headers: { authorization: 'Bearer let-me-in' } });
      expect(allowed.status).toBe(200);
    } finally {
      await open.sandbox.close();
    }
  });
});

describe('determinism', () => {
  it('gives two independent instances byte-identical bodies for the same requests', async () => {
    const other = await startHarness();
    try {
      const requests: Array<[string, Parameters<SerankingHarness['call']>[1]]> = [
        ['/v1/backlinks/summary?target=example.org&target=blog.example.net/post&mode=url', undefined],
        ['/v1/backlinks/all?target=example.org&limit=50&order_by=inlink_rank', undefined],
        ['/v1/backlinks/history?target=example.org&date_from=2026-01-01&limit=200', undefined],
        ['/v1/keywords/related?source=de&keyword=fahrrad%20kaufen&limit=30', undefined],
        ['/v1/domain/keywords?source=fr&domain=example.org&limit=50', undefined],
        ['/v1/domain/competitors?source=uk&domain=example.org', undefined],
        ['/v1/keywords/export?source=us', { method: 'POST', body: form(['alpha', 'beta gamma', 'delta']) }],
      ];
      const answers = async (x: SerankingHarness): Promise<string[]> => {
        const out: Answer[] = [];
        for (const [path, options] of requests) out.push(await x.call(path, options));
        return out.map((a) => `${a.status} ${a.text}`);
      };
      await resetForTest(other);
      const [mine, theirs] = [await answers(h), await answers(other)];
      expect(mine.every((a) => a.startsWith('200 ') || a.startsWith('201 '))).toBe(true);
      expect(theirs).toEqual(mine);
    } finally {
      await other.sandbox.close();
    }
  });

  it('gives the same bytes in another process', async () => {
    const paths = [
      '/v1/backlinks/summary?target=example.org&target=unranked.example',
      '/v1/keywords/similar?source=us&keyword=tea&limit=20',
    ];
    const child = `
      const { startSerankingSandbox } = await import('./src/sandbox/seranking/index.ts');
      const s = await startSerankingSandbox({ dataDate: '${DATA_DATE}' });
      const out = [];
      for (const p of ${JSON.stringify(paths)}) {
        const r = await fetch(s.url + p, { headers: { authorization: 'Token sandbox-seranking-key' } });
        out.push(await r.text());
      }
      await s.close();
      process.stdout.write(JSON.stringify(out));`;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
      cwd: repoRoot,
    });
    const mine: string[] = [];
    for (const p of paths) mine.push((await h.call(p)).text);
    expect(JSON.parse(stdout)).toEqual(mine);
  });

  it('gives another consistent world under another seed salt, keeping the catalogue fixed', async () => {
    const path = '/v1/backlinks/authority?target=example.org&target=moz.com&target=some-blog.net';
    const before = await h.call(path);
    await h.admin.patchConfig({ seedSalt: 'another-world' });
    const after = await h.call(path);
    expect(after.text).not.toBe(before.text);
    expect(after.json.pages[1].domain_inlink_rank).toBe(88);
    expect((await h.call(path)).text).toBe(after.text);
  });
});
