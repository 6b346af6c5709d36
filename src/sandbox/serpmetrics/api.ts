// The SERPmetrics endpoints (serpmetrics.md §7): one handler per path, each taking the authenticated account and
// decoded params and returning a reply plus the number of keyword × engine checks the call carried.
import type { Reply } from '../common/http.js';
import { type Account, standing } from './accounts.js';
import type { SandboxClock } from './clock.js';
import type { SerpmetricsConfig } from './config.js';
import { ENGINES } from './engines.js';
import { ApiError, errors, jsonReply, MESSAGES, noContent, OrderedMap, okReply, phpMap } from './envelope.js';
import { dailySeries, hourlySeries } from './flux.js';
import type { BucketName, RateLimiter } from './limits.js';
import { type ParamReader, validKeyword } from './params.js';
import type { PairRequest, Queues } from './queues.js';
import { filterByDomain, generateSerp, type SerpResult } from './serp.js';
import type { Check, Keyword, QueueItem, Store } from './store.js';

export interface ApiContext {
  config: SerpmetricsConfig;
  clock: SandboxClock;
  store: Store;
  queues: Queues;
  limiter: RateLimiter;
  account: Account;
  params: ParamReader;
  /** sandbox unix seconds of this request */
  now: number;
  /** keyword × engine pairs the call carried (stats `checks`), set as soon as known so refused calls count too */
  checks: number;
}

type Handler = (ctx: ApiContext) => Reply;

function requireStanding(ctx: ApiContext): void {
  if (standing(ctx.account, ctx.clock.nowMs()) === 'pastGrace') throw new ApiError(402, MESSAGES.paymentRequired);
}

function optionalLocation(params: ParamReader): string | null {
  const v = params.optionalString('location')?.trim();
  return v ? v : null;
}

/** Keyword owned by the caller: 404 when unknown, 403 when another account's. */
function ownedKeyword(ctx: ApiContext, id: string): Keyword {
  const k = ctx.store.keywords.get(id);
  if (!k) throw errors.idNotFound('keyword_id', id);
  if (k.accountId !== ctx.account.id) throw errors.forbiddenPair();
  return k;
}

function keywordData(k: Keyword): Record<string, unknown> {
  return { keyword_id: k.id, keyword: k.phrase, engines: [...k.engines] };
}

/** Retained checks: the last `retention.days` sandbox days (older ones answer 404, §10.3). */
function visible(ctx: ApiContext, check: Check | undefined): check is Check {
  return check !== undefined && check.timestamp >= ctx.now - ctx.config.retention.days * 86_400;
}

function takeBucket(ctx: ApiContext, bucket: BucketName, amount: number, commit: boolean): void {
  const r = ctx.limiter.take(ctx.account.id, bucket, amount, ctx.clock.nowMs(), commit);
  if (!r.ok) {
    throw new ApiError(
      429,
      MESSAGES.tooManyRequests,
      ctx.config.rateLimit.retryAfterHeader ? { retryAfterSeconds: r.retryAfterSeconds } : {},
    );
  }
}

const keywordsAdd: Handler = (ctx) => {
  const { values, array } = ctx.params.stringList('keyword');
  const engines = ctx.params.engines();
  const location = optionalLocation(ctx.params);
  const device = ctx.params.device();
  const pairs = values.length * engines.length;
  ctx.checks = pairs;
  const max = ctx.config.limits.dailyPairsPerRequest;
  if (pairs > max) throw errors.tooManyChecks(pairs, max);
  if (!array) {
    const phrase = validKeyword(values[0] ?? '');
    if (phrase instanceof ApiError) throw phrase;
    requireStanding(ctx);
    const data = keywordData(upsertKeyword(ctx, phrase, location, device, engines));
    return okReply(ctx.config, ctx.now, data, { status: 201, omitRequestTime: ctx.config.quirks.omitRequestTime });
  }
  requireStanding(ctx);
  const items = values.map((raw) => {
    const phrase = validKeyword(raw);
    if (phrase instanceof ApiError)
      return { http_status: phrase.status, response: { status: 'error', message: phrase.message } };
    return {
      http_status: 201,
      response: { status: 'ok', data: keywordData(upsertKeyword(ctx, phrase, location, device, engines)) },
    };
  });
  return okReply(ctx.config, ctx.now, items, { status: 201 });
};

