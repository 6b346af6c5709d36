/**
 * The typed SE Ranking Data API client (seranking.md §1–6, §8): header auth, input validation before any call,
 * target and keyword batching merged back in input order, 244 isolation, and zod-parsed domain results.
 */
import { createHash, randomBytes } from 'node:crypto';
import { bulkhead } from 'cockatiel';
import { LRUCache } from 'lru-cache';
import type { z } from 'zod';
import { serankingPath } from '../../pricing/index.js';
import { errorFromReply, isUpstreamError, UpstreamError } from '../errors.js';
import type { CallObserver } from '../observer.js';
import type { Resilience, ResilienceOptions } from '../resilience/index.js';
import { Transport, type TransportResponse } from '../transport.js';
import {
  type BacklinkChangeFilter,
  type BacklinkFilter,
  backlinkFilterQuery,
  changeFilterQuery,
  type KeywordFilter,
  keywordFilterQuery,
  type RankingFilter,
  rankingFilterQuery,
} from './filters.js';
import {
  AnchorsResponse,
  AuthorityResponse,
  BacklinkHistoryCountResponse,
  BacklinkHistoryResponse,
  BacklinksResponse,
  CreditBalanceResponse,
  DomainCompetitorsResponse,
  DomainKeywordsResponse,
  DomainOverviewHistoryResponse,
  DomainOverviewResponse,
  ErrorBody,
  KeywordExportResponse,
  KeywordSuggestionsResponse,
  LongtailResponse,
  MetricsResponse,
  plainKeywordExport,
  RefDomainsResponse,
  SubscriptionResponse,
  SummaryResponse,
  WorldwideOverviewResponse,
} from './schemas.js';
import type {
  Anchor,
  Authority,
  Backlink,
  BacklinkChange,
  BacklinkChangeCount,
  BacklinkMetrics,
  BacklinkSummary,
  CallOptions,
  CreditBalance,
  DomainCompetitor,
  DomainKeyword,
  DomainOverview,
  KeywordMetrics,
  KeywordSuggestions,
  LongtailKeywords,
  OverviewStats,
  RefDomain,
  Subscription,
  TargetMode,
  WorldwideOverview,
} from './types.js';
import {
  checkDate,
  checkDomain,
  checkInt,
  checkKeyword,
  checkLimit,
  checkMode,
  checkSource,
  checkTarget,
  invalidInput,
  keywordKey,
  siteOf,
  targetKey,
} from './validate.js';

export interface SerankingClientOptions {
  /** `https://api.seranking.com` or a sandbox URL; paths start with `/v1/`. */
  baseUrl: string;
  apiKey: string;
  /** Per-call timeout of light calls (default 15 s). */
  timeoutMs?: number;
  /** Per-call timeout of domain-analysis and keyword-export calls (default 60 s). */
  heavyTimeoutMs?: number;
  connections?: number;
  /** Targets per multi-target call, 1–100 (default 100). */
  maxTargetsPerCall?: number;
  /** Keywords per export call, 1–10,000 (default 5,000, the real API's limit). */
  maxKeywordsPerExport?: number;
  /** Chunks of one client in flight at once (default 4). */
  maxChunksInFlight?: number;
  /** A GET query longer than this (bytes) goes as POST JSON instead (default 6,000). */
  maxQueryBytes?: number;
  /** Registrable domains known to answer 244 (default google.com, twitter.com): never sent. */
  knownHugeTargets?: readonly string[];
  /** Retries, limiter and breaker of the transport this client creates (a shared instance or options). */
  resilience?: ResilienceOptions | Resilience;
  /** Observer of the calls of the transport this client creates. */
  observer?: CallObserver | undefined;
  /** An existing transport for this upstream; one is created otherwise (and closed by `close()`). */
  transport?: Transport;
}

export type BacklinksOrder = 'date_found' | 'domain_inlink_rank' | 'inlink_rank';

export interface BacklinksOptions {
  /** 1–10,000 (default 100); there is no offset. */
  limit?: number;
  orderBy?: BacklinksOrder;
  /** At most this many backlinks per referring domain, 1–100. */
  perDomain?: number;
  filter?: BacklinkFilter;
}

export interface RefDomainsOptions {
  limit?: number;
  orderBy?: BacklinksOrder;
}

