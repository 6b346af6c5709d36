/**
 * The rank tracker's rows: every tracked keyword on each of its engines as one `TrackedPair`, with the
 * phrase's SE Ranking metrics in the engine country's regional database and the rank histories of several
 * domains at once (one SERP read per check, shared by every domain). A connection whose small default page of
 * 30-day histories stays within a request's SERP read bound.
 */
import type { Context } from '../../context.js';
import { userInputError } from '../../errors/index.js';
import { freeRefsOf, priced, refsOf } from '../../pricing/fields.js';
import type { CacheKey } from '../../upstream/cache.js';
import { checkSource } from '../../upstream/seranking/validate.js';
import type { PairIdentity, SnapshotRef } from '../../upstream/serpmetrics/pairs.js';
import { allTrackedKeywords, pairChecks } from '../../upstream/serpmetrics/tracked-reads.js';
import { builder, describedEnum } from '../builder.js';
import {
  connectionType,
  type PageArgs,
  pageArgs,
  pageComplexity,
  pageWindow,
  sliceConnection,
  sliceRows,
} from '../connections.js';
import { RegionalDatabase } from '../enums.js';
import { IntRange, type RangeInput } from '../filters.js';
import { keywordMetrics, metricsKey } from '../keywords/data.js';
import { Keyword, type KeywordRef, SortDirection } from '../keywords/types.js';
import { INPUT_LIMITS, validCount, validResultsSelection, validRootDomain } from '../validate.js';
import { latestSnapshot } from './data.js';
import { rankHistory } from './rank-history.js';
import { pairIdentityFields, RankPoint, SerpSnapshot } from './types.js';

/** Pairs of one page by default: three 30-day histories are 90 SERP reads, within a request's bound of 100. */
const DEFAULT_PAGE = 3;
const MAX_PAGE = 100;
/** Pairs a `VOLUME` or `DIFFICULTY` order compares at most: their metrics are 10 credits each when not cached. */
const MAX_METRIC_PAIRS = 100;
/** Domains one `rankHistories` compares (my domain and competitors). */
const MAX_DOMAINS = 10;

/** SE Ranking names the United Kingdom `uk`; engine locales end in the ISO country code. */
const DATABASE_ALIASES: Readonly<Record<string, string>> = { gb: 'uk' };

/** The regional database of an engine's country (`google_en-gb` → `uk`), or null when SE Ranking has none. */
export function databaseOfEngine(code: string): string | null {
  const country = code.split('-')[1]?.toLowerCase() ?? '';
  try {
    return checkSource(DATABASE_ALIASES[country] ?? country);
  } catch {
    return null;
  }
}

/** The phrase in its engine country's regional database, whose metrics a pair shows; null without a database. */
function metricsRefOf(pair: PairIdentity): KeywordRef | null {
  const database = databaseOfEngine(pair.engine);
  return database === null ? null : { text: pair.keyword, database, row: undefined };
}

interface DomainRankHistoryRef {
  domain: string;
  points: Awaited<ReturnType<typeof rankHistory>>;
}

const DomainRankHistory = builder.objectRef<DomainRankHistoryRef>('DomainRankHistory').implement({
  description: 'One domain’s position in each retained daily check of a pair, oldest first.',
  fields: (t) => ({
    domain: t.exposeString('domain', { description: 'The registrable domain ranked.' }),
    points: t.field({
      type: [RankPoint],
      description: 'One point per check, oldest first; a null position is a check without the domain.',
      resolve: (h) => h.points,
    }),
  }),
});

