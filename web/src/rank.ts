// The rank tracker's arithmetic, free of the DOM: rows of the keyword table, position changes, visibility and
// the top-3/10/100 distribution per day, and the CSV of a table view.
import type {
  DashboardRankTableQuery,
  DashboardTablePageQueryVariables,
  Device,
  TrackedPairOrder,
} from '../generated/graphql.js';

type PairAnswer = NonNullable<DashboardRankTableQuery['trackedPairs']>['nodes'][number];

export interface RankPoint {
  at: Date;
  position: number | null;
  url: string | null;
}

/** One tracked keyword × engine of the project, with each project domain's history (oldest first). */
export interface Pair {
  key: string;
  keyword: string;
  engine: string;
  engineName: string;
  location: string | null;
  device: Device;
  volume: number | null;
  difficulty: number | null;
  features: readonly string[];
  /** The keyword metrics are missing (no regional database, or SE Ranking failed): say so, not "0". */
  metricsMissing: boolean;
  histories: ReadonlyMap<string, readonly RankPoint[]>;
}

export const pairKey = (p: { keyword: string; engine: string; location?: string | null; device: Device }): string =>
  [p.keyword.trim().toLowerCase(), p.engine, p.location?.toLowerCase() ?? '', p.device].join('|');

/** Upstream display names are verbatim ("United Kingdom ()"): empty brackets and stray spaces go. */
export const engineLabel = (code: string, name: string | null | undefined): string =>
  name?.replace(/\(\s*\)/g, '').trim() || code;

export function toPair(answer: PairAnswer): Pair {
  return {
    key: pairKey({ ...answer, engine: answer.engine.code }),
    keyword: answer.keyword,
    engine: answer.engine.code,
    engineName: engineLabel(answer.engine.code, answer.engine.name),
    location: answer.location ?? null,
    device: answer.device,
    volume: answer.metrics?.volume ?? null,
    difficulty: answer.metrics?.difficulty ?? null,
    features: answer.metrics?.serpFeatures ?? [],
    metricsMissing: !answer.metrics,
    histories: new Map(
      (answer.rankHistories ?? []).map((history) => [
        history.domain,
        history.points.map((p) => ({ at: new Date(p.checkedAt), position: p.position ?? null, url: p.url ?? null })),
      ]),
    ),
  };
}

/** A position change: `up` positions gained (negative: lost), or the domain entered / left the top 100. */
export type Change = { kind: 'moved'; up: number } | { kind: 'new' } | { kind: 'lost' } | { kind: 'none' };

export function changeBetween(before: number | null | undefined, now: number | null): Change {
  if (before === undefined || (before === null && now === null)) return { kind: 'none' };
  if (before === null) return { kind: 'new' };
  if (now === null) return { kind: 'lost' };
  return { kind: 'moved', up: before - now };
}

export const changeText = (change: Change): string =>
  change.kind === 'new'
    ? 'new'
    : change.kind === 'lost'
      ? 'lost'
      : change.kind === 'none' || change.up === 0
        ? '–'
        : `${change.up > 0 ? '▲' : '▼'}${Math.abs(change.up)}`;

export const CHANGE_DAYS = [1, 7, 30] as const;

export interface Row {
  pair: Pair;
  position: number | null;
  url: string | null;
  changes: Readonly<Record<(typeof CHANGE_DAYS)[number], Change>>;
  best: number | null;
}

/**
 * A row of my domain: the latest daily check, changes against the check 1, 7 and 30 days before it (the oldest
 * retained when the history is shorter: the upstream keeps 30), and the best position in the history.
 */
export function rowOf(pair: Pair, domain: string): Row {
  const points = pair.histories.get(domain) ?? [];
  const latest = points.at(-1);
  const position = latest?.position ?? null;
  const before = (days: number) =>
    points.length > 1 ? points[Math.max(0, points.length - 1 - days)]?.position : undefined;
  const ranked = points.flatMap((p) => (p.position === null ? [] : [p.position]));
  return {
    pair,
    position,
    url: latest?.url ?? null,
    changes: {
      1: changeBetween(before(1), position),
      7: changeBetween(before(7), position),
      30: changeBetween(before(30), position),
    },
    best: ranked.length > 0 ? Math.min(...ranked) : null,
  };
}

/** The columns the graph orders by (`trackedPairs(orderBy:)`), as the table and its URL name them. */
export const SORT_ORDERS = {
  keyword: 'KEYWORD',
  engine: 'ENGINE',
  position: 'POSITION',
  change1: 'CHANGE_1D',
  change7: 'CHANGE_7D',
  change30: 'CHANGE_30D',
  volume: 'VOLUME',
  difficulty: 'DIFFICULTY',
} as const satisfies Record<string, TrackedPairOrder>;

export type SortKey = keyof typeof SORT_ORDERS;

export type RankFilter = 'all' | 'top3' | 'top10' | 'top100' | 'absent';