export interface AnchorsOptions {
  limit?: number;
  orderBy?: 'backlinks' | 'refdomains';
}

export interface HistoryCountOptions {
  change?: 'new' | 'lost';
  /** YYYY-MM-DD */
  dateFrom?: string;
  dateTo?: string;
  filter?: BacklinkChangeFilter;
}

export interface HistoryOptions extends HistoryCountOptions {
  limit?: number;
  orderBy?: 'new_lost_date' | 'domain_inlink_rank' | 'inlink_rank';
}

export interface SuggestionOptions {
  /** 1–1,000 (default 100). */
  limit?: number;
  offset?: number;
  sort?: 'keyword' | 'volume' | 'cpc' | 'difficulty' | 'competition';
  sortOrder?: 'asc' | 'desc';
  /** Ask for the 12 monthly volumes (`trend`). */
  withTrend?: boolean;
  filter?: KeywordFilter;
}

/** Organic results or paid ads. */
export type DomainResultType = 'organic' | 'paid';

export interface DomainKeywordsOptions {
  type?: DomainResultType;
  withSubdomains?: boolean;
  orderField?:
    | 'traffic'
    | 'volume'
    | 'position'
    | 'cpc'
    | 'competition'
    | 'kei'
    | 'difficulty'
    | 'traffic_percent'
    | 'price';
  orderType?: 'asc' | 'desc';
  /** From 1. */
  page?: number;
  /** 1–1,000 (default 100). */
  limit?: number;
  positionChange?: 'up' | 'down' | 'new' | 'lost' | 'diff' | 'same';
  filter?: RankingFilter;
  /** A historical snapshot (both or neither). */
  year?: number;
  month?: number;
}

type Query = Record<string, string | number | boolean | undefined>;

interface Call {
  method: 'GET' | 'POST';
  path: string;
  query?: Query;
  body?: string;
  headers?: Record<string, string>;
  heavy?: boolean;
}

const UPSTREAM = 'seranking';
const DAY_MS = 86_400_000;
const DEFAULT_HUGE = ['google.com', 'twitter.com'];

/** The unit of batching: one distinct item, the value sent, and the input positions it answers. */
interface Pending {
  key: string;
  sent: string;
  indexes: number[];
}

export class SerankingClient {
  /** Short hash of the key: identifies the credential in cache keys without revealing it. */
  readonly credentialId: string;
  private readonly transport: Transport;
  private readonly ownsTransport: boolean;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly heavyTimeoutMs: number;
  private readonly maxTargets: number;
  private readonly maxKeywords: number;
  private readonly maxQueryBytes: number;
  private readonly chunks: ReturnType<typeof bulkhead>;
  private readonly knownHuge: ReadonlySet<string>;
  private readonly learnedHuge = new LRUCache<string, true>({ max: 10_000, ttl: DAY_MS });

  constructor(options: SerankingClientOptions) {
    this.maxTargets = bounded(options.maxTargetsPerCall ?? 100, 1, 100, 'maxTargetsPerCall');
    this.maxKeywords = bounded(options.maxKeywordsPerExport ?? 5000, 1, 10_000, 'maxKeywordsPerExport');
    this.credentialId = createHash('sha256').update(options.apiKey).digest('hex').slice(0, 16);
    this.headers = { authorization: `Token ${options.apiKey}`, accept: 'application/json' };
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.heavyTimeoutMs = options.heavyTimeoutMs ?? 60_000;
    this.maxQueryBytes = options.maxQueryBytes ?? 6000;
    this.chunks = bulkhead(options.maxChunksInFlight ?? 4, Number.POSITIVE_INFINITY);
    this.knownHuge = new Set((options.knownHugeTargets ?? DEFAULT_HUGE).map(siteOf));
    this.ownsTransport = options.transport === undefined;
    this.transport =
      options.transport ??
      new Transport({
        upstream: UPSTREAM,
        baseUrl: options.baseUrl,
        timeoutMs: this.timeoutMs,
        credentialId: this.credentialId,
        connections: options.connections,
        resilience: options.resilience,
        observer: options.observer,
      });
  }

  close(): Promise<void> {
    return this.ownsTransport ? this.transport.close() : Promise.resolve();
  }

  // ---- backlinks: many targets, one result per input target ----

