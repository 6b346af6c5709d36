// Contract tests of the SERPmetrics emulator's queues, ledger, limits and callbacks over real HTTP
// (serpmetrics.md §6, §7.9–7.12, §8, §10.3).
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_KEYS, MESSAGES } from '../../src/sandbox/serpmetrics/index.js';
import { closedAfterEach, type SandboxHarness } from './serpmetrics-support.js';

/** 2026-01-01T00:00:00Z: tests that freeze the clock start here. */
const START = 1_767_225_600;

interface QueuedItem {
  phrase?: string;
  keyword?: string;
  engine_code: string;
  priority_id?: string;
  delayed_id?: string;
  location?: string;
  cid?: string;
}
interface StatusData {
  priority_id?: string;
  delayed_id?: string;
  processed: number;
  check_id: string;
  cid?: string;
}
interface Credit {
  serp_credit: number;
  balance: number;
}
interface QueueView {
  counts: { daily: number; priority: number; delayed: number; held: number };
  pending: Array<{ queue: string; id: string; dueAt: number; attempt: number }>;
}
interface CallbackView {
  outcome: string;
  url: string | null;
  encoding: string;
  fields: Record<string, string>;
  status: number | null;
}

const { harness, receiver } = closedAfterEach();

/** A frozen sandbox clock: nothing completes until the test advances or drains. */
const frozen = { startAt: START, clock: { speed: 0 } } as const;

async function credit(h: SandboxHarness, key?: string): Promise<Credit> {
  const r = await h.call<Credit>('/users/credit', undefined, key ? { key, omit: ['ts', 'auth'] } : {});
  if (!r.body.data) throw new Error(r.text);
  return r.body.data;
}

