/**
 * zod 4 schemas of the SE Ranking wire format (seranking.md §5, quirks §6), one per endpoint, each
 * transforming into the domain types of types.ts. Raw upstream names never leave this file.
 */
import { z } from 'zod';
import { readJsonArray } from '../json-array.js';
import type {
  Anchor,
  Authority,
  Backlink,
  BacklinkChange,
  BacklinkChangeCount,
  BacklinkMetrics,
  BacklinkSummary,
  CreditBalance,
  DomainCompetitor,
  DomainKeyword,
  KeywordMetrics,
  KeywordSuggestion,
  OverviewStats,
  PositionBucket,
  RefDomain,
  RegionalOverview,
  Subscription,
  TrendPoint,
} from './types.js';

// ---- scalars ----

/** A number, also when sent as a string (`"100000000.0"`, historical `volume`); a non-numeric string fails. */
const num = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/)
    .transform(Number),
]);
const optNum = num.nullish().transform((v) => v ?? null);
/** InLink Ranks: negative values (-1) mean unknown. */
const rank = num.nullish().transform((v) => (v === null || v === undefined || v < 0 ? null : v));
const optStr = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const optBool = z
  .boolean()
  .nullish()
  .transform((v) => v ?? null);
const strList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? null);
/** `"YYYY-MM-DD HH:MM:SS"` without zone is UTC (seranking.md §2). */
const datetime = z
  .string()
  .nullish()
  .transform((v) => {
    if (!v) return null;
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(v.trim());
    return m ? `${m[1]}T${m[2]}Z` : v;
  });

/**
 * One frozen array per distinct list of SERP features or intents, shared by every keyword row that has it. The
 * lists come from a small vocabulary, yet each parsed row had its own arrays and its own copies of names such as
 * "people_also_ask": about 200 bytes of every cached row, copied by each young-generation collection it outlived.
 * Bounded, so unknown upstream values cannot grow the table without limit (past it a row keeps its own list).
 */
const SHARED_LISTS_MAX = 4_096;
const sharedLists = new Map<string, readonly string[]>();
function sharedList(list: readonly string[] | null): readonly string[] | null {
  if (list === null) return null;
  const key = list.join('\u0000');
  const known = sharedLists.get(key);
  if (known !== undefined) return sameNames(known, list) ? known : list;
  if (sharedLists.size >= SHARED_LISTS_MAX) return list;
  const shared = Object.freeze([...list]);
  sharedLists.set(key, shared);
  return shared;
}

/** The joined key could match another list whose names hold the separator: the elements decide. */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const INTENT_LETTERS: Record<string, string> = {
  INFORMATIONAL: 'I',
  NAVIGATIONAL: 'N',
  TRANSACTIONAL: 'T',
  COMMERCIAL: 'C',
  LOCAL: 'L',
};
/** Intents as letters; historical snapshots send long names. Unknown values are kept. */
const intentLetters = (names: readonly string[]): string[] => names.map((i) => INTENT_LETTERS[i.toUpperCase()] ?? i);
const intents = strList.transform((v) => (v ? intentLetters(v) : null));
const trend = z
  .record(z.string(), num)
  .nullish()
  .transform((v) => v ?? null);

/** Monthly volumes as points, oldest first. */
const trendPoints = (monthly: Readonly<Record<string, number>>): TrendPoint[] =>
  Object.entries(monthly)
    .map(([month, volume]) => ({ month, volume }))
    .sort((a, b) => a.month.localeCompare(b.month));

/**
 * A cached row's CPC and competition as whole hundredths (the upstream sends two decimals): small integers are
 * stored inside the row, while V8 keeps each double field as a heap number of its own, two more objects per cached
 * row for every collection to visit (~450,000 of a full cache's 2.2 million). Undefined when `value / 100` would
 * not give the value back exactly, or past the small-integer range: such a value is kept as sent.
 */
const SMALL_INTEGER_MAX = 2 ** 30 - 1;
function hundredths(value: number | null): number | null | undefined {
  if (value === null) return null;
  const count = Math.round(value * 100);
  return Math.abs(count) <= SMALL_INTEGER_MAX && count / 100 === value ? count : undefined;
}
const fromHundredths = (count: number | null): number | null => (count === null ? null : count / 100);

