/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day as an ISO 8601 string, `YYYY-MM-DD` (UTC), e.g. `2026-11-22`. */
  Date: { input: string; output: string; }
  /** A point in time as an ISO 8601 string in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** A calendar month as an ISO 8601 string, `YYYY-MM`, e.g. `2026-11`. */
  Month: { input: string; output: string; }
  /** An absolute URL as an RFC 3986 string, e.g. `https://www.nike.com/running`. */
  URL: { input: string; output: string; }
};

/** Credits and balances of both upstream accounts this gateway uses. */
export type Account = {
  __typename?: 'Account';
  /** The SE Ranking account; null with its error when SE Ranking cannot be asked. */
  seranking?: Maybe<SerankingAccount>;
  /** The SERPmetrics account; null with its error when SERPmetrics cannot be asked. */
  serpmetrics?: Maybe<SerpmetricsAccount>;
};

/** An anchor text used by links to the target. */
export type Anchor = {
  __typename?: 'Anchor';
  /** Backlinks using it. */
  backlinks: Scalars['Int']['output'];
  /** Dofollow backlinks using it. */
  dofollowBacklinks?: Maybe<Scalars['Int']['output']>;
  /** When it was first seen. */
  firstSeen?: Maybe<Scalars['Date']['output']>;
  /** When a link with it was last crawled. */
  lastVisited?: Maybe<Scalars['Date']['output']>;
  /** Nofollow backlinks using it. */
  nofollowBacklinks?: Maybe<Scalars['Int']['output']>;
  /** Referring domains using it. */
  refDomains?: Maybe<Scalars['Int']['output']>;
  /** The anchor text. */
  text: Scalars['String']['output'];
};

/** A page of the anchor texts of links to a target. */
export type AnchorConnection = {
  __typename?: 'AnchorConnection';
  /** The rows of this page with their cursors. */
  edges: Array<AnchorEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<Anchor>;
  /** Where this page stands. */
  pageInfo: PageInfo;
};

/** An anchor text with how often it occurs. */
export type AnchorCount = {
  __typename?: 'AnchorCount';
  /** Backlinks (or referring domains) using it. */
  count: Scalars['Int']['output'];
  /** The anchor text. */
  text: Scalars['String']['output'];
};

/** One row of `AnchorConnection` with its cursor. */
export type AnchorEdge = {
  __typename?: 'AnchorEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Anchor;
};

/** The order of anchor-text lists. */
export type AnchorOrder =
  /** Most backlinks first. */
  | 'BACKLINKS'
  /** Most referring domains first. */
  | 'REF_DOMAINS';

/** A target's authority on SE Ranking's 0–100 logarithmic scale (like PageRank). */
export type Authority = {
  __typename?: 'Authority';
  /** Domain InLink Rank of its domain; null when unknown. */
  domainInlinkRank?: Maybe<Scalars['Int']['output']>;
  /** InLink Rank of the page (or home page); null when SE Ranking does not know it. */
  inlinkRank?: Maybe<Scalars['Int']['output']>;
};

/** One link from a referring page to a page of the target. */
export type Backlink = {
  __typename?: 'Backlink';
  /** The anchor text (empty for image links). */
  anchorText?: Maybe<Scalars['String']['output']>;
  /** The page of the target it points at. */
  destinationPage: Scalars['URL']['output'];
  /** Domain InLink Rank of the referring domain; null when unknown. */
  domainInlinkRank?: Maybe<Scalars['Int']['output']>;
  /** When the link was first found. */
  firstSeen?: Maybe<Scalars['Date']['output']>;
  /** True for an image link. */
  image?: Maybe<Scalars['Boolean']['output']>;
  /** Alt text of an image link. */
  imageAlt?: Maybe<Scalars['String']['output']>;
  /** InLink Rank of the referring page; null when unknown. */
  inlinkRank?: Maybe<Scalars['Int']['output']>;
  /** Link, redirect or canonical. */
  kind: BacklinkKind;
  /** When the referring page was last crawled. */
  lastVisited?: Maybe<Scalars['Date']['output']>;
  /** True when the link is marked nofollow. */
  nofollow: Scalars['Boolean']['output'];
  /** Title of the referring page. */
  pageTitle?: Maybe<Scalars['String']['output']>;
  /** The registrable domain of the referring page as a target (domain mode); its backlink data of all backlinks of a request is fetched in one batched call. */
  referringDomain?: Maybe<Target>;
  /** The page the link is on. */
  referringPage: Scalars['URL']['output'];
};

/** What a link is made of. */
export type BacklinkAnchorType =
  /** An image link. */
  | 'IMAGE'
  /** A text link. */
  | 'TEXT';

/** A backlink that appeared or disappeared on a given day. */
export type BacklinkChange = {
  __typename?: 'BacklinkChange';
  /** The link itself. */
  backlink: Backlink;
  /** New or lost. */
  change: BacklinkChangeType;
  /** The day of the change. */
  date: Scalars['String']['output'];
  /** Why a lost link is gone, e.g. `link_removed`, `crawl_error`, `page_not_found`; null for new links. */
  lostReason?: Maybe<Scalars['String']['output']>;
  /** The redirect hops between referring and destination page, when the link redirects. */
  redirectChain: Array<Scalars['String']['output']>;
};

/** A page of the backlinks a target gained and lost in a date range. */
export type BacklinkChangeConnection = {
  __typename?: 'BacklinkChangeConnection';
  /** The rows of this page with their cursors. */
  edges: Array<BacklinkChangeEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<BacklinkChange>;
  /** Where this page stands. */
  pageInfo: PageInfo;
};

/** One row of `BacklinkChangeConnection` with its cursor. */
export type BacklinkChangeEdge = {
  __typename?: 'BacklinkChangeEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: BacklinkChange;
};

/** Keep only the gained and lost backlinks matching every filter given (SE Ranking filters them). */
export type BacklinkChangeFilter = {
  /** Only text or only image links. */
  anchorType?: InputMaybe<BacklinkAnchorType>;
  /** Only dofollow or only nofollow links. */
  follow?: InputMaybe<LinkFollow>;
  /** Only hyperlinks or only redirects. */
  linkType?: InputMaybe<BacklinkChangeLinkType>;
  /** The URL of the page the link is on contains this text. */
  referringPage?: InputMaybe<Scalars['String']['input']>;
};

/** How a gained or lost link points at the target. */
export type BacklinkChangeLinkType =
  /** An ordinary hyperlink. */
  | 'LINK'
  /** A redirect to the target. */
  | 'REDIRECT';

/** Whether a backlink appeared or disappeared. */
export type BacklinkChangeType =
  /** The link is gone (removed, page gone, crawl error ...). */
  | 'LOST'
  /** The link was found for the first time. */
  | 'NEW';

/** A page of the backlinks to a target (SE Ranking does not count them here: see `backlinkSummary`). */
export type BacklinkConnection = {
  __typename?: 'BacklinkConnection';
  /** The rows of this page with their cursors. */
  edges: Array<BacklinkEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<Backlink>;
  /** Where this page stands. */
  pageInfo: PageInfo;
};

/** One row of `BacklinkConnection` with its cursor. */
export type BacklinkEdge = {
  __typename?: 'BacklinkEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Backlink;
};

/** Keep only the target's backlinks matching every filter given (SE Ranking filters them). */
export type BacklinkFilter = {
  /** The anchor text. */
  anchorText?: InputMaybe<TextMatch>;
  /** The URL of the target page it points at. */
  destinationPage?: InputMaybe<TextMatch>;
  /** Domain InLink Rank of the referring domain, 0–100. */
  domainInlinkRank?: InputMaybe<IntRange>;
  /** Only dofollow or only nofollow links. */
  follow?: InputMaybe<LinkFollow>;
  /** InLink Rank of the referring page, 0–100. */
  inlinkRank?: InputMaybe<IntRange>;
  /** The URL of the page the link is on. */
  referringPage?: InputMaybe<TextMatch>;
};

/** How the referring page points at the destination. */
export type BacklinkKind =
  /** A `rel=canonical` pointing at the destination. */
  | 'CANONICAL'
  /** An ordinary hyperlink (`<a href>`), text or image. */
  | 'LINK'
  /** An HTTP or meta redirect to the destination. */
  | 'REDIRECT';

/** The order of backlink, referring-domain and change lists. */
export type BacklinkOrder =
  /** Highest Domain InLink Rank first. */
  | 'DOMAIN_INLINK_RANK'
  /** Highest page InLink Rank first. */
  | 'INLINK_RANK'
  /** Most recently found (or changed) first. */
  | 'NEWEST';

/** A target's backlink profile in one row. Zeros are real zeros (no data); unknown ranks are null, never -1. */
export type BacklinkSummary = {
  __typename?: 'BacklinkSummary';
  /** Distinct anchor texts. */
  anchors?: Maybe<Scalars['Int']['output']>;
  /** Live backlinks pointing at the target. */
  backlinks: Scalars['Int']['output'];
  /** Backlinks without nofollow. */
  dofollowBacklinks: Scalars['Int']['output'];
  /** Referring domains with at least one dofollow link. */
  dofollowRefDomains?: Maybe<Scalars['Int']['output']>;
  /** Domain InLink Rank (0–100) of its domain; null when unknown. */
  domainInlinkRank?: Maybe<Scalars['Int']['output']>;
  /** Backlinks from .edu sites. */
  eduBacklinks?: Maybe<Scalars['Int']['output']>;
  /** Referring .edu domains. */
  eduRefDomains?: Maybe<Scalars['Int']['output']>;
  /** Backlinks placed on home pages. */
  fromHomePageBacklinks?: Maybe<Scalars['Int']['output']>;
  /** Backlinks from .gov sites. */
  govBacklinks?: Maybe<Scalars['Int']['output']>;
  /** Referring .gov domains. */
  govRefDomains?: Maybe<Scalars['Int']['output']>;
  /** InLink Rank (0–100) of the target; null when unknown. */
  inlinkRank?: Maybe<Scalars['Int']['output']>;
  /** Distinct IP addresses of the referring hosts. */
  ips: Scalars['Int']['output'];
  /** Backlinks marked nofollow. */
  nofollowBacklinks: Scalars['Int']['output'];
  /** Pages of the target that have backlinks. */
  pagesWithBacklinks?: Maybe<Scalars['Int']['output']>;
  /** Distinct referring domains. */
  refDomains: Scalars['Int']['output'];
  /** Distinct /24 subnets of the referring hosts. */
  subnets: Scalars['Int']['output'];
  /** Text (non-image) links. */
  textBacklinks?: Maybe<Scalars['Int']['output']>;
  /** The most used anchor texts, by backlinks. */
  topAnchors: Array<AnchorCount>;
  /** The most used anchor texts, by referring domains. */
  topAnchorsByRefDomains: Array<AnchorCount>;
  /** Countries of the referring domains, most frequent first. */
  topCountries: Array<ValueCount>;
  /** The pages with the most backlinks. */
  topPages: Array<PageCount>;
  /** The pages with the most referring domains. */
  topPagesByRefDomains: Array<PageCount>;
  /** Top-level domains of the referring domains, most frequent first. */
  topTlds: Array<ValueCount>;
};

/** The SERPmetrics queue a check ran in. */
export type CheckQueue =
  /** The daily re-check of a tracked keyword pair (1 credit per pair). */
  | 'DAILY'
  /** A one-off cheap check, usually within a day (1 credit per pair). */
  | 'DELAYED'
  /** A one-off fast check, minutes (6 credits per pair). */
  | 'PRIORITY';

/** A priority or delayed check of one keyword pair, and where it stands. */
export type CheckRequest = Node & {
  __typename?: 'CheckRequest';
  /** The id of the finished check. */
  checkId?: Maybe<Scalars['String']['output']>;
  /** When the finished check ran. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The engine (null when this gateway did not queue the request). */
  engine?: Maybe<Engine>;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** The keyword phrase (null when this gateway did not queue the request). */
  keyword?: Maybe<Scalars['String']['output']>;
  /** The queue it waits in. */
  queue: OneOffQueue;
  /** The upstream id of the request (`checkRequest(requestId:)` takes it). */
  requestId: Scalars['ID']['output'];
  /** The SERP of the finished check (null while pending, or when the pair is unknown here). */
  snapshot?: Maybe<SerpSnapshot>;
  /** Pending, done or failed. */
  state: CheckState;
};

