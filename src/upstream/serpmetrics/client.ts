/**
 * The typed SERPmetrics client: signed form POSTs (serpmetrics.md §3–4), replies mapped per §5.5, bodies parsed by
 * ./schemas.ts into the domain types of ./types.ts, batch splitting at the upstream limits (§6.1), clock-skew
 * correction after a timestamp 401, and the write-safety facts the resilience layer needs (issue 4).
 */
import type { z } from 'zod';
import { serpmetricsPath } from '../../pricing/index.js';
import { errorFromReply, UpstreamError, type UpstreamErrorCode } from '../errors.js';
import type { CallObserver } from '../observer.js';
import type { Resilience, ResilienceOptions } from '../resilience/index.js';
import { Transport, type TransportRequest, type TransportResponse } from '../transport.js';
import {
  type AddItem,
  AddKeywordsData,
  AllKeywordsData,
  ChecksData,
  CreditData,
  DelayedAddData,
  DelayedStatusData,
  DeleteData,
  EnginesData,
  Envelope,
  FluxData,
  KeywordData,
  PriorityAddData,
  PriorityStatusData,
  SerpData,
  TimeBody,
} from './schemas.js';
import { type Credentials, credentialIdOf, SkewClock, signedForm } from './signature.js';
import type {
  CallOptions,
  CompletedCheck,
  Credit,
  DelayedAddOptions,
  DeletedKeyword,
  Device,
  Engine,
  FluxPeriod,
  FluxPoint,
  KeywordChecks,
  KeywordIdentity,
  QueueAddOptions,
  QueuedCheck,
  SerpPage,
  SerpSnapshot,
  TrackedKeyword,
} from './types.js';

/** What the client needs of a transport: the lead's `Transport`, or the resilience layer wrapping it. */
export interface RequestSender {
  request(req: TransportRequest): Promise<TransportResponse>;
}

export interface SerpmetricsClientOptions {
  baseUrl: string;
  apiKey: string;
  /** Absent only for accounts SERPmetrics runs without authentication. */
  apiSecret?: string | undefined;
  /** Defaults to a new `Transport` of its own (closed by `close()`). */
  transport?: RequestSender | undefined;
  timeoutMs?: number | undefined;
  connections?: number | undefined;
  /** Resilience of the client's own transport (retries, limiter, breaker); off when absent. */
  resilience?: ResilienceOptions | Resilience | undefined;
  /** Observer of the calls of the client's own transport. */
  observer?: CallObserver | undefined;
  /** Local clock in ms (tests). */
  now?: (() => number) | undefined;
}

/** Per-request limits of the upstream (§6.1, §7). */
export const SERPMETRICS_LIMITS = {
  keywordsPerAdd: 100,
  pairsPerAdd: 1000,
  idsPerDelete: 100,
  priorityChecksPerRequest: 10,
  delayedChecksPerRequest: 100,
  keywordsPageSize: 100,
  checksLimitMax: 30,
} as const;

/**
 * How safe it is to repeat a call (issue 4): `read` always; `idempotent-write` (free, same state when repeated)
 * on any retryable error; `paid-write` (schedules paid checks) only when the upstream certainly wrote nothing.
 */
export type EndpointSafety = 'read' | 'idempotent-write' | 'paid-write';

export const SERPMETRICS_ENDPOINTS: Readonly<Record<string, EndpointSafety>> = {
  '/engines/codes': 'read',
  '/keywords/all': 'read',
  '/keywords/exists': 'read',
  '/keywords/check': 'read',
  '/keywords/serp': 'read',
  '/priority/status': 'read',
  '/delayed/status': 'read',
  '/flux/trend': 'read',
  '/users/credit': 'read',
  '/users/time': 'read',
  '/keywords/delete': 'idempotent-write',
  [serpmetricsPath('keywords/append_engines')]: 'idempotent-write',
  '/keywords/remove_engines': 'idempotent-write',
  [serpmetricsPath('keywords/add')]: 'paid-write',
  [serpmetricsPath('priority/add')]: 'paid-write',
  [serpmetricsPath('delayed/add')]: 'paid-write',
};

/** Failures after which a paid add was certainly not performed: 429 and 501/503 replies, or nothing sent. */
const NOTHING_WRITTEN: ReadonlySet<UpstreamErrorCode> = new Set([
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_WRITE_FAILED',
  'UPSTREAM_UNAVAILABLE',
]);