/**
 * An export row keeping its trend as the upstream's month → volume object, turned into points (oldest first) when
 * read: one object per cached row instead of 12 points and their array (~60 MB for 100,000 cached keywords), and
 * nothing to build for the many requests that never select the trend.
 */
class ExportRow implements KeywordMetrics {
  readonly keyword: string;
  readonly dataFound: boolean;
  readonly volume: number | null;
  readonly difficulty: number | null;
  readonly monthly: Readonly<Record<string, number>> | null;
  readonly serpFeatures: readonly string[] | null;
  readonly intents: readonly string[] | null;
  /** CPC and competition in hundredths (`hundredths`); null when absent or when the row keeps them in `exact`. */
  private readonly cpcHundredths: number | null;
  private readonly competitionHundredths: number | null;
  /** Both values as sent, only in the rare row where one is not whole hundredths. */
  private readonly exact: { readonly cpc: number | null; readonly competition: number | null } | undefined;

  constructor(row: Omit<KeywordMetrics, 'trend'> & { monthly: Readonly<Record<string, number>> | null }) {
    this.keyword = row.keyword;
    this.dataFound = row.dataFound;
    this.volume = row.volume;
    this.difficulty = row.difficulty;
    this.monthly = row.monthly;
    this.serpFeatures = row.serpFeatures;
    this.intents = row.intents;
    const cpc = hundredths(row.cpc);
    const competition = hundredths(row.competition);
    this.cpcHundredths = cpc ?? null;
    this.competitionHundredths = competition ?? null;
    this.exact =
      cpc === undefined || competition === undefined ? { cpc: row.cpc, competition: row.competition } : undefined;
  }

  get cpc(): number | null {
    return this.exact ? this.exact.cpc : fromHundredths(this.cpcHundredths);
  }

  get competition(): number | null {
    return this.exact ? this.exact.competition : fromHundredths(this.competitionHundredths);
  }

  get trend(): TrendPoint[] | null {
    return this.monthly === null ? null : trendPoints(this.monthly);
  }

  /** The row as `KeywordMetrics` (what the second cache tier stores and reads back as a plain object). */
  toJSON(): KeywordMetrics {
    const { keyword, dataFound, volume, cpc, competition, difficulty, trend, serpFeatures, intents } = this;
    return { keyword, dataFound, volume, cpc, competition, difficulty, trend, serpFeatures, intents };
  }
}

// ---- backlinks: multi-target ----

const topList = <T>(row: z.ZodType<T>) =>
  z
    .array(row)
    .nullish()
    .transform((v) => v ?? []);
const topAnchorsByBacklinks = topList(
  z.object({ anchor: z.string(), backlinks: num }).transform((r) => ({ anchor: r.anchor, count: r.backlinks })),
);
const topAnchorsByRefDomains = topList(
  z.object({ anchor: z.string(), refdomains: num }).transform((r) => ({ anchor: r.anchor, count: r.refdomains })),
);
const topPagesByBacklinks = topList(
  z.object({ url: z.string(), backlinks: num }).transform((r) => ({ url: r.url, count: r.backlinks })),
);
const topPagesByRefDomains = topList(
  z.object({ url: z.string(), refdomains: num }).transform((r) => ({ url: r.url, count: r.refdomains })),
);
/** Country case is unknown on the real API; the domain type is lowercase. */
const topCountries = topList(
  z.object({ country: z.string(), count: num }).transform((r) => ({ value: r.country.toLowerCase(), count: r.count })),
);
const topTlds = topList(z.object({ tld: z.string(), count: num }).transform((r) => ({ value: r.tld, count: r.count })));

/** The counts a metrics row carries, and a summary row with them. */
const metricsFields = {
  target: z.string(),
  backlinks: num,
  refdomains: num,
  subnets: num,
  ips: num,
  dofollow_backlinks: num,
  nofollow_backlinks: num,
  edu_backlinks: optNum,
  gov_backlinks: optNum,
};
const MetricsRow = z.object(metricsFields);
const toMetrics = (r: z.output<typeof MetricsRow>): BacklinkMetrics => ({
  target: r.target,
  backlinks: r.backlinks,
  refDomains: r.refdomains,
  subnets: r.subnets,
  ips: r.ips,
  dofollowBacklinks: r.dofollow_backlinks,
  nofollowBacklinks: r.nofollow_backlinks,
  eduBacklinks: r.edu_backlinks,
  govBacklinks: r.gov_backlinks,
});