describe('priority queue lifecycle (§7.9, §7.10, §8)', () => {
  it('add → 204 pending → done → callback POSTed to a loopback server → status → serp, charging 6 at completion', async () => {
    const rx = await receiver();
    const h = await harness({ ...frozen, callbackUrl: rx.url });
    const before = await credit(h);
    const add = await h.call<QueuedItem[]>('/priority/add', {
      keyword: 'restaurants',
      engines: ['google_en-us'],
      location: 'Nashville',
    });
    expect(add.status).toBe(201);
    const item = add.body.data?.[0];
    expect(item).toMatchObject({ phrase: 'restaurants', engine_code: 'google_en-us', location: 'Nashville' });
    expect(item?.priority_id).toMatch(/^[0-9a-f]{24}$/);
    expect((await credit(h)).serp_credit).toBe(before.serp_credit);

    const pending = await h.call('/priority/status', { priority_id: item?.priority_id });
    expect(pending.status).toBe(204);
    expect(pending.text).toBe('');
    expect(pending.headers.get('content-type')).toBeNull();

    // let the sandbox clock run 1000× fast: the 3–5 s priority delay passes in a few real ms
    await h.admin('PATCH', '/clock', { speed: 1000 });
    const [cb] = await rx.waitFor(1);
    expect(cb?.contentType).toBe('application/x-www-form-urlencoded');
    expect(cb?.path).toBe('/callbacks/serpmetrics/secret-token');
    expect(Object.keys(cb?.fields ?? {}).sort()).toEqual(['check_id', 'engine_code', 'priority_id', 'timestamp']);
    expect(cb?.fields).toMatchObject({ priority_id: item?.priority_id, engine_code: 'google_en-us' });

    const done = await h.call<StatusData>('/priority/status', { priority_id: item?.priority_id });
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual({
      priority_id: item?.priority_id,
      processed: Number(cb?.fields.timestamp),
      check_id: cb?.fields.check_id,
    });
    const serp = await h.call<Record<string, unknown>>('/keywords/serp', { check_id: cb?.fields.check_id });
    expect(serp.status).toBe(200);
    expect(serp.text).toContain('"100":{');
    expect((await credit(h)).serp_credit).toBe(before.serp_credit - 6);

    const log = await h.admin<CallbackView[]>('GET', '/callbacks');
    expect(log.body[0]).toMatchObject({ outcome: 'delivered', status: 204, encoding: 'form' });
    expect(log.body[0]?.url).toBe(`${new URL(rx.url).origin}/callbacks/serpmetrics/REDACTED`);
  });

  it('answers pending with the real 404 messages in the real dialect', async () => {
    const h = await harness({ ...frozen, dialect: 'real' });
    const p = await h.call<QueuedItem[]>('/priority/add', { keyword: 'a', engines: ['google_en-us'] });
    const d = await h.call<QueuedItem[]>('/delayed/add', { keyword: 'a', engines: ['google_en-us'] });
    const ps = await h.call('/priority/status', { priority_id: p.body.data?.[0]?.priority_id });
    expect(ps.status).toBe(404);
    expect(ps.body.message).toBe(MESSAGES.priorityPendingReal);
    const ds = await h.call('/delayed/status', { delayed_id: d.body.data?.[0]?.delayed_id });
    expect(ds.status).toBe(404);
    expect(ds.body.message).toBe(MESSAGES.delayedPendingReal);
  });

  it('answers 404 for unknown ids, 403 for ids of another account, and emits keyword items by the queuedItemKey quirk', async () => {
    const h = await harness({ ...frozen, quirks: { queuedItemKey: 'both' } });
    const p = await h.call<QueuedItem[]>('/priority/add', { keyword: 'x', engines: ['google_en-us'] });
    expect(p.body.data?.[0]).toMatchObject({ phrase: 'x', keyword: 'x' });
    const unknown = await h.call('/priority/status', { priority_id: 'f'.repeat(24) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe(`Supplied priority_id not found: ${'f'.repeat(24)}`);
    const wrongQueue = await h.call('/delayed/status', { delayed_id: p.body.data?.[0]?.priority_id });
    expect(wrongQueue.body.message).toBe(`Supplied delayed_id not found: ${p.body.data?.[0]?.priority_id}`);
    const other = await h.call(
      '/priority/status',
      { priority_id: p.body.data?.[0]?.priority_id },
      {
        key: DEMO_ACCOUNT_KEYS.noauth,
        omit: ['ts', 'auth'],
      },
    );
    expect(other.status).toBe(403);
    expect(other.body.message).toBe(MESSAGES.forbiddenPair);
  });
});

describe('delayed queue, callbacks per request, JSON encoding (§7.11, §7.12, §8)', () => {
  it('sends the callback to the per-request URL as JSON with cid, and reports cid in the status', async () => {
    const rx = await receiver();
    const h = await harness({ ...frozen, callbacks: { encoding: 'json' } });
    const before = await credit(h);
    const add = await h.call<QueuedItem[]>('/delayed/add', {
      keyword: ['restaurants', 'bars'],
      engines: ['google_en-us'],
      callback: rx.url,
      cid: 'acme-42',
    });
    expect(add.body.data).toHaveLength(2);
    expect(add.body.data?.[0]).toMatchObject({ phrase: 'restaurants', cid: 'acme-42' });
    const drained = await h.admin<{ completed: number }>('POST', '/queue/drain', { queues: ['delayed'] });
    expect(drained.body.completed).toBe(2);
    const got = await rx.waitFor(2);
    expect(got.map((x) => x.contentType)).toEqual(['application/json', 'application/json']);
    const first = got.find((x) => x.fields.delayed_id === add.body.data?.[0]?.delayed_id);
    expect(first?.fields).toMatchObject({ engine_code: 'google_en-us', cid: 'acme-42' });
    const status = await h.call<StatusData>('/delayed/status', { delayed_id: add.body.data?.[1]?.delayed_id });
    expect(status.body.data).toMatchObject({ delayed_id: add.body.data?.[1]?.delayed_id, cid: 'acme-42' });
    expect((await credit(h)).serp_credit).toBe(before.serp_credit - 2);
  });
});

describe('timing on the sandbox clock (§10.2, §10.3)', () => {
  it('completes items when the clock is advanced past their due time, stamping checks with the due time', async () => {
    const h = await harness(frozen);
    const add = await h.call<QueuedItem[]>('/priority/add', { keyword: 'clockwork', engines: ['google_en-us'] });
    const queue = await h.admin<QueueView>('GET', '/queue');
    expect(queue.body.counts.priority).toBe(1);
    const due = queue.body.pending.find((p) => p.queue === 'priority')?.dueAt ?? 0;
    expect(due - START).toBeGreaterThanOrEqual(3);
    expect(due - START).toBeLessThanOrEqual(5);
    expect((await h.admin<{ completed: number }>('POST', '/clock/advance', { seconds: 2 })).body.completed).toBe(0);
    const adv = await h.admin<{ now: number; completed: number; failed: number }>('POST', '/clock/advance', {
      seconds: 4,
    });
    expect(adv.body).toMatchObject({ now: START + 6, completed: 1, failed: 0 });
    const done = await h.call<StatusData>('/priority/status', { priority_id: add.body.data?.[0]?.priority_id });
    expect(done.body.data?.processed).toBe(due);
    expect(Number.parseInt(done.body.data?.check_id.slice(0, 8) ?? '', 16)).toBe(due);
  });

  it('runs daily checks after the first delay and then every interval; SERP versions drift; delete cancels', async () => {
    const rx = await receiver();
    const h = await harness({ ...frozen, demo: false, callbackUrl: rx.url });
    const add = await h.call<{ keyword_id: string }>('/keywords/add', {
      keyword: 'daily grind',
      engines: ['google_en-us'],
    });
    const id = add.body.data?.keyword_id ?? '';
    await h.admin('POST', '/clock/advance', { seconds: 15 });
    const [cb] = await rx.waitFor(1);
    expect(cb?.fields).toMatchObject({ keyword_id: id, engine_code: 'google_en-us' });
    expect(cb?.fields.priority_id).toBeUndefined();
    await h.admin('POST', '/clock/advance', { seconds: 2 * 86_400 });
    const checks = await h.call<{ checks: Record<string, string> }>('/keywords/check', {
      keyword_id: id,
      engine: 'google_en-us',
    });
    const ids = Object.values(checks.body.data?.checks ?? {});
    expect(ids).toHaveLength(3);
    const times = Object.keys(checks.body.data?.checks ?? {}).map(Number);
    expect(Math.max(...times) - Math.min(...times)).toBe(2 * 86_400);

    const hrefs = async (checkId: string): Promise<string[]> => {
      const r = await h.call<{ results: Record<string, { href: string }> }>('/keywords/serp', { check_id: checkId });
      return Object.values(r.body.data?.results ?? {}).map((x) => x.href);
    };
    const newest = await hrefs(ids[0] ?? '');
    const oldest = await hrefs(ids[2] ?? '');
    expect(newest).not.toEqual(oldest);
    expect(newest.filter((x) => oldest.includes(x)).length).toBeGreaterThan(85);

    await h.call('/keywords/delete', { keyword_id: id });
    const q = await h.admin<QueueView>('GET', '/queue');
    expect(q.body.counts.daily).toBe(0);
    const completed = await h.admin<{ completed: number }>('POST', '/clock/advance', { seconds: 86_400 });
    expect(completed.body.completed).toBe(0);
  });

  it('follows clock.speed: a sandbox running 1000× completes a priority check within a few polls', async () => {
    const h = await harness({ clock: { speed: 1000 }, auth: { timestampWindowSeconds: 1e9 } });
    const add = await h.call<QueuedItem[]>('/priority/add', { keyword: 'fast', engines: ['google_en-us'] });
    // Each poll waits at least 5 real ms, 5 sandbox seconds at 1000×, the most a priority check takes: a loaded
    // machine only makes the waits longer. A sandbox ignoring the speed would answer 204 for some 600 polls.
    let status = 204;
    for (let polls = 0; status === 204 && polls < 20; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = (await h.call('/priority/status', { priority_id: add.body.data?.[0]?.priority_id })).status;
    }
    expect(status).toBe(200);
  });

  it('retries failing priority checks and then fails for good without charging or calling back; delayed fails at once', async () => {
    const rx = await receiver();
    const h = await harness({
      ...frozen,
      callbackUrl: rx.url,
      queue: { failureRate: { priority: 1, delayed: 1 }, priority: { retryDelayMs: 10_000, maxRetries: 2 } },
    });
    const before = await credit(h);
    const p = await h.call<QueuedItem[]>('/priority/add', { keyword: 'doomed', engines: ['google_en-us'] });
    const d = await h.call<QueuedItem[]>('/delayed/add', { keyword: 'doomed', engines: ['google_en-us'] });
    await h.admin('POST', '/clock/advance', { seconds: 5 });
    expect((await h.call('/priority/status', { priority_id: p.body.data?.[0]?.priority_id })).status).toBe(204);
    const q = await h.admin<QueueView>('GET', '/queue');
    expect(q.body.pending.find((x) => x.queue === 'priority')?.attempt).toBe(1);
    await h.admin('POST', '/clock/advance', { seconds: 60 });
    for (const [path, name, id] of [
      ['/priority/status', 'priority_id', p.body.data?.[0]?.priority_id],
      ['/delayed/status', 'delayed_id', d.body.data?.[0]?.delayed_id],
    ] as const) {
      const r = await h.call(path, { [name]: id });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'error', message: 'Check failed', failed: true });
    }
    expect((await credit(h)).serp_credit).toBe(before.serp_credit);
    expect(rx.received).toHaveLength(0);
  });
});