/** Whether a failed call to `path` may be sent again without risking a second charge. */
export function mayRetry(path: string, error: UpstreamError): boolean {
  if (!error.retryable) return false;
  const safety = SERPMETRICS_ENDPOINTS[path] ?? 'paid-write';
  return safety !== 'paid-write' || NOTHING_WRITTEN.has(error.code);
}

const QUEUE_ADD = {
  priority: {
    path: serpmetricsPath('priority/add'),
    schema: PriorityAddData,
    maxChecks: SERPMETRICS_LIMITS.priorityChecksPerRequest,
  },
  delayed: {
    path: serpmetricsPath('delayed/add'),
    schema: DelayedAddData,
    maxChecks: SERPMETRICS_LIMITS.delayedChecksPerRequest,
  },
} as const;

const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };

/** One reply, read once: status, the envelope when the body is a JSON object, and the message for mapping. */
interface Reply {
  status: number;
  envelope: Envelope | undefined;
  message: string;
  retryAfter: string | string[] | undefined;
}

/** Per-call hints for the resilience layer of the transport. */
interface SendOptions extends CallOptions {
  /** Priority / delayed adds: the checks this request spends from the upstream's per-minute bucket. */
  checks?: { queue: 'priority' | 'delayed'; count: number } | undefined;
  /** false: one plain attempt (the clock sync, which must not queue behind the calls it unblocks). */
  resilience?: boolean | undefined;
}

interface ParseOptions {
  /** `/flux/trend` answers `status:"error"` with valid data: success is decided by the data shape. */
  ignoreStatus?: boolean;
  /** A 404 whose message matches means "no such thing" and becomes `null`. */
  nullOn404?: RegExp;
}

export class SerpmetricsClient {
  /** Short sha256 of the key: what cache keys, limiters and breakers use. */
  readonly credentialId: string;
  private readonly credentials: Credentials;
  private readonly transport: RequestSender;
  private readonly ownTransport: Transport | undefined;
  private readonly base: URL;
  private readonly basePath: string;
  private readonly clock: SkewClock;
  private syncing: Promise<number> | undefined;

  constructor(options: SerpmetricsClientOptions) {
    this.credentials = { apiKey: options.apiKey, apiSecret: options.apiSecret };
    this.credentialId = credentialIdOf(options.apiKey);
    this.clock = new SkewClock(options.now);
    this.base = new URL(options.baseUrl);
    this.basePath = this.base.pathname.replace(/\/+$/, '');
    if (options.transport) {
      this.transport = options.transport;
      return;
    }
    this.ownTransport = new Transport({
      upstream: 'serpmetrics',
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 20_000,
      connections: options.connections,
      credentialId: this.credentialId,
      resilience: options.resilience,
      observer: options.observer,
    });
    this.transport = this.ownTransport;
  }

  /** Seconds added to the local clock when signing (0 until the first sync). */
  get clockSkewSeconds(): number {
    return this.clock.skewSeconds;
  }

  /** Every engine / locale code with its display name. */
  engines(options: CallOptions = {}): Promise<Engine[]> {
    return this.call('/engines/codes', undefined, EnginesData, options);
  }

  /**
   * Adds keywords to the daily queue (re-adding the same keyword, location and device replaces its engines).
   * One result per keyword, in input order; split at 100 keywords (and 1,000 pairs) per call.
   */
  addKeywords(
    keywords: readonly string[],
    engines: readonly string[],
    options: { location?: string | undefined; device?: Device | undefined } & CallOptions = {},
  ): Promise<Array<TrackedKeyword | UpstreamError>> {
    const perCall = Math.min(
      SERPMETRICS_LIMITS.keywordsPerAdd,
      SERPMETRICS_LIMITS.pairsPerAdd / Math.max(1, engines.length),
    );
    return collect(keywords, Math.max(1, Math.floor(perCall)), async (batch) => {
      const params = { keyword: batch, engines, location: options.location, device: options.device };
      const items = await this.call(serpmetricsPath('keywords/add'), params, AddKeywordsData, options);
      return expectLength(items, batch.length).map((item, i) => addItemResult(item, i));
    });
  }