  async backlinkSummaries(
    targets: readonly string[],
    mode: TargetMode = 'host',
    options?: CallOptions,
  ): Promise<Array<BacklinkSummary | UpstreamError>> {
    return this.perTarget<BacklinkSummary>(serankingPath('backlinks/summary'), SummaryResponse, targets, mode, options);
  }

  async backlinkMetrics(
    targets: readonly string[],
    mode: TargetMode = 'host',
    options?: CallOptions,
  ): Promise<Array<BacklinkMetrics | UpstreamError>> {
    return this.perTarget<BacklinkMetrics>(serankingPath('backlinks/metrics'), MetricsResponse, targets, mode, options);
  }

  /** InLink Rank and Domain InLink Rank per target (no mode: the endpoint takes none). */
  async authority(targets: readonly string[], options?: CallOptions): Promise<Array<Authority | UpstreamError>> {
    return this.perTarget<Authority>(
      serankingPath('backlinks/authority'),
      AuthorityResponse,
      targets,
      undefined,
      options,
    );
  }

  // ---- backlinks: one target ----

  async backlinks(
    target: string,
    mode: TargetMode = 'host',
    opts: BacklinksOptions = {},
    options?: CallOptions,
  ): Promise<Backlink[]> {
    const query = {
      limit: checkLimit(opts.limit, 10_000),
      order_by: opts.orderBy,
      per_domain: checkInt(opts.perDomain, 'per_domain', 1, 100),
      ...backlinkFilterQuery(opts.filter),
    };
    return this.oneTarget(serankingPath('backlinks/all'), target, mode, query, BacklinksResponse, options);
  }

  async refDomains(
    target: string,
    mode: TargetMode = 'host',
    opts: RefDomainsOptions = {},
    options?: CallOptions,
  ): Promise<RefDomain[]> {
    const query = { limit: checkLimit(opts.limit, 10_000), order_by: opts.orderBy };
    return this.oneTarget(serankingPath('backlinks/refdomains'), target, mode, query, RefDomainsResponse, options);
  }

  async anchors(
    target: string,
    mode: TargetMode = 'host',
    opts: AnchorsOptions = {},
    options?: CallOptions,
  ): Promise<Anchor[]> {
    const query = { limit: checkLimit(opts.limit, 10_000), order_by: opts.orderBy };
    return this.oneTarget(serankingPath('backlinks/anchors'), target, mode, query, AnchorsResponse, options);
  }

  /** New and lost backlinks. */
  async history(
    target: string,
    mode: TargetMode = 'host',
    opts: HistoryOptions = {},
    options?: CallOptions,
  ): Promise<BacklinkChange[]> {
    const query = { ...historyFilters(opts), limit: checkLimit(opts.limit, 10_000), order_by: opts.orderBy };
    return this.oneTarget(serankingPath('backlinks/history'), target, mode, query, BacklinkHistoryResponse, options);
  }

  /** New and lost backlinks per day, oldest first. */
  async historyCount(
    target: string,
    mode: TargetMode = 'host',
    opts: HistoryCountOptions = {},
    options?: CallOptions,
  ): Promise<BacklinkChangeCount[]> {
    const query = historyFilters(opts);
    return this.oneTarget(
      serankingPath('backlinks/history/count'),
      target,
      mode,
      query,
      BacklinkHistoryCountResponse,
      options,
    );
  }

  // ---- keywords ----

  /**
   * Metrics of many keywords in one regional database: one result per input keyword, in input order.
   * Keywords equal after normalisation share one row; a keyword the upstream leaves out gets `dataFound: false`.
   */
  async keywordMetrics(
    keywords: readonly string[],
    source: string,
    options?: CallOptions,
  ): Promise<Array<KeywordMetrics | UpstreamError>> {
    const database = checkSource(source);
    const results: Array<KeywordMetrics | UpstreamError> = [];
    const pending = collect(keywords, results, (k) => {
      const sent = checkKeyword(k);
      return { sent, key: keywordKey(sent) };
    });
    await this.inChunks(pending, this.maxKeywords, results, async (chunk) => {
      const rows = await this.exportKeywords(
        chunk.map((p) => p.sent),
        database,
        options,
      );
      const byKey = new Map(rows.map((row) => [keywordKey(row.keyword), row]));
      return chunk.map((p) => byKey.get(p.key) ?? noData(p.key));
    });
    return results;
  }