const SummaryRow = z
  .object({
    ...metricsFields,
    inlink_rank: rank,
    domain_inlink_rank: rank,
    text_backlinks: optNum,
    from_home_page_backlinks: optNum,
    dofollow_from_home_page_backlinks: optNum,
    dofollow_refdomains: optNum,
    edu_refdomains: optNum,
    gov_refdomains: optNum,
    from_home_page_refdomains: optNum,
    anchors: optNum,
    dofollow_anchors: optNum,
    pages_with_backlinks: optNum,
    top_anchors_by_backlinks: topAnchorsByBacklinks,
    top_anchors_by_refdomains: topAnchorsByRefDomains,
    top_pages_by_backlinks: topPagesByBacklinks,
    top_pages_by_refdomains: topPagesByRefDomains,
    top_countries: topCountries,
    top_tlds: topTlds,
  })
  .transform(
    (r): BacklinkSummary => ({
      ...toMetrics(r),
      inlinkRank: r.inlink_rank,
      domainInlinkRank: r.domain_inlink_rank,
      textBacklinks: r.text_backlinks,
      fromHomePageBacklinks: r.from_home_page_backlinks,
      dofollowFromHomePageBacklinks: r.dofollow_from_home_page_backlinks,
      dofollowRefDomains: r.dofollow_refdomains,
      eduRefDomains: r.edu_refdomains,
      govRefDomains: r.gov_refdomains,
      fromHomePageRefDomains: r.from_home_page_refdomains,
      anchors: r.anchors,
      dofollowAnchors: r.dofollow_anchors,
      pagesWithBacklinks: r.pages_with_backlinks,
      topAnchorsByBacklinks: r.top_anchors_by_backlinks,
      topAnchorsByRefDomains: r.top_anchors_by_refdomains,
      topPagesByBacklinks: r.top_pages_by_backlinks,
      topPagesByRefDomains: r.top_pages_by_refdomains,
      topCountries: r.top_countries,
      topTlds: r.top_tlds,
    }),
  );

/** `{"summary":[…]}`; a single bare row (as SE Ranking's own docs print it) is read as a one-row answer. */
export const SummaryResponse = z.preprocess(
  (body) => (isRecord(body) && !('summary' in body) && 'target' in body ? { summary: [body] } : body),
  z.object({ summary: z.array(SummaryRow) }).transform((b) => b.summary),
);

export const MetricsResponse = z
  .object({ metrics: z.array(MetricsRow.transform(toMetrics)) })
  .transform((b) => b.metrics);

export const AuthorityResponse = z
  .object({
    pages: z.array(
      z
        .object({ url: z.string(), inlink_rank: rank, domain_inlink_rank: rank })
        .transform(
          (r): Authority => ({ target: r.url, inlinkRank: r.inlink_rank, domainInlinkRank: r.domain_inlink_rank }),
        ),
    ),
  })
  .transform((b) => b.pages);

// ---- backlinks: one target ----

const backlinkFields = {
  url_from: z.string(),
  url_to: z.string(),
  title: optStr,
  anchor: optStr,
  alt: optStr,
  nofollow: z.boolean(),
  image: optBool,
  image_source: optStr,
  link_type: optStr,
  inlink_rank: rank,
  domain_inlink_rank: rank,
  first_seen: optStr,
  last_visited: optStr,
};
const BacklinkRow = z.object(backlinkFields);
const toBacklink = (r: z.output<typeof BacklinkRow>): Backlink => ({
  urlFrom: r.url_from,
  urlTo: r.url_to,
  title: r.title,
  anchor: r.anchor,
  alt: r.alt,
  nofollow: r.nofollow,
  image: r.image,
  imageSource: r.image_source,
  linkType: r.link_type,
  inlinkRank: r.inlink_rank,
  domainInlinkRank: r.domain_inlink_rank,
  firstSeen: r.first_seen,
  lastVisited: r.last_visited,
});

export const BacklinksResponse = z
  .object({ backlinks: z.array(BacklinkRow.transform(toBacklink)) })
  .transform((b) => b.backlinks);

