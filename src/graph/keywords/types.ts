/**
 * Keywords (SE Ranking): `Keyword`, a search term in one regional database, with its metrics (batched
 * into keyword exports) and its ideas (similar, related, questions); the `keyword` / `keywords` queries.
 * The SERP module adds `serp` / `ranking` to `Keyword`.
 */

import { type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { Context } from '../../context.js';
import { failedItem, userInputError } from '../../errors/index.js';
import { priced, refsOf } from '../../pricing/fields.js';
import type { SuggestionOptions } from '../../upstream/seranking/options.js';
import { SERP_FEATURES } from '../../upstream/seranking/sources.js';
import type {
  KeywordMetrics,
  KeywordSuggestion,
  KeywordSuggestions,
  TrendPoint,
} from '../../upstream/seranking/types.js';
import { builder, describedEnum } from '../builder.js';
import { connectionOf, connectionType, type PageArgs, pageArgs, pageComplexity, pageWindow } from '../connections.js';
import { RegionalDatabase, SerpFeature } from '../enums.js';
import { KeywordFilter, type KeywordFilterInput, keywordFilterOf } from '../filters.js';
import { selectedFields } from '../selection.js';
import { validDatabase, validKeywordText } from '../validate.js';
import {
  type IdeaEndpoint,
  ideasKey,
  type KeywordKey,
  keywordIdeas,
  keywordMetrics,
  keywordRows,
  metricsKey,
} from './data.js';

/**
 * What a `Keyword` resolves from: the text as given (trimmed) and the regional database code. A ref belongs to
 * one request: its metrics row, once loaded (an Error when its export failed) or while it loads, is kept on the
 * ref (`row`, declared undefined where the ref is made, so setting it allocates nothing).
 */
export interface KeywordRef extends KeywordKey {
  row: KeywordMetrics | Error | Promise<KeywordMetrics> | undefined;
}

/** The most keywords one `keywords` query takes (the upstream's own per-request maximum). */
export const MAX_KEYWORDS = 10_000;

/** Validates a keyword before any upstream call; a bad one throws `INVALID_KEYWORDS`. */
export const keywordRef = (text: string, database: string): KeywordRef => ({
  text: validKeywordText(text),
  database,
  row: undefined,
});

const FEATURE_CODES: ReadonlySet<string> = new Set(SERP_FEATURES.map((f) => f.code));
type Intent = 'informational' | 'navigational' | 'transactional' | 'commercial' | 'local';
const INTENTS: Readonly<Record<string, Intent>> = {
  I: 'informational',
  N: 'navigational',
  T: 'transactional',
  C: 'commercial',
  L: 'local',
};

/** Upstream intent letters (or long names in historical data) as enum values; unknown ones are left out. */
export const intentsOf = (intents: readonly string[] | null): Intent[] | null =>
  intents === null
    ? null
    : intents.flatMap((i) => {
        const upper = i.trim().toUpperCase();
        const value = INTENTS[upper] ?? Object.values(INTENTS).find((v) => v.toUpperCase() === upper);
        return value ? [value] : [];
      });

/** SERP feature codes the schema knows; a new upstream code must not fail the whole field. */
export const featuresOf = (features: readonly string[] | null): string[] | null =>
  features === null ? null : features.filter((f) => FEATURE_CODES.has(f));

export const SearchIntent = describedEnum('SearchIntent', 'What a searcher wants, as SE Ranking classifies keywords.', {
  INFORMATIONAL: ['informational', 'To learn something (upstream `I`).'],
  NAVIGATIONAL: ['navigational', 'To reach a particular site or brand (upstream `N`).'],
  TRANSACTIONAL: ['transactional', 'To buy or do something now (upstream `T`).'],
  COMMERCIAL: ['commercial', 'To compare before buying (upstream `C`).'],
  LOCAL: ['local', 'Something nearby (upstream `L`).'],
});

const MonthlyVolume = builder.objectRef<TrendPoint>('MonthlyVolume');
MonthlyVolume.implement({
  description: 'Search volume of one month.',
  fields: (t) => ({
    month: t.field({
      type: 'Month',
      description: 'The month.',
      resolve: (p) => p.month.slice(0, 7),
    }),
    volume: t.exposeInt('volume', { description: 'Searches that month.' }),
  }),
});

export const Keyword = builder.objectRef<KeywordRef>('Keyword');

/**
 * A resolver reading one metric of the keyword's row. The metrics of all keywords of one request come from one
 * export per batch, and the row is loaded once for all the ref's metric fields (DataLoader answers every repeated
 * load of a key with a new promise and two closures). A row the `keywords` list loaded already is read at once.
 */
const metricOf =
  <T>(pick: (row: KeywordMetrics) => T) =>
  (ref: KeywordRef, _args: object, ctx: Context): T | Promise<T> => {
    ref.row ??= ctx.loaders.get(keywordMetrics).load(ref);
    const row = ref.row;
    if (row instanceof Promise) return row.then(pick);
    if (row instanceof Error) throw row;
    return pick(row);
  };

const EXPORT = 'keywords/export';

// All metrics of a keyword come from one export row: every metric field names the same charge (the row's
// cache entry), so a keyword costs one row however many metrics are selected, and nothing when only its
// text is. Ideas carry their metrics already (`prepaid`).
const metric = {
  nullable: true,
  extensions: {
    price: priced<KeywordRef, object>({
      upstream: 'seranking',
      endpoint: EXPORT,
      entry: (ref, _args, ctx) => metricsKey(ctx, ref),
    }),
  },
} as const;

const IdeaOrder = describedEnum('KeywordIdeaOrder', 'The order of keyword ideas.', {
  VOLUME: ['volume', 'Highest search volume first.'],
  CPC: ['cpc', 'Highest cost per click first.'],
  DIFFICULTY: ['difficulty', 'Hardest to rank first.'],
  COMPETITION: ['competition', 'Most advertiser competition first.'],
  KEYWORD: ['keyword', 'Alphabetical.'],
});

export const SortDirection = describedEnum('SortDirection', 'Ascending or descending.', {
  ASC: ['asc', 'Smallest first.'],
  DESC: ['desc', 'Largest first.'],
});

interface IdeaPage {
  page: KeywordSuggestions;
  database: string;
}

const ideaKeyword = ({ row, database }: { row: KeywordSuggestion; database: string }): KeywordRef => ({
  text: row.keyword,
  database,
  row: undefined,
});

const KeywordIdea = builder.objectRef<{ row: KeywordSuggestion; database: string }>('KeywordIdea');
KeywordIdea.implement({
  description: 'A keyword suggested from a seed keyword.',
  fields: (t) => ({
    keyword: t.field({
      type: Keyword,
      extensions: { refs: refsOf(ideaKeyword, EXPORT) },
      description: 'The suggested keyword; its metrics come with the idea (no export call).',
      resolve: ideaKeyword,
    }),
    relevance: t.float({
      nullable: true,
      description: 'How close it is to the seed, 0–1 (related keywords only).',
      resolve: ({ row }) => row.relevance,
    }),
  }),
});

const ideaRows = ({ page, database }: IdeaPage) => page.keywords.map((row) => ({ row, database }));

const MAX_IDEAS = 1000;
const IDEA_PAGE = { defaultFirst: 100, maxFirst: MAX_IDEAS } as const;

const KeywordIdeaConnection = connectionType(
  KeywordIdea,
  'KeywordIdea',
  'A page of keyword ideas.',
  'All ideas SE Ranking has for the seed (before paging).',
);

interface IdeaArgs extends PageArgs {
  orderBy?: SuggestionOptions['sort'] | null | undefined;
  direction?: SuggestionOptions['sortOrder'] | null | undefined;
  filter?: KeywordFilterInput | null | undefined;
}

const ideaOptions = (args: IdeaArgs): SuggestionOptions => ({
  ...(({ offset, first }) => ({ offset, limit: first }))(pageWindow(args, IDEA_PAGE)),
  sort: args.orderBy ?? 'volume',
  sortOrder: args.direction ?? 'desc',
  // Always with the trend: the rows then fill the keywords' own metrics in full.
  withTrend: true,
  filter: keywordFilterOf(args.filter),
});

/** A page of ideas (the estimate reads it from the cache only). */
async function ideaPage(endpoint: IdeaEndpoint, ref: KeywordRef, args: IdeaArgs, ctx: Context): Promise<IdeaPage> {
  const page = await keywordIdeas(ctx, endpoint, ref, ideaOptions(args));
  return { page, database: ref.database };
}

/** Ideas asked for, for the price: 0 for refused input (nothing is called). */
const ideasAsked = (args: IdeaArgs) => {
  try {
    return ideaOptions(args).limit ?? 0;
  } catch {
    return 0;
  }
};

const ideaField = (endpoint: IdeaEndpoint, description: string) =>
  builder.objectField(Keyword, endpoint, (t) =>
    t.field({
      type: KeywordIdeaConnection,
      nullable: true,
      description,
      complexity: pageComplexity(IDEA_PAGE),
      extensions: {
        price: priced<KeywordRef, IdeaArgs>({
          upstream: 'seranking',
          endpoint: `keywords/${endpoint}`,
          units: ideasAsked,
          entry: (ref, args, ctx) => ideasKey(ctx, endpoint, ref, ideaOptions(args)),
          read: (ref, args, ctx) => ideaPage(endpoint, ref, args, ctx),
        }),
        refs: refsOf(async (ref: KeywordRef, args: IdeaArgs, ctx: Context) =>
          ideaRows(await ideaPage(endpoint, ref, args, ctx)),
        ),
      },
      args: {
        ...pageArgs(IDEA_PAGE, 'ideas (each costs credits)'),
        orderBy: t.arg({ type: IdeaOrder, defaultValue: 'volume', description: 'Idea order.' }),
        direction: t.arg({ type: SortDirection, defaultValue: 'desc', description: 'Order direction.' }),
        filter: t.arg({ type: KeywordFilter, description: 'Keep only the ideas matching it (filtered upstream).' }),
      },
      resolve: async (ref, args, ctx) => {
        const window = pageWindow(args, IDEA_PAGE);
        const idea = await ideaPage(endpoint, ref, args, ctx);
        // The idea rows carry full metrics: later metric fields of these keywords need no export.
        const loader = ctx.loaders.get(keywordMetrics);
        for (const row of idea.page.keywords) loader.prime({ text: row.keyword, database: ref.database }, row);
        const rows = ideaRows(idea);
        return connectionOf(rows, window, window.offset + rows.length < idea.page.total, idea.page.total);
      },
    }),
  );

Keyword.implement({
  description:
    'A search term in one SE Ranking regional database, with its metrics and keyword ideas. Metrics are ' +
    'null when SE Ranking has no data for the keyword (`dataFound: false`) or the export failed (with its error).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The keyword as asked for (trimmed).' }),
    database: t.field({
      type: RegionalDatabase,
      description: 'The regional database the metrics come from.',
      resolve: (ref) => ref.database,
    }),
    dataFound: t.boolean({
      ...metric,
      description: 'False when SE Ranking has no data for this keyword: every metric is then null.',
      resolve: metricOf((m) => m.dataFound),
    }),
    volume: t.int({
      ...metric,
      description: 'Average monthly searches.',
      resolve: metricOf((m) => m.volume),
    }),
    cpc: t.float({
      ...metric,
      description: 'Average cost per click of ads (USD).',
      resolve: metricOf((m) => m.cpc),
    }),
    competition: t.float({
      ...metric,
      description: 'Advertiser competition, 0–1.',
      resolve: metricOf((m) => m.competition),
    }),
    difficulty: t.int({
      ...metric,
      description: 'How hard it is to rank in the top 10, 0–100.',
      resolve: metricOf((m) => m.difficulty),
    }),
    serpFeatures: t.field({
      ...metric,
      type: [SerpFeature],
      description: 'SERP features shown for the keyword; null when SE Ranking does not report them.',
      resolve: metricOf((m) => featuresOf(m.serpFeatures)),
    }),
    intents: t.field({
      ...metric,
      type: [SearchIntent],
      description: 'Search intents of the keyword; null when SE Ranking does not report them.',
      resolve: metricOf((m) => intentsOf(m.intents)),
    }),
    trend: t.field({
      ...metric,
      type: [MonthlyVolume],
      description: 'Monthly search volumes of the last 12 months, oldest first.',
      resolve: metricOf((m) => m.trend),
    }),
  }),
});

