/**
 * Domain analysis (SE Ranking): `Domain`, a website in one regional database, with its organic and paid
 * overview, the keywords it ranks for (paginated) and its competitors; the `domain` query.
 */
import type { Context } from '../../context.js';
import { userInputError } from '../../errors/index.js';
import { priced, refsOf } from '../../pricing/fields.js';
import type { DomainKeywordsOptions, DomainResultType } from '../../upstream/seranking/options.js';
import type {
  DomainCompetitor as CompetitorRow,
  DomainKeyword as DomainKeywordRow,
  DomainOverview as OverviewRow,
  OverviewStats,
  PositionBucket as PositionBucketRow,
} from '../../upstream/seranking/types.js';
import { builder, describedEnum } from '../builder.js';
import {
  connectionOf,
  connectionType,
  type PageArgs,
  pageArgs,
  pageComplexity,
  pageWindow,
  sliceConnection,
  sliceRows,
} from '../connections.js';
import { RegionalDatabase, SerpFeature } from '../enums.js';
import { type RankingFilterInput, RankingKeywordFilter, rankingFilterOf } from '../filters.js';
import { featuresOf, intentsOf, Keyword, SearchIntent, SortDirection } from '../keywords/types.js';
import { validDatabase, validDomain } from '../validate.js';
import {
  competitorsKey,
  type DomainRef,
  domainCompetitors,
  domainOverview,
  overviewKey,
  rankingKey,
  rankingKeywords,
} from './data.js';

export type { DomainRef } from './data.js';

const MAX_KEYWORD_ROWS = 1000;

const SearchResults = describedEnum('SearchResults', 'Organic search results or paid ads.', {
  ORGANIC: ['organic', 'Organic (unpaid) results.'],
  PAID: ['paid', 'Paid ads.'],
});

const DomainKeywordOrder = describedEnum('DomainKeywordOrder', 'The order of the keywords a domain ranks for.', {
  TRAFFIC: ['traffic', 'Estimated traffic the keyword brings.'],
  TRAFFIC_SHARE: ['traffic_percent', "Share of the domain's traffic."],
  VOLUME: ['volume', 'Search volume.'],
  POSITION: ['position', 'Ranking position.'],
  CPC: ['cpc', 'Cost per click.'],
  COMPETITION: ['competition', 'Advertiser competition.'],
  DIFFICULTY: ['difficulty', 'Keyword difficulty.'],
  KEI: ['kei', 'Keyword effectiveness index.'],
  TRAFFIC_COST: ['price', 'Estimated cost of the traffic.'],
});

const PositionBucket = builder.objectRef<PositionBucketRow>('PositionBucket');
PositionBucket.implement({
  description: 'How many keywords rank in a band of positions (e.g. 1–5).',
  fields: (t) => ({
    from: t.exposeInt('from', { description: 'First position of the band.' }),
    to: t.exposeInt('to', { description: 'Last position of the band (inclusive).' }),
    keywords: t.exposeInt('keywords', { description: 'Keywords ranking in the band.' }),
  }),
});

const DomainStats = builder.objectRef<OverviewStats>('DomainStats');
DomainStats.implement({
  description: "A domain's search visibility (organic or paid) in one regional database, for the latest month.",
  fields: (t) => ({
    keywords: t.exposeInt('keywords', { description: 'Keywords the domain ranks for (0: no data).' }),
    traffic: t.exposeInt('traffic', { description: 'Estimated monthly visits from search.' }),
    trafficCost: t.exposeFloat('trafficCost', {
      description: 'What that traffic would cost in ads (USD per month).',
    }),
    newKeywords: t.exposeInt('newKeywords', { nullable: true, description: 'Keywords new this month.' }),
    upKeywords: t.exposeInt('upKeywords', { nullable: true, description: 'Keywords that moved up.' }),
    downKeywords: t.exposeInt('downKeywords', { nullable: true, description: 'Keywords that moved down.' }),
    unchangedKeywords: t.exposeInt('equalKeywords', {
      nullable: true,
      description: 'Keywords whose position did not change.',
    }),
    lostKeywords: t.exposeInt('lostKeywords', { nullable: true, description: 'Keywords no longer ranking.' }),
    positions: t.field({
      type: [PositionBucket],
      description: 'Keywords per band of positions, best band first.',
      resolve: (s) => s.positions,
    }),
    month: t.field({
      type: 'Month',
      nullable: true,
      description: 'The month of the data.',
      resolve: (s) => (s.year && s.month ? `${s.year}-${String(s.month).padStart(2, '0')}` : null),
    }),
  }),
});