export const TrackedPair = builder.objectRef<PairIdentity>('TrackedPair').implement({
  description: 'A tracked keyword on one of its engines: one row of a rank tracker.',
  fields: (t) => ({
    ...pairIdentityFields(t, {
      engine: 'The engine it is checked on.',
      location: 'The location checked from (Google engines), or null.',
      device: 'The device checked as.',
    }),
    database: t.field({
      type: RegionalDatabase,
      nullable: true,
      description: 'The SE Ranking regional database of the engine’s country; null when SE Ranking has none.',
      resolve: (p) => databaseOfEngine(p.engine),
    }),
    metrics: t.field({
      type: Keyword,
      nullable: true,
      description:
        'The phrase in that regional database: search volume, difficulty, SERP features (SE Ranking; priced at ' +
        'one export row, the rows of a request fetched in one export). Null when there is no database.',
      extensions: { refs: refsOf(metricsRefOf) },
      resolve: metricsRefOf,
    }),
    latest: t.field({
      type: SerpSnapshot,
      nullable: true,
      description:
        'The latest check of the pair (its daily check, or a newer one-off check this gateway queued), so a ' +
        'tracker lists every pair with its latest SERP in one query. Null with `PENDING` before its first check.',
      resolve: (pair, _args, ctx, info) => {
        validResultsSelection(info);
        return latestSnapshot(ctx, pair);
      },
    }),
    rankHistories: t.field({
      type: [DomainRankHistory],
      nullable: true,
      description:
        'Each domain’s position in the retained daily checks, in the order asked (1 to 10 domains): one SERP ' +
        'read per check whatever the number of domains. Null with its error when the checks cannot be read.',
      args: {
        domains: t.arg.stringList({
          required: true,
          description: 'Domains, hosts or URLs; each registrable domain is ranked.',
        }),
        last: t.arg.int({ defaultValue: INPUT_LIMITS.checks, description: 'How many recent checks, 1 to 30.' }),
      },
      complexity: (args) => ({ multiplier: args.last ?? INPUT_LIMITS.checks }),
      resolve: async (pair, args, ctx) => {
        validCount('domains', args.domains.length, MAX_DOMAINS);
        const domains = [...new Set(args.domains.map(validRootDomain))];
        const last = validCount('last', args.last ?? INPUT_LIMITS.checks, INPUT_LIMITS.checks);
        const checks = (await pairChecks(ctx, pair))?.slice(0, last) ?? [];
        return Promise.all(
          domains.map(async (domain) => ({ domain, points: await rankHistory(ctx, checks, { domain }) })),
        );
      },
    }),
  }),
});

const PAIR_PAGE = { defaultFirst: DEFAULT_PAGE, maxFirst: MAX_PAGE } as const;

const TrackedPairConnection = connectionType(
  TrackedPair,
  'TrackedPair',
  'A page of tracked keyword × engine pairs, in tracking order (keywords in creation order, then their engines).',
  'All tracked pairs of the account.',
);

/** Every tracked keyword × engine pair, in tracking order. */
const allPairs = async (ctx: Context): Promise<PairIdentity[]> =>
  (await allTrackedKeywords(ctx)).flatMap(({ keyword, location, device, engines }) =>
    engines.map((engine) => ({ keyword, engine, location, device })),
  );

type MetricOrder = 'volume' | 'difficulty';
type PairOrder = 'tracking' | 'keyword' | 'engine' | 'position' | 'change1' | 'change7' | 'change30' | MetricOrder;

const isMetricOrder = (order: PairOrder): order is MetricOrder => order === 'volume' || order === 'difficulty';

const TrackedPairOrder = describedEnum('TrackedPairOrder', 'The order of a rank tracker’s rows.', {
  TRACKING: ['tracking', 'Tracking order: keywords in creation order, then their engines.'],
  KEYWORD: ['keyword', 'The keyword phrase, alphabetically.'],
  ENGINE: ['engine', 'The engine code, alphabetically.'],
  POSITION: [
    'position',
    '`domain`’s position in the latest daily check (one SERP read per pair); unranked pairs last.',
  ],
  CHANGE_1D: [
    'change1',
    'Positions `domain` gained since the check a day before (two SERP reads per pair); entering the top 100 ' +
      'ranks above any move and leaving it below; pairs without two checks to compare last.',
  ],
  CHANGE_7D: ['change7', 'As `CHANGE_1D`, against the check 7 days before.'],
  CHANGE_30D: ['change30', 'As `CHANGE_1D`, against the oldest retained check (SERPmetrics keeps 30).'],
  VOLUME: [
    'volume',
    'The phrase’s monthly search volume in the engine country’s regional database (SE Ranking). Buys the ' +
      `metrics of every pair matching \`filter.text\` (at most ${MAX_METRIC_PAIRS}, \`ROW_LIMIT_EXCEEDED\` past ` +
      'that): one export row each, one export per database, rows cached shared with `metrics` (which then ' +
      'costs nothing more). Pairs without a volume or a database last either way; ties by keyword, then engine.',
  ],
  DIFFICULTY: ['difficulty', 'As `VOLUME`, by the phrase’s keyword difficulty (0–100).'],
});

