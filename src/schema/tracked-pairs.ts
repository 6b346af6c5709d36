/**
 * The rank tracker's rows: every tracked keyword on each of its engines as one `TrackedPair`, with the
 * phrase's SE Ranking metrics in the engine country's regional database and the rank histories of several
 * domains at once (one SERP read per check, shared by every domain). A connection whose small default page of
 * 30-day histories stays within a request's SERP read bound.
 */
import type { Context } from '../context.js';
import {
  allTrackedKeywords,
  latestSnapshot,
  type PairIdentity,
  pairChecks,
  rankHistory,
} from '../loaders/serpmetrics.js';
import { checkSource } from '../upstream/seranking/validate.js';
import { builder } from './builder.js';
import { connectionType, wholeListPaging } from './connections.js';
import { CREDITS } from './cost.js';
import { RegionalDatabase } from './enums.js';
import { KEYWORD_METRICS_COST, Keyword } from './keywords.js';
import { Device, Engine, RankPoint, SerpSnapshot } from './serp.js';
import { INPUT_LIMITS, validCount, validResultsSelection, validRootDomain } from './serp-input.js';

const FREE = CREDITS.serpmetrics.read;

/** Pairs of one page by default: three 30-day histories are 90 SERP reads, within a request's bound of 100. */
const DEFAULT_PAGE = 3;
const MAX_PAGE = 100;
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

interface DomainRankHistoryRef {
  domain: string;
  points: Awaited<ReturnType<typeof rankHistory>>;
}

const DomainRankHistory = builder.objectRef<DomainRankHistoryRef>('DomainRankHistory').implement({
  description: 'One domain’s position in each retained daily check of a pair, oldest first.',
  fields: (t) => ({
    domain: t.exposeString('domain', { description: 'The registrable domain ranked.', complexity: FREE }),
    points: t.field({
      type: [RankPoint],
      description: 'One point per check, oldest first; a null position is a check without the domain.',
      complexity: FREE,
      resolve: (h) => h.points,
    }),
  }),
});

export const TrackedPair = builder.objectRef<PairIdentity>('TrackedPair').implement({
  description: 'A tracked keyword on one of its engines: one row of a rank tracker.',
  fields: (t) => ({
    keyword: t.exposeString('keyword', { description: 'The keyword phrase.', complexity: FREE }),
    engine: t.field({
      type: Engine,
      description: 'The engine it is checked on.',
      complexity: FREE,
      resolve: (p) => ({ code: p.engine }),
    }),
    location: t.exposeString('location', {
      nullable: true,
      description: 'The location checked from (Google engines), or null.',
      complexity: FREE,
    }),
    device: t.field({
      type: Device,
      description: 'The device checked as.',
      complexity: FREE,
      resolve: (p) => p.device,
    }),
    database: t.field({
      type: RegionalDatabase,
      nullable: true,
      description: 'The SE Ranking regional database of the engine’s country; null when SE Ranking has none.',
      complexity: FREE,
      resolve: (p) => databaseOfEngine(p.engine),
    }),
    metrics: t.field({
      type: Keyword,
      nullable: true,
      description:
        'The phrase in that regional database: search volume, difficulty, SERP features (SE Ranking; priced at ' +
        'one export row, the rows of a request fetched in one export). Null when there is no database.',
      complexity: KEYWORD_METRICS_COST,
      resolve: (p) => {
        const database = databaseOfEngine(p.engine);
        return database === null ? null : { text: p.keyword, database };
      },
    }),
    latest: t.field({
      type: SerpSnapshot,
      nullable: true,
      description:
        'The latest check of the pair (its daily check, or a newer one-off check this gateway queued), so a ' +
        'tracker lists every pair with its latest SERP in one query. Null with `PENDING` before its first check.',
      complexity: FREE,
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
      complexity: (args) => ({ field: FREE, multiplier: args.last ?? INPUT_LIMITS.checks }),
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

builder.queryField('trackedPairs', (t) =>
  t.field({
    type: TrackedPairConnection,
    nullable: true,
    description:
      'Every tracked keyword × engine pair of the account, a page at a time: the rows of a rank tracker. The ' +
      `default page of ${DEFAULT_PAGE} keeps their 30-day \`rankHistories\` within a request's 100 SERP reads.`,
    ...wholeListPaging(PAIR_PAGE, 'pairs', allPairs),
  }),
);