ideaField('similar', 'Keywords containing the seed with modifiers ("best …", "… near me"), paginated.');
ideaField('related', 'Topically related keywords, with their relevance, paginated.');
ideaField('questions', 'Questions people ask around the keyword ("how to …"), paginated.');

const keywordOf = (_root: unknown, args: { text: string; database: string }) =>
  keywordRef(args.text, validDatabase(args.database));

/** The keywords of a `keywords` query in input order; an invalid one is a failed item (null with its error). */
function keywordsOf(_root: unknown, args: { texts: readonly string[]; database: string }): KeywordRef[] {
  if (args.texts.length > MAX_KEYWORDS) {
    throw userInputError('TOO_MANY_KEYWORDS', `At most ${MAX_KEYWORDS} keywords per query.`);
  }
  const database = validDatabase(args.database);
  return args.texts.map((text) => {
    try {
      return keywordRef(text, database);
    } catch (error) {
      return failedItem<KeywordRef>(error);
    }
  });
}

/** The `Keyword` fields read from the metrics row: those priced as one (`metric`), per schema. */
const metricFieldsOf = new WeakMap<GraphQLObjectType, ReadonlySet<string>>();

function metricFields(type: GraphQLObjectType): ReadonlySet<string> {
  let names = metricFieldsOf.get(type);
  if (!names) {
    const fields = Object.values(type.getFields());
    names = new Set(fields.filter((f) => f.extensions.price === metric.extensions.price).map((f) => f.name));
    metricFieldsOf.set(type, names);
  }
  return names;
}