  /** Removes keywords (and all their engines); one result per id, `NOT_FOUND` for unknown ids. */
  deleteKeywords(
    keywordIds: readonly string[],
    options: CallOptions = {},
  ): Promise<Array<DeletedKeyword | UpstreamError>> {
    return collect(keywordIds, SERPMETRICS_LIMITS.idsPerDelete, async (batch) => {
      const items = await this.call('/keywords/delete', { keyword_id: batch }, DeleteData, options);
      return batch.map((keywordId, i) => {
        const item = items.find((it) => it.keyword_id === keywordId) ?? items[i];
        if (item === undefined) return badResponse(`data.${i}`);
        return item.status === 'ok' ? { keywordId } : itemError('NOT_FOUND', `data.${i}.status`);
      });
    });
  }

  /** Adds engines to a tracked keyword, keeping the others. */
  appendEngines(keywordId: string, engines: readonly string[], options: CallOptions = {}): Promise<TrackedKeyword> {
    return this.call(
      serpmetricsPath('keywords/append_engines'),
      { keyword_id: keywordId, engines },
      KeywordData,
      options,
    );
  }

  /** Removes engines from a tracked keyword (removing the last one leaves it with no checks). */
  removeEngines(keywordId: string, engines: readonly string[], options: CallOptions = {}): Promise<TrackedKeyword> {
    return this.call('/keywords/remove_engines', { keyword_id: keywordId, engines }, KeywordData, options);
  }

  /** Every tracked keyword, paging until a page is empty, short, or repeats ids (an API ignoring paging). */
  async allKeywords(options: { pageSize?: number | undefined } & CallOptions = {}): Promise<TrackedKeyword[]> {
    const limit = options.pageSize ?? SERPMETRICS_LIMITS.keywordsPageSize;
    const seen = new Map<string, TrackedKeyword>();
    for (let page = 1; ; page++) {
      const rows = await this.call('/keywords/all', { page, limit }, AllKeywordsData, options);
      const fresh = rows.filter((k) => !seen.has(k.keywordId));
      for (const k of fresh) seen.set(k.keywordId, k);
      if (fresh.length < rows.length || rows.length < limit) return [...seen.values()];
    }
  }

  /** The tracked keyword with this phrase, location and device, or `null` when it is not tracked. */
  keywordExists(identity: string | KeywordIdentity, options: CallOptions = {}): Promise<TrackedKeyword | null> {
    const k = typeof identity === 'string' ? { keyword: identity } : identity;
    const params = { keyword: k.keyword, location: k.location, device: k.device };
    return this.call('/keywords/exists', params, KeywordData, options, { nullOn404: /^not found/i });
  }

  /**
   * Recent checks of one keyword pair, newest first (`limit` ≤ 30). Takes the keyword id, or the phrase with
   * location and device (then one `keywordExists` lookup first; `NOT_FOUND` when it is not tracked).
   */
  async checks(
    keyword: string | KeywordIdentity,
    engine: string,
    options: { limit?: number | undefined } & CallOptions = {},
  ): Promise<KeywordChecks> {
    const keywordId = typeof keyword === 'string' ? keyword : (await this.requireTracked(keyword, options)).keywordId;
    const params = { keyword_id: keywordId, engine, limit: options.limit };
    return this.call('/keywords/check', params, ChecksData, options);
  }

  /** The SERP of one check, ordered by position; with `domain`, only that root domain's results. */
  async serp(checkId: string, options: { domain?: string | undefined } & CallOptions = {}): Promise<SerpPage> {
    const results = await this.call('/keywords/serp', { check_id: checkId, domain: options.domain }, SerpData, options);
    return { checkId, results };
  }

  /**
   * The latest SERP of a tracked pair in three lookups (keyword id, latest check id, SERP); `null` when the
   * keyword is not tracked on that engine, `PENDING` when it has no check yet.
   */
  latestSerp(
    keyword: string | KeywordIdentity,
    engine: string,
    options: { domain?: string | undefined } & CallOptions = {},
  ): Promise<SerpSnapshot | null> {
    return latestSerpVia(this, keyword, engine, options);
  }

  /** One-off fast checks (6 credits per pair, charged when data arrives); one result per keyword × engine pair. */
  priorityAdd(
    keywords: readonly string[],
    engines: readonly string[],
    options: QueueAddOptions & CallOptions = {},
  ): Promise<Array<QueuedCheck | UpstreamError>> {
    return this.queueAdd('priority', keywords, engines, options);
  }

  /** The finished priority check; throws `PENDING` while queued and `CHECK_FAILED` once it failed for good. */
  priorityStatus(priorityId: string, options: CallOptions = {}): Promise<CompletedCheck> {
    return this.call('/priority/status', { priority_id: priorityId }, PriorityStatusData, options);
  }