/** One-off checks of each keyword × engine pair, from one location and device. */
export type CheckRequestInput = {
  /** Your own reference (≤ 255 characters), echoed in callbacks (delayed checks only). */
  customerId?: InputMaybe<Scalars['String']['input']>;
  /** The device to check as. */
  device?: InputMaybe<Device>;
  /** Engine codes, e.g. `["google_en-us"]` (see `engines`). */
  engines: Array<Scalars['String']['input']>;
  /** Keyword phrases, 1–255 characters each (at most 1,000). */
  keywords: Array<Scalars['String']['input']>;
  /** A location such as `Brooklyn, NY, USA`, for Google engines only: with another engine the request is `INVALID_PARAMETER` before any call. */
  location?: InputMaybe<Scalars['String']['input']>;
};

/** What a priority or delayed check request queued, per keyword × engine pair. */
export type CheckRequestPayload = {
  __typename?: 'CheckRequestPayload';
  /** Credits the queued checks will cost; charged only when their data arrives. */
  credits: Scalars['Int']['output'];
  /** One result per pair, keyword-major (every engine of the first keyword, then the next). */
  results: Array<CheckRequestResult>;
};

/** The outcome for one keyword × engine pair of a check request. */
export type CheckRequestResult = {
  __typename?: 'CheckRequestResult';
  /** The engine. */
  engine: Engine;
  /** Why it was not queued (`WRITE_OUTCOME_UNKNOWN`: it may have been); null on success. */
  error?: Maybe<ItemError>;
  /** The keyword as sent (trimmed). */
  keyword: Scalars['String']['output'];
  /** The queued check (follow it with `checkRequest`); null when it failed. */
  request?: Maybe<CheckRequest>;
};

/** Where a one-off check request stands. */
export type CheckState =
  /** The check ran; its SERP is available. */
  | 'DONE'
  /** The check failed for good; nothing was charged. */
  | 'FAILED'
  /** Queued or being retried upstream; ask again later. */
  | 'PENDING';

/** How many backlinks a target gained and lost on one day. */
export type DailyBacklinkChanges = {
  __typename?: 'DailyBacklinkChanges';
  /** The day. */
  date: Scalars['String']['output'];
  /** Backlinks lost that day. */
  lostBacklinks: Scalars['Int']['output'];
  /** Backlinks found that day. */
  newBacklinks: Scalars['Int']['output'];
};

/** A range of days, both ends included; a missing end takes the field’s default. */
export type DateRangeInput = {
  /** The first day (default: yesterday). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The last day (default: today). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The device a keyword pair is checked as (part of a tracked keyword’s identity). */
export type Device =
  /** Desktop search (the default). */
  | 'DESKTOP'
  /** Mobile search. */
  | 'MOBILE'
  /** Tablet search. */
  | 'TABLET';

/** A website in one SE Ranking regional database: its search visibility, ranking keywords and competitors. Each field is one upstream call (cached); a failing one is null with its error. */
export type Domain = Node & {
  __typename?: 'Domain';
  /** Domains competing for the same keywords. SE Ranking returns them all in one call (priced once, cached); the pages are cut here, so what each competitor costs is bounded by `first`. */
  competitors?: Maybe<DomainCompetitorConnection>;
  /** The regional database of the data. */
  database: RegionalDatabase;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** Keywords the domain ranks for, a page at a time. Each row costs a credit; `after` a cursor that is not on a page boundary of the same `first` also reads (and pays) the rows before it. */
  keywords?: Maybe<RankingKeywordConnection>;
  /** The domain (no scheme, `www.` or path). */
  name: Scalars['String']['output'];
  /** Organic and paid visibility (subdomains included). */
  overview?: Maybe<DomainOverview>;
};


/** A website in one SE Ranking regional database: its search visibility, ranking keywords and competitors. Each field is one upstream call (cached); a failing one is null with its error. */
export type DomainCompetitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  results?: InputMaybe<SearchResults>;
};


/** A website in one SE Ranking regional database: its search visibility, ranking keywords and competitors. Each field is one upstream call (cached); a failing one is null with its error. */
export type DomainKeywordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<RankingKeywordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DomainKeywordOrder>;
  results?: InputMaybe<SearchResults>;
};

/** A domain competing for the same keywords. */
export type DomainCompetitor = {
  __typename?: 'DomainCompetitor';
  /** Keywords both domains rank for. */
  commonKeywords: Scalars['Int']['output'];
  /** The competitor, in the same regional database. */
  domain: Domain;
  /** Keywords of the competitor the domain does not rank for. */
  missingKeywords: Scalars['Int']['output'];
  /** Keywords the competitor ranks for. */
  totalKeywords: Scalars['Int']['output'];
  /** The competitor's search traffic. */
  traffic: Scalars['Int']['output'];
  /** What the competitor's traffic would cost in ads (USD). */
  trafficCost: Scalars['Float']['output'];
};

/** A page of the domains competing for the same keywords, most common keywords first as SE Ranking orders them. */
export type DomainCompetitorConnection = {
  __typename?: 'DomainCompetitorConnection';
  /** The rows of this page with their cursors. */
  edges: Array<DomainCompetitorEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<DomainCompetitor>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All competitors SE Ranking lists for the domain. */
  totalCount: Scalars['Int']['output'];
};

/** One row of `DomainCompetitorConnection` with its cursor. */
export type DomainCompetitorEdge = {
  __typename?: 'DomainCompetitorEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: DomainCompetitor;
};

/** The order of the keywords a domain ranks for. */
export type DomainKeywordOrder =
  /** Advertiser competition. */
  | 'COMPETITION'
  /** Cost per click. */
  | 'CPC'
  /** Keyword difficulty. */
  | 'DIFFICULTY'
  /** Keyword effectiveness index. */
  | 'KEI'
  /** Ranking position. */
  | 'POSITION'
  /** Estimated traffic the keyword brings. */
  | 'TRAFFIC'
  /** Estimated cost of the traffic. */
  | 'TRAFFIC_COST'
  /** Share of the domain's traffic. */
  | 'TRAFFIC_SHARE'
  /** Search volume. */
  | 'VOLUME';

/** A domain's organic and paid visibility in one regional database. */
export type DomainOverview = {
  __typename?: 'DomainOverview';
  /** Organic results. */
  organic?: Maybe<DomainStats>;
  /** Paid ads. */
  paid?: Maybe<DomainStats>;
};

/** One domain’s position in each retained daily check of a pair, oldest first. */
export type DomainRankHistory = {
  __typename?: 'DomainRankHistory';
  /** The registrable domain ranked. */
  domain: Scalars['String']['output'];
  /** One point per check, oldest first; a null position is a check without the domain. */
  points: Array<RankPoint>;
};

/** A domain's search visibility (organic or paid) in one regional database, for the latest month. */
export type DomainStats = {
  __typename?: 'DomainStats';
  /** Keywords that moved down. */
  downKeywords?: Maybe<Scalars['Int']['output']>;
  /** Keywords the domain ranks for (0: no data). */
  keywords: Scalars['Int']['output'];
  /** Keywords no longer ranking. */
  lostKeywords?: Maybe<Scalars['Int']['output']>;
  /** The month of the data. */
  month?: Maybe<Scalars['Month']['output']>;
  /** Keywords new this month. */
  newKeywords?: Maybe<Scalars['Int']['output']>;
  /** Keywords per band of positions, best band first. */
  positions: Array<PositionBucket>;
  /** Estimated monthly visits from search. */
  traffic: Scalars['Int']['output'];
  /** What that traffic would cost in ads (USD per month). */
  trafficCost: Scalars['Float']['output'];
  /** Keywords whose position did not change. */
  unchangedKeywords?: Maybe<Scalars['Int']['output']>;
  /** Keywords that moved up. */
  upKeywords?: Maybe<Scalars['Int']['output']>;
};

/** A search engine in one locale as SERPmetrics names it, e.g. `google_en-us`. */
export type Engine = Node & {
  __typename?: 'Engine';
  /** The engine code `{parent}_{locale}`: what every engine argument takes. */
  code: Scalars['String']['output'];
  /** How much this engine’s SERPs moved over time (oldest first); spikes mark algorithm updates. Null with its error when SERPmetrics cannot answer. */
  flux?: Maybe<Array<FluxPoint>>;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** The locale part of the code, e.g. `en-us` (a few upstream codes are irregular, e.g. `es-sp`). */
  locale: Scalars['String']['output'];
  /** The upstream display name, verbatim (typos and leading spaces included); null with its error when the engine list cannot be read. */
  name?: Maybe<Scalars['String']['output']>;
  /** The parent search engine: `google`, `yahoo`, `bing` or `yandex`. */
  parent: Scalars['String']['output'];
};


/** A search engine in one locale as SERPmetrics names it, e.g. `google_en-us`. */
export type EngineFluxArgs = {
  period?: InputMaybe<FluxPeriod>;
};

/** One tracked keyword (phrase, location, device) and the engines to add or remove. */
export type EnginesChangeInput = {
  /** Its device. */
  device?: InputMaybe<Device>;
  /** Engine codes, e.g. `["google_en-us"]` (see `engines`). */
  engines: Array<Scalars['String']['input']>;
  /** The tracked keyword phrase. */
  keyword: Scalars['String']['input'];
  /** Its location, if it was tracked with one. */
  location?: InputMaybe<Scalars['String']['input']>;
};

/** A tracked keyword after its engines changed. */
export type EnginesChangePayload = {
  __typename?: 'EnginesChangePayload';
  /** Credits the keyword now spends per day (1 per engine). */
  dailyCredits: Scalars['Int']['output'];
  /** The keyword with its engines now. */
  trackedKeyword: TrackedKeyword;
};

