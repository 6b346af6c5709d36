/**
 * The SE Ranking list filters (seranking.md §5.5, §5.8, §5.11, §5.13): typed filters, checked before any call with
 * the code the upstream would answer, and written as the upstream's own query parameters. The query form is also
 * what cache keys hold, so one filter is one cache entry whichever way it was spelled.
 */
import { SERP_FEATURES } from './sources.js';
import { invalidInput } from './validate.js';

/** An inclusive range; either end may be open. */
export interface Range {
  from?: number | undefined;
  to?: number | undefined;
}

/** A text the field must contain (or, with `exclude`, must not contain). */
export interface TextMatch {
  text: string;
  exclude?: boolean | undefined;
}

/** Intent letters: I(nformational), N(avigational), T(ransactional), C(ommercial), L(ocal). */
export type IntentCode = 'I' | 'N' | 'T' | 'C' | 'L';

/** Keyword ideas (similar, related, questions): rows matching every filter given; lists match any of their items. */
export interface KeywordFilter {
  volume?: Range | undefined;
  difficulty?: Range | undefined;
  cpc?: Range | undefined;
  competition?: Range | undefined;
  serpFeatures?: readonly string[] | undefined;
  intents?: readonly IntentCode[] | undefined;
}

/** The keywords a domain ranks for. */
export interface RankingFilter {
  volume?: Range | undefined;
  position?: Range | undefined;
  difficulty?: Range | undefined;
  cpc?: Range | undefined;
  traffic?: Range | undefined;
  /** Keywords containing this text. */
  keyword?: string | undefined;
  serpFeatures?: readonly string[] | undefined;
  intents?: readonly IntentCode[] | undefined;
}

/** A target's backlinks (`backlinks/all`). */
export interface BacklinkFilter {
  follow?: 'dofollow' | 'nofollow' | undefined;
  urlFrom?: TextMatch | undefined;
  urlTo?: TextMatch | undefined;
  anchor?: TextMatch | undefined;
  inlinkRank?: Range | undefined;
  domainInlinkRank?: Range | undefined;
}

/** New and lost backlinks and their daily counts (`backlinks/history`, `history/count`). */
export interface BacklinkChangeFilter {
  follow?: 'dofollow' | 'nofollow' | undefined;
  linkType?: 'href' | 'redirect' | undefined;
  anchorType?: 'text' | 'image' | undefined;
  /** Referring URLs containing this text. */
  urlFrom?: string | undefined;
}

/** Upstream query parameters of a filter, unset ones left out. */
export type FilterQuery = Record<string, string | number>;

const FEATURE_CODES: ReadonlySet<string> = new Set(SERP_FEATURES.map((f) => f.code));
const INTENT_CODES: ReadonlySet<string> = new Set<IntentCode>(['I', 'N', 'T', 'C', 'L']);
/** The longest URL or anchor filter text the upstream takes (§5.5). */
const MAX_TEXT = 2_063;

interface Bounds {
  min: number;
  max: number;
  integer: boolean;
}

const COUNT: Bounds = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true };
const PERCENT: Bounds = { min: 0, max: 100, integer: true };
const MONEY: Bounds = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: false };
const SHARE: Bounds = { min: 0, max: 1, integer: false };
const POSITION: Bounds = { min: 1, max: 100, integer: true };

/** Both ends within bounds (the upstream's `not within required bounds`), and `from` not after `to`. */
function range(out: FilterQuery, r: Range | undefined, from: string, to: string, b: Bounds): void {
  if (!r) return;
  for (const [name, value] of [
    [from, r.from],
    [to, r.to],
  ] as const) {
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < b.min || value > b.max || (b.integer && !Number.isInteger(value))) {
      throw invalidInput('INVALID_PARAMETER', name);
    }
    out[name] = value;
  }
  if (r.from !== undefined && r.to !== undefined && r.from > r.to) throw invalidInput('INVALID_PARAMETER', from);
}

const filterRange = (out: FilterQuery, r: Range | undefined, field: string, b: Bounds) =>
  range(out, r, `filter[${field}][from]`, `filter[${field}][to]`, b);

/** A comma list of known codes; an empty list is no filter. */
function codes(out: FilterQuery, name: string, values: readonly string[] | undefined, known: ReadonlySet<string>) {
  if (!values || values.length === 0) return;
  if (values.some((v) => !known.has(v))) throw invalidInput('INVALID_PARAMETER', name);
  out[name] = [...new Set(values)].join(',');
}

/** A non-empty text (an empty parameter is invalid upstream), trimmed, at most `MAX_TEXT` characters. */
function text(out: FilterQuery, name: string, value: string | undefined): void {
  if (value === undefined) return;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT) throw invalidInput('INVALID_PARAMETER', name);
  out[name] = trimmed;
}

function match(out: FilterQuery, name: string, m: TextMatch | undefined): void {
  if (!m) return;
  text(out, name, m.text);
  out[`${name}_mode`] = m.exclude ? 'does_not_contain' : 'contains';
}

function keywordCommon(out: FilterQuery, f: KeywordFilter | RankingFilter): void {
  filterRange(out, f.volume, 'volume', COUNT);
  filterRange(out, f.difficulty, 'difficulty', PERCENT);
  filterRange(out, f.cpc, 'cpc', MONEY);
  codes(out, 'filter[serp_features]', f.serpFeatures, FEATURE_CODES);
  codes(out, 'filter[intents]', f.intents, INTENT_CODES);
}

/** §5.11: `filter[volume|difficulty|cpc|competition][from|to]`, `filter[serp_features]`, `filter[intents]`. */
export function keywordFilterQuery(f: KeywordFilter | undefined): FilterQuery {
  const out: FilterQuery = {};
  if (!f) return out;
  keywordCommon(out, f);
  filterRange(out, f.competition, 'competition', SHARE);
  return out;
}

/** §5.13: volume, position, difficulty, cpc and traffic ranges, `filter[keyword]`, intents and SERP features. */
export function rankingFilterQuery(f: RankingFilter | undefined): FilterQuery {
  const out: FilterQuery = {};
  if (!f) return out;
  keywordCommon(out, f);
  filterRange(out, f.position, 'position', POSITION);
  filterRange(out, f.traffic, 'traffic', COUNT);
  text(out, 'filter[keyword]', f.keyword);
  return out;
}

/** §5.5: `nofollow_filter`, the URL and anchor filters with their `_mode`, and the two rank ranges. */
export function backlinkFilterQuery(f: BacklinkFilter | undefined): FilterQuery {
  const out: FilterQuery = {};
  if (!f) return out;
  if (f.follow) out.nofollow_filter = `${f.follow}_only`;
  match(out, 'url_from_filter', f.urlFrom);
  match(out, 'url_to_filter', f.urlTo);
  match(out, 'anchor_filter', f.anchor);
  range(out, f.inlinkRank, 'inlink_rank_from', 'inlink_rank_to', PERCENT);
  range(out, f.domainInlinkRank, 'domain_inlink_rank_from', 'domain_inlink_rank_to', PERCENT);
  return out;
}

/** §5.8: `dofollow`, `link_type`, `anchor_type` and the referring-URL filter `url_from`. */
export function changeFilterQuery(f: BacklinkChangeFilter | undefined): FilterQuery {
  const out: FilterQuery = {};
  if (!f) return out;
  if (f.follow) out.dofollow = f.follow;
  if (f.linkType) out.link_type = f.linkType;
  if (f.anchorType) out.anchor_type = f.anchorType;
  text(out, 'url_from', f.urlFrom);
  return out;
}