function upsertKeyword(
  ctx: ApiContext,
  phrase: string,
  location: string | null,
  device: Keyword['device'],
  engines: string[],
): Keyword {
  const existing = ctx.store.keywordByIdentity(ctx.account.id, phrase, location, device);
  const keyword: Keyword = existing ?? {
    id: ctx.store.newId(ctx.account.id, 'keyword', ctx.now),
    accountId: ctx.account.id,
    phrase,
    location,
    device,
    engines: [],
    deleted: false,
    tasks: new Map(),
  };
  keyword.engines = [...engines];
  if (!existing) ctx.store.addKeyword(keyword);
  ctx.queues.syncDaily(keyword, ctx.account);
  return keyword;
}

const keywordsDelete: Handler = (ctx) => {
  const { values } = ctx.params.stringList('keyword_id');
  const data = values.map((id) => {
    const k = ctx.store.keywords.get(id);
    if (!k || k.accountId !== ctx.account.id) return { keyword_id: id, status: 'failed' };
    ctx.store.deleteKeyword(k);
    ctx.queues.syncDaily(k, ctx.account);
    return { keyword_id: id, status: 'ok' };
  });
  return okReply(ctx.config, ctx.now, data, { status: 201 });
};

function changeEngines(mode: 'append' | 'remove'): Handler {
  return (ctx) => {
    const id = ctx.params.string('keyword_id');
    const engines = ctx.params.engines();
    if (mode === 'append') ctx.checks = engines.length;
    const k = ownedKeyword(ctx, id);
    if (mode === 'append') {
      requireStanding(ctx);
      k.engines = [...k.engines, ...engines.filter((e) => !k.engines.includes(e))];
    } else {
      k.engines = k.engines.filter((e) => !engines.includes(e));
    }
    ctx.queues.syncDaily(k, ctx.account);
    return okReply(ctx.config, ctx.now, keywordData(k), { status: 201 });
  };
}

const keywordsAll: Handler = (ctx) => {
  const page = ctx.params.int('page', 1, 1, 1_000_000);
  const limit = ctx.params.int('limit', 100, 1, 1_000);
  const rows = ctx.store
    .keywordsOf(ctx.account.id)
    .slice((page - 1) * limit, page * limit)
    .map((k) => [k.id, { phrase: k.phrase, engines: [...k.engines], location: k.location, device: k.device }] as const);
  return okReply(ctx.config, ctx.now, phpMap(ctx.config, rows));
};

const keywordsExists: Handler = (ctx) => {
  const phrase = validKeyword(ctx.params.string('keyword'));
  if (phrase instanceof ApiError) throw phrase;
  const k = ctx.store.keywordByIdentity(ctx.account.id, phrase, optionalLocation(ctx.params), ctx.params.device());
  if (!k) throw new ApiError(404, MESSAGES.notFound);
  return okReply(ctx.config, ctx.now, {
    keyword_id: k.id,
    keyword: k.phrase,
    location: k.location,
    device: k.device,
    engines: [...k.engines],
  });
};

const keywordsCheck: Handler = (ctx) => {
  const id = ctx.params.string('keyword_id');
  const engine = ctx.params.engine('engine');
  const limit = ctx.params.int('limit', 10, 1, 30);
  const k = ownedKeyword(ctx, id);
  if (!k.engines.includes(engine)) throw errors.forbiddenPair();
  const ids = ctx.store.pairChecks.get(`${k.id}|${engine}`) ?? [];
  const checks = ids
    .map((c) => ctx.store.checks.get(c))
    .filter((c): c is Check => visible(ctx, c))
    .reverse()
    .slice(0, limit)
    .map((c) => [String(c.timestamp), c.id] as const);
  return okReply(ctx.config, ctx.now, { keyword_id: k.id, engine, checks: phpMap(ctx.config, checks) });
};