/** The `extensions.code` of every error this gateway returns. Clients switch on it; messages are for people. `extensions` may also carry `upstream`, `httpStatus`, `retryable` and `retryAfter` (seconds). */
export type ErrorCode =
  /** The operation uses more aliases than allowed. */
  | 'ALIAS_LIMIT_EXCEEDED'
  /** The upstream rejected seograph's credentials (key missing, unknown or disabled; SERPmetrics signature or timestamp). Not retryable. */
  | 'AUTHENTICATION_FAILED'
  /** The upstream rejected a request seograph built as malformed. Not retryable; report it. */
  | 'BAD_REQUEST'
  /** An argument or variable is invalid; nothing was sent upstream. Fix the input. */
  | 'BAD_USER_INPUT'
  /** Several operations in one HTTP request (batching) are not accepted. */
  | 'BATCHING_DISABLED'
  /** A SERPmetrics priority or delayed check failed for good. Re-queueing is a new paid request. */
  | 'CHECK_FAILED'
  /** The operation's computed complexity exceeds the limit. */
  | 'COST_LIMIT_EXCEEDED'
  /** The operation's computed credit cost exceeds the client's budget; nothing was spent. */
  | 'CREDIT_BUDGET_EXCEEDED'
  /** The request lacks the header that proves it is not a cross-site request forgery. */
  | 'CSRF_REJECTED'
  /** The operation is nested deeper than allowed. */
  | 'DEPTH_LIMIT_EXCEEDED'
  /** The operation uses more directives than allowed. */
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  /** A selection repeats the same field more times than allowed. */
  | 'DUPLICATE_FIELD_LIMIT_EXCEEDED'
  /** The upstream account has no access to this resource. Not retryable. */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL syntax. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not validate against the schema. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The SE Ranking credit balance is too low for this request. Not retryable. */
  | 'INSUFFICIENT_FUNDS'
  /** Unexpected gateway failure; details are logged, never returned. Retry may help. */
  | 'INTERNAL_SERVER_ERROR'
  /** The domain is not a valid hostname. Not retryable. */
  | 'INVALID_DOMAIN'
  /** The search engine code is unknown (see `engines`). Not retryable. */
  | 'INVALID_ENGINE'
  /** A keyword is empty, too long or malformed. Not retryable. */
  | 'INVALID_KEYWORDS'
  /** An argument is out of range or not allowed (enum, bounds, sort, mode). Not retryable. */
  | 'INVALID_PARAMETER'
  /** The regional database is unknown or not served by this field. Not retryable. */
  | 'INVALID_SOURCE'
  /** A backlinks target is not a valid domain, host or URL. Not retryable. */
  | 'INVALID_TARGET'
  /** The SE Ranking licence or subscription has expired. Not retryable. */
  | 'LICENSE_EXPIRED'
  /** The HTTP method is not allowed for this operation (e.g. a mutation over GET). */
  | 'METHOD_NOT_ALLOWED'
  /** The upstream does not know this resource (e.g. an untracked keyword pair). Not retryable. */
  | 'NOT_FOUND'
  /** The gateway is at capacity and refused the operation before running it (HTTP 503); nothing was sent upstream. Retry after `retryAfter` seconds. */
  | 'OVERLOADED'
  /** The upstream account is past its payment grace period. Not retryable. */
  | 'PAYMENT_REQUIRED'
  /** The data is not ready yet (a check still in the queue): retryable, ask again after `retryAfter` seconds. This is not a failure. */
  | 'PENDING'
  /** The persisted (trusted) document id is unknown, or arbitrary documents are refused. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The client exceeded its gateway rate limit. Retry after `retryAfter` seconds. */
  | 'RATE_LIMITED'
  /** The request body is larger than allowed. */
  | 'REQUEST_TOO_LARGE'
  /** The requested number of rows is above the maximum of this field. Not retryable. */
  | 'ROW_LIMIT_EXCEEDED'
  /** This gateway process is shutting down and did not run the operation (HTTP 503); nothing was sent upstream. Retry at once: another replica answers. */
  | 'SHUTTING_DOWN'
  /** The target is too large for the SE Ranking backlinks API; the answer is remembered for a while. Not retryable. */
  | 'TARGET_TOO_LARGE'
  /** The document has more tokens than allowed. */
  | 'TOKEN_LIMIT_EXCEEDED'
  /** More SERPmetrics checks (keywords × engines) in one request than allowed. Not retryable. */
  | 'TOO_MANY_CHECKS'
  /** More keywords in one request than allowed. Not retryable: send fewer. */
  | 'TOO_MANY_KEYWORDS'
  /** More targets in one request than allowed. Not retryable: send fewer. */
  | 'TOO_MANY_TARGETS'
  /** A gateway API key is required and was missing or wrong. */
  | 'UNAUTHENTICATED'
  /** The upstream sent a response seograph could not read. Not retryable; report it. */
  | 'UPSTREAM_BAD_RESPONSE'
  /** The upstream failed unexpectedly. Retryable for reads. */
  | 'UPSTREAM_ERROR'
  /** The upstream's rate limit was reached. Retry after `retryAfter` seconds. */
  | 'UPSTREAM_RATE_LIMITED'
  /** The upstream did not answer within the deadline. Retryable for reads. */
  | 'UPSTREAM_TIMEOUT'
  /** The upstream is unavailable (5xx, maintenance, connection refused, circuit open). Retry after `retryAfter`. */
  | 'UPSTREAM_UNAVAILABLE'
  /** SERPmetrics failed to record a write and asks for a retry. Retryable. */
  | 'UPSTREAM_WRITE_FAILED'
  /** A paid write may have reached the upstream before its answer was lost (connection dropped, timeout): credits may have been spent. Not retryable (a retry may pay twice); `extensions` name the pairs, the queue and where the result will appear if it was queued. */
  | 'WRITE_OUTCOME_UNKNOWN';

/** An inclusive range of numbers; leave an end out to keep it open. */
export type FloatRange = {
  /** The smallest value kept. */
  from?: InputMaybe<Scalars['Float']['input']>;
  /** The largest value kept (not below `from`). */
  to?: InputMaybe<Scalars['Float']['input']>;
};

/** The granularity of an engine’s flux series. */
export type FluxPeriod =
  /** One point per day for the last 30 complete days. */
  | 'DAILY'
  /** One point per hour for the last 48 complete hours. */
  | 'HOURLY';

/** One point of an engine’s flux series: how much its SERPs moved, summed over all SERPs. */
export type FluxPoint = {
  __typename?: 'FluxPoint';
  /** When the period of this point ends. */
  at: Scalars['DateTime']['output'];
  /** The flux: movement scores of all URLs (weighted toward the top), averaged over the SERPs. */
  value: Scalars['Int']['output'];
};

/** An inclusive range of whole numbers; leave an end out to keep it open. */
export type IntRange = {
  /** The smallest value kept. */
  from?: InputMaybe<Scalars['Int']['input']>;
  /** The largest value kept (not below `from`). */
  to?: InputMaybe<Scalars['Int']['input']>;
};

/** Why one item of a mutation failed while the others may have succeeded: the same facts a GraphQL error carries in `extensions`. */
export type ItemError = {
  __typename?: 'ItemError';
  /** What went wrong. */
  code: ErrorCode;
  /** The upstream HTTP status, when there was one. */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** A sentence for people; switch on `code`. */
  message: Scalars['String']['output'];
  /** Seconds to wait before trying again, when the upstream said. */
  retryAfter?: Maybe<Scalars['Int']['output']>;
  /** Whether trying again later may succeed. */
  retryable: Scalars['Boolean']['output'];
  /** The upstream that failed. */
  upstream: Scalars['String']['output'];
};

/** A search term in one SE Ranking regional database, with its metrics and keyword ideas. Metrics are null when SE Ranking has no data for the keyword (`dataFound: false`) or the export failed (with its error). */
export type Keyword = Node & {
  __typename?: 'Keyword';
  /** Advertiser competition, 0–1. */
  competition?: Maybe<Scalars['Float']['output']>;
  /** Average cost per click of ads (USD). */
  cpc?: Maybe<Scalars['Float']['output']>;
  /** False when SE Ranking has no data for this keyword: every metric is then null. */
  dataFound?: Maybe<Scalars['Boolean']['output']>;
  /** The regional database the metrics come from. */
  database: RegionalDatabase;
  /** How hard it is to rank in the top 10, 0–100. */
  difficulty?: Maybe<Scalars['Int']['output']>;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** Search intents of the keyword; null when SE Ranking does not report them. */
  intents?: Maybe<Array<SearchIntent>>;
  /** Questions people ask around the keyword ("how to …"), paginated. */
  questions?: Maybe<KeywordIdeaConnection>;
  /** Topically related keywords, with their relevance, paginated. */
  related?: Maybe<KeywordIdeaConnection>;
  /** SERP features shown for the keyword; null when SE Ranking does not report them. */
  serpFeatures?: Maybe<Array<SerpFeature>>;
  /** Keywords containing the seed with modifiers ("best …", "… near me"), paginated. */
  similar?: Maybe<KeywordIdeaConnection>;
  /** The keyword as asked for (trimmed). */
  text: Scalars['String']['output'];
  /** Monthly search volumes of the last 12 months, oldest first. */
  trend?: Maybe<Array<MonthlyVolume>>;
  /** Average monthly searches. */
  volume?: Maybe<Scalars['Int']['output']>;
};


/** A search term in one SE Ranking regional database, with its metrics and keyword ideas. Metrics are null when SE Ranking has no data for the keyword (`dataFound: false`) or the export failed (with its error). */
export type KeywordQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<KeywordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<KeywordIdeaOrder>;
};


/** A search term in one SE Ranking regional database, with its metrics and keyword ideas. Metrics are null when SE Ranking has no data for the keyword (`dataFound: false`) or the export failed (with its error). */
export type KeywordRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<KeywordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<KeywordIdeaOrder>;
};


/** A search term in one SE Ranking regional database, with its metrics and keyword ideas. Metrics are null when SE Ranking has no data for the keyword (`dataFound: false`) or the export failed (with its error). */
export type KeywordSimilarArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<KeywordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<KeywordIdeaOrder>;
};

/** Keep only keyword ideas matching every filter given (SE Ranking filters them, so `total` counts the matches). A list filter keeps a row having any of its values. */
export type KeywordFilter = {
  /** Advertiser competition, 0–1. */
  competition?: InputMaybe<FloatRange>;
  /** Cost per click (USD). */
  cpc?: InputMaybe<FloatRange>;
  /** Keyword difficulty, 0–100. */
  difficulty?: InputMaybe<IntRange>;
  /** Any of these search intents. */
  intents?: InputMaybe<Array<SearchIntent>>;
  /** Any of these SERP features is shown. */
  serpFeatures?: InputMaybe<Array<SerpFeature>>;
  /** Monthly searches. */
  volume?: InputMaybe<IntRange>;
};

/** A keyword suggested from a seed keyword. */
export type KeywordIdea = {
  __typename?: 'KeywordIdea';
  /** The suggested keyword; its metrics come with the idea (no export call). */
  keyword: Keyword;
  /** How close it is to the seed, 0–1 (related keywords only). */
  relevance?: Maybe<Scalars['Float']['output']>;
};

/** A page of keyword ideas. */
export type KeywordIdeaConnection = {
  __typename?: 'KeywordIdeaConnection';
  /** The rows of this page with their cursors. */
  edges: Array<KeywordIdeaEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<KeywordIdea>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All ideas SE Ranking has for the seed (before paging). */
  totalCount: Scalars['Int']['output'];
};

/** One row of `KeywordIdeaConnection` with its cursor. */
export type KeywordIdeaEdge = {
  __typename?: 'KeywordIdeaEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: KeywordIdea;
};

/** The order of keyword ideas. */
export type KeywordIdeaOrder =
  /** Most advertiser competition first. */
  | 'COMPETITION'
  /** Highest cost per click first. */
  | 'CPC'
  /** Hardest to rank first. */
  | 'DIFFICULTY'
  /** Alphabetical. */
  | 'KEYWORD'
  /** Highest search volume first. */
  | 'VOLUME';

/** A keyword pair: the phrase, the engine, and the location and device it is tracked with (a tracked keyword’s identity on one engine). A bad phrase is `INVALID_KEYWORDS`, an unknown engine `INVALID_ENGINE`, both before any upstream call. */
export type KeywordPairInput = {
  /** The device of the pair. */
  device?: InputMaybe<Device>;
  /** An engine code, e.g. `google_en-us` (see `engines`). */
  engine: Scalars['String']['input'];
  /** The keyword phrase (1–255 characters). */
  keyword: Scalars['String']['input'];
  /** The location of the pair, if it was tracked with one (Google only). */
  location?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a link passes authority (dofollow) or asks search engines not to (nofollow). */
export type LinkFollow =
  /** Only dofollow links. */
  | 'DOFOLLOW'
  /** Only nofollow links. */
  | 'NOFOLLOW';

/** Search volume of one month. */
export type MonthlyVolume = {
  __typename?: 'MonthlyVolume';
  /** The month. */
  month: Scalars['Month']['output'];
  /** Searches that month. */
  volume: Scalars['Int']['output'];
};

/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds engines to a tracked keyword, keeping the others. Costs 1 credit per added engine and day, charged as checks arrive. */
  appendEngines?: Maybe<EnginesChangePayload>;
  /** Removes engines from a tracked keyword (its past checks stay readable). Free. */
  removeEngines?: Maybe<EnginesChangePayload>;
  /** Queues cheap one-off checks (usually within a day) of each keyword × engine pair, at most 200 pairs. Costs 1 credit per pair, charged only when its data arrives. Never repeated after an ambiguous failure. */
  requestDelayedCheck?: Maybe<CheckRequestPayload>;
  /** Queues fast one-off checks (minutes) of each keyword × engine pair, at most 60 pairs. Costs 6 credits per pair, charged only when its data arrives. Never repeated after an ambiguous failure (no double charge). */
  requestPriorityCheck?: Maybe<CheckRequestPayload>;
  /** Adds keywords to the daily queue on the given engines (re-adding a keyword with the same location and device replaces its engines). Costs 1 credit per keyword × engine pair and day, charged as checks arrive. */
  trackKeywords?: Maybe<TrackKeywordsPayload>;
  /** Removes keywords (with all their engines) from the daily queue. Free; their past checks stay. */
  untrackKeywords?: Maybe<UntrackKeywordsPayload>;
};


/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type MutationAppendEnginesArgs = {
  input: EnginesChangeInput;
};


/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type MutationRemoveEnginesArgs = {
  input: EnginesChangeInput;
};


/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type MutationRequestDelayedCheckArgs = {
  input: CheckRequestInput;
};