  async similarKeywords(
    keyword: string,
    source: string,
    opts: SuggestionOptions = {},
    options?: CallOptions,
  ): Promise<KeywordSuggestions> {
    return this.suggestions(serankingPath('keywords/similar'), keyword, source, opts, options);
  }

  async relatedKeywords(
    keyword: string,
    source: string,
    opts: SuggestionOptions = {},
    options?: CallOptions,
  ): Promise<KeywordSuggestions> {
    return this.suggestions(serankingPath('keywords/related'), keyword, source, opts, options);
  }

  async keywordQuestions(
    keyword: string,
    source: string,
    opts: SuggestionOptions = {},
    options?: CallOptions,
  ): Promise<KeywordSuggestions> {
    return this.suggestions(serankingPath('keywords/questions'), keyword, source, opts, options);
  }

  /** Long-tail variants of a keyword (texts only, no metrics). */
  async longtailKeywords(
    keyword: string,
    source: string,
    opts: { limit?: number; offset?: number } = {},
    options?: CallOptions,
  ): Promise<LongtailKeywords> {
    return this.fetch<LongtailKeywords>(
      { method: 'GET', path: serankingPath('keywords/longtail'), query: this.suggestionQuery(keyword, source, opts) },
      LongtailResponse,
      options,
    );
  }

  // ---- domain analysis ----

  async domainOverview(
    domain: string,
    source: string,
    opts: { withSubdomains?: boolean } = {},
    options?: CallOptions,
  ): Promise<DomainOverview> {
    const query = { ...this.domainQuery(domain, source), with_subdomains: flag(opts.withSubdomains) };
    const body = await this.fetch(
      { method: 'GET', path: serankingPath('domain/overview/db'), query, heavy: true },
      DomainOverviewResponse,
      options,
    );
    return { domain: query.domain, source: query.source, organic: body.organic, paid: body.adv };
  }

  /** The domain in every regional database where it has data, the `worldwide` total first. */
  async domainOverviewWorldwide(domain: string, options?: CallOptions): Promise<WorldwideOverview> {
    const query = {
      domain: checkDomain(domain),
      fields: 'price,traffic,keywords,positions_diff,positions_tops',
      show_zones_list: 1,
    };
    const body = await this.fetch(
      { method: 'GET', path: serankingPath('domain/overview/worldwide'), query, heavy: true },
      WorldwideOverviewResponse,
      options,
    );
    return { organic: body.organic, paid: body.adv };
  }

  /** Monthly overview snapshots, oldest first. */
  async domainOverviewHistory(
    domain: string,
    source: string,
    opts: { type?: DomainResultType } = {},
    options?: CallOptions,
  ): Promise<OverviewStats[]> {
    const query = { ...this.domainQuery(domain, source), type: resultType(opts.type) };
    return this.fetch(
      { method: 'GET', path: serankingPath('domain/overview/history'), query, heavy: true },
      DomainOverviewHistoryResponse,
      options,
    );
  }

  /** Keywords the domain ranks for, one page at a time. */
  async domainKeywords(
    domain: string,
    source: string,
    opts: DomainKeywordsOptions = {},
    options?: CallOptions,
  ): Promise<DomainKeyword[]> {
    const query = {
      ...this.domainQuery(domain, source),
      type: resultType(opts.type),
      with_subdomains: flag(opts.withSubdomains),
      order_field: opts.orderField,
      order_type: opts.orderType,
      page: checkInt(opts.page, 'page', 1),
      limit: checkLimit(opts.limit, 1000),
      pos_change: opts.positionChange,
      ...rankingFilterQuery(opts.filter),
      year: checkInt(opts.year, 'year', 2000, 9999),
      month: checkInt(opts.month, 'month', 1, 12),
    };
    return this.fetch<DomainKeyword[]>(
      { method: 'GET', path: serankingPath('domain/keywords'), query, heavy: true },
      DomainKeywordsResponse,
      options,
    );
  }

  async domainCompetitors(
    domain: string,
    source: string,
    opts: { type?: DomainResultType } = {},
    options?: CallOptions,
  ): Promise<DomainCompetitor[]> {
    const query = { ...this.domainQuery(domain, source), type: resultType(opts.type) };
    return this.fetch<DomainCompetitor[]>(
      { method: 'GET', path: serankingPath('domain/competitors'), query, heavy: true },
      DomainCompetitorsResponse,
      options,
    );
  }