describe('credit ledger (§6.2)', () => {
  it('charges daily 1, priority 6 and delayed 1 per pair, only at completion', async () => {
    const h = await harness({ ...frozen, demo: false });
    const start = (await credit(h)).serp_credit;
    await h.call('/keywords/add', { keyword: 'ledger', engines: ['google_en-us', 'bing_en-us'] });
    await h.call('/priority/add', { keyword: 'ledger', engines: ['google_en-us'] });
    await h.call('/delayed/add', { keyword: ['ledger', 'books'], engines: ['google_en-us'] });
    expect((await credit(h)).serp_credit).toBe(start);
    await h.admin('POST', '/queue/drain', {});
    expect((await credit(h)).serp_credit).toBe(start - 2 - 6 - 2);
    const stats = await h.admin<{ totals: { checks: Record<string, number>; serpCreditsCharged: number } }>(
      'GET',
      '/stats',
    );
    expect(stats.body.totals.checks).toEqual({ daily: 2, priority: 1, delayed: 2, failed: 0 });
    expect(stats.body.totals.serpCreditsCharged).toBe(10);
  });

  it('buys 1,000-credit blocks from the balance when credit goes negative', async () => {
    const h = await harness({ ...frozen, accounts: { default: { serpCredit: 3, balance: 5, blockPrice: 1 } } });
    await h.call('/priority/add', { keyword: 'blocks', engines: ['google_en-us'] });
    h.sandbox.drain(['priority']);
    expect(await credit(h)).toMatchObject({ serp_credit: 997, balance: 4 });
  });

  it('answers 402 on write endpoints of an account past grace, while reads keep working', async () => {
    const h = await harness(frozen);
    const broke = { key: DEMO_ACCOUNT_KEYS.broke, secret: 'sandbox-secret-broke' };
    for (const [path, params] of [
      ['/keywords/add', { keyword: 'x', engines: ['google_en-us'] }],
      ['/priority/add', { keyword: 'x', engines: ['google_en-us'] }],
      ['/delayed/add', { keyword: 'x', engines: ['google_en-us'] }],
    ] as const) {
      const r = await h.call(path, params, broke);
      expect(r.status, path).toBe(402);
      expect(r.body.message).toBe(MESSAGES.paymentRequired);
    }
    expect((await h.call('/users/credit', undefined, broke)).status).toBe(200);
    expect((await h.call('/keywords/all', undefined, broke)).status).toBe(200);
    await h.admin('PATCH', '/accounts/broke', { balance: 5 });
    const ok = await h.call('/keywords/add', { keyword: 'x', engines: ['google_en-us'] }, broke);
    expect(ok.status).toBe(201);
    await h.admin('PATCH', '/accounts/broke', { balance: 0, serpCredit: 0 });
    const id = (ok.body.data as { keyword_id: string }).keyword_id;
    const append = await h.call('/keywords/append_engines', { keyword_id: id, engines: ['bing_en-us'] }, broke);
    expect(append.status).toBe(402);
  });

  it('holds queued checks of an account that falls below zero and releases them once funded', async () => {
    const h = await harness({
      ...frozen,
      accounts: { tight: { key: 'tight-key', requireAuth: false, serpCredit: 6, balance: 0 } },
    });
    const tight = { key: 'tight-key', omit: ['ts', 'auth'] as const };
    const a = await h.call<QueuedItem[]>('/priority/add', { keyword: 'first', engines: ['google_en-us'] }, tight);
    const b = await h.call<QueuedItem[]>('/priority/add', { keyword: 'second', engines: ['google_en-us'] }, tight);
    expect([a.status, b.status]).toEqual([201, 201]);
    await h.admin('POST', '/clock/advance', { seconds: 10 });
    const states = async () =>
      Promise.all(
        [a, b].map(
          async (x) => (await h.call('/priority/status', { priority_id: x.body.data?.[0]?.priority_id }, tight)).status,
        ),
      );
    expect((await states()).sort()).toEqual([200, 204]);
    const q = await h.admin<QueueView>('GET', '/queue');
    expect(q.body.counts.held).toBe(1);
    const accounts = await h.admin<Array<{ id: string; goodStanding: boolean; serpCredit: number }>>(
      'GET',
      '/accounts',
    );
    expect(accounts.body.find((x) => x.id === 'tight')).toMatchObject({ goodStanding: false, serpCredit: 0 });
    await h.admin('PATCH', '/accounts/tight', { balance: 10 });
    expect(await states()).toEqual([200, 200]);
    expect((await h.admin<QueueView>('GET', '/queue')).body.counts.held).toBe(0);
  });
});