export const BacklinkHistoryResponse = z
  .object({
    new_lost_backlinks: z.array(
      z
        .object({
          ...backlinkFields,
          new_lost_type: z.string(),
          new_lost_date: z.string(),
          reason_lost: optStr,
          redirect_chain: optBool,
          redirect_chain_urls: strList,
        })
        .transform(
          (r): BacklinkChange => ({
            ...toBacklink(r),
            change: r.new_lost_type,
            date: r.new_lost_date,
            reasonLost: r.reason_lost,
            redirectChain: r.redirect_chain,
            redirectChainUrls: r.redirect_chain_urls ?? [],
          }),
        ),
    ),
  })
  .transform((b) => b.new_lost_backlinks);

export const BacklinkHistoryCountResponse = z
  .object({
    new_lost_backlinks_count: z.array(
      z
        .object({ date: z.string(), new: num, lost: num })
        .transform((r): BacklinkChangeCount => ({ date: r.date, newBacklinks: r.new, lostBacklinks: r.lost })),
    ),
  })
  .transform((b) => b.new_lost_backlinks_count);

export const RefDomainsResponse = z
  .object({
    refdomains: z.array(
      z
        .object({
          refdomain: z.string(),
          backlinks: num,
          dofollow_backlinks: optNum,
          domain_inlink_rank: rank,
          first_seen: optStr,
        })
        .transform(
          (r): RefDomain => ({
            domain: r.refdomain,
            backlinks: r.backlinks,
            dofollowBacklinks: r.dofollow_backlinks,
            domainInlinkRank: r.domain_inlink_rank,
            firstSeen: r.first_seen,
          }),
        ),
    ),
  })
  .transform((b) => b.refdomains);

export const AnchorsResponse = z
  .object({
    anchors: z.array(
      z
        .object({
          anchor: z.string(),
          backlinks: num,
          dofollow_backlinks: optNum,
          nofollow_backlinks: optNum,
          refdomains: optNum,
          first_seen: optStr,
          last_visited: optStr,
        })
        .transform(
          (r): Anchor => ({
            anchor: r.anchor,
            backlinks: r.backlinks,
            dofollowBacklinks: r.dofollow_backlinks,
            nofollowBacklinks: r.nofollow_backlinks,
            refDomains: r.refdomains,
            firstSeen: r.first_seen,
            lastVisited: r.last_visited,
          }),
        ),
    ),
  })
  .transform((b) => b.anchors);

// ---- keywords ----

const keywordFields = {
  keyword: z.string(),
  volume: optNum,
  cpc: optNum,
  competition: optNum,
  difficulty: optNum,
  history_trend: trend,
  serp_features: strList,
  intents,
};

/** Rows of `keywords/export`; `is_data_found: false` may come with null or 0 metrics: both mean no data. */
export const KeywordExportResponse = z.array(
  z.object({ ...keywordFields, is_data_found: optBool }).transform((r): KeywordMetrics => {
    const dataFound = r.is_data_found ?? r.volume !== null;
    return new ExportRow({
      keyword: r.keyword,
      dataFound,
      volume: dataFound ? r.volume : null,
      cpc: dataFound ? r.cpc : null,
      competition: dataFound ? r.competition : null,
      difficulty: dataFound ? r.difficulty : null,
      monthly: dataFound ? r.history_trend : null,
      serpFeatures: sharedList(r.serp_features),
      intents: sharedList(r.intents),
    });
  }),
);

/** `plainKeywordExport` of an export's text, read in chunks of rows (src/upstream/json-array.ts). */
export const plainKeywordExportText = (text: string): KeywordMetrics[] | undefined =>
  readJsonArray(text, plainKeywordExport);

/**
 * `KeywordExportResponse` without zod for the usual rows (numbers or null, strings, a trend of numbers): one
 * object per row instead of zod's parsed copy and then the transformed one. Undefined when any row is not in that
 * form, so the schema (with its coercions and its error path) decides.
 */
export function plainKeywordExport(json: unknown): KeywordMetrics[] | undefined {
  if (!Array.isArray(json)) return undefined;
  const out: KeywordMetrics[] = new Array(json.length);
  for (let i = 0; i < json.length; i++) {
    const row = plainKeywordRow(json[i]);
    if (row === undefined) return undefined;
    out[i] = row;
  }
  return out;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const plainNum = (value: unknown): number | null | undefined =>
  value === null || value === undefined
    ? null
    : typeof value === 'number' && Number.isFinite(value)
      ? value
      : undefined;

function plainStrings(value: unknown): string[] | null | undefined {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  return value as string[];
}

/** The upstream's month → volume object as it came (kept by the row, not copied). */
function plainMonthly(value: unknown): Readonly<Record<string, number>> | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isPlainObject(value)) return undefined;
  for (const month in value) {
    const volume = value[month];
    if (typeof volume !== 'number' || !Number.isFinite(volume)) return undefined;
  }
  return value as Record<string, number>;
}