interface PairFilterInput {
  text?: string | null | undefined;
  position?: RangeInput | null | undefined;
  ranked?: boolean | null | undefined;
}

const TrackedPairFilter = builder.inputType('TrackedPairFilter', {
  description: 'Which pairs a rank tracker shows; every given condition must hold.',
  fields: (t) => ({
    text: t.string({ description: 'Part of the keyword, the engine code or the location (any case).' }),
    position: t.field({
      type: IntRange,
      description: '`domain`’s position in the latest daily check, 1–100 (unranked pairs are left out).',
    }),
    ranked: t.boolean({ description: 'True: only pairs where `domain` is in the top 100; false: only where not.' }),
  }),
});

interface PairQueryArgs extends PageArgs {
  domain?: string | null | undefined;
  orderBy?: PairOrder | null | undefined;
  direction?: 'asc' | 'desc' | null | undefined;
  filter?: PairFilterInput | null | undefined;
}

/** Days before the latest check each change order compares with (30: the oldest retained). */
const CHANGE_DAYS: Partial<Record<PairOrder, number>> = { change1: 1, change7: 7, change30: 30 };

/** A gain in positions for ordering: entering the top 100 above any move, leaving it below any; null: no comparison. */
function changeValue(before: number | null | undefined, now: number | null): number | null {
  if (before === undefined || (before === null && now === null)) return null;
  if (before === null) return 101;
  if (now === null) return -101;
  return before - now;
}

/** `domain`’s position in one check (its best result), or null when it is not in the top 100. */
const positionIn = async (ctx: Context, check: SnapshotRef, domain: string): Promise<number | null> =>
  (await rankHistory(ctx, [check], { domain }))[0]?.position ?? null;

/** What ordering and filtering need of a pair beyond its identity: positions in its latest check and one before. */
async function rankFacts(ctx: Context, pair: PairIdentity, domain: string, days: number | undefined) {
  const checks = (await pairChecks(ctx, pair)) ?? [];
  const latest = checks[0];
  if (!latest) return { position: null, change: null };
  const position = await positionIn(ctx, latest, domain);
  const earlier = days === undefined || checks.length < 2 ? undefined : checks[Math.min(days, checks.length - 1)];
  const before = earlier ? await positionIn(ctx, earlier, domain) : undefined;
  return { position, change: changeValue(before, position) };
}

const textOf = (pair: PairIdentity) => [pair.keyword, pair.engine, pair.location ?? ''].join('\n').toLowerCase();

/** The arguments checked before any read: orders and filters by position need the domain they follow. */
function checkedPairArgs(args: PairQueryArgs) {
  const order = args.orderBy ?? 'tracking';
  const filter = args.filter ?? {};
  const byRank =
    order === 'position' || CHANGE_DAYS[order] !== undefined || Boolean(filter.position) || filter.ranked != null;
  if (byRank && !args.domain) {
    throw userInputError('INVALID_PARAMETER', '`domain` is needed to order or filter pairs by position.');
  }
  const { from, to } = filter.position ?? {};
  if ((from != null && to != null && from > to) || [from, to].some((v) => v != null && (v < 1 || v > 100))) {
    throw userInputError('INVALID_PARAMETER', '`filter.position` must be a range within 1–100.');
  }
  return { order, filter, domain: args.domain ? validRootDomain(args.domain) : null, byRank };
}