/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type MutationRequestPriorityCheckArgs = {
  input: CheckRequestInput;
};


/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type MutationTrackKeywordsArgs = {
  input: TrackKeywordsInput;
};


/** Change what is tracked and request checks (SERPmetrics). Every field states its credit cost. */
export type MutationUntrackKeywordsArgs = {
  input: UntrackKeywordsInput;
};

/** An entity with a global id: `Query.node(id:)` and `Query.nodes(ids:)` fetch it again. Ids are opaque: pass them back as they came, never build or parse them. */
export type Node = {
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
};

/** The queue of a one-off check request. */
export type OneOffQueue =
  /** A cheap, slow check (1 credit per pair, charged when data arrives). */
  | 'DELAYED'
  /** A fast check (6 credits per pair, charged when data arrives). */
  | 'PRIORITY';

/** One of the target's pages with how many links point at it. */
export type PageCount = {
  __typename?: 'PageCount';
  /** Backlinks (or referring domains) pointing at it. */
  count: Scalars['Int']['output'];
  /** The page URL. */
  url: Scalars['URL']['output'];
};

/** Where a page of a connection stands. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last row of this page; null when it is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when rows follow this page (ask again with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when rows come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first row of this page; null when it is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How many keywords rank in a band of positions (e.g. 1–5). */
export type PositionBucket = {
  __typename?: 'PositionBucket';
  /** First position of the band. */
  from: Scalars['Int']['output'];
  /** Keywords ranking in the band. */
  keywords: Scalars['Int']['output'];
  /** Last position of the band (inclusive). */
  to: Scalars['Int']['output'];
};

/** How a ranking keyword moved since the previous month. */
export type PositionChange =
  /** Moved either way. */
  | 'CHANGED'
  /** Moved down. */
  | 'DOWN'
  /** No longer ranks. */
  | 'LOST'
  /** Ranks for the first time. */
  | 'NEW'
  /** Kept its position. */
  | 'UNCHANGED'
  /** Moved up. */
  | 'UP';