const DomainOverview = builder.objectRef<OverviewRow>('DomainOverview');
DomainOverview.implement({
  description: "A domain's organic and paid visibility in one regional database.",
  fields: (t) => ({
    organic: t.field({
      type: DomainStats,
      nullable: true,
      description: 'Organic results.',
      resolve: (o) => o.organic,
    }),
    paid: t.field({ type: DomainStats, nullable: true, description: 'Paid ads.', resolve: (o) => o.paid }),
  }),
});

type RankingRow = { row: DomainKeywordRow; database: string };
const rankingKeyword = ({ row, database }: RankingRow) => ({ text: row.keyword, database, row: undefined });

const RankingKeyword = builder.objectRef<{ row: DomainKeywordRow; database: string }>('RankingKeyword');
RankingKeyword.implement({
  description: 'A keyword a domain ranks for, with its position and the traffic it brings.',
  fields: (t) => ({
    keyword: t.field({
      type: Keyword,
      extensions: { refs: refsOf(rankingKeyword) },
      description:
        'The keyword, in the same regional database (its text is in the row); its metrics of all rows come ' +
        'from one export per batch, priced at one export row per keyword when selected.',
      resolve: rankingKeyword,
    }),
    position: t.int({ description: 'Current position.', resolve: ({ row }) => row.position }),
    previousPosition: t.int({
      nullable: true,
      description: 'Position last month; null when the keyword is new.',
      resolve: ({ row }) => row.previousPosition,
    }),
    url: t.field({ type: 'URL', description: 'The ranking page.', resolve: ({ row }) => row.url }),
    volume: t.int({ nullable: true, description: 'Monthly searches.', resolve: ({ row }) => row.volume }),
    cpc: t.float({ nullable: true, description: 'Cost per click (USD).', resolve: ({ row }) => row.cpc }),
    competition: t.float({
      nullable: true,
      description: 'Advertiser competition, 0–1.',
      resolve: ({ row }) => row.competition,
    }),
    difficulty: t.int({
      nullable: true,
      description: 'Keyword difficulty, 0–100.',
      resolve: ({ row }) => row.difficulty,
    }),
    traffic: t.int({
      nullable: true,
      description: 'Estimated monthly visits it brings.',
      resolve: ({ row }) => row.traffic,
    }),
    trafficShare: t.float({
      nullable: true,
      description: "Share of the domain's search traffic, in percent.",
      resolve: ({ row }) => row.trafficPercent,
    }),
    trafficCost: t.float({
      nullable: true,
      description: 'What that traffic would cost in ads (USD per month).',
      resolve: ({ row }) => row.trafficCost,
    }),
    serpFeatures: t.field({
      type: [SerpFeature],
      description: 'SERP features shown for the keyword.',
      resolve: ({ row }) => featuresOf(row.serpFeatures) ?? [],
    }),
    intents: t.field({
      type: [SearchIntent],
      description: 'Search intents of the keyword.',
      resolve: ({ row }) => intentsOf(row.intents) ?? [],
    }),
  }),
});

export const Domain = builder.objectRef<DomainRef>('Domain');

const competitorDomain = ({ row, database }: { row: CompetitorRow; database: string }): DomainRef => ({
  domain: row.domain,
  database,
});

const DomainCompetitor = builder.objectRef<{ row: CompetitorRow; database: string }>('DomainCompetitor');
DomainCompetitor.implement({
  description: 'A domain competing for the same keywords.',
  fields: (t) => ({
    domain: t.field({
      type: Domain,
      description: 'The competitor, in the same regional database.',
      extensions: { refs: refsOf(competitorDomain) },
      resolve: competitorDomain,
    }),
    commonKeywords: t.int({
      description: 'Keywords both domains rank for.',
      resolve: ({ row }) => row.commonKeywords,
    }),
    totalKeywords: t.int({
      description: 'Keywords the competitor ranks for.',
      resolve: ({ row }) => row.totalKeywords,
    }),
    missingKeywords: t.int({
      description: 'Keywords of the competitor the domain does not rank for.',
      resolve: ({ row }) => row.missingKeywords,
    }),
    traffic: t.int({ description: "The competitor's search traffic.", resolve: ({ row }) => row.traffic }),
    trafficCost: t.float({
      description: "What the competitor's traffic would cost in ads (USD).",
      resolve: ({ row }) => row.trafficCost,
    }),
  }),
});