/** Pairs filtered by text, in tracking, keyword or engine order (what needs no SERP read); ties keep tracking order. */
function textOrdered(pairs: readonly PairIdentity[], args: PairQueryArgs): PairIdentity[] {
  const needle = args.filter?.text?.trim().toLowerCase() ?? '';
  const kept = pairs.map((pair, index) => ({ pair, index })).filter(({ pair }) => textOf(pair).includes(needle));
  const sign = args.direction === 'desc' ? -1 : 1;
  const order = args.orderBy ?? 'tracking';
  const text = (pair: PairIdentity) => (order === 'keyword' ? pair.keyword : order === 'engine' ? pair.engine : '');
  return kept
    .sort(
      (a, b) =>
        sign * (text(a.pair).localeCompare(text(b.pair)) || (order === 'tracking' ? a.index - b.index : 0)) ||
        a.index - b.index,
    )
    .map(({ pair }) => pair);
}

/**
 * The pairs kept by the position filters, in the position or change order asked (`pairs` already in text order);
 * positions come from the latest checks (one cached SERP each, shared with `rankHistories`), within the request's
 * bound of SERP reads. Ties keep the order given.
 */
async function rankSelected(
  ctx: Context,
  pairs: readonly PairIdentity[],
  { order, filter, domain }: ReturnType<typeof checkedPairArgs> & { domain: string },
  sign: 1 | -1,
): Promise<PairIdentity[]> {
  const days = CHANGE_DAYS[order];
  const { from, to } = filter.position ?? {};
  const facts = await Promise.all(
    pairs.map(async (pair, index) => ({ pair, index, ...(await rankFacts(ctx, pair, domain, days)) })),
  );
  const rows = facts.filter(({ position }) => {
    if (filter.ranked != null && (position !== null) !== filter.ranked) return false;
    if (!filter.position) return true;
    return position !== null && position >= (from ?? 1) && position <= (to ?? 100);
  });
  const key = (row: (typeof rows)[number]) =>
    order === 'position' ? row.position : days !== undefined ? row.change : null;
  if (order === 'position' || days !== undefined) {
    // Positions ascend from #1; changes ascend from the biggest loss. Missing values go last either way.
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return sign * (x - y) || a.index - b.index;
    });
  }
  return rows.map((row) => row.pair);
}

/** The pairs a metric order compares (every one matching the text filter), refused past its bound. */
function metricPairs(pairs: readonly PairIdentity[]): readonly PairIdentity[] {
  if (pairs.length > MAX_METRIC_PAIRS) {
    throw userInputError(
      'ROW_LIMIT_EXCEEDED',
      `Ordering by VOLUME or DIFFICULTY compares at most ${MAX_METRIC_PAIRS} pairs: narrow \`filter.text\`.`,
    );
  }
  return pairs;
}

/**
 * Each pair's volume or difficulty, through the loader the `metrics` field uses: the request's rows are one
 * export per regional database (cached rows none), so the page's `metrics` costs nothing more. A failed
 * export fails the order with its error.
 */
async function metricValues(
  ctx: Context,
  pairs: readonly PairIdentity[],
  order: MetricOrder,
): Promise<Map<PairIdentity, number | null>> {
  const loader = ctx.loaders.get(keywordMetrics);
  const values = await Promise.all(
    pairs.map(async (pair) => {
      const ref = metricsRefOf(pair);
      return ref === null ? null : (await loader.load(ref))[order];
    }),
  );
  return new Map(pairs.map((pair, i) => [pair, values[i] ?? null]));
}

/** Ordered by a metric: missing values last either way, ties by keyword, then engine, then the order given. */
function metricOrdered(
  pairs: readonly PairIdentity[],
  values: ReadonlyMap<PairIdentity, number | null>,
  sign: 1 | -1,
): PairIdentity[] {
  return pairs
    .map((pair, index) => ({ pair, index, value: values.get(pair) ?? null }))
    .sort((a, b) => {
      const [x, y] = [a.value, b.value];
      const byValue = x === null || y === null ? (x === y ? 0 : x === null ? 1 : -1) : sign * (x - y);
      return (
        byValue ||
        a.pair.keyword.localeCompare(b.pair.keyword) ||
        a.pair.engine.localeCompare(b.pair.engine) ||
        a.index - b.index
      );
    })
    .map(({ pair }) => pair);
}