describe('arrears and retention (§6.2 step 4, §10.3)', () => {
  it('lets an account below zero write within its grace period, with its checks due later by the arrears factor', async () => {
    const h = await harness({
      ...frozen,
      queue: { priority: { delayMs: 1_000, jitterMs: 0 } },
      accounts: { late: { key: 'late-key', requireAuth: false, serpCredit: 0, balance: 0, graceSeconds: 3_600 } },
    });
    const late = { key: 'late-key', omit: ['ts', 'auth'] as const };
    expect((await h.call('/priority/add', { keyword: 'slow lane', engines: ['google_en-us'] }, late)).status).toBe(201);
    await h.call('/priority/add', { keyword: 'fast lane', engines: ['google_en-us'] });
    const q = await h.admin<QueueView>('GET', '/queue');
    expect(q.body.pending.filter((p) => p.queue === 'priority').map((p) => p.dueAt - START)).toEqual([1, 2]);
    await h.admin('POST', '/clock/advance', { seconds: 3_601 });
    const refused = await h.call('/priority/add', { keyword: 'slow lane', engines: ['google_en-us'] }, late);
    expect(refused.status).toBe(402);
  });

  it('keeps checks of the last 30 days, at most 30 per pair; older ones answer 404', async () => {
    const h = await harness(frozen);
    const all = await h.call<Record<string, { phrase: string }>>('/keywords/all');
    const id = Object.keys(all.body.data ?? {})[0];
    const before = await h.call<{ checks: Record<string, string> }>('/keywords/check', {
      keyword_id: id,
      engine: 'google_en-us',
      limit: 30,
    });
    // JSON.parse orders integer keys ascending: the first value is the oldest check
    const oldest = Object.values(before.body.data?.checks ?? {})[0] ?? '';
    expect((await h.call('/keywords/serp', { check_id: oldest })).status).toBe(200);
    await h.admin('POST', '/clock/advance', { seconds: 2 * 86_400 });
    const gone = await h.call('/keywords/serp', { check_id: oldest });
    expect(gone.status).toBe(404);
    expect(gone.body.message).toBe(`Supplied check_id not found: ${oldest}`);
    const after = await h.call<{ checks: Record<string, string> }>('/keywords/check', {
      keyword_id: id,
      engine: 'google_en-us',
      limit: 30,
    });
    expect(Object.keys(after.body.data?.checks ?? {})).toHaveLength(30);
    expect(Object.values(after.body.data?.checks ?? {})).not.toContain(oldest);
  });
});