function plainKeywordRow(raw: unknown): KeywordMetrics | undefined {
  if (!isPlainObject(raw) || typeof raw.keyword !== 'string') return undefined;
  const volume = plainNum(raw.volume);
  const cpc = plainNum(raw.cpc);
  const competition = plainNum(raw.competition);
  const difficulty = plainNum(raw.difficulty);
  const monthly = plainMonthly(raw.history_trend);
  const serpFeatures = plainStrings(raw.serp_features);
  const intentList = plainStrings(raw.intents);
  const found = raw.is_data_found;
  if (
    volume === undefined ||
    cpc === undefined ||
    competition === undefined ||
    difficulty === undefined ||
    monthly === undefined ||
    serpFeatures === undefined ||
    intentList === undefined ||
    (found !== undefined && found !== null && typeof found !== 'boolean')
  ) {
    return undefined;
  }
  const dataFound = found ?? volume !== null;
  return new ExportRow({
    keyword: raw.keyword,
    dataFound,
    volume: dataFound ? volume : null,
    cpc: dataFound ? cpc : null,
    competition: dataFound ? competition : null,
    difficulty: dataFound ? difficulty : null,
    monthly: dataFound ? monthly : null,
    serpFeatures: sharedList(serpFeatures),
    intents: intentList === null ? null : sharedList(intentLetters(intentList)),
  });
}

export const KeywordSuggestionsResponse = z.object({
  total: num,
  keywords: z.array(
    z.object({ ...keywordFields, relevance: optNum }).transform(
      (r): KeywordSuggestion => ({
        keyword: r.keyword,
        dataFound: true,
        volume: r.volume,
        cpc: r.cpc,
        competition: r.competition,
        difficulty: r.difficulty,
        trend: r.history_trend === null ? null : trendPoints(r.history_trend),
        serpFeatures: r.serp_features,
        intents: r.intents,
        relevance: r.relevance,
      }),
    ),
  ),
});

export const LongtailResponse = z.object({ total: num, keywords: z.array(z.string()) });

// ---- domain analysis ----

const BUCKETS = ['1_2', '1_5', '3_5', '6_8', '6_10', '9_11', '11_20', '21_50', '51_100'] as const;
const bucketFields = Object.fromEntries(BUCKETS.map((b) => [`top${b}`, optNum])) as Record<
  `top${(typeof BUCKETS)[number]}`,
  typeof optNum
>;
const Buckets = z.object(bucketFields);
const toBuckets = (r: z.output<typeof Buckets>): PositionBucket[] =>
  BUCKETS.flatMap((b) => {
    const keywords = r[`top${b}`];
    const [from, to] = b.split('_').map(Number);
    return keywords === null || from === undefined || to === undefined ? [] : [{ from, to, keywords }];
  });

/** One block of `overview/db` (`organic` or `adv`), and one row of `overview/history`. */
export const OverviewBlock = z
  .object({
    ...bucketFields,
    keywords_count: num,
    traffic_sum: num,
    price_sum: num,
    keywords_new_count: optNum,
    keywords_up_count: optNum,
    keywords_down_count: optNum,
    keywords_equal_count: optNum,
    keywords_lost_count: optNum,
    year: optNum,
    month: optNum,
  })
  .transform(
    (r): OverviewStats => ({
      keywords: r.keywords_count,
      traffic: r.traffic_sum,
      trafficCost: r.price_sum,
      newKeywords: r.keywords_new_count,
      upKeywords: r.keywords_up_count,
      downKeywords: r.keywords_down_count,
      equalKeywords: r.keywords_equal_count,
      lostKeywords: r.keywords_lost_count,
      positions: toBuckets(r),
      year: r.year,
      month: r.month,
    }),
  );

export const DomainOverviewResponse = z.object({
  organic: OverviewBlock.nullish().transform((v) => v ?? null),
  adv: OverviewBlock.nullish().transform((v) => v ?? null),
});

export const DomainOverviewHistoryResponse = z.array(OverviewBlock);