/**
 * The pairs matching the text filter, in text order (execution's and the estimate's): a metric order past its
 * bound is refused here, before any call.
 */
async function textFiltered(ctx: Context, args: PairQueryArgs): Promise<readonly PairIdentity[]> {
  const { order } = checkedPairArgs(args);
  const pairs = textOrdered(await allPairs(ctx), args);
  return isMetricOrder(order) ? metricPairs(pairs) : pairs;
}

/** The pairs of a rank tracker view, filtered and ordered. */
async function selectedPairs(ctx: Context, args: PairQueryArgs): Promise<readonly PairIdentity[]> {
  const checked = checkedPairArgs(args);
  const { order, domain, byRank } = checked;
  const sign = args.direction === 'desc' ? -1 : 1;
  const pairs = await textFiltered(ctx, args);
  const [kept, values] = await Promise.all([
    byRank && domain ? rankSelected(ctx, pairs, { ...checked, domain }, sign) : pairs,
    isMetricOrder(order) ? metricValues(ctx, pairs, order) : undefined,
  ]);
  return values ? metricOrdered(kept, values, sign) : kept;
}

/** The metrics entries a metric order buys: every text-filtered pair's phrase in its database, each once. */
async function metricEntries(ctx: Context, args: PairQueryArgs): Promise<CacheKey[]> {
  if (!isMetricOrder(args.orderBy ?? 'tracking')) return [];
  return (await textFiltered(ctx, args)).flatMap((pair) => {
    const ref = metricsRefOf(pair);
    return ref === null ? [] : [metricsKey(ctx, ref)];
  });
}

builder.queryField('trackedPairs', (t) =>
  t.field({
    type: TrackedPairConnection,
    nullable: true,
    description:
      'Every tracked keyword × engine pair of the account, a page at a time: the rows of a rank tracker, ordered ' +
      'and filtered for `domain` (my site) before paging. The default page of ' +
      `${DEFAULT_PAGE} keeps their 30-day \`rankHistories\` within a request's 100 SERP reads; ordering or ` +
      'filtering by position reads the latest check of every pair (the change orders one more), so it serves ' +
      'up to 100 pairs (50 for a change). Ordering by `VOLUME` or `DIFFICULTY` buys the SE Ranking metrics of ' +
      'every pair matching `filter.text` (priced at one export row each, nothing when cached).',
    args: {
      ...pageArgs(PAIR_PAGE, 'pairs'),
      domain: t.arg.string({
        description: 'The domain whose positions `POSITION`, `CHANGE_*` and `filter.position`/`ranked` follow.',
      }),
      orderBy: t.arg({ type: TrackedPairOrder, defaultValue: 'tracking', description: 'Row order.' }),
      direction: t.arg({ type: SortDirection, defaultValue: 'asc', description: 'Order direction.' }),
      filter: t.arg({ type: TrackedPairFilter, description: 'Keep only the pairs matching it (before paging).' }),
    },
    complexity: pageComplexity(PAIR_PAGE),
    extensions: {
      // A page ordered or filtered by position is priced as the same number of rows in tracking order (the
      // credits of a row do not depend on which pair it is, only its cache state); the pair list is a free read.
      refs: freeRefsOf(async (_root: unknown, args: PairQueryArgs, ctx: Context) =>
        sliceRows(await textFiltered(ctx, args), pageWindow(args, PAIR_PAGE)),
      ),
      // A metric order buys the metrics of every text-filtered pair (the page's rows are among them).
      price: priced<unknown, PairQueryArgs>({
        upstream: 'seranking',
        endpoint: 'keywords/export',
        entries: {
          keys: (_root, args, ctx) => metricEntries(ctx, args),
          bound: (args) => (isMetricOrder(args.orderBy ?? 'tracking') ? MAX_METRIC_PAIRS : 0),
        },
      }),
    },
    resolve: async (_root, args, ctx) => {
      const window = pageWindow(args, PAIR_PAGE);
      return sliceConnection(await selectedPairs(ctx, args), window);
    },
  }),
);
