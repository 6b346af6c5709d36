/**
 * Domain types of the SE Ranking client: what the graph receives, camelCase and already cleaned up
 * (negative InLink Ranks are null, string numbers are numbers, absent optional values are null).
 */

/** `host`: that host with apex and www folded; `domain`: the registrable domain and subdomains; `url`: that page. */
export type TargetMode = 'host' | 'domain' | 'url';

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

export interface AnchorCount {
  anchor: string;
  count: number;
}

export interface PageCount {
  url: string;
  count: number;
}

export interface ValueCount {
  value: string;
  count: number;
}

export interface BacklinkMetrics {
  /** The target as sent. */
  target: string;
  backlinks: number;
  refDomains: number;
  subnets: number;
  ips: number;
  dofollowBacklinks: number;
  nofollowBacklinks: number;
  eduBacklinks: number | null;
  govBacklinks: number | null;
}

/** The metrics of a target and more. */
export interface BacklinkSummary extends BacklinkMetrics {
  /** 0–100, null when the upstream reports it as unknown. */
  inlinkRank: number | null;
  domainInlinkRank: number | null;
  textBacklinks: number | null;
  fromHomePageBacklinks: number | null;
  dofollowFromHomePageBacklinks: number | null;
  dofollowRefDomains: number | null;
  eduRefDomains: number | null;
  govRefDomains: number | null;
  fromHomePageRefDomains: number | null;
  anchors: number | null;
  dofollowAnchors: number | null;
  pagesWithBacklinks: number | null;
  topAnchorsByBacklinks: readonly AnchorCount[];
  topAnchorsByRefDomains: readonly AnchorCount[];
  topPagesByBacklinks: readonly PageCount[];
  topPagesByRefDomains: readonly PageCount[];
  /** Lowercase country codes. */
  topCountries: readonly ValueCount[];
  topTlds: readonly ValueCount[];
}

export interface Authority {
  target: string;
  inlinkRank: number | null;
  domainInlinkRank: number | null;
}

export interface Backlink {
  urlFrom: string;
  urlTo: string;
  title: string | null;
  anchor: string | null;
  alt: string | null;
  nofollow: boolean;
  image: boolean | null;
  imageSource: string | null;
  /** `href` or `redirect` where the upstream says; unknown values kept. */
  linkType: string | null;
  inlinkRank: number | null;
  domainInlinkRank: number | null;
  /** YYYY-MM-DD */
  firstSeen: string | null;
  lastVisited: string | null;
}

export interface BacklinkChange extends Backlink {
  /** `new` or `lost`. */
  change: string;
  /** YYYY-MM-DD */
  date: string;
  /** e.g. `link_removed`, `crawl_error`; unknown values kept; null for new links. */
  reasonLost: string | null;
  redirectChain: boolean | null;
  redirectChainUrls: readonly string[];
}

export interface BacklinkChangeCount {
  /** YYYY-MM-DD */
  date: string;
  newBacklinks: number;
  lostBacklinks: number;
}

export interface RefDomain {
  domain: string;
  backlinks: number;
  dofollowBacklinks: number | null;
  domainInlinkRank: number | null;
  firstSeen: string | null;
}

export interface Anchor {
  anchor: string;
  backlinks: number;
  dofollowBacklinks: number | null;
  nofollowBacklinks: number | null;
  refDomains: number | null;
  firstSeen: string | null;
  lastVisited: string | null;
}

export interface TrendPoint {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  volume: number;
}

/** Search intent letters: I(nformational), N(avigational), T(ransactional), C(ommercial), L(ocal); unknown kept. */
export type Intent = string;

export interface KeywordMetrics {
  /** The keyword as the upstream normalises it (trimmed, lowercase, single spaces). */
  keyword: string;
  /** false: the upstream has no data, and every metric is null. */
  dataFound: boolean;
  volume: number | null;
  cpc: number | null;
  competition: number | null;
  difficulty: number | null;
  /** Monthly volumes, oldest first; null unless the upstream sent them. */
  trend: readonly TrendPoint[] | null;
  /** SERP feature codes (unknown codes kept); null when the upstream does not send them. */
  serpFeatures: readonly string[] | null;
  intents: readonly Intent[] | null;
}

export interface KeywordSuggestion extends KeywordMetrics {
  /** Only on related keywords. */
  relevance: number | null;
}

export interface KeywordSuggestions {
  /** All matches before paging. */
  total: number;
  keywords: readonly KeywordSuggestion[];
}

export interface LongtailKeywords {
  total: number;
  keywords: readonly string[];
}

export interface PositionBucket {
  /** Inclusive SERP positions, e.g. 1–5 (organic) or 1–2 (paid). */
  from: number;
  to: number;
  keywords: number;
}

/** How a domain's ranking keywords moved since the previous snapshot, and where they rank. */
export interface KeywordMovement {
  newKeywords: number | null;
  upKeywords: number | null;
  downKeywords: number | null;
  equalKeywords: number | null;
  lostKeywords: number | null;
  positions: readonly PositionBucket[];
}

export interface OverviewStats extends KeywordMovement {
  keywords: number;
  traffic: number;
  /** Estimated traffic cost (USD). */
  trafficCost: number;
  year: number | null;
  month: number | null;
}

export interface DomainOverview {
  domain: string;
  source: string;
  organic: OverviewStats | null;
  paid: OverviewStats | null;
}

export interface RegionalOverview extends KeywordMovement {
  /** Regional database code, or `worldwide` for the total row. */
  source: string;
  country: string | null;
  keywords: number | null;
  traffic: number | null;
  trafficCost: number | null;
}

export interface WorldwideOverview {
  organic: readonly RegionalOverview[];
  paid: readonly RegionalOverview[];
}

export interface DomainKeywordSnippet {
  title: string | null;
  description: string | null;
  displayUrl: string | null;
}

export interface DomainKeyword {
  keyword: string;
  position: number;
  /** null: the keyword is new. */
  previousPosition: number | null;
  volume: number | null;
  cpc: number | null;
  competition: number | null;
  difficulty: number | null;
  url: string;
  traffic: number | null;
  trafficPercent: number | null;
  trafficCost: number | null;
  totalSites: number | null;
  intents: readonly Intent[];
  serpFeatures: readonly string[];
  block: string | null;
  blockType: string | null;
  blockPosition: number | null;
  kei: number | null;
  /** Paid results only. */
  snippet: DomainKeywordSnippet | null;
}

export interface DomainCompetitor {
  domain: string;
  commonKeywords: number;
  totalKeywords: number;
  missingKeywords: number;
  traffic: number;
  trafficCost: number;
}

export interface Subscription {
  /** `active`, `inactive`, `expired`, `disabled`; unknown values kept. */
  status: string;
  /** ISO 8601 UTC. */
  startDate: string | null;
  expirationDate: string | null;
  unitsLimit: number;
  unitsLeft: number;
}

/** The two counters the real API reports; they are never reconciled (seranking.md §5.15). */
export interface CreditBalance {
  limit: number;
  used: number;
}