const CompetitorConnection = connectionType(
  DomainCompetitor,
  'DomainCompetitor',
  'A page of the domains competing for the same keywords, most common keywords first as SE Ranking orders them.',
  'All competitors SE Ranking lists for the domain.',
);

const upstreamType = (results: string | null | undefined): DomainResultType =>
  results === 'paid' ? 'paid' : 'organic';

const KEYWORD_PAGE = { defaultFirst: 100, maxFirst: MAX_KEYWORD_ROWS } as const;
const COMPETITOR_PAGE = { defaultFirst: 10, maxFirst: 100 } as const;

const RankingKeywordConnection = connectionType(
  RankingKeyword,
  'RankingKeyword',
  'A page of the keywords a domain ranks for (SE Ranking does not count them: page until `hasNextPage` is false).',
);

interface RankingArgs extends PageArgs {
  results?: string | null | undefined;
  orderBy?: DomainKeywordsOptions['orderField'] | null | undefined;
  direction?: DomainKeywordsOptions['orderType'] | null | undefined;
  filter?: RankingFilterInput | null | undefined;
}

/**
 * The upstream page of a window: `page`/`limit` when the window starts on a page boundary of its own size (one
 * page of `first` rows), otherwise rows 1 to the window's end (at most 1,000), of which the window is the tail.
 */
function rankingOptions(args: RankingArgs): DomainKeywordsOptions & { skip: number } {
  const { offset, first } = pageWindow(args, KEYWORD_PAGE);
  const aligned = offset % first === 0;
  const limit = aligned ? first : offset + first;
  if (limit > MAX_KEYWORD_ROWS) {
    throw userInputError('INVALID_PARAMETER', `\`first\` must be between 1 and ${MAX_KEYWORD_ROWS}.`);
  }
  return {
    type: upstreamType(args.results),
    page: aligned ? offset / first + 1 : 1,
    limit,
    orderField: args.orderBy ?? 'traffic',
    orderType: args.direction ?? 'desc',
    positionChange: args.filter?.positionChange ?? undefined,
    filter: rankingFilterOf(args.filter),
    skip: aligned ? 0 : offset,
  };
}

/** The rows a window reads upstream; 0 for invalid input, which is refused before any call. */
function rankingRowsAsked(args: RankingArgs): number {
  try {
    return rankingOptions(args).limit ?? 0;
  } catch {
    return 0;
  }
}

/** The upstream page of a window, without the rows it skips. */
const upstreamPage = (args: RankingArgs): DomainKeywordsOptions => {
  const { skip: _skip, ...opts } = rankingOptions(args);
  return opts;
};

/** One page of the keywords a domain ranks for (its rows also tell the estimate which keywords follow). */
async function rankingRows(d: DomainRef, args: RankingArgs, ctx: Context): Promise<RankingRow[]> {
  const { skip, ...opts } = rankingOptions(args);
  const rows = await rankingKeywords(ctx, d, opts);
  return rows.slice(skip).map((row) => ({ row, database: d.database }));
}

async function rankingConnection(d: DomainRef, args: RankingArgs, ctx: Context) {
  const window = pageWindow(args, KEYWORD_PAGE);
  const rows = await rankingRows(d, args, ctx);
  // domain/keywords is a bare array without a total: a full page may have rows after it.
  return connectionOf(rows, window, rows.length === window.first);
}

type CompetitorArgs = PageArgs & { results?: string | null | undefined };

async function allCompetitors(d: DomainRef, args: CompetitorArgs, ctx: Context) {
  const rows = await domainCompetitors(ctx, d, upstreamType(args.results));
  return rows.map((row) => ({ row, database: d.database }));
}