/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type Query = {
  __typename?: 'Query';
  /** Credits and balances of both upstream accounts (free reads, cached for a minute). */
  account?: Maybe<Account>;
  /** Credits a check of `pairs` keyword × engine pairs costs in a queue (daily: per day), charged only when its data arrives: what to show before requesting one. Answered locally. */
  checkCost: Scalars['Int']['output'];
  /** Where a priority or delayed check request stands (asks the upstream until it is done); null with its error when SERPmetrics cannot answer. */
  checkRequest?: Maybe<CheckRequest>;
  /** A website in a regional database. A bad domain is `INVALID_DOMAIN`, before any upstream call. */
  domain?: Maybe<Domain>;
  /** One engine by its code; an unknown code is `INVALID_ENGINE`. */
  engine?: Maybe<Engine>;
  /** Every search engine and locale SERPmetrics checks (cached a day); null with its error when SERPmetrics cannot answer. */
  engines?: Maybe<Array<Engine>>;
  /** One keyword in a regional database. A bad keyword is `INVALID_KEYWORDS`, before any upstream call. Priced at one export row (its metrics). */
  keyword?: Maybe<Keyword>;
  /** Up to 10,000 keywords in one regional database, one entry per input in input order; an invalid keyword is null with its `INVALID_KEYWORDS` error. Their metrics are fetched in exports of the configured batch size. More keywords is `TOO_MANY_KEYWORDS` before any call. Priced at one export row per keyword. */
  keywords?: Maybe<Array<Maybe<Keyword>>>;
  /** The entity with this global id, read through the same batched loaders as everywhere else. */
  node?: Maybe<Node>;
  /** The entities with these global ids, in input order; one that cannot be read is null with its error. Entities of one kind are read in one batched call. */
  nodes: Array<Maybe<Node>>;
  /** A domain’s (or one URL’s) position in each retained daily check of one tracked keyword pair (keyword, engine, location, device), oldest first: the 30-day rank chart. Free (SERPmetrics reads cost no credits), but each check is one SERP read and a request reads at most 100 distinct SERPs (`ROW_LIMIT_EXCEEDED` past that). Null when the pair is not tracked. */
  rankHistory?: Maybe<Array<RankPoint>>;
  /** True when this gateway answers from its built-in sandbox (deterministic emulators of both APIs, no credits spent) instead of the real SE Ranking and SERPmetrics APIs. */
  sandbox: Scalars['Boolean']['output'];
  /** The latest check of a keyword pair: its daily check, or a newer priority / delayed check this gateway queued. Null when the pair is neither tracked nor checked; `PENDING` when tracked but not checked yet. */
  serp?: Maybe<SerpSnapshot>;
  /** One backlinks target. An invalid target is `INVALID_TARGET`, before any upstream call. */
  target?: Maybe<Target>;
  /** Many targets, one entry per input in input order; an invalid one is null with its `INVALID_TARGET` error (no upstream call for it). Their summaries and authority are fetched 100 targets per call. */
  targets: Array<Maybe<Target>>;
  /** The keywords of the account’s daily queue, in creation order, a page at a time (one free SERPmetrics read lists them all, cached); null with its error when SERPmetrics cannot answer. */
  trackedKeywords?: Maybe<TrackedKeywordConnection>;
  /** Every tracked keyword × engine pair of the account, a page at a time: the rows of a rank tracker, ordered and filtered for `domain` (my site) before paging. The default page of 3 keeps their 30-day `rankHistories` within a request's 100 SERP reads; ordering or filtering by position reads the latest check of every pair (the change orders one more), so it serves up to 100 pairs (50 for a change). Ordering by `VOLUME` or `DIFFICULTY` buys the SE Ranking metrics of every pair matching `filter.text` (priced at one export row each, nothing when cached). */
  trackedPairs?: Maybe<TrackedPairConnection>;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryCheckCostArgs = {
  pairs?: InputMaybe<Scalars['Int']['input']>;
  queue: CheckQueue;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryCheckRequestArgs = {
  queue: OneOffQueue;
  requestId: Scalars['ID']['input'];
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryDomainArgs = {
  database: RegionalDatabase;
  domain: Scalars['String']['input'];
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryEngineArgs = {
  code: Scalars['String']['input'];
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryKeywordArgs = {
  database: RegionalDatabase;
  text: Scalars['String']['input'];
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryKeywordsArgs = {
  database: RegionalDatabase;
  texts: Array<Scalars['String']['input']>;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryRankHistoryArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  pair: KeywordPairInput;
  url?: InputMaybe<Scalars['String']['input']>;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QuerySerpArgs = {
  pair: KeywordPairInput;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryTargetArgs = {
  mode?: InputMaybe<TargetMode>;
  target: Scalars['String']['input'];
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryTargetsArgs = {
  mode?: InputMaybe<TargetMode>;
  targets: Array<Scalars['String']['input']>;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryTrackedKeywordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type QueryTrackedPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  domain?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackedPairFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrackedPairOrder>;
};

/** A domain’s (or one URL’s) best position in one check of a keyword pair. */
export type RankPoint = {
  __typename?: 'RankPoint';
  /** The upstream id of the check. */
  checkId: Scalars['String']['output'];
  /** When the check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** The best position of the domain (any host of it) or of the URL in the top 100; null when absent. */
  position?: Maybe<Scalars['Int']['output']>;
  /** The URL at that position; null when absent. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** A keyword a domain ranks for, with its position and the traffic it brings. */
export type RankingKeyword = {
  __typename?: 'RankingKeyword';
  /** Advertiser competition, 0–1. */
  competition?: Maybe<Scalars['Float']['output']>;
  /** Cost per click (USD). */
  cpc?: Maybe<Scalars['Float']['output']>;
  /** Keyword difficulty, 0–100. */
  difficulty?: Maybe<Scalars['Int']['output']>;
  /** Search intents of the keyword. */
  intents: Array<SearchIntent>;
  /** The keyword, in the same regional database (its text is in the row); its metrics of all rows come from one export per batch, priced at one export row per keyword when selected. */
  keyword: Keyword;
  /** Current position. */
  position: Scalars['Int']['output'];
  /** Position last month; null when the keyword is new. */
  previousPosition?: Maybe<Scalars['Int']['output']>;
  /** SERP features shown for the keyword. */
  serpFeatures: Array<SerpFeature>;
  /** Estimated monthly visits it brings. */
  traffic?: Maybe<Scalars['Int']['output']>;
  /** What that traffic would cost in ads (USD per month). */
  trafficCost?: Maybe<Scalars['Float']['output']>;
  /** Share of the domain's search traffic, in percent. */
  trafficShare?: Maybe<Scalars['Float']['output']>;
  /** The ranking page. */
  url: Scalars['URL']['output'];
  /** Monthly searches. */
  volume?: Maybe<Scalars['Int']['output']>;
};

/** A page of the keywords a domain ranks for (SE Ranking does not count them: page until `hasNextPage` is false). */
export type RankingKeywordConnection = {
  __typename?: 'RankingKeywordConnection';
  /** The rows of this page with their cursors. */
  edges: Array<RankingKeywordEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<RankingKeyword>;
  /** Where this page stands. */
  pageInfo: PageInfo;
};

/** One row of `RankingKeywordConnection` with its cursor. */
export type RankingKeywordEdge = {
  __typename?: 'RankingKeywordEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RankingKeyword;
};

/** Keep only the ranking keywords matching every filter given (SE Ranking filters them before paging). A list filter keeps a row having any of its values. */
export type RankingKeywordFilter = {
  /** Cost per click (USD). */
  cpc?: InputMaybe<FloatRange>;
  /** Keyword difficulty, 0–100. */
  difficulty?: InputMaybe<IntRange>;
  /** Any of these search intents. */
  intents?: InputMaybe<Array<SearchIntent>>;
  /** The keyword contains this text. */
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** Current position, 1–100. */
  position?: InputMaybe<IntRange>;
  /** How the position moved. */
  positionChange?: InputMaybe<PositionChange>;
  /** Any of these SERP features is shown. */
  serpFeatures?: InputMaybe<Array<SerpFeature>>;
  /** Estimated monthly visits the keyword brings. */
  traffic?: InputMaybe<IntRange>;
  /** Monthly searches. */
  volume?: InputMaybe<IntRange>;
};

/** A domain linking to the target. */
export type RefDomain = {
  __typename?: 'RefDomain';
  /** Its backlinks to the target. */
  backlinks: Scalars['Int']['output'];
  /** Its dofollow backlinks to the target. */
  dofollowBacklinks?: Maybe<Scalars['Int']['output']>;
  /** The referring domain. */
  domain: Scalars['String']['output'];
  /** Its Domain InLink Rank; null when unknown. */
  domainInlinkRank?: Maybe<Scalars['Int']['output']>;
  /** When its first link to the target was found. */
  firstSeen?: Maybe<Scalars['Date']['output']>;
  /** The referring domain as a target (domain mode), for its own backlink data (batched). */
  target?: Maybe<Target>;
};

/** A page of the domains linking to a target. */
export type RefDomainConnection = {
  __typename?: 'RefDomainConnection';
  /** The rows of this page with their cursors. */
  edges: Array<RefDomainEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<RefDomain>;
  /** Where this page stands. */
  pageInfo: PageInfo;
};

/** One row of `RefDomainConnection` with its cursor. */
export type RefDomainEdge = {
  __typename?: 'RefDomainEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RefDomain;
};

/** An SE Ranking regional database (the `source` of keyword and domain data), named by its ISO 3166-1 alpha-2 code, except `UK` (not `GB`) for the United Kingdom. */
export type RegionalDatabase =
  /** United Arab Emirates (upstream code `ae`). */
  | 'AE'
  /** Afghanistan (upstream code `af`). */
  | 'AF'
  /** Antigua and Barbuda (upstream code `ag`). */
  | 'AG'
  /** Anguilla (upstream code `ai`). */
  | 'AI'
  /** Albania (upstream code `al`). */
  | 'AL'
  /** Armenia (upstream code `am`). */
  | 'AM'
  /** Angola (upstream code `ao`). */
  | 'AO'
  /** Argentina (upstream code `ar`). */
  | 'AR'
  /** American Samoa (upstream code `as`). */
  | 'AS'
  /** Austria (upstream code `at`). */
  | 'AT'
  /** Australia (upstream code `au`). */
  | 'AU'
  /** Aruba (upstream code `aw`). */
  | 'AW'
  /** Azerbaijan (upstream code `az`). */
  | 'AZ'
  /** Bosnia and Herzegovina (upstream code `ba`). */
  | 'BA'
  /** Barbados (upstream code `bb`). */
  | 'BB'
  /** Bangladesh (upstream code `bd`). */
  | 'BD'
  /** Belgium (upstream code `be`). */
  | 'BE'
  /** Burkina Faso (upstream code `bf`). */
  | 'BF'
  /** Bulgaria (upstream code `bg`). */
  | 'BG'
  /** Bahrain (upstream code `bh`). */
  | 'BH'
  /** Burundi (upstream code `bi`). */
  | 'BI'
  /** Benin (upstream code `bj`). */
  | 'BJ'
  /** Brunei (upstream code `bn`). */
  | 'BN'
  /** Bolivia (upstream code `bo`). */
  | 'BO'
  /** Brazil (upstream code `br`). */
  | 'BR'
  /** Bahamas (upstream code `bs`). */
  | 'BS'
  /** Bhutan (upstream code `bt`). */
  | 'BT'
  /** Botswana (upstream code `bw`). */
  | 'BW'
  /** Belarus (upstream code `by`). */
  | 'BY'
  /** Belize (upstream code `bz`). */
  | 'BZ'
  /** Canada (upstream code `ca`). */
  | 'CA'
  /** Congo (Democratic Republic) (upstream code `cd`). */
  | 'CD'
  /** Central African Republic (upstream code `cf`). */
  | 'CF'
  /** Congo (Republic) (upstream code `cg`). */
  | 'CG'
  /** Switzerland (upstream code `ch`). */
  | 'CH'
  /** Côte d’Ivoire (upstream code `ci`). */
  | 'CI'
  /** Cook Islands (upstream code `ck`). */
  | 'CK'
  /** Chile (upstream code `cl`). */
  | 'CL'
  /** Cameroon (upstream code `cm`). */
  | 'CM'
  /** China (upstream code `cn`). */
  | 'CN'
  /** Colombia (upstream code `co`). */
  | 'CO'
  /** Costa Rica (upstream code `cr`). */
  | 'CR'
  /** Cuba (upstream code `cu`). */
  | 'CU'
  /** Cabo Verde (upstream code `cv`). */
  | 'CV'
  /** Cyprus (upstream code `cy`). */
  | 'CY'
  /** Czechia (upstream code `cz`). */
  | 'CZ'
  /** Germany (upstream code `de`). */
  | 'DE'
  /** Djibouti (upstream code `dj`). */
  | 'DJ'
  /** Denmark (upstream code `dk`). */
  | 'DK'
  /** Dominica (upstream code `dm`). */
  | 'DM'
  /** Dominican Republic (upstream code `do`). */
  | 'DO'
  /** Algeria (upstream code `dz`). */
  | 'DZ'
  /** Ecuador (upstream code `ec`). */
  | 'EC'
  /** Estonia (upstream code `ee`). */
  | 'EE'
  /** Egypt (upstream code `eg`). */
  | 'EG'
  /** Spain (upstream code `es`). */
  | 'ES'
  /** Ethiopia (upstream code `et`). */
  | 'ET'
  /** Finland (upstream code `fi`). */
  | 'FI'
  /** Fiji (upstream code `fj`). */
  | 'FJ'
  /** Micronesia (upstream code `fm`). */
  | 'FM'
  /** Faroe Islands (upstream code `fo`). */
  | 'FO'
  /** France (upstream code `fr`). */
  | 'FR'
  /** Gabon (upstream code `ga`). */
  | 'GA'
  /** Grenada (upstream code `gd`). */
  | 'GD'
  /** Georgia (upstream code `ge`). */
  | 'GE'
  /** French Guiana (upstream code `gf`). */
  | 'GF'
  /** Guernsey (upstream code `gg`). */
  | 'GG'
  /** Ghana (upstream code `gh`). */
  | 'GH'
  /** Gibraltar (upstream code `gi`). */
  | 'GI'
  /** Greenland (upstream code `gl`). */
  | 'GL'
  /** Gambia (upstream code `gm`). */
  | 'GM'
  /** Guinea (upstream code `gn`). */
  | 'GN'
  /** Guadeloupe (upstream code `gp`). */
  | 'GP'
  /** Equatorial Guinea (upstream code `gq`). */
  | 'GQ'
  /** Greece (upstream code `gr`). */
  | 'GR'
  /** Guatemala (upstream code `gt`). */
  | 'GT'
  /** Guam (upstream code `gu`). */
  | 'GU'
  /** Guyana (upstream code `gy`). */
  | 'GY'
  /** Hong Kong (upstream code `hk`). */
  | 'HK'
  /** Honduras (upstream code `hn`). */
  | 'HN'
  /** Croatia (upstream code `hr`). */
  | 'HR'
  /** Haiti (upstream code `ht`). */
  | 'HT'
  /** Hungary (upstream code `hu`). */
  | 'HU'
  /** Indonesia (upstream code `id`). */
  | 'ID'
  /** Ireland (upstream code `ie`). */
  | 'IE'
  /** Israel (upstream code `il`). */
  | 'IL'
  /** Isle of Man (upstream code `im`). */
  | 'IM'
  /** India (upstream code `in`). */
  | 'IN'
  /** Iraq (upstream code `iq`). */
  | 'IQ'
  /** Iceland (upstream code `is`). */
  | 'IS'
  /** Italy (upstream code `it`). */
  | 'IT'
  /** Jersey (upstream code `je`). */
  | 'JE'
  /** Jamaica (upstream code `jm`). */
  | 'JM'
  /** Jordan (upstream code `jo`). */
  | 'JO'
  /** Japan (upstream code `jp`). */
  | 'JP'
  /** Kenya (upstream code `ke`). */
  | 'KE'
  /** Kyrgyzstan (upstream code `kg`). */
  | 'KG'
  /** Cambodia (upstream code `kh`). */
  | 'KH'
  /** Kiribati (upstream code `ki`). */
  | 'KI'
  /** Saint Kitts and Nevis (upstream code `kn`). */
  | 'KN'
  /** South Korea (upstream code `kr`). */
  | 'KR'
  /** Kuwait (upstream code `kw`). */
  | 'KW'
  /** Cayman Islands (upstream code `ky`). */
  | 'KY'
  /** Kazakhstan (upstream code `kz`). */
  | 'KZ'
  /** Laos (upstream code `la`). */
  | 'LA'
  /** Lebanon (upstream code `lb`). */
  | 'LB'
  /** Saint Lucia (upstream code `lc`). */
  | 'LC'
  /** Liechtenstein (upstream code `li`). */
  | 'LI'
  /** Sri Lanka (upstream code `lk`). */
  | 'LK'
  /** Lesotho (upstream code `ls`). */
  | 'LS'
  /** Lithuania (upstream code `lt`). */
  | 'LT'
  /** Luxembourg (upstream code `lu`). */
  | 'LU'
  /** Latvia (upstream code `lv`). */
  | 'LV'
  /** Libya (upstream code `ly`). */
  | 'LY'
  /** Morocco (upstream code `ma`). */
  | 'MA'
  /** Monaco (upstream code `mc`). */
  | 'MC'
  /** Moldova (upstream code `md`). */
  | 'MD'
  /** Montenegro (upstream code `me`). */
  | 'ME'
  /** Madagascar (upstream code `mg`). */
  | 'MG'
  /** North Macedonia (upstream code `mk`). */
  | 'MK'
  /** Mali (upstream code `ml`). */
  | 'ML'
  /** Myanmar (upstream code `mm`). */
  | 'MM'
  /** Mongolia (upstream code `mn`). */
  | 'MN'
  /** Martinique (upstream code `mq`). */
  | 'MQ'
  /** Mauritania (upstream code `mr`). */
  | 'MR'
  /** Montserrat (upstream code `ms`). */
  | 'MS'
  /** Malta (upstream code `mt`). */
  | 'MT'
  /** Mauritius (upstream code `mu`). */
  | 'MU'
  /** Maldives (upstream code `mv`). */
  | 'MV'
  /** Malawi (upstream code `mw`). */
  | 'MW'
  /** Mexico (upstream code `mx`). */
  | 'MX'
  /** Malaysia (upstream code `my`). */
  | 'MY'
  /** Mozambique (upstream code `mz`). */
  | 'MZ'
  /** Namibia (upstream code `na`). */
  | 'NA'
  /** New Caledonia (upstream code `nc`). */
  | 'NC'
  /** Niger (upstream code `ne`). */
  | 'NE'
  /** Nigeria (upstream code `ng`). */
  | 'NG'
  /** Nicaragua (upstream code `ni`). */
  | 'NI'
  /** Netherlands (upstream code `nl`). */
  | 'NL'
  /** Norway (upstream code `no`). */
  | 'NO'
  /** Nepal (upstream code `np`). */
  | 'NP'
  /** Nauru (upstream code `nr`). */
  | 'NR'
  /** Niue (upstream code `nu`). */
  | 'NU'
  /** New Zealand (upstream code `nz`). */
  | 'NZ'
  /** Oman (upstream code `om`). */
  | 'OM'
  /** Panama (upstream code `pa`). */
  | 'PA'
  /** Peru (upstream code `pe`). */
  | 'PE'
  /** French Polynesia (upstream code `pf`). */
  | 'PF'
  /** Papua New Guinea (upstream code `pg`). */
  | 'PG'
  /** Philippines (upstream code `ph`). */
  | 'PH'
  /** Pakistan (upstream code `pk`). */
  | 'PK'
  /** Poland (upstream code `pl`). */
  | 'PL'
  /** Pitcairn Islands (upstream code `pn`). */
  | 'PN'
  /** Puerto Rico (upstream code `pr`). */
  | 'PR'
  /** State of Palestine (upstream code `ps`). */
  | 'PS'
  /** Portugal (upstream code `pt`). */
  | 'PT'
  /** Paraguay (upstream code `py`). */
  | 'PY'
  /** Qatar (upstream code `qa`). */
  | 'QA'
  /** Réunion (upstream code `re`). */
  | 'RE'
  /** Romania (upstream code `ro`). */
  | 'RO'
  /** Serbia (upstream code `rs`). */
  | 'RS'
  /** Russia (upstream code `ru`). */
  | 'RU'
  /** Rwanda (upstream code `rw`). */
  | 'RW'
  /** Saudi Arabia (upstream code `sa`). */
  | 'SA'
  /** Solomon Islands (upstream code `sb`). */
  | 'SB'
  /** Seychelles (upstream code `sc`). */
  | 'SC'
  /** Sweden (upstream code `se`). */
  | 'SE'
  /** Singapore (upstream code `sg`). */
  | 'SG'
  /** Saint Helena (upstream code `sh`). */
  | 'SH'
  /** Slovenia (upstream code `si`). */
  | 'SI'
  /** Slovakia (upstream code `sk`). */
  | 'SK'
  /** Sierra Leone (upstream code `sl`). */
  | 'SL'
  /** San Marino (upstream code `sm`). */
  | 'SM'
  /** Senegal (upstream code `sn`). */
  | 'SN'
  /** Somalia (upstream code `so`). */
  | 'SO'
  /** Suriname (upstream code `sr`). */
  | 'SR'
  /** São Tomé and Príncipe (upstream code `st`). */
  | 'ST'
  /** El Salvador (upstream code `sv`). */
  | 'SV'
  /** Chad (upstream code `td`). */
  | 'TD'
  /** Togo (upstream code `tg`). */
  | 'TG'
  /** Thailand (upstream code `th`). */
  | 'TH'
  /** Tajikistan (upstream code `tj`). */
  | 'TJ'
  /** Tokelau (upstream code `tk`). */
  | 'TK'
  /** Timor-Leste (upstream code `tl`). */
  | 'TL'
  /** Turkmenistan (upstream code `tm`). */
  | 'TM'
  /** Tunisia (upstream code `tn`). */
  | 'TN'
  /** Tonga (upstream code `to`). */
  | 'TO'
  /** Türkiye (upstream code `tr`). */
  | 'TR'
  /** Trinidad and Tobago (upstream code `tt`). */
  | 'TT'
  /** Taiwan (upstream code `tw`). */
  | 'TW'
  /** Tanzania (upstream code `tz`). */
  | 'TZ'
  /** Ukraine (upstream code `ua`). */
  | 'UA'
  /** Uganda (upstream code `ug`). */
  | 'UG'
  /** United Kingdom (upstream code `uk`). */
  | 'UK'
  /** United States (upstream code `us`). */
  | 'US'
  /** Uruguay (upstream code `uy`). */
  | 'UY'
  /** Uzbekistan (upstream code `uz`). */
  | 'UZ'
  /** Saint Vincent and the Grenadines (upstream code `vc`). */
  | 'VC'
  /** Venezuela (upstream code `ve`). */
  | 'VE'
  /** British Virgin Islands (upstream code `vg`). */
  | 'VG'
  /** U.S. Virgin Islands (upstream code `vi`). */
  | 'VI'
  /** Vietnam (upstream code `vn`). */
  | 'VN'
  /** Vanuatu (upstream code `vu`). */
  | 'VU'
  /** Samoa (upstream code `ws`). */
  | 'WS'
  /** Yemen (upstream code `ye`). */
  | 'YE'
  /** Mayotte (upstream code `yt`). */
  | 'YT'
  /** South Africa (upstream code `za`). */
  | 'ZA'
  /** Zambia (upstream code `zm`). */
  | 'ZM'
  /** Zimbabwe (upstream code `zw`). */
  | 'ZW';

/** What a searcher wants, as SE Ranking classifies keywords. */
export type SearchIntent =
  /** To compare before buying (upstream `C`). */
  | 'COMMERCIAL'
  /** To learn something (upstream `I`). */
  | 'INFORMATIONAL'
  /** Something nearby (upstream `L`). */
  | 'LOCAL'
  /** To reach a particular site or brand (upstream `N`). */
  | 'NAVIGATIONAL'
  /** To buy or do something now (upstream `T`). */
  | 'TRANSACTIONAL';

/** Organic search results or paid ads. */
export type SearchResults =
  /** Organic (unpaid) results. */
  | 'ORGANIC'
  /** Paid ads. */
  | 'PAID';

/** The SE Ranking Data API account: subscription and credit counters. */
export type SerankingAccount = {
  __typename?: 'SerankingAccount';
  /** The credit limit of the balance counter (reported apart from the units; never reconciled). */
  creditLimit: Scalars['Float']['output'];
  /** Credits used according to the balance counter. */
  creditsUsed: Scalars['Float']['output'];
  /** When the subscription expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the subscription started. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The subscription status: `active`, `inactive`, `expired` or `disabled` (others kept verbatim). */
  status: Scalars['String']['output'];
  /** Credits (units) left on the subscription. */
  unitsLeft: Scalars['Float']['output'];
  /** Credits (units) the subscription grants. */
  unitsLimit: Scalars['Float']['output'];
};

/** A search-result feature shown on a SERP (snippets, packs, ads ...), as SE Ranking reports them in keyword data and accepts them as filters. */
export type SerpFeature =
  /** Accelerated Mobile Pages results (upstream code `amp`). */
  | 'AMP'
  /** Events app bar (upstream code `appbar_events`). */
  | 'APPBAR_EVENTS'
  /** Ads below the organic results (upstream code `bads`). */
  | 'BADS'
  /** Buying Guide (upstream code `buying_guide`). */
  | 'BUYING_GUIDE'
  /** Calculator (upstream code `calculator`). */
  | 'CALCULATOR'
  /** Carousel Results (upstream code `carousel_results`). */
  | 'CAROUSEL_RESULTS'
  /** Currency Converter (upstream code `currency_converter`). */
  | 'CURRENCY_CONVERTER'
  /** Datasets (upstream code `datasets`). */
  | 'DATASETS'
  /** Destination (upstream code `destination`). */
  | 'DESTINATION'
  /** Digital Complaints (upstream code `digital_complaints`). */
  | 'DIGITAL_COMPLAINTS'
  /** Discussions And Forums (upstream code `discussions_and_forums`). */
  | 'DISCUSSIONS_AND_FORUMS'
  /** Events (upstream code `events`). */
  | 'EVENTS'
  /** Faq (upstream code `faq`). */
  | 'FAQ'
  /** Featured Snippets (upstream code `featured_snippets`). */
  | 'FEATURED_SNIPPETS'
  /** Find Results On (upstream code `find_results_on`). */
  | 'FIND_RESULTS_ON'
  /** Flights (upstream code `flights`). */
  | 'FLIGHTS'
  /** Google Business Profile panel (upstream code `gmb`). */
  | 'GMB'
  /** Hotel Pack (upstream code `hotel_pack`). */
  | 'HOTEL_PACK'
  /** Images (upstream code `images`). */
  | 'IMAGES'
  /** Image In Block (upstream code `image_in_block`). */
  | 'IMAGE_IN_BLOCK'
  /** Jobs (upstream code `jobs`). */
  | 'JOBS'
  /** Knowledge Card (upstream code `knowledge_card`). */
  | 'KNOWLEDGE_CARD'
  /** Knowledge Graph (upstream code `knowledge_graph`). */
  | 'KNOWLEDGE_GRAPH'
  /** Local Pack (upstream code `local_pack`). */
  | 'LOCAL_PACK'
  /** Location (upstream code `location`). */
  | 'LOCATION'
  /** Ads between the organic results (upstream code `mads`). */
  | 'MADS'
  /** Maps (upstream code `maps`). */
  | 'MAPS'
  /** Marketplace (upstream code `marketplace`). */
  | 'MARKETPLACE'
  /** Math Solve Block (upstream code `math_solve_block`). */
  | 'MATH_SOLVE_BLOCK'
  /** No SERP feature: plain organic results only (upstream code `no`). */
  | 'NO'
  /** People Also Ask (upstream code `people_also_ask`). */
  | 'PEOPLE_ALSO_ASK'
  /** Places Sites Products (upstream code `places_sites_products`). */
  | 'PLACES_SITES_PRODUCTS'
  /** Podcasts (upstream code `podcasts`). */
  | 'PODCASTS'
  /** Popular Times (upstream code `popular_times`). */
  | 'POPULAR_TIMES'
  /** Questions (upstream code `questions`). */
  | 'QUESTIONS'
  /** Recipes (upstream code `recipes`). */
  | 'RECIPES'
  /** Refine By (upstream code `refine_by`). */
  | 'REFINE_BY'
  /** Related Searches (upstream code `related_searches`). */
  | 'RELATED_SEARCHES'
  /** Research (upstream code `research`). */
  | 'RESEARCH'
  /** Reviews (upstream code `reviews`). */
  | 'REVIEWS'
  /** Ads beside the organic results (upstream code `sads`). */
  | 'SADS'
  /** See Results About (upstream code `see_results_about`). */
  | 'SEE_RESULTS_ABOUT'
  /** AI-generated overview (Search Generative Experience) (upstream code `sge`). */
  | 'SGE'
  /** Shopping Results (upstream code `shopping_results`). */
  | 'SHOPPING_RESULTS'
  /** Shopping Results Main Block (upstream code `shopping_results_main_block`). */
  | 'SHOPPING_RESULTS_MAIN_BLOCK'
  /** Shopping Results Side (upstream code `shopping_results_side`). */
  | 'SHOPPING_RESULTS_SIDE'
  /** Shopping Results Top (upstream code `shopping_results_top`). */
  | 'SHOPPING_RESULTS_TOP'
  /** Sitelinks (upstream code `sitelinks`). */
  | 'SITELINKS'
  /** Sports App (upstream code `sports_app`). */
  | 'SPORTS_APP'
  /** Stocks Block (upstream code `stocks_block`). */
  | 'STOCKS_BLOCK'
  /** Ads above the organic results (upstream code `tads`). */
  | 'TADS'
  /** Things To Do (upstream code `things_to_do`). */
  | 'THINGS_TO_DO'
  /** Top Stories (upstream code `top_stories`). */
  | 'TOP_STORIES'
  /** Trip Cards (upstream code `trip_cards`). */
  | 'TRIP_CARDS'
  /** Twitter (upstream code `twitter`). */
  | 'TWITTER'
  /** Units Converter (upstream code `units_converter`). */
  | 'UNITS_CONVERTER'
  /** Video (upstream code `video`). */
  | 'VIDEO'
  /** Videos Block (upstream code `videos_block`). */
  | 'VIDEOS_BLOCK';

/** How a SERP moved against the previous check of the same pair. Flux follows SERPmetrics’ idea (each URL’s movement weighted toward the top, summed): |Δposition| divided by the better of the two positions. */
export type SerpMovement = {
  __typename?: 'SerpMovement';
  /** URLs of the previous check that left the top 100, in their old order. */
  dropped: Array<UrlMovement>;
  /** The movement of the whole SERP (0: identical order; a swap of positions 1 and 2 scores 2). */
  flux: Scalars['Float']['output'];
  /** The check compared against. */
  previous: SerpSnapshot;
  /** One entry per result of this check, in position order. */
  results: Array<UrlMovement>;
};

/** One result of a SERP at its position, with the SE Ranking view of its host and of its domain. */
export type SerpResult = Node & {
  __typename?: 'SerpResult';
  /** The snippet text (may be empty). */
  description: Scalars['String']['output'];
  /** The registrable domain of the host (public suffix list), e.g. `nike.com`. */
  domain: Scalars['String']['output'];
  /** The result’s registrable domain as an SE Ranking backlinks target (mode DOMAIN, all its subdomains): the domain’s own authority and backlinks, apart from the host’s. Batched like `target`. */
  domainTarget?: Maybe<Target>;
  /** The host of the URL, e.g. `www.nike.com`. */
  host: Scalars['String']['output'];
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** The position, 1 to 100. */
  position: Scalars['Int']['output'];
  /** Organic result or the kind of universal result. */
  resultType: SerpResultType;
  /** Sub-links shown under the result (often on position 1). */
  sitelinks: Array<Sitelink>;
  /** The result’s host as an SE Ranking backlinks target (mode HOST). Its backlink data for all results of a query is fetched in one batched call per 100 hosts. */
  target?: Maybe<Target>;
  /** The result title. */
  title: Scalars['String']['output'];
  /** The upstream type of a universal result, verbatim (e.g. `universal:local`); null for organic. */
  universalType?: Maybe<Scalars['String']['output']>;
  /** The absolute URL of the result. */
  url: Scalars['URL']['output'];
};

/** What kind of result occupies a SERP position. */
export type SerpResultType =
  /** An image pack. */
  | 'IMAGES'
  /** A local (map) pack. */
  | 'LOCAL'
  /** A news result. */
  | 'NEWS'
  /** A plain organic result. */
  | 'ORGANIC'
  /** Another universal result type (see `universalType`). */
  | 'OTHER'
  /** A video result. */
  | 'VIDEO';

/** The SERP of one check of a keyword pair: when it ran and its results, ordered by position. */
export type SerpSnapshot = Node & {
  __typename?: 'SerpSnapshot';
  /** The upstream id of the check. */
  checkId: Scalars['String']['output'];
  /** When the check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** The device of the pair. */
  device: Device;
  /** The engine the check ran on. */
  engine: Engine;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** The keyword phrase. */
  keyword: Scalars['String']['output'];
  /** The location of the pair (Google engines), or null. */
  location?: Maybe<Scalars['String']['output']>;
  /** Position changes and flux against the previous daily check of the pair; null when there is none (an untracked pair, or its first check). */
  movement?: Maybe<SerpMovement>;
  /** The queue the check ran in. */
  queue: CheckQueue;
  /** The results ordered by position: the top `first` (1–100) of the check’s SERP, or of the results of one root domain; null with its error when the SERP cannot be read. */
  results?: Maybe<Array<SerpResult>>;
};


/** The SERP of one check of a keyword pair: when it ran and its results, ordered by position. */
export type SerpSnapshotResultsArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The SERPmetrics account: SERP credits that checks draw on, and money. */
export type SerpmetricsAccount = {
  __typename?: 'SerpmetricsAccount';
  /** API credits (fractional, may be negative). */
  apiCredits: Scalars['Float']['output'];
  /** Funds (money) from which credits are bought in blocks of 1,000. */
  balance: Scalars['Float']['output'];
  /** SERP credits: each daily or delayed check costs 1, a priority check 6 (charged when data arrives). */
  serpCredits: Scalars['Int']['output'];
};

/** A sub-link shown under a result. */
export type Sitelink = {
  __typename?: 'Sitelink';
  /** The link text. */
  title: Scalars['String']['output'];
  /** The absolute URL. */
  url: Scalars['URL']['output'];
};

/** Ascending or descending. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Live rank tracking over server-sent events (`Accept: text/event-stream`): a new check of a keyword pair is delivered as soon as SERPmetrics reports it (callback) or the gateway’s poller finds it. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each new check of one keyword pair (daily, or a priority / delayed check requested through this deployment), with `movement` against the previous check. Validated before subscribing. */
  serpUpdated: SerpSnapshot;
  /** Each new check of any keyword pair of the account: daily checks of every tracked keyword, and the priority / delayed checks requested through this deployment. */
  trackedSerpUpdated: SerpSnapshot;
};


/** Live rank tracking over server-sent events (`Accept: text/event-stream`): a new check of a keyword pair is delivered as soon as SERPmetrics reports it (callback) or the gateway’s poller finds it. */
export type SubscriptionSerpUpdatedArgs = {
  pair: KeywordPairInput;
};

/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. Every field backed by SE Ranking is nullable: a target too large for the API (`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error. */
export type Target = Node & {
  __typename?: 'Target';
  /** The domain, host or URL, as validated (hosts lowercased). */
  address: Scalars['String']['output'];
  /** Anchor texts of links to the target, a page at a time (paid and read like `backlinks`). */
  anchors?: Maybe<AnchorConnection>;
  /** InLink Rank and Domain InLink Rank only (the target as given, whatever its mode); batched like `backlinkSummary`. */
  authority?: Maybe<Authority>;
  /** Backlink counts, ranks and top lists. The summaries of all targets of one request are fetched together, 100 targets per upstream call. */
  backlinkSummary?: Maybe<BacklinkSummary>;
  /** Backlinks to the target, a page at a time. Each row read costs a credit, and SE Ranking has no offset: a page `after` a cursor reads the rows before it again (cached), up to the 10,000th row. */
  backlinks?: Maybe<BacklinkConnection>;
  /** New and lost backlinks per day in a date range, oldest first, days without changes included. */
  dailyChanges?: Maybe<Array<DailyBacklinkChanges>>;
  /** Backlinks gained and lost in a date range (SE Ranking keeps about a year), a page at a time (paid and read like `backlinks`). */
  history?: Maybe<BacklinkChangeConnection>;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** How the target is interpreted: one host, a whole domain, or one URL. */
  mode: TargetMode;
  /** Domains linking to the target, a page at a time (paid and read like `backlinks`). */
  refDomains?: Maybe<RefDomainConnection>;
};


/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. Every field backed by SE Ranking is nullable: a target too large for the API (`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error. */
export type TargetAnchorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AnchorOrder>;
};


/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. Every field backed by SE Ranking is nullable: a target too large for the API (`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error. */
export type TargetBacklinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BacklinkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BacklinkOrder>;
  perDomain?: InputMaybe<Scalars['Int']['input']>;
};


/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. Every field backed by SE Ranking is nullable: a target too large for the API (`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error. */
export type TargetDailyChangesArgs = {
  change?: InputMaybe<BacklinkChangeType>;
  filter?: InputMaybe<BacklinkChangeFilter>;
  range?: InputMaybe<DateRangeInput>;
};


/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. Every field backed by SE Ranking is nullable: a target too large for the API (`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error. */
export type TargetHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  change?: InputMaybe<BacklinkChangeType>;
  filter?: InputMaybe<BacklinkChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BacklinkOrder>;
  range?: InputMaybe<DateRangeInput>;
};


/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. Every field backed by SE Ranking is nullable: a target too large for the API (`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error. */
export type TargetRefDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BacklinkOrder>;
};

/** How a backlinks target is interpreted. */
export type TargetMode =
  /** The registrable domain with all its subdomains (`example.com`, `*.example.com`). */
  | 'DOMAIN'
  /** The exact host (`blog.example.com` without other subdomains). */
  | 'HOST'
  /** One exact page URL. */
  | 'URL';

/** A text a field must contain (case-insensitive), or must not contain. */
export type TextMatch = {
  /** True: keep only rows whose field does not contain the text. */
  exclude?: InputMaybe<Scalars['Boolean']['input']>;
  /** The text, 1–2,063 characters. */
  text: Scalars['String']['input'];
};

/** The outcome for one keyword of `trackKeywords`. */
export type TrackKeywordResult = {
  __typename?: 'TrackKeywordResult';
  /** Why it failed; null on success. */
  error?: Maybe<ItemError>;
  /** The keyword as sent (trimmed). */
  keyword: Scalars['String']['output'];
  /** The tracked keyword with its engines now; null when it failed. */
  trackedKeyword?: Maybe<TrackedKeyword>;
};

/** Keywords to track, on engines, from one location and device. */
export type TrackKeywordsInput = {
  /** The device to check as. */
  device?: InputMaybe<Device>;
  /** Engine codes, e.g. `["google_en-us"]` (see `engines`). */
  engines: Array<Scalars['String']['input']>;
  /** Keyword phrases, 1–255 characters each (at most 1,000). */
  keywords: Array<Scalars['String']['input']>;
  /** A location such as `Brooklyn, NY, USA`, for Google engines only: with another engine the request is `INVALID_PARAMETER` before any call. */
  location?: InputMaybe<Scalars['String']['input']>;
};

/** What `trackKeywords` did, per keyword. */
export type TrackKeywordsPayload = {
  __typename?: 'TrackKeywordsPayload';
  /** Credits the keywords tracked by this call spend per day (1 per keyword and engine). */
  dailyCredits: Scalars['Int']['output'];
  /** One result per keyword sent, in order. */
  results: Array<TrackKeywordResult>;
};

/** A keyword in the SERPmetrics daily queue: phrase, location and device, checked every day on its engines (1 credit per engine and day). */
export type TrackedKeyword = Node & {
  __typename?: 'TrackedKeyword';
  /** The retained daily checks on one engine, newest first (empty when not tracked on it; null with its error when they cannot be read). */
  checks?: Maybe<Array<SerpSnapshot>>;
  /** The device checked as. */
  device: Device;
  /** The engines the keyword is checked on. */
  engines: Array<Engine>;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** The keyword phrase. */
  keyword: Scalars['String']['output'];
  /** The upstream keyword id. */
  keywordId: Scalars['ID']['output'];
  /** The location checked from (Google engines), or null. */
  location?: Maybe<Scalars['String']['output']>;
};


/** A keyword in the SERPmetrics daily queue: phrase, location and device, checked every day on its engines (1 credit per engine and day). */
export type TrackedKeywordChecksArgs = {
  engine: Scalars['String']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of the keywords of the account’s daily queue. */
export type TrackedKeywordConnection = {
  __typename?: 'TrackedKeywordConnection';
  /** The rows of this page with their cursors. */
  edges: Array<TrackedKeywordEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<TrackedKeyword>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All keywords of the daily queue. */
  totalCount: Scalars['Int']['output'];
};

/** One row of `TrackedKeywordConnection` with its cursor. */
export type TrackedKeywordEdge = {
  __typename?: 'TrackedKeywordEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: TrackedKeyword;
};

/** A tracked keyword on one of its engines: one row of a rank tracker. */
export type TrackedPair = Node & {
  __typename?: 'TrackedPair';
  /** The SE Ranking regional database of the engine’s country; null when SE Ranking has none. */
  database?: Maybe<RegionalDatabase>;
  /** The device checked as. */
  device: Device;
  /** The engine it is checked on. */
  engine: Engine;
  /** The opaque global id of this entity (see `Query.node`). */
  id: Scalars['ID']['output'];
  /** The keyword phrase. */
  keyword: Scalars['String']['output'];
  /** The latest check of the pair (its daily check, or a newer one-off check this gateway queued), so a tracker lists every pair with its latest SERP in one query. Null with `PENDING` before its first check. */
  latest?: Maybe<SerpSnapshot>;
  /** The location checked from (Google engines), or null. */
  location?: Maybe<Scalars['String']['output']>;
  /** The phrase in that regional database: search volume, difficulty, SERP features (SE Ranking; priced at one export row, the rows of a request fetched in one export). Null when there is no database. */
  metrics?: Maybe<Keyword>;
  /** Each domain’s position in the retained daily checks, in the order asked (1 to 10 domains): one SERP read per check whatever the number of domains. Null with its error when the checks cannot be read. */
  rankHistories?: Maybe<Array<DomainRankHistory>>;
};


/** A tracked keyword on one of its engines: one row of a rank tracker. */
export type TrackedPairRankHistoriesArgs = {
  domains: Array<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of tracked keyword × engine pairs, in tracking order (keywords in creation order, then their engines). */
export type TrackedPairConnection = {
  __typename?: 'TrackedPairConnection';
  /** The rows of this page with their cursors. */
  edges: Array<TrackedPairEdge>;
  /** The rows of this page (`edges` without the cursors). */
  nodes: Array<TrackedPair>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All tracked pairs of the account. */
  totalCount: Scalars['Int']['output'];
};

/** One row of `TrackedPairConnection` with its cursor. */
export type TrackedPairEdge = {
  __typename?: 'TrackedPairEdge';
  /** An opaque cursor: pass it as `after` to read the rows after this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: TrackedPair;
};

/** Which pairs a rank tracker shows; every given condition must hold. */
export type TrackedPairFilter = {
  /** `domain`’s position in the latest daily check, 1–100 (unranked pairs are left out). */
  position?: InputMaybe<IntRange>;
  /** True: only pairs where `domain` is in the top 100; false: only where not. */
  ranked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the keyword, the engine code or the location (any case). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The order of a rank tracker’s rows. */
export type TrackedPairOrder =
  /** Positions `domain` gained since the check a day before (two SERP reads per pair); entering the top 100 ranks above any move and leaving it below; pairs without two checks to compare last. */
  | 'CHANGE_1D'
  /** As `CHANGE_1D`, against the check 7 days before. */
  | 'CHANGE_7D'
  /** As `CHANGE_1D`, against the oldest retained check (SERPmetrics keeps 30). */
  | 'CHANGE_30D'
  /** As `VOLUME`, by the phrase’s keyword difficulty (0–100). */
  | 'DIFFICULTY'
  /** The engine code, alphabetically. */
  | 'ENGINE'
  /** The keyword phrase, alphabetically. */
  | 'KEYWORD'
  /** `domain`’s position in the latest daily check (one SERP read per pair); unranked pairs last. */
  | 'POSITION'
  /** Tracking order: keywords in creation order, then their engines. */
  | 'TRACKING'
  /** The phrase’s monthly search volume in the engine country’s regional database (SE Ranking). Buys the metrics of every pair matching `filter.text` (at most 100, `ROW_LIMIT_EXCEEDED` past that): one export row each, one export per database, rows cached shared with `metrics` (which then costs nothing more). Pairs without a volume or a database last either way; ties by keyword, then engine. */
  | 'VOLUME';

/** The outcome for one keyword of `untrackKeywords`. */
export type UntrackKeywordResult = {
  __typename?: 'UntrackKeywordResult';
  /** Why it failed (`NOT_FOUND` when it was not tracked); null on success. */
  error?: Maybe<ItemError>;
  /** The keyword as sent (trimmed). */
  keyword: Scalars['String']['output'];
  /** True when the keyword is no longer tracked. */
  untracked: Scalars['Boolean']['output'];
};

/** Tracked keywords to remove (with all their engines), by phrase, location and device. */
export type UntrackKeywordsInput = {
  /** Their device. */
  device?: InputMaybe<Device>;
  /** Keyword phrases, 1–255 characters each (at most 1,000). */
  keywords: Array<Scalars['String']['input']>;
  /** Their location, if they were tracked with one. */
  location?: InputMaybe<Scalars['String']['input']>;
};

/** What `untrackKeywords` did, per keyword. */
export type UntrackKeywordsPayload = {
  __typename?: 'UntrackKeywordsPayload';
  /** One result per keyword sent, in order. */
  results: Array<UntrackKeywordResult>;
};

/** Where one URL stood in the previous check of the pair and where it stands now. */
export type UrlMovement = {
  __typename?: 'UrlMovement';
  /** previous − current: positive moved up, negative moved down; null when it entered or left. */
  change?: Maybe<Scalars['Int']['output']>;
  /** Its position in this check; null when it left the top 100. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Its position in the previous check; null when it is new. */
  previousPosition?: Maybe<Scalars['Int']['output']>;
  /** The result URL. */
  url: Scalars['URL']['output'];
};

/** A value (country, top-level domain) with how many referring domains have it. */
export type ValueCount = {
  __typename?: 'ValueCount';
  /** How many referring domains. */
  count: Scalars['Int']['output'];
  /** Lowercase country code or top-level domain. */
  value: Scalars['String']['output'];
};

export type DashboardKeywordQueryVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Device>;
}>;


export type DashboardKeywordQuery = { __typename?: 'Query', serp?: { __typename?: 'SerpSnapshot', keyword: string, location?: string | null, device: Device, checkId: string, checkedAt: string, queue: CheckQueue, engine: { __typename?: 'Engine', code: string }, movement?: { __typename?: 'SerpMovement', flux: number, results: Array<{ __typename?: 'UrlMovement', url: string, change?: number | null, previousPosition?: number | null }>, dropped: Array<{ __typename?: 'UrlMovement', url: string, previousPosition?: number | null }> } | null, results?: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string }> | null } & ({ __typename?: 'SerpSnapshot', results?: Array<{ __typename?: 'SerpResult', target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> | null } | { __typename?: 'SerpSnapshot', results?: never }) | null, engine?: { __typename?: 'Engine', code: string, flux?: Array<{ __typename?: 'FluxPoint', at: string, value: number }> | null } | null };

export type DashboardSnapshotFragment = { __typename?: 'SerpSnapshot', keyword: string, location?: string | null, device: Device, checkId: string, checkedAt: string, queue: CheckQueue, results?: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> | null, engine: { __typename?: 'Engine', code: string }, movement?: { __typename?: 'SerpMovement', flux: number, results: Array<{ __typename?: 'UrlMovement', url: string, change?: number | null, previousPosition?: number | null }>, dropped: Array<{ __typename?: 'UrlMovement', url: string, previousPosition?: number | null }> } | null };

export type DashboardAuthorityFragment = { __typename?: 'SerpResult', target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null };

export type DashboardSerpFragment = { __typename?: 'SerpSnapshot', keyword: string, location?: string | null, device: Device, checkId: string, checkedAt: string, queue: CheckQueue, engine: { __typename?: 'Engine', code: string }, movement?: { __typename?: 'SerpMovement', flux: number, results: Array<{ __typename?: 'UrlMovement', url: string, change?: number | null, previousPosition?: number | null }>, dropped: Array<{ __typename?: 'UrlMovement', url: string, previousPosition?: number | null }> } | null, results?: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string }> | null };

export type DashboardTrackedSerpUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardTrackedSerpUpdatedSubscription = { __typename?: 'Subscription', trackedSerpUpdated: { __typename?: 'SerpSnapshot', keyword: string, location?: string | null, device: Device, checkId: string, checkedAt: string, queue: CheckQueue, results?: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> | null, engine: { __typename?: 'Engine', code: string }, movement?: { __typename?: 'SerpMovement', flux: number, results: Array<{ __typename?: 'UrlMovement', url: string, change?: number | null, previousPosition?: number | null }>, dropped: Array<{ __typename?: 'UrlMovement', url: string, previousPosition?: number | null }> } | null } };

export type DashboardRequestPriorityCheckMutationVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Device>;
}>;


export type DashboardRequestPriorityCheckMutation = { __typename?: 'Mutation', requestPriorityCheck?: { __typename?: 'CheckRequestPayload', credits: number, results: Array<{ __typename?: 'CheckRequestResult', request?: { __typename?: 'CheckRequest', requestId: string } | null, error?: { __typename?: 'ItemError', code: ErrorCode, message: string, upstream: string, retryAfter?: number | null } | null }> } | null };

export type DashboardRankTableQueryVariables = Exact<{
  domains: Array<Scalars['String']['input']> | Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardRankTableQuery = { __typename?: 'Query', sandbox: boolean, priorityCheckCost: number, trackedPairs?: { __typename?: 'TrackedPairConnection', totalCount: number, nodes: Array<{ __typename?: 'TrackedPair', database?: RegionalDatabase | null, keyword: string, location?: string | null, device: Device, engine: { __typename?: 'Engine', name?: string | null, code: string }, metrics?: { __typename?: 'Keyword', volume?: number | null, difficulty?: number | null, serpFeatures?: Array<SerpFeature> | null } | null, rankHistories?: Array<{ __typename?: 'DomainRankHistory', domain: string, points: Array<{ __typename?: 'RankPoint', checkedAt: string, position?: number | null, url?: string | null }> }> | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type DashboardTablePageQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy: TrackedPairOrder;
  direction: SortDirection;
  filter?: InputMaybe<TrackedPairFilter>;
}>;


export type DashboardTablePageQuery = { __typename?: 'Query', trackedPairs?: { __typename?: 'TrackedPairConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'TrackedPair', keyword: string, location?: string | null, device: Device, engine: { __typename?: 'Engine', code: string } }> } | null };

export type DashboardPairPageFragment = { __typename?: 'TrackedPairConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'TrackedPair', keyword: string, location?: string | null, device: Device, engine: { __typename?: 'Engine', code: string } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardSerpFragmentDoc = new TypedDocumentString(`
    fragment DashboardSerp on SerpSnapshot {
  keyword
  location
  device
  engine {
    code
  }
  checkId
  checkedAt
  queue
  movement {
    flux
    results {
      url
      change
      previousPosition
    }
    dropped {
      url
      previousPosition
    }
  }
  results(first: 100) {
    position
    url
    host
    domain
  }
}
    `, {"fragmentName":"DashboardSerp"}) as unknown as TypedDocumentString<DashboardSerpFragment, unknown>;
export const DashboardAuthorityFragmentDoc = new TypedDocumentString(`
    fragment DashboardAuthority on SerpResult {
  target {
    backlinkSummary {
      inlinkRank
      domainInlinkRank
      backlinks
      refDomains
    }
  }
}
    `, {"fragmentName":"DashboardAuthority"}) as unknown as TypedDocumentString<DashboardAuthorityFragment, unknown>;
export const DashboardSnapshotFragmentDoc = new TypedDocumentString(`
    fragment DashboardSnapshot on SerpSnapshot {
  ...DashboardSerp
  results(first: 100) {
    ...DashboardAuthority
  }
}
    fragment DashboardAuthority on SerpResult {
  target {
    backlinkSummary {
      inlinkRank
      domainInlinkRank
      backlinks
      refDomains
    }
  }
}
fragment DashboardSerp on SerpSnapshot {
  keyword
  location
  device
  engine {
    code
  }
  checkId
  checkedAt
  queue
  movement {
    flux
    results {
      url
      change
      previousPosition
    }
    dropped {
      url
      previousPosition
    }
  }
  results(first: 100) {
    position
    url
    host
    domain
  }
}`, {"fragmentName":"DashboardSnapshot"}) as unknown as TypedDocumentString<DashboardSnapshotFragment, unknown>;
export const DashboardPairPageFragmentDoc = new TypedDocumentString(`
    fragment DashboardPairPage on TrackedPairConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    keyword
    location
    device
    engine {
      code
    }
  }
}
    `, {"fragmentName":"DashboardPairPage"}) as unknown as TypedDocumentString<DashboardPairPageFragment, unknown>;
export const DashboardKeywordDocument = new TypedDocumentString(`
    query DashboardKeyword($keyword: String!, $engine: String!, $location: String, $device: Device) {
  serp(
    pair: {keyword: $keyword, engine: $engine, location: $location, device: $device}
  ) {
    ...DashboardSerp
    ... @defer(label: "authority") {
      results(first: 100) {
        ...DashboardAuthority
      }
    }
  }
  engine(code: $engine) {
    code
    flux(period: DAILY) {
      at
      value
    }
  }
}
    fragment DashboardAuthority on SerpResult {
  target {
    backlinkSummary {
      inlinkRank
      domainInlinkRank
      backlinks
      refDomains
    }
  }
}
fragment DashboardSerp on SerpSnapshot {
  keyword
  location
  device
  engine {
    code
  }
  checkId
  checkedAt
  queue
  movement {
    flux
    results {
      url
      change
      previousPosition
    }
    dropped {
      url
      previousPosition
    }
  }
  results(first: 100) {
    position
    url
    host
    domain
  }
}`, {"hash":"46176bc7f2f6baf780f05e507e588667a81597748aba0490536f7f58172845dc"}) as unknown as TypedDocumentString<DashboardKeywordQuery, DashboardKeywordQueryVariables>;
export const DashboardTrackedSerpUpdatedDocument = new TypedDocumentString(`
    subscription DashboardTrackedSerpUpdated {
  trackedSerpUpdated {
    ...DashboardSnapshot
  }
}
    fragment DashboardSnapshot on SerpSnapshot {
  ...DashboardSerp
  results(first: 100) {
    ...DashboardAuthority
  }
}
fragment DashboardAuthority on SerpResult {
  target {
    backlinkSummary {
      inlinkRank
      domainInlinkRank
      backlinks
      refDomains
    }
  }
}
fragment DashboardSerp on SerpSnapshot {
  keyword
  location
  device
  engine {
    code
  }
  checkId
  checkedAt
  queue
  movement {
    flux
    results {
      url
      change
      previousPosition
    }
    dropped {
      url
      previousPosition
    }
  }
  results(first: 100) {
    position
    url
    host
    domain
  }
}`, {"hash":"ecceecd2f4b6e9d70f6fdfd3e1a718d565313543f7e8001a6133a7b6b6b3f082"}) as unknown as TypedDocumentString<DashboardTrackedSerpUpdatedSubscription, DashboardTrackedSerpUpdatedSubscriptionVariables>;
export const DashboardRequestPriorityCheckDocument = new TypedDocumentString(`
    mutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {
  requestPriorityCheck(
    input: {keywords: [$keyword], engines: [$engine], location: $location, device: $device}
  ) {
    credits
    results {
      request {
        requestId
      }
      error {
        code
        message
        upstream
        retryAfter
      }
    }
  }
}
    `, {"hash":"ae8c5c43e5772eac60b50813046b91d53362b5f07b80d61a4dee2f645212038b"}) as unknown as TypedDocumentString<DashboardRequestPriorityCheckMutation, DashboardRequestPriorityCheckMutationVariables>;
export const DashboardRankTableDocument = new TypedDocumentString(`
    query DashboardRankTable($domains: [String!]!, $after: String) {
  sandbox
  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)
  trackedPairs(after: $after, first: 3) {
    ...DashboardPairPage
    nodes {
      engine {
        name
      }
      database
      metrics {
        volume
        difficulty
        serpFeatures
      }
      rankHistories(domains: $domains, last: 30) {
        domain
        points {
          checkedAt
          position
          url
        }
      }
    }
  }
}
    fragment DashboardPairPage on TrackedPairConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    keyword
    location
    device
    engine {
      code
    }
  }
}`, {"hash":"87e618c67cb5b0f794915b5493ab4174af9336de2ae691b8d48e3fdd80153220"}) as unknown as TypedDocumentString<DashboardRankTableQuery, DashboardRankTableQueryVariables>;
export const DashboardTablePageDocument = new TypedDocumentString(`
    query DashboardTablePage($domain: String!, $first: Int!, $after: String, $orderBy: TrackedPairOrder!, $direction: SortDirection!, $filter: TrackedPairFilter) {
  trackedPairs(
    domain: $domain
    first: $first
    after: $after
    orderBy: $orderBy
    direction: $direction
    filter: $filter
  ) {
    ...DashboardPairPage
  }
}
    fragment DashboardPairPage on TrackedPairConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    keyword
    location
    device
    engine {
      code
    }
  }
}`, {"hash":"d631c27fc4abc5bd5848cfc34c88d35c8f1af729f6a3acc2326d5fb4bbfd4354"}) as unknown as TypedDocumentString<DashboardTablePageQuery, DashboardTablePageQueryVariables>;