/**
 * The options of the SE Ranking client's list, keyword and domain methods (their upstream parameters, typed).
 */
import type { BacklinkChangeFilter, BacklinkFilter, KeywordFilter, RankingFilter } from './filters.js';

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
