/**
 * The typed SE Ranking Data API client (seranking.md §1–6, §8): one method per endpoint, its input validated
 * before any call. Its options are in options.ts, target and keyword batching with 244 isolation in
 * batching.ts, and the wire (auth header, zod-parsed replies, errors) in wire.ts.
 */
import { serankingPath } from '../../pricing/index.js';
import type { UpstreamError } from '../errors.js';
import type { CallObserver } from '../observer.js';
import { normalizePhrase } from '../phrase.js';
import type { Resilience, ResilienceOptions } from '../resilience/index.js';
import type { Transport } from '../transport.js';
import { Batching, collect } from './batching.js';
import { backlinkFilterQuery, changeFilterQuery, keywordFilterQuery, rankingFilterQuery } from './filters.js';
import type {
  AnchorsOptions,
  BacklinksOptions,
  DomainKeywordsOptions,
  DomainResultType,
  HistoryCountOptions,
  HistoryOptions,
  RefDomainsOptions,
  SuggestionOptions,
} from './options.js';
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
  KeywordExportResponse,
  KeywordSuggestionsResponse,
  LongtailResponse,
  MetricsResponse,
  plainKeywordExportText,
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
import { checkDate, checkDomain, checkInt, checkKeyword, checkLimit, checkSource, invalidInput } from './validate.js';
import { type Call, keywordForm, type Query, SerankingWire } from './wire.js';

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
  /**
   * Chunks of one client in flight at once (default 16). Its queue knows no deadline and sits before the rate
   * limiter, whose queue does: at 4 a 1 s upstream gave 4 calls/s whatever the limit (9/s), and callers aged in
   * this queue until their deadline, then failed all together.
   */
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

const DEFAULT_HUGE = ['google.com', 'twitter.com'];

export class SerankingClient {
  /** Short hash of the key: identifies the credential in cache keys without revealing it. */
  readonly credentialId: string;
  private readonly wire: SerankingWire;
  private readonly batching: Batching;
  private readonly maxKeywords: number;

  constructor(options: SerankingClientOptions) {
    const maxTargets = bounded(options.maxTargetsPerCall ?? 100, 1, 100, 'maxTargetsPerCall');
    this.maxKeywords = bounded(options.maxKeywordsPerExport ?? 5000, 1, 10_000, 'maxKeywordsPerExport');
    this.wire = new SerankingWire({
      ...options,
      timeoutMs: options.timeoutMs ?? 15_000,
      heavyTimeoutMs: options.heavyTimeoutMs ?? 60_000,
    });
    this.credentialId = this.wire.credentialId;
    this.batching = new Batching(this.wire, {
      maxTargets,
      maxQueryBytes: options.maxQueryBytes ?? 6000,
      maxChunksInFlight: options.maxChunksInFlight ?? 16,
      knownHugeTargets: options.knownHugeTargets ?? DEFAULT_HUGE,
    });
  }

  close(): Promise<void> {
    return this.wire.close();
  }

  // ---- backlinks: many targets, one result per input target ----

  async backlinkSummaries(
    targets: readonly string[],
    mode: TargetMode = 'host',
    options?: CallOptions,
  ): Promise<Array<BacklinkSummary | UpstreamError>> {
    return this.batching.perTarget<BacklinkSummary>(
      serankingPath('backlinks/summary'),
      SummaryResponse,
      targets,
      mode,
      options,
    );
  }

  async backlinkMetrics(
    targets: readonly string[],
    mode: TargetMode = 'host',
    options?: CallOptions,
  ): Promise<Array<BacklinkMetrics | UpstreamError>> {
    return this.batching.perTarget<BacklinkMetrics>(
      serankingPath('backlinks/metrics'),
      MetricsResponse,
      targets,
      mode,
      options,
    );
  }