// The window is validated before the (paid) read.
async function competitorRows(d: DomainRef, args: CompetitorArgs, ctx: Context) {
  const window = pageWindow(args, COMPETITOR_PAGE);
  return sliceRows(await allCompetitors(d, args, ctx), window);
}

async function competitorConnection(d: DomainRef, args: CompetitorArgs, ctx: Context) {
  const window = pageWindow(args, COMPETITOR_PAGE);
  return sliceConnection(await allCompetitors(d, args, ctx), window);
}

Domain.implement({
  description:
    'A website in one SE Ranking regional database: its search visibility, ranking keywords and competitors. ' +
    'Each field is one upstream call (cached); a failing one is null with its error.',
  fields: (t) => ({
    name: t.exposeString('domain', { description: 'The domain (no scheme, `www.` or path).' }),
    database: t.field({
      type: RegionalDatabase,
      description: 'The regional database of the data.',
      resolve: (d) => d.database,
    }),
    overview: t.field({
      type: DomainOverview,
      nullable: true,
      extensions: {
        price: priced<DomainRef, object>({
          upstream: 'seranking',
          endpoint: 'domain/overview/db',
          entry: (d, _args, ctx) => overviewKey(ctx, d),
        }),
      },
      description: 'Organic and paid visibility (subdomains included).',
      resolve: (d, _args, ctx) => domainOverview(ctx, d),
    }),
    keywords: t.field({
      type: RankingKeywordConnection,
      nullable: true,
      complexity: pageComplexity(KEYWORD_PAGE),
      extensions: {
        price: priced<DomainRef, RankingArgs>({
          upstream: 'seranking',
          endpoint: 'domain/keywords',
          // Each returned row is charged: an unaligned window reads the rows before it too.
          units: rankingRowsAsked,
          entry: (d, args, ctx) => rankingKey(ctx, d, upstreamPage(args)),
          read: rankingRows,
        }),
        refs: refsOf(rankingRows),
      },
      description:
        'Keywords the domain ranks for, a page at a time. Each row costs a credit; `after` a cursor that is not ' +
        'on a page boundary of the same `first` also reads (and pays) the rows before it.',
      args: {
        ...pageArgs(KEYWORD_PAGE, 'keywords'),
        results: t.arg({ type: SearchResults, defaultValue: 'organic', description: 'Organic results or ads.' }),
        orderBy: t.arg({ type: DomainKeywordOrder, defaultValue: 'traffic', description: 'Row order.' }),
        direction: t.arg({ type: SortDirection, defaultValue: 'desc', description: 'Order direction.' }),
        filter: t.arg({
          type: RankingKeywordFilter,
          description: 'Keep only the keywords matching it (filtered upstream, before paging).',
        }),
      },
      resolve: rankingConnection,
    }),
    competitors: t.field({
      type: CompetitorConnection,
      nullable: true,
      complexity: pageComplexity(COMPETITOR_PAGE),
      extensions: {
        price: priced<DomainRef, CompetitorArgs>({
          upstream: 'seranking',
          endpoint: 'domain/competitors',
          entry: (d, args, ctx) => competitorsKey(ctx, d, upstreamType(args.results)),
        }),
        refs: refsOf(competitorRows),
      },
      description:
        'Domains competing for the same keywords. SE Ranking returns them all in one call (priced once, cached); ' +
        'the pages are cut here, so what each competitor costs is bounded by `first`.',
      args: {
        ...pageArgs(COMPETITOR_PAGE, 'competitors'),
        results: t.arg({ type: SearchResults, defaultValue: 'organic', description: 'Organic results or ads.' }),
      },
      resolve: competitorConnection,
    }),
  }),
});

export const domainOf = (_root: unknown, args: { domain: string; database: string }): DomainRef => ({
  domain: validDomain(args.domain),
  database: validDatabase(args.database),
});

builder.queryField('domain', (t) =>
  t.field({
    type: Domain,
    nullable: true,
    extensions: { refs: refsOf(domainOf) },
    description: 'A website in a regional database. A bad domain is `INVALID_DOMAIN`, before any upstream call.',
    args: {
      domain: t.arg.string({ required: true, description: 'A domain; scheme, `www.` and path are ignored.' }),
      database: t.arg({ type: RegionalDatabase, required: true, description: 'The regional database.' }),
    },
    resolve: domainOf,
  }),
);