  // ---- account ----

  async subscription(options?: CallOptions): Promise<Subscription> {
    return this.fetch({ method: 'GET', path: serankingPath('account/subscription') }, SubscriptionResponse, options);
  }

  async creditBalance(options?: CallOptions): Promise<CreditBalance> {
    return this.fetch({ method: 'GET', path: serankingPath('account/credit-balance') }, CreditBalanceResponse, options);
  }

  // ---- batching ----

  /** Validates, de-duplicates and splits targets, then merges rows (or per-target errors) back in input order. */
  private async perTarget<T extends { target: string }>(
    path: string,
    schema: z.ZodType<T[]>,
    targets: readonly string[],
    mode: TargetMode | undefined,
    options: CallOptions | undefined,
  ): Promise<Array<T | UpstreamError>> {
    // Authority takes no mode; its rows are pages, so keep schemes apart when matching.
    const keyMode = mode === undefined ? 'url' : checkMode(mode);
    const results: Array<T | UpstreamError> = [];
    const pending = collect(targets, results, (t) => {
      const sent = checkTarget(t);
      const huge = this.hugeError(sent);
      if (huge) throw huge;
      return { sent, key: targetKey(sent, keyMode) };
    });
    await this.inChunks(pending, this.maxTargets, results, (chunk) =>
      this.targetChunk(
        path,
        schema,
        chunk.map((p) => p.sent),
        mode,
        options,
      ),
    );
    return results;
  }

  /**
   * One chunk of targets. A 244 or `Invalid target` naming targets fails those items only and re-issues the rest;
   * a 244 naming none (the real API) is bisected down to the huge targets.
   */
  private async targetChunk<T extends { target: string }>(
    path: string,
    schema: z.ZodType<T[]>,
    sent: readonly string[],
    mode: TargetMode | undefined,
    options: CallOptions | undefined,
  ): Promise<Array<T | UpstreamError>> {
    const keyMode = mode ?? 'url';
    try {
      const rows = await this.fetch(this.targetsCall(path, sent, mode), schema, options);
      return matchRows(rows, sent, keyMode);
    } catch (error) {
      if (!isUpstreamError(error) || (error.code !== 'TARGET_TOO_LARGE' && error.code !== 'INVALID_TARGET')) {
        throw error;
      }
      const named = new Set((error.items ?? []).map((t) => targetKey(t, keyMode)));
      const isNamed = (t: string) => named.has(targetKey(t, keyMode));
      const itemError = (t: string) =>
        new UpstreamError({ code: error.code, upstream: UPSTREAM, httpStatus: error.httpStatus, items: [t] });
      if (sent.some(isNamed)) {
        if (error.code === 'TARGET_TOO_LARGE') for (const t of sent.filter(isNamed)) this.rememberHuge(t);
        const rest = sent.filter((t) => !isNamed(t));
        const restResults = rest.length > 0 ? await this.targetChunk(path, schema, rest, mode, options) : [];
        let next = 0;
        return sent.map((t) => (isNamed(t) ? itemError(t) : (restResults[next++] ?? missingRow())));
      }
      const first = sent[0];
      if (error.code === 'INVALID_TARGET' || first === undefined) throw error;
      if (sent.length === 1) {
        this.rememberHuge(first);
        return [itemError(first)];
      }
      const half = Math.ceil(sent.length / 2);
      const left = await this.targetChunk(path, schema, sent.slice(0, half), mode, options);
      const right = await this.targetChunk(path, schema, sent.slice(half), mode, options);
      return [...left, ...right];
    }
  }

  /** GET with repeated `target=` while the query stays short, POST JSON beyond. */
  private targetsCall(path: string, targets: readonly string[], mode: TargetMode | undefined): Call {
    const query = new URLSearchParams();
    for (const t of targets) query.append('target', t);
    if (mode) query.set('mode', mode);
    if (Buffer.byteLength(query.toString()) < this.maxQueryBytes) return { method: 'GET', path: `${path}?${query}` };
    return {
      method: 'POST',
      path,
      body: JSON.stringify(mode ? { target: targets, mode } : { target: targets }),
      headers: { 'content-type': 'application/json' },
    };
  }