const RegionalRow = z
  .object({
    source: z.string(),
    country: optStr,
    keywords_count: optNum,
    traffic_sum: optNum,
    price_sum: optNum,
    positions_new_count: optNum,
    positions_up_count: optNum,
    positions_down_count: optNum,
    positions_equal_count: optNum,
    positions_lost_count: optNum,
    positions_tops: Buckets.nullish(),
  })
  .transform(
    (r): RegionalOverview => ({
      source: r.source,
      country: r.country,
      keywords: r.keywords_count,
      traffic: r.traffic_sum,
      trafficCost: r.price_sum,
      newKeywords: r.positions_new_count,
      upKeywords: r.positions_up_count,
      downKeywords: r.positions_down_count,
      equalKeywords: r.positions_equal_count,
      lostKeywords: r.positions_lost_count,
      positions: r.positions_tops ? toBuckets(r.positions_tops) : [],
    }),
  );

export const WorldwideOverviewResponse = z.object({
  organic: z
    .array(RegionalRow)
    .nullish()
    .transform((v) => v ?? []),
  adv: z
    .array(RegionalRow)
    .nullish()
    .transform((v) => v ?? []),
});

export const DomainKeywordsResponse = z.array(
  z
    .object({
      keyword: z.string(),
      position: num,
      prev_pos: optNum,
      previous_position: optNum,
      volume: optNum,
      cpc: optNum,
      competition: optNum,
      difficulty: optNum,
      url: z.string(),
      traffic: optNum,
      traffic_percent: optNum,
      price: optNum,
      total_sites: optNum,
      intents,
      serp_features: strList,
      block: optStr,
      block_type: optStr,
      block_position: optNum,
      kei: optNum,
      snippet_title: optStr,
      snippet_description: optStr,
      snippet_display_url: optStr,
    })
    .transform(
      (r): DomainKeyword => ({
        keyword: r.keyword,
        position: r.position,
        previousPosition: r.prev_pos ?? r.previous_position,
        volume: r.volume,
        cpc: r.cpc,
        competition: r.competition,
        difficulty: r.difficulty,
        url: r.url,
        traffic: r.traffic,
        trafficPercent: r.traffic_percent,
        trafficCost: r.price,
        totalSites: r.total_sites,
        intents: r.intents ?? [],
        serpFeatures: r.serp_features ?? [],
        block: r.block,
        blockType: r.block_type,
        blockPosition: r.block_position,
        kei: r.kei,
        snippet:
          r.snippet_title === null && r.snippet_description === null && r.snippet_display_url === null
            ? null
            : { title: r.snippet_title, description: r.snippet_description, displayUrl: r.snippet_display_url },
      }),
    ),
);

export const DomainCompetitorsResponse = z.array(
  z
    .object({
      domain: z.string(),
      common_keywords: num,
      total_keywords: num,
      missing_keywords: num,
      traffic_sum: num,
      price_sum: num,
    })
    .transform(
      (r): DomainCompetitor => ({
        domain: r.domain,
        commonKeywords: r.common_keywords,
        totalKeywords: r.total_keywords,
        missingKeywords: r.missing_keywords,
        traffic: r.traffic_sum,
        trafficCost: r.price_sum,
      }),
    ),
);

// ---- account ----

export const SubscriptionResponse = z
  .object({
    subscription_info: z.object({
      status: z.string(),
      start_date: datetime,
      // The real API spells it `expiraton_date` (sic); the docs table says `expiration_date`.
      expiraton_date: datetime,
      expiration_date: datetime,
      units_limit: num,
      units_left: num,
    }),
  })
  .transform(
    ({ subscription_info: s }): Subscription => ({
      status: s.status,
      startDate: s.start_date,
      expirationDate: s.expiration_date ?? s.expiraton_date,
      unitsLimit: s.units_limit,
      unitsLeft: s.units_left,
    }),
  );

export const CreditBalanceResponse = z
  .object({ limit: num, used: num })
  .transform((b): CreditBalance => ({ limit: b.limit, used: b.used }));

// ---- errors ----

/** Error bodies: `{"error":{"message","targets"?}}` or flat `{"message"}`; anything else falls back to text. */
export const ErrorBody = z.object({
  error: z
    .object({
      message: z.string().optional().catch(undefined),
      targets: z.array(z.string()).optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  message: z.string().optional().catch(undefined),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