/**
 * The `keywords` list with the rows of its keywords loaded when a metric is selected: its items then answer
 * their metrics as values, where a load per keyword made a promise and the executor's closures per metric field
 * and keyword, all alive until the last export returned. Nothing is loaded, or spent, when no metric is selected;
 * under `@stream` each keyword's metrics load as before, so the first items are not held back for the last export.
 */
async function keywordsWithRows(
  root: unknown,
  args: { texts: readonly string[]; database: string },
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<KeywordRef[]> {
  const refs = keywordsOf(root, args);
  const type = info.schema.getType('Keyword');
  const streamed = info.fieldNodes.some((node) => node.directives?.some((d) => d.name.value === 'stream'));
  if (streamed || !isObjectType(type)) return refs;
  const metricNames = metricFields(type);
  if (!selectedFields(info).some((field) => metricNames.has(field.name.value))) return refs;
  const valid = refs.filter((ref) => !(ref instanceof Error));
  const rows = await keywordRows(ctx, valid);
  rows.forEach((row, i) => {
    (valid[i] as KeywordRef).row = row;
  });
  return refs;
}

builder.queryFields((t) => ({
  keyword: t.field({
    type: Keyword,
    nullable: true,
    extensions: { refs: refsOf(keywordOf) },
    description:
      'One keyword in a regional database. A bad keyword is `INVALID_KEYWORDS`, before any upstream call. ' +
      'Priced at one export row (its metrics).',
    args: {
      text: t.arg.string({ required: true, description: 'The keyword, 1–255 characters.' }),
      database: t.arg({ type: RegionalDatabase, required: true, description: 'The regional database.' }),
    },
    resolve: keywordOf,
  }),
  keywords: t.field({
    type: [Keyword],
    nullable: { list: true, items: true },
    complexity: (args) => ({ field: 0, multiplier: args.texts.length }),
    extensions: { refs: refsOf(keywordsOf) },
    description:
      `Up to ${MAX_KEYWORDS.toLocaleString('en')} keywords in one regional database, one entry per input in ` +
      'input order; an invalid keyword is null with its `INVALID_KEYWORDS` error. Their metrics are fetched ' +
      'in exports of the configured batch size. More keywords is `TOO_MANY_KEYWORDS` before any call. ' +
      'Priced at one export row per keyword.',
    args: {
      texts: t.arg.stringList({ required: true, description: `The keywords, at most ${MAX_KEYWORDS}.` }),
      database: t.arg({ type: RegionalDatabase, required: true, description: 'The regional database.' }),
    },
    resolve: keywordsWithRows,
  }),
}));