/** The position band as the graph's filter: a range of my domain's latest position, or ranked or not. */
const RANK_FILTERS: Record<RankFilter, NonNullable<DashboardTablePageQueryVariables['filter']>> = {
  all: {},
  top3: { position: { to: 3 } },
  top10: { position: { to: 10 } },
  top100: { ranked: true },
  absent: { ranked: false },
};

/** The variables of one page of the table: the graph filters, orders and pages the pairs for my domain. */
export function tablePageVariables(
  domain: string,
  view: { sort: SortKey; ascending: boolean; filter: string; rank: RankFilter; rows: number },
  after: string | null,
): DashboardTablePageQueryVariables {
  const text = view.filter.trim();
  return {
    domain,
    first: view.rows,
    after,
    orderBy: SORT_ORDERS[view.sort],
    direction: view.ascending ? 'ASC' : 'DESC',
    filter: { ...RANK_FILTERS[view.rank], ...(text ? { text } : {}) },
  };
}

/**
 * Click-through rate by position (a common organic CTR curve, rounded): positions 1–10 as listed, 11–20 one per
 * cent, beyond 20 nothing. Visibility weighs it by search volume (see `visibility`).
 */
const CTR = [0.3, 0.16, 0.1, 0.075, 0.058, 0.045, 0.036, 0.03, 0.026, 0.023];
export const ctrAt = (position: number | null): number =>
  position === null ? 0 : (CTR[position - 1] ?? (position <= 20 ? 0.01 : 0));

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** The weight of a keyword in visibility: its monthly searches, or 1 when SE Ranking has none (it still counts). */
const weightOf = (pair: Pair) => Math.max(pair.volume ?? 1, 1);

export interface DailySeries {
  /** Day starts (UTC midnight), oldest first. */
  days: Date[];
  values: Array<number | null>;
}

/**
 * The UTC days of the trend charts: from the first day every pair had been checked to the last check, the last
 * `range` of them. Pairs are checked at different times of day, so a day before all pairs were checked would
 * compare a different set of keywords.
 */
export function checkDays(pairs: readonly Pair[], domain: string, range: number): string[] {
  const days = new Set<string>();
  let start = '';
  for (const pair of pairs) {
    const points = pair.histories.get(domain) ?? [];
    const first = points[0];
    if (first && dayOf(first.at) > start) start = dayOf(first.at);
    for (const point of points) days.add(dayOf(point.at));
  }
  return [...days]
    .filter((day) => day >= start)
    .sort()
    .slice(-range);
}

/** A pair's position on each of the days: its latest check up to that day's end (undefined: not checked yet). */
function positionsOn(pair: Pair, domain: string, days: readonly string[]): Array<number | null | undefined> {
  const points = pair.histories.get(domain) ?? [];
  let next = 0;
  let current: number | null | undefined;
  return days.map((day) => {
    while (next < points.length && dayOf((points[next] as RankPoint).at) <= day) {
      current = (points[next] as RankPoint).position;
      next += 1;
    }
    return current;
  });
}

/**
 * Visibility of a domain per day, in per cent: Σ volume × CTR(position) over the pairs checked that day, divided
 * by Σ volume × CTR(1) over the same pairs, i.e. the share of the clicks the keywords could bring that the
 * domain's positions get (100 % = first on every keyword).
 */
export function visibility(pairs: readonly Pair[], domain: string, days: readonly string[]): Array<number | null> {
  const byPair = pairs.map((pair) => ({ weight: weightOf(pair), positions: positionsOn(pair, domain, days) }));
  return days.map((_day, index) => {
    let got = 0;
    let possible = 0;
    for (const { weight, positions } of byPair) {
      const position = positions[index];
      if (position === undefined) continue;
      got += weight * ctrAt(position);
      possible += weight * ctrAt(1);
    }
    return possible === 0 ? null : Math.round((10_000 * got) / possible) / 100;
  });
}

/** How many pairs a domain had in the top 3, 10 and 100 each day. */
export function distribution(
  pairs: readonly Pair[],
  domain: string,
  days: readonly string[],
): Record<'top3' | 'top10' | 'top100', number[]> {
  const byPair = pairs.map((pair) => positionsOn(pair, domain, days));
  const count = (limit: number) =>
    days.map((_day, index) => byPair.filter((positions) => (positions[index] ?? Infinity) <= limit).length);
  return { top3: count(3), top10: count(10), top100: count(100) };
}

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const CSV_HEADER = [
  'keyword',
  'engine',
  'location',
  'device',
  'position',
  'change_1d',
  'change_7d',
  'change_30d',
  'best',
  'volume',
  'difficulty',
  'url',
  'serp_features',
];

/** The rows as CSV (RFC 4180): changes as ▲/▼ text the table shows (`new`, `lost`, `–`). */
export function toCsv(rows: readonly Row[]): string {
  const lines = rows.map((row) =>
    [
      row.pair.keyword,
      row.pair.engine,
      row.pair.location,
      row.pair.device.toLowerCase(),
      row.position,
      changeText(row.changes[1]),
      changeText(row.changes[7]),
      changeText(row.changes[30]),
      row.best,
      row.pair.volume,
      row.pair.difficulty,
      row.url,
      row.pair.features.join(' '),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
