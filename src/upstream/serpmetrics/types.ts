/**
 * The SERPmetrics domain as the graph sees it: camelCase, normalized (arrays instead of position-keyed maps,
 * Dates instead of unix seconds), with none of the wire quirks left.
 */

export const DEVICES = ['desktop', 'tablet', 'mobile'] as const;
export type Device = (typeof DEVICES)[number];

/** A search engine / locale pair, e.g. `google_en-us`. */
export interface Engine {
  code: string;
  /** `google`, `yahoo`, `bing`, `yandex`. */
  parent: string;
  /** `en-us`; a few real codes are irregular (`es-sp`, three-part locales) and are kept as they are. */
  locale: string;
  /** Verbatim display name, typos and leading spaces included. */
  name: string;
}

/** What identifies a tracked keyword within an account: the phrase, its location and device. */
export interface KeywordIdentity {
  keyword: string;
  location?: string | null | undefined;
  device?: Device | undefined;
}

/** A keyword in the daily queue with the engines it is checked on. */
export interface TrackedKeyword {
  keywordId: string;
  keyword: string;
  engines: string[];
  location: string | null;
  device: Device;
}

/** Per-id outcome of `deleteKeywords`. */
export interface DeletedKeyword {
  keywordId: string;
}

/** One executed check of a keyword pair. */
export interface CheckRef {
  checkId: string;
  checkedAt: Date;
}

/** The recent checks of one keyword pair, newest first. */
export interface KeywordChecks {
  keywordId: string;
  engine: string;
  checks: CheckRef[];
}

export interface Sitelink {
  title: string;
  url: string;
}

export interface SerpResult {
  position: number;
  url: string;
  title: string;
  /** May be empty. */
  description: string;
  host: string;
  /** Registrable domain (public suffix list): what joins to SE Ranking authority. */
  domain: string;
  /** `null` for plain organic results, else e.g. `universal:local` (unknown values kept). */
  type: string | null;
  sitelinks: Sitelink[];
}

/** The SERP of one check, results ordered by position (possibly filtered to one root domain). */
export interface SerpPage {
  checkId: string;
  results: SerpResult[];
}

/** The latest SERP of a tracked keyword pair. */
export interface SerpSnapshot extends SerpPage {
  keywordId: string;
  keyword: string;
  engine: string;
  location: string | null;
  device: Device;
  checkedAt: Date;
}

/** One keyword pair accepted by the priority or delayed queue. */
export interface QueuedCheck {
  queue: 'priority' | 'delayed';
  /** `priority_id` or `delayed_id`: what the status endpoint and callbacks name. */
  id: string;
  keyword: string;
  engine: string;
  location: string | null;
  /** Customer id echoed by the delayed queue. */
  cid: string | null;
}

/** A finished priority or delayed check. */
export interface CompletedCheck {
  id: string;
  checkId: string;
  processedAt: Date;
  cid: string | null;
}

export interface FluxPoint {
  at: Date;
  flux: number;
}

export type FluxPeriod = 'daily' | 'hourly';

/** Account balances (the echoed API key is dropped at the edge). */
export interface Credit {
  /** Money. */
  balance: number;
  /** Fractional, may be negative. */
  apiCredit: number;
  /** SERP checks draw on this. */
  serpCredit: number;
}

/** Options of the priority and delayed adds. */
export interface QueueAddOptions {
  location?: string | undefined;
  device?: Device | undefined;
  /** Overrides the account's callback URL for these checks. */
  callbackUrl?: string | undefined;
}

export interface DelayedAddOptions extends QueueAddOptions {
  /** Customer id (≤ 255 chars), echoed in items, status answers and callbacks. */
  cid?: string | undefined;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
}