function ownedCheck(ctx: ApiContext): Check {
  const id = ctx.params.string('check_id').trim();
  const check = ctx.store.checks.get(id);
  if (!visible(ctx, check)) throw errors.idNotFound('check_id', id, ctx.config.quirks.omitRequestTime);
  if (check.accountId !== ctx.account.id) throw errors.forbiddenPair();
  return check;
}

function serpOf(ctx: ApiContext, check: Check): SerpResult[] {
  return generateSerp(
    {
      seedSalt: ctx.config.seedSalt,
      phrase: check.phrase,
      engine: check.engine,
      location: check.location,
      device: check.device,
      size: ctx.config.serpSize,
    },
    check.n,
  );
}

function wireResult(config: SerpmetricsConfig, r: SerpResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (r.type !== undefined) out.type = r.type;
  out.href = r.href;
  out.title = r.title;
  out.desc = r.desc;
  if (r.sitelinks) {
    const links = r.sitelinks.map((s) => ({ title: s.title, href: s.href }));
    out.contains = {
      sitelinks: config.quirks.sitelinks === 'array' ? links : new OrderedMap(links.map((l, i) => [String(i + 1), l])),
    };
  }
  return out;
}

const keywordsSerp: Handler = (ctx) => {
  const check = ownedCheck(ctx);
  const domain = ctx.params.optionalString('domain')?.trim();
  const results = serpOf(ctx, check);
  const rows: Array<[number, SerpResult]> = domain
    ? filterByDomain(results, domain)
    : results.map((r, i) => [i + 1, r]);
  const pages: Array<[string, number]> = [];
  for (let p = 0; p * 10 < ctx.config.serpSize; p++) pages.push([String(p + 1), p * 10 + 1]);
  return okReply(ctx.config, ctx.now, {
    pages: new OrderedMap(pages),
    results: phpMap(
      ctx.config,
      rows.map(([pos, r]) => [String(pos), wireResult(ctx.config, r)] as const),
    ),
  });
};

function queueAdd(queue: 'priority' | 'delayed'): Handler {
  return (ctx) => {
    const { values } = ctx.params.stringList('keyword');
    const engines = ctx.params.engines();
    const location = optionalLocation(ctx.params);
    const device = ctx.params.device();
    const callback = ctx.params.optionalString('callback')?.trim() || null;
    if (callback !== null && !/^https?:\/\/[^\s]+$/i.test(callback)) throw errors.invalid('callback');
    const cid = queue === 'delayed' ? (ctx.params.optionalString('cid') ?? null) : null;
    if (cid !== null && cid.length > 255) throw errors.invalid('cid');
    const phrases = values.map((raw) => {
      const phrase = validKeyword(raw);
      if (phrase instanceof ApiError) throw phrase;
      return phrase;
    });
    const n = phrases.length * engines.length;
    ctx.checks = n;
    const max =
      queue === 'priority' ? ctx.config.limits.priorityChecksPerRequest : ctx.config.limits.delayedChecksPerRequest;
    if (n > max) throw errors.tooManyChecks(n, max);
    takeBucket(ctx, queue, n, false);
    requireStanding(ctx);
    takeBucket(ctx, queue, n, true);
    const pairs: PairRequest[] = phrases.flatMap((phrase) =>
      engines.map((engine) => ({ phrase, engine, location, device })),
    );
    const items = ctx.queues.enqueue(ctx.account, queue, pairs, { callback, cid });
    return okReply(
      ctx.config,
      ctx.now,
      items.map((item) => queuedItem(ctx.config, item)),
      { status: 201 },
    );
  };
}

function queuedItem(config: SerpmetricsConfig, item: QueueItem): Record<string, unknown> {
  const key = config.quirks.queuedItemKey;
  const out: Record<string, unknown> = {};
  if (key === 'phrase' || key === 'both') out.phrase = item.phrase;
  if (key === 'keyword' || key === 'both') out.keyword = item.phrase;
  out.engine_code = item.engine;
  out[`${item.queue}_id`] = item.id;
  if (item.location !== null) out.location = item.location;
  if (item.cid !== null) out.cid = item.cid;
  return out;
}