  private async exportKeywords(
    keywords: readonly string[],
    source: string,
    options: CallOptions | undefined,
  ): Promise<KeywordMetrics[]> {
    const { body, contentType } = keywordForm(keywords);
    const call: Call = {
      method: 'POST',
      path: serankingPath('keywords/export'),
      query: { source },
      body,
      headers: { 'content-type': contentType },
      heavy: true,
    };
    return this.fetch(call, KeywordExportResponse, options, plainKeywordExport);
  }

  /** Runs chunks of distinct items (at most `maxChunksInFlight` at once, client-wide) and fans results out. */
  private async inChunks<T>(
    pending: readonly Pending[],
    size: number,
    results: Array<T | UpstreamError>,
    run: (chunk: readonly Pending[]) => Promise<Array<T | UpstreamError>>,
  ): Promise<void> {
    const chunks: Pending[][] = [];
    for (let i = 0; i < pending.length; i += size) chunks.push(pending.slice(i, i + size));
    await Promise.all(
      chunks.map(async (chunk) => {
        let chunkResults: Array<T | UpstreamError>;
        try {
          chunkResults = await this.chunks.execute(() => run(chunk));
        } catch (error) {
          if (!isUpstreamError(error)) throw error;
          chunkResults = chunk.map(() => error);
        }
        chunk.forEach((p, i) => {
          for (const index of p.indexes) results[index] = chunkResults[i] ?? missingRow();
        });
      }),
    );
  }

  /** The refusal of a target known to be too large: configured (never sent), or learned from a 244 (its status). */
  private hugeError(target: string): UpstreamError | undefined {
    const site = siteOf(target);
    if (this.knownHuge.has(site)) return tooLarge(target);
    return this.learnedHuge.has(site) ? tooLarge(target, 244) : undefined;
  }

  private rememberHuge(target: string): void {
    this.learnedHuge.set(siteOf(target), true);
  }

  // ---- queries ----

  /** A single-target backlinks call; its 244 is remembered like a batch one. */
  private async oneTarget<T>(
    path: string,
    target: string,
    mode: TargetMode,
    filters: Query,
    schema: z.ZodType<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const sent = checkTarget(target);
    const huge = this.hugeError(sent);
    if (huge) throw huge;
    const query = { target: sent, mode: checkMode(mode), ...filters };
    try {
      return await this.fetch({ method: 'GET', path, query }, schema, options);
    } catch (error) {
      if (isUpstreamError(error) && error.code === 'TARGET_TOO_LARGE') this.rememberHuge(sent);
      throw error;
    }
  }

  private domainQuery(domain: string, source: string) {
    return { source: checkSource(source), domain: checkDomain(domain) };
  }

  private suggestionQuery(keyword: string, source: string, opts: SuggestionOptions): Query {
    return {
      source: checkSource(source),
      keyword: checkKeyword(keyword),
      limit: checkLimit(opts.limit, 1000),
      offset: checkInt(opts.offset, 'offset', 0),
      sort: opts.sort,
      sort_order: opts.sortOrder,
      history_trend: opts.withTrend === undefined ? undefined : String(opts.withTrend),
      ...keywordFilterQuery(opts.filter),
    };
  }

  private suggestions(
    path: string,
    keyword: string,
    source: string,
    opts: SuggestionOptions,
    options: CallOptions | undefined,
  ): Promise<KeywordSuggestions> {
    const call: Call = { method: 'GET', path, query: this.suggestionQuery(keyword, source, opts) };
    return this.fetch(call, KeywordSuggestionsResponse, options);
  }

  // ---- the wire ----

  /**
   * Sends one call and parses its body; every failure becomes an UpstreamError (seranking.md §3.6). `plain`
   * reads a body in its usual form without the schema (undefined: the schema decides).
   */
  private async fetch<T>(
    call: Call,
    schema: z.ZodType<T>,
    options: CallOptions | undefined,
    plain?: (json: unknown) => T | undefined,
  ): Promise<T> {
    const res = await this.transport.request({
      method: call.method,
      path: withQuery(call.path, call.query),
      headers: { ...this.headers, ...call.headers },
      body: call.body,
      signal: options?.signal,
      timeoutMs: call.heavy ? this.heavyTimeoutMs : this.timeoutMs,
      credentialId: this.credentialId,
    });
    // 244 is a 2xx status: test it before any success parsing.
    if (res.status === 244 || res.status < 200 || res.status >= 300) throw replyError(res);
    let json: unknown;
    try {
      json = JSON.parse(res.text);
    } catch {
      throw badResponse('body');
    }
    const read = plain?.(json);
    if (read !== undefined) return read;
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const path = parsed.error.issues[0]?.path ?? [];
    throw badResponse(path.length > 0 ? path.map(String).join('.') : 'body');
  }
}