  /** One-off cheap, slow checks (1 credit per pair); one result per keyword × engine pair. */
  delayedAdd(
    keywords: readonly string[],
    engines: readonly string[],
    options: DelayedAddOptions & CallOptions = {},
  ): Promise<Array<QueuedCheck | UpstreamError>> {
    return this.queueAdd('delayed', keywords, engines, options);
  }

  /** The finished delayed check; throws `PENDING` while queued and `CHECK_FAILED` once it failed. */
  delayedStatus(delayedId: string, options: CallOptions = {}): Promise<CompletedCheck> {
    return this.call('/delayed/status', { delayed_id: delayedId }, DelayedStatusData, options);
  }

  /** The flux series of one engine, oldest first. */
  fluxTrend(engine: string, period: FluxPeriod = 'daily', options: CallOptions = {}): Promise<FluxPoint[]> {
    return this.call('/flux/trend', { engine_code: engine, type: period }, FluxData, options, { ignoreStatus: true });
  }

  /** Account balances. */
  credit(options: CallOptions = {}): Promise<Credit> {
    return this.call('/users/credit', undefined, CreditData, options);
  }

  /** The server's clock. */
  async time(options: CallOptions = {}): Promise<Date> {
    const reply = await this.send('/users/time', undefined, options);
    return new Date(parseBody(reply, TimeBody, '').request_time * 1000);
  }