function queueStatus(queue: 'priority' | 'delayed'): Handler {
  return (ctx) => {
    const name = queue === 'priority' ? 'priority_id' : 'delayed_id';
    const id = ctx.params.string(name).trim();
    const item = ctx.store.items.get(id);
    if (!item || item.queue !== queue) throw errors.idNotFound(name, id);
    if (item.accountId !== ctx.account.id) throw errors.forbiddenPair();
    switch (item.state) {
      case 'queued':
      case 'retrying':
        if (ctx.config.dialect === 'real') {
          throw new ApiError(404, queue === 'priority' ? MESSAGES.priorityPendingReal : MESSAGES.delayedPendingReal);
        }
        return noContent();
      case 'failed':
        return jsonReply(ctx.config, 200, {
          status: 'error',
          message: MESSAGES.checkFailed,
          failed: true,
          request_time: ctx.now,
        });
      case 'done': {
        const data: Record<string, unknown> = { [name]: item.id, processed: item.processed, check_id: item.checkId };
        if (item.cid !== null) data.cid = item.cid;
        return okReply(ctx.config, ctx.now, data);
      }
    }
  };
}

const fluxTrend: Handler = (ctx) => {
  const engine = ctx.params.engine('engine_code');
  const type = (ctx.params.optionalString('type') ?? 'daily').trim();
  if (type !== 'daily' && type !== 'hourly') throw errors.invalid('type');
  const series = (type === 'daily' ? dailySeries : hourlySeries)(ctx.config.seedSalt, engine, ctx.now);
  const data = phpMap(ctx.config, Object.entries(series));
  const status = ctx.config.quirks.fluxStatusError ? 'error' : 'ok';
  return jsonReply(ctx.config, 200, { status, data, request_time: ctx.now });
};

const usersCredit: Handler = (ctx) =>
  okReply(ctx.config, ctx.now, {
    api_key: ctx.account.key,
    balance: ctx.account.balance,
    api_credit: ctx.account.apiCredit,
    serp_credit: ctx.account.serpCredit,
  });

const usersTime: Handler = (ctx) =>
  jsonReply(
    ctx.config,
    200,
    ctx.config.quirks.usersTimeBare ? { request_time: ctx.now } : { request_time: ctx.now, status: 'ok' },
  );

const enginesCodes: Handler = (ctx) => okReply(ctx.config, ctx.now, ENGINES);

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** `/fetch/html`: a minimal SERP page of a check (§7.16). */
const fetchHtml: Handler = (ctx) => {
  const check = ownedCheck(ctx);
  const items = serpOf(ctx, check)
    .map((r) => `<li><a href="${escapeHtml(r.href)}">${escapeHtml(r.title)}</a><p>${escapeHtml(r.desc)}</p></li>`)
    .join('');
  const body = `<!doctype html><html><head><title>${escapeHtml(check.phrase)}</title></head><body><ol>${items}</ol></body></html>`;
  return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body };
};

/** Path → handler; every other path answers 404 `Unknown endpoint`. */
export const ROUTES: ReadonlyMap<string, Handler> = new Map([
  ['/engines/codes', enginesCodes],
  ['/keywords/add', keywordsAdd],
  ['/keywords/delete', keywordsDelete],
  ['/keywords/append_engines', changeEngines('append')],
  ['/keywords/remove_engines', changeEngines('remove')],
  ['/keywords/all', keywordsAll],
  ['/keywords/exists', keywordsExists],
  ['/keywords/check', keywordsCheck],
  ['/keywords/serp', keywordsSerp],
  ['/priority/add', queueAdd('priority')],
  ['/priority/status', queueStatus('priority')],
  ['/delayed/add', queueAdd('delayed')],
  ['/delayed/status', queueStatus('delayed')],
  ['/flux/trend', fluxTrend],
  ['/users/credit', usersCredit],
  ['/users/time', usersTime],
  ['/fetch/html', fetchHtml],
]);