/**
 * The export's multipart form (`keywords[]` fields, as undici's FormData encodes them) as one string: FormData
 * encodes and streams each of 5,000 fields on its own (objects and a promise per field). Keywords are validated
 * (no control characters, so no line breaks); the boundary is random and checked against them.
 */
function keywordForm(keywords: readonly string[]): { body: string; contentType: string } {
  let boundary = formBoundary();
  while (keywords.some((k) => k.includes(boundary))) boundary = formBoundary();
  const field = `--${boundary}\r\nContent-Disposition: form-data; name="keywords[]"\r\n\r\n`;
  const body = `${field}${keywords.join(`\r\n${field}`)}\r\n--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const formBoundary = (): string => `----seograph-${randomBytes(12).toString('hex')}`;

function historyFilters(opts: HistoryCountOptions): Query {
  const dateFrom = checkDate(opts.dateFrom, 'date_from');
  const dateTo = checkDate(opts.dateTo, 'date_to');
  if (dateFrom && dateTo && dateFrom > dateTo) throw invalidInput('INVALID_PARAMETER', 'date_from');
  return { new_lost_type: opts.change, date_from: dateFrom, date_to: dateTo, ...changeFilterQuery(opts.filter) };
}

function withQuery(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(name, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function replyError(res: TransportResponse): UpstreamError {
  let json: unknown;
  try {
    json = JSON.parse(res.text);
  } catch {
    json = undefined;
  }
  const body = ErrorBody.safeParse(json);
  const message =
    (body.success ? (body.data.error?.message ?? body.data.message) : undefined) ?? res.text.slice(0, 200);
  return errorFromReply({
    upstream: UPSTREAM,
    status: res.status,
    message,
    retryAfter: res.headers['retry-after'],
    items: body.success ? body.data.error?.targets : undefined,
  });
}

/**
 * Validates each input item once, records invalid ones as per-item errors in `results`, and returns the distinct
 * valid items with the input positions each answers.
 */
function collect<T>(
  inputs: readonly string[],
  results: Array<T | UpstreamError>,
  check: (input: string) => { sent: string; key: string },
): Pending[] {
  const byKey = new Map<string, Pending>();
  inputs.forEach((input, index) => {
    try {
      const { sent, key } = check(input);
      const existing = byKey.get(key);
      if (existing) existing.indexes.push(index);
      else byKey.set(key, { key, sent, indexes: [index] });
    } catch (error) {
      if (!isUpstreamError(error)) throw error;
      results[index] = error;
    }
  });
  return [...byKey.values()];
}

/** Rows echo the targets as sent: match by normalised target, falling back to position when counts agree. */
function matchRows<T extends { target: string }>(
  rows: readonly T[],
  sent: readonly string[],
  mode: TargetMode,
): Array<T | UpstreamError> {
  const byKey = new Map(rows.map((row) => [targetKey(row.target, mode), row]));
  return sent.map(
    (t, i) => byKey.get(targetKey(t, mode)) ?? (rows.length === sent.length ? rows[i] : undefined) ?? missingRow(),
  );
}

const tooLarge = (target: string, httpStatus?: number) =>
  new UpstreamError({ code: 'TARGET_TOO_LARGE', upstream: UPSTREAM, httpStatus, items: [target] });

const badResponse = (detail: string) =>
  new UpstreamError({ code: 'UPSTREAM_BAD_RESPONSE', upstream: UPSTREAM, detail });

const missingRow = () => badResponse('row missing for an item sent');

const noData = (keyword: string): KeywordMetrics => ({
  keyword,
  dataFound: false,
  volume: null,
  cpc: null,
  competition: null,
  difficulty: null,
  trend: null,
  serpFeatures: null,
  intents: null,
});

const resultType = (type: DomainResultType | undefined) => (type === 'paid' ? 'adv' : type);

const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

function bounded(value: number, min: number, max: number, name: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`SE Ranking client: ${name} must be an integer in ${min}–${max}`);
  }
  return value;
}