  /**
   * Measures the skew toward the server from `/users/time` and signs with it from then on; concurrent callers
   * share one measurement. Returns the skew in seconds.
   */
  syncClock(options: CallOptions = {}): Promise<number> {
    this.syncing ??= this.measureSkew(options).finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  async close(): Promise<void> {
    await this.ownTransport?.close();
  }

  private async requireTracked(identity: KeywordIdentity, options: CallOptions): Promise<TrackedKeyword> {
    return (await this.keywordExists(identity, options)) ?? throwError(itemError('NOT_FOUND', 'keyword'));
  }

  private queueAdd(
    queue: 'priority' | 'delayed',
    keywords: readonly string[],
    engines: readonly string[],
    options: DelayedAddOptions & CallOptions,
  ): Promise<Array<QueuedCheck | UpstreamError>> {
    const { path, schema, maxChecks } = QUEUE_ADD[queue];
    const { location, device, callbackUrl: callback, cid, signal } = options;
    return collectPairs(keywords, engines, maxChecks, async (batch) => {
      const params = { keyword: batch.keywords, engines: batch.engines, location, device, callback, cid };
      const checks = { queue, count: batch.indexes.length };
      return matchPairs(batch, await this.call(path, params, schema, { signal, checks }));
    });
  }

  private async measureSkew(options: CallOptions): Promise<number> {
    const sentAt = Date.now();
    const reply = await this.send('/users/time', undefined, { signal: options.signal, resilience: false }, false);
    // A timestamp 401 still carries the server's request_time, which is all a sync needs.
    const serverSeconds = reply.envelope?.request_time ?? parseBody(reply, TimeBody, '').request_time;
    return this.clock.observe(Math.floor(serverSeconds), sentAt, Date.now());
  }

  private async call<S extends z.ZodType>(
    path: string,
    params: object | undefined,
    schema: S,
    options: SendOptions,
    parse: ParseOptions & { nullOn404: RegExp },
  ): Promise<z.output<S> | null>;
  private async call<S extends z.ZodType>(
    path: string,
    params: object | undefined,
    schema: S,
    options: SendOptions,
    parse?: ParseOptions,
  ): Promise<z.output<S>>;
  private async call<S extends z.ZodType>(
    path: string,
    params: object | undefined,
    schema: S,
    options: SendOptions,
    parse: ParseOptions = {},
  ): Promise<z.output<S> | null> {
    const reply = await this.send(path, params, options);
    if (reply.status === 404 && parse.nullOn404?.test(reply.message.trim())) return null;
    return parseData(reply, schema, parse.ignoreStatus ?? false);
  }

  /** Signs and posts; after a timestamp 401, syncs the clock and sends once more. */
  private async send(path: string, params: object | undefined, options: SendOptions, resync = true): Promise<Reply> {
    const reply = await this.post(path, params, options);
    if (!resync || !this.isTimestampRejection(reply)) return reply;
    await this.syncClock(options);
    return this.post(path, params, options);
  }

  /** One signed POST; a 307/308 to the same origin is followed once (never elsewhere: the key would leak). */
  private async post(path: string, params: object | undefined, options: SendOptions): Promise<Reply> {
    const res = await this.attempt(path, path, params, options);
    const moved = res.status === 307 || res.status === 308 ? this.sameOriginPath(res.headers.location) : undefined;
    return readReply(moved === undefined ? res : await this.attempt(path, moved, params, options));
  }

  private attempt(endpoint: string, path: string, params: object | undefined, options: SendOptions) {
    const body = signedForm(this.credentials, this.clock.now(), params).toString();
    const paid = (SERPMETRICS_ENDPOINTS[endpoint] ?? 'paid-write') === 'paid-write';
    return this.transport.request({
      method: 'POST',
      path,
      headers: FORM_HEADERS,
      body,
      signal: options.signal,
      credentialId: this.credentialId,
      idempotent: !paid,
      safeRetryCodes: paid ? [...NOTHING_WRITTEN] : [],
      checks: options.checks,
      resilience: options.resilience,
    });
  }

  private sameOriginPath(location: string | string[] | undefined): string | undefined {
    if (typeof location !== 'string') return undefined;
    const target = new URL(location, this.base);
    if (target.origin !== this.base.origin || !target.pathname.startsWith(`${this.basePath}/`)) return undefined;
    return `${target.pathname.slice(this.basePath.length)}${target.search}`;
  }

  private isTimestampRejection(reply: Reply): boolean {
    return reply.status === 401 && this.credentials.apiSecret !== undefined && /timestamp/i.test(reply.message);
  }
}

/** The three lookups behind `latestSerp`, each replaceable by a cached version (the gateway caches them apart). */
export type LatestSerpSteps = Pick<SerpmetricsClient, 'keywordExists' | 'checks' | 'serp'>;

export async function latestSerpVia(
  steps: LatestSerpSteps,
  keyword: string | KeywordIdentity,
  engine: string,
  options: { domain?: string | undefined } & CallOptions = {},
): Promise<SerpSnapshot | null> {
  const tracked = await steps.keywordExists(keyword, options);
  if (tracked === null || !tracked.engines.includes(engine)) return null;
  const latest = (await steps.checks(tracked.keywordId, engine, { limit: 1, signal: options.signal })).checks[0];
  if (latest === undefined) throw itemError('PENDING', 'checks');
  const page = await steps.serp(latest.checkId, options);
  const { keywordId, location, device } = tracked;
  return { ...page, keywordId, keyword: tracked.keyword, engine, location, device, checkedAt: latest.checkedAt };
}

async function readReply(res: TransportResponse): Promise<Reply> {
  const base = { status: res.status, retryAfter: res.headers['retry-after'] };
  // A 204 has no body worth reading (the spec's "not processed yet").
  if (res.status === 204) return { ...base, envelope: undefined, message: '' };
  const parsed = Envelope.safeParse(parseJson(res.text));
  const envelope = parsed.success ? parsed.data : undefined;
  return { ...base, envelope, message: envelope?.message ?? looseMessage(res.text) };
}

/** The message of a body that is not valid JSON (PHP warnings, documented examples with trailing commas). */
function looseMessage(text: string): string {
  return /"message"\s*:\s*"([^"]{0,200})"/.exec(text)?.[1] ?? text.slice(0, 200);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** §5.5: 204 and the pending 404s → PENDING, `failed` → CHECK_FAILED, errors mapped, 2xx data parsed with zod. */
function parseData<S extends z.ZodType>(reply: Reply, schema: S, ignoreStatus: boolean): z.output<S> {
  const { status, envelope } = reply;
  if (status === 204) throw itemError('PENDING', undefined, 204);
  if (status < 200 || status >= 300) throw errorFromReply({ upstream: 'serpmetrics', ...reply });
  if (envelope === undefined) throw badResponse('body', status);
  if (envelope.failed === true) throw itemError('CHECK_FAILED', undefined, status);
  if (envelope.status === 'error' && !ignoreStatus) throw badResponse('status', status);
  return parseAt(schema, envelope.data, 'data', status);
}

/** Parses a whole 2xx body (`/users/time` has no envelope data). */
function parseBody<S extends z.ZodType>(reply: Reply, schema: S, at: string): z.output<S> {
  if (reply.status < 200 || reply.status >= 300) throw errorFromReply({ upstream: 'serpmetrics', ...reply });
  return parseAt(schema, reply.envelope, at, reply.status);
}