  /** InLink Rank and Domain InLink Rank per target (no mode: the endpoint takes none). */
  async authority(targets: readonly string[], options?: CallOptions): Promise<Array<Authority | UpstreamError>> {
    return this.batching.perTarget<Authority>(
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
    return this.batching.oneTarget(serankingPath('backlinks/all'), target, mode, query, BacklinksResponse, options);
  }

  async refDomains(
    target: string,
    mode: TargetMode = 'host',
    opts: RefDomainsOptions = {},
    options?: CallOptions,
  ): Promise<RefDomain[]> {
    const query = { limit: checkLimit(opts.limit, 10_000), order_by: opts.orderBy };
    return this.batching.oneTarget(
      serankingPath('backlinks/refdomains'),
      target,
      mode,
      query,
      RefDomainsResponse,
      options,
    );
  }

  async anchors(
    target: string,
    mode: TargetMode = 'host',
    opts: AnchorsOptions = {},
    options?: CallOptions,
  ): Promise<Anchor[]> {
    const query = { limit: checkLimit(opts.limit, 10_000), order_by: opts.orderBy };
    return this.batching.oneTarget(serankingPath('backlinks/anchors'), target, mode, query, AnchorsResponse, options);
  }

  /** New and lost backlinks. */
  async history(
    target: string,
    mode: TargetMode = 'host',
    opts: HistoryOptions = {},
    options?: CallOptions,
  ): Promise<BacklinkChange[]> {
    const query = { ...historyFilters(opts), limit: checkLimit(opts.limit, 10_000), order_by: opts.orderBy };
    return this.batching.oneTarget(
      serankingPath('backlinks/history'),
      target,
      mode,
      query,
      BacklinkHistoryResponse,
      options,
    );
  }

  /** New and lost backlinks per day, oldest first. */
  async historyCount(
    target: string,
    mode: TargetMode = 'host',
    opts: HistoryCountOptions = {},
    options?: CallOptions,
  ): Promise<BacklinkChangeCount[]> {
    const query = historyFilters(opts);
    return this.batching.oneTarget(
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
      return { sent, key: normalizePhrase(sent) };
    });
    await this.batching.inChunks(pending, this.maxKeywords, results, async (chunk) => {
      const rows = await this.exportKeywords(
        chunk.map((p) => p.sent),
        database,
        options,
      );
      const byKey = new Map(rows.map((row) => [normalizePhrase(row.keyword), row]));
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
    return this.wire.fetch<LongtailKeywords>(
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
    const body = await this.wire.fetch(
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
    const body = await this.wire.fetch(
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
    return this.wire.fetch(
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
    return this.wire.fetch<DomainKeyword[]>(
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
    return this.wire.fetch<DomainCompetitor[]>(
      { method: 'GET', path: serankingPath('domain/competitors'), query, heavy: true },
      DomainCompetitorsResponse,
      options,
    );
  }

  // ---- account ----

  async subscription(options?: CallOptions): Promise<Subscription> {
    return this.wire.fetch(
      { method: 'GET', path: serankingPath('account/subscription') },
      SubscriptionResponse,
      options,
    );
  }

  async creditBalance(options?: CallOptions): Promise<CreditBalance> {
    return this.wire.fetch(
      { method: 'GET', path: serankingPath('account/credit-balance') },
      CreditBalanceResponse,
      options,
    );
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
    return this.wire.fetch(call, KeywordExportResponse, options, plainKeywordExportText);
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
    return this.wire.fetch(call, KeywordSuggestionsResponse, options);
  }
}

function historyFilters(opts: HistoryCountOptions): Query {
  const dateFrom = checkDate(opts.dateFrom, 'date_from');
  const dateTo = checkDate(opts.dateTo, 'date_to');
  if (dateFrom && dateTo && dateFrom > dateTo) throw invalidInput('INVALID_PARAMETER', 'date_from');
  return { new_lost_type: opts.change, date_from: dateFrom, date_to: dateTo, ...changeFilterQuery(opts.filter) };
}

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
