/**
 * The typed SERPmetrics client: one method per endpoint, sent as signed form POSTs (serpmetrics.md §3–4) with
 * clock-skew correction after a timestamp 401. Its replies are read and mapped in ./replies.ts (§5.5), batches
 * split in ./batching.ts (§6.1), and the write-safety facts the resilience layer needs are in ./safety.ts.
 */
import type { z } from 'zod';
import { serpmetricsPath } from '../../pricing/index.js';
import type { UpstreamError } from '../errors.js';
import type { CallObserver } from '../observer.js';
import type { Resilience, ResilienceOptions } from '../resilience/index.js';
import { Transport, type TransportRequest, type TransportResponse } from '../transport.js';
import { collect, collectPairs, matchPairs } from './batching.js';
import {
  addItemResult,
  badResponse,
  expectLength,
  itemError,
  parseBody,
  parseData,
  type Reply,
  readReply,
  throwError,
} from './replies.js';
import { NOTHING_WRITTEN, SERPMETRICS_ENDPOINTS } from './safety.js';
import {
  AddKeywordsData,
  AllKeywordsData,
  ChecksData,
  CreditData,
  DelayedAddData,
  DelayedStatusData,
  DeleteData,
  EnginesData,
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