function parseAt<S extends z.ZodType>(schema: S, value: unknown, at: string, status?: number): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const path = [at, ...(result.error.issues[0]?.path ?? [])].filter((p) => p !== '').join('.');
  throw badResponse(path || 'body', status);
}

/** A multi-add item: each keyword has the status it would have had alone (§5.4). */
function addItemResult(item: AddItem, index: number): TrackedKeyword | UpstreamError {
  const { http_status: status, response } = item;
  const at = `data.${index}.response`;
  if (status >= 300) return errorFromReply({ upstream: 'serpmetrics', status, message: response.message ?? '' });
  if (response.status === 'error') return badResponse(`${at}.status`, status);
  try {
    return parseAt(KeywordData, response.data, `${at}.data`, status);
  } catch (error) {
    return asUpstreamError(error);
  }
}

function expectLength<T>(items: T[], expected: number): T[] {
  if (items.length !== expected) throw badResponse('data.length');
  return items;
}

interface PairBatch {
  keywords: string[];
  engines: string[];
  /** Index of each pair of this batch in the caller's keyword-major order. */
  indexes: number[];
}

/** Batches of keyword × engine pairs holding at most `max` pairs each, with as few calls as possible. */
export function pairBatches(keywords: readonly string[], engines: readonly string[], max: number): PairBatch[] {
  const batches: PairBatch[] = [];
  for (const [groupIndex, group] of chunks(engines, max).entries()) {
    const perCall = Math.max(1, Math.floor(max / group.length));
    for (const [keywordChunk, kws] of chunks(keywords, perCall).entries()) {
      const indexes = kws.flatMap((_, k) =>
        group.map((_e, e) => (keywordChunk * perCall + k) * engines.length + groupIndex * max + e),
      );
      batches.push({ keywords: kws, engines: group, indexes });
    }
  }
  return batches;
}

const normalizePhrase = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Pairs the queued items of one call with the pairs sent, by phrase and engine (falling back to order). */
function matchPairs(batch: PairBatch, items: QueuedCheck[]): Array<QueuedCheck | UpstreamError> {
  const left = [...items];
  return batch.keywords.flatMap((keyword, k) =>
    batch.engines.map((engine, e) => {
      const i = left.findIndex(
        (it) => it.engine === engine && normalizePhrase(it.keyword) === normalizePhrase(keyword),
      );
      const byOrder = items.length === batch.indexes.length ? items[k * batch.engines.length + e] : undefined;
      const found = i >= 0 ? left.splice(i, 1)[0] : byOrder;
      return found ?? badResponse(`data.${k * batch.engines.length + e}`);
    }),
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs one call per chunk, one after another (writes stay in order and within rate limits). A failed call
 * gives its error to each of its items; the other chunks keep their results.
 */
async function collect<T, R>(
  items: readonly T[],
  size: number,
  run: (batch: T[]) => Promise<Array<R | UpstreamError>>,
) {
  const out: Array<R | UpstreamError> = [];
  for (const batch of chunks(items, size)) out.push(...(await settle(batch.length, () => run(batch))));
  return out;
}

async function collectPairs<R>(
  keywords: readonly string[],
  engines: readonly string[],
  max: number,
  run: (batch: PairBatch) => Promise<Array<R | UpstreamError>>,
): Promise<Array<R | UpstreamError>> {
  const out = new Array<R | UpstreamError>(keywords.length * engines.length);
  for (const batch of pairBatches(keywords, engines, max)) {
    const results = await settle(batch.indexes.length, () => run(batch));
    batch.indexes.forEach((index, i) => {
      out[index] = results[i] ?? badResponse(`data.${i}`);
    });
  }
  return out;
}

async function settle<R>(count: number, run: () => Promise<Array<R | UpstreamError>>) {
  try {
    return await run();
  } catch (error) {
    return new Array<R | UpstreamError>(count).fill(asUpstreamError(error));
  }
}

function asUpstreamError(error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  throw error;
}

function itemError(code: UpstreamErrorCode, detail?: string, httpStatus?: number): UpstreamError {
  return new UpstreamError({ code, upstream: 'serpmetrics', detail, httpStatus });
}

function badResponse(detail: string, httpStatus?: number): UpstreamError {
  return itemError('UPSTREAM_BAD_RESPONSE', detail, httpStatus);
}

function throwError(error: UpstreamError): never {
  throw error;
}