describe('limits (§6.3)', () => {
  it('refuses more than 10 priority and 100 delayed checks per request with 406', async () => {
    const h = await harness(frozen);
    const p = await h.call('/priority/add', {
      keyword: Array.from({ length: 11 }, (_, i) => `k${i}`),
      engines: ['google_en-us'],
    });
    expect(p.status).toBe(406);
    expect(p.body.message).toBe('Too many checks in one request: 11 (max 10)');
    const d = await h.call('/delayed/add', {
      keyword: Array.from({ length: 51 }, (_, i) => `k${i}`),
      engines: ['google_en-us', 'bing_en-us'],
    });
    expect(d.body.message).toBe('Too many checks in one request: 102 (max 100)');
  });

  it('answers 429 when the priority bucket (60 checks) or the delayed bucket (200) would overflow, queuing nothing', async () => {
    const h = await harness(frozen);
    const ten = { keyword: Array.from({ length: 10 }, (_, i) => `k${i}`), engines: ['google_en-us'] };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await h.call('/priority/add', ten)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    const refused = await h.call('/priority/add', ten);
    expect(refused.body).toMatchObject({ status: 'error', message: 'Too Many Requests' });
    expect(refused.headers.get('retry-after')).toBeNull();
    expect((await h.admin<QueueView>('GET', '/queue')).body.counts.priority).toBe(60);
    const hundred = { keyword: Array.from({ length: 100 }, (_, i) => `k${i}`), engines: ['google_en-us'] };
    expect((await h.call('/delayed/add', hundred)).status).toBe(201);
    expect((await h.call('/delayed/add', hundred)).status).toBe(201);
    expect((await h.call('/delayed/add', { keyword: 'one more', engines: ['google_en-us'] })).status).toBe(429);
    // the bucket leaks 1 check a second: 10 seconds later one more request of 10 fits
    await h.admin('POST', '/clock/advance', { seconds: 10 });
    expect((await h.call('/priority/add', ten)).status).toBe(201);
    const stats = await h.admin<{ byEndpoint: Record<string, { calls: number; checks: number; maxChecks: number }> }>(
      'GET',
      '/stats',
    );
    expect(stats.body.byEndpoint['POST /priority/add']).toMatchObject({ calls: 9, checks: 90, maxChecks: 10 });
  });

  it('limits requests per account with the request bucket and can send Retry-After', async () => {
    const h = await harness({
      ...frozen,
      rateLimit: { requests: { capacity: 5, leakPerSecond: 1 }, retryAfterHeader: true },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await h.call('/users/time')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const r = await h.call('/users/time');
    expect(r.headers.get('retry-after')).toBe('1');
  });
});

describe('callback faults (§10.7)', () => {
  it('drops, duplicates and records failures and timeouts, never retrying', async () => {
    const rx = await receiver();
    const h = await harness({ ...frozen, callbackUrl: rx.url, callbacks: { timeoutMs: 200 } });
    let n = 0;
    const runOne = async (): Promise<void> => {
      await h.call('/priority/add', { keyword: `callback ${n++}`, engines: ['google_en-us'] });
      h.sandbox.drain(['priority']);
    };
    await h.admin('POST', '/faults', { callbacks: { forceDrop: 1 } });
    await runOne();
    await runOne();
    await rx.waitFor(1);
    await h.admin('PUT', '/faults', { callbacks: { duplicate: true } });
    await runOne();
    await rx.waitFor(3);
    expect(rx.received[1]?.fields.check_id).toBe(rx.received[2]?.fields.check_id);
    await h.admin('DELETE', '/faults');
    rx.respondWith(500);
    await runOne();
    await rx.waitFor(4);
    rx.respondWith(204, 1_000);
    await runOne();
    const deadline = Date.now() + 3_000;
    let log: CallbackView[] = [];
    while (Date.now() < deadline) {
      log = (await h.admin<CallbackView[]>('GET', '/callbacks')).body;
      if (log.length >= 6) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const outcomes = log.map((x) => x.outcome).reverse();
    expect(outcomes.slice(0, 2)).toEqual(['dropped', 'delivered']);
    expect(outcomes.slice(2, 4).sort()).toEqual(['delivered', 'duplicate']);
    expect(outcomes.slice(4)).toEqual(['failed', 'timeout']);
    expect(log[1]?.status).toBe(500);
    const stats = await h.admin<{ callbacks: Record<string, number> }>('GET', '/stats');
    expect(stats.body.callbacks).toEqual({ attempted: 5, delivered: 3, failed: 1, timeout: 1, dropped: 1 });
  });

  it('drops by probability and sends late with delayMs', async () => {
    const rx = await receiver();
    const h = await harness({ ...frozen, callbackUrl: rx.url });
    await h.admin('PUT', '/faults', { seed: 7, callbacks: { dropProbability: 1 } });
    await h.call('/priority/add', { keyword: 'never told', engines: ['google_en-us'] });
    h.sandbox.drain(['priority']);
    await h.admin('PUT', '/faults', { callbacks: { delayMs: 150 } });
    await h.call('/priority/add', { keyword: 'told late', engines: ['google_en-us'] });
    const completedAt = Date.now();
    h.sandbox.drain(['priority']);
    await rx.waitFor(1);
    expect(Date.now() - completedAt).toBeGreaterThanOrEqual(140);
    expect(rx.received).toHaveLength(1);
    const log = await h.admin<CallbackView[]>('GET', '/callbacks');
    expect(log.body.map((x) => x.outcome)).toEqual(['delivered', 'dropped']);
  });
});
