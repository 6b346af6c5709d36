/**
 * Rank tracking (SERPmetrics) in the graph: engines and their flux, tracked keyword pairs, SERP snapshots of
 * checks with each result joined to its SE Ranking `Target`, rank history of a domain and the state of one-off
 * checks. The latest SERP of a pair is `Query.serp` and its rank history `Query.rankHistory` (one entry point
 * each; `TrackedPair.rankHistories` charts several domains of a tracker row). Mutations: ./mutations.ts.
 */

import type { Context } from '../../context.js';
import { freeRefsOf, refsOf } from '../../pricing/fields.js';
import { CHECK_CREDITS } from '../../pricing/index.js';
import { isUpstreamError } from '../../upstream/errors.js';
import { oneOffChecks } from '../../upstream/serpmetrics/one-offs.js';
import type { PairIdentity, SnapshotRef } from '../../upstream/serpmetrics/pairs.js';
import { domainSerpPage, engineList, fluxSeries, oneOffStatus, serpPage } from '../../upstream/serpmetrics/reads.js';
import { allTrackedKeywords, keywordChecks, pairChecks } from '../../upstream/serpmetrics/tracked-reads.js';
import type {
  SerpPage,
  SerpResult as SerpResultValue,
  Sitelink as SitelinkValue,
  TrackedKeyword as TrackedKeywordValue,
} from '../../upstream/serpmetrics/types.js';
import { Target, type TargetRef, targetRef } from '../backlinks/target.js';
import { builder, describedEnum, type SchemaTypes } from '../builder.js';
import { connectionType, wholeListPaging } from '../connections.js';
import {
  engineByCode,
  GRAPHQL_INT_MAX,
  INPUT_LIMITS,
  validCount,
  validPair,
  validRankSubject,
  validResultsSelection,
  validRootDomain,
} from '../validate.js';
import { latestSnapshot, recordOneOffCheck } from './data.js';
import { type RankPoint as RankPointValue, rankHistory } from './rank-history.js';

export const Device = describedEnum(
  'Device',
  'The device a keyword pair is checked as (part of a tracked keyword’s identity).',
  {
    DESKTOP: ['desktop', 'Desktop search (the default).'],
    TABLET: ['tablet', 'Tablet search.'],
    MOBILE: ['mobile', 'Mobile search.'],
  },
);

export const FluxPeriod = describedEnum('FluxPeriod', 'The granularity of an engine’s flux series.', {
  DAILY: ['daily', 'One point per day for the last 30 complete days.'],
  HOURLY: ['hourly', 'One point per hour for the last 48 complete hours.'],
});

export const CheckQueue = describedEnum('CheckQueue', 'The SERPmetrics queue a check ran in.', {
  DAILY: ['daily', 'The daily re-check of a tracked keyword pair (1 credit per pair).'],
  PRIORITY: ['priority', 'A one-off fast check, minutes (6 credits per pair).'],
  DELAYED: ['delayed', 'A one-off cheap check, usually within a day (1 credit per pair).'],
});

export const OneOffQueue = describedEnum('OneOffQueue', 'The queue of a one-off check request.', {
  PRIORITY: ['priority', 'A fast check (6 credits per pair, charged when data arrives).'],
  DELAYED: ['delayed', 'A cheap, slow check (1 credit per pair, charged when data arrives).'],
});

export const CheckState = describedEnum('CheckState', 'Where a one-off check request stands.', {
  PENDING: ['pending', 'Queued or being retried upstream; ask again later.'],
  DONE: ['done', 'The check ran; its SERP is available.'],
  FAILED: ['failed', 'The check failed for good; nothing was charged.'],
});

export const SerpResultType = describedEnum('SerpResultType', 'What kind of result occupies a SERP position.', {
  ORGANIC: ['organic', 'A plain organic result.'],
  LOCAL: ['universal:local', 'A local (map) pack.'],
  NEWS: ['universal:news', 'A news result.'],
  VIDEO: ['universal:video', 'A video result.'],
  IMAGES: ['universal:images', 'An image pack.'],
  OTHER: ['other', 'Another universal result type (see `universalType`).'],
});

const UNIVERSAL_TYPES = ['universal:local', 'universal:news', 'universal:video', 'universal:images'] as const;
type UniversalType = (typeof UNIVERSAL_TYPES)[number];
const isKnownUniversal = (type: string): type is UniversalType => (UNIVERSAL_TYPES as readonly string[]).includes(type);

/** What an `Engine` resolves from: its code, and its display name when the engine list was at hand. */
export interface EngineRef {
  code: string;
  name?: string | undefined;
}

const parentOf = (code: string) => code.slice(0, Math.max(0, code.indexOf('_')));
const localeOf = (code: string) => code.slice(code.indexOf('_') + 1);

export const FluxPoint = builder.objectRef<{ at: Date; flux: number }>('FluxPoint').implement({
  description: 'One point of an engine’s flux series: how much its SERPs moved, summed over all SERPs.',
  fields: (t) => ({
    at: t.field({
      type: 'DateTime',
      description: 'When the period of this point ends.',
      resolve: (p) => p.at,
    }),
    value: t.exposeInt('flux', {
      description: 'The flux: movement scores of all URLs (weighted toward the top), averaged over the SERPs.',
    }),
  }),
});

export const Engine = builder.objectRef<EngineRef>('Engine').implement({
  description: 'A search engine in one locale as SERPmetrics names it, e.g. `google_en-us`.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The engine code `{parent}_{locale}`: what every engine argument takes.',
    }),
    parent: t.string({
      description: 'The parent search engine: `google`, `yahoo`, `bing` or `yandex`.',
      resolve: (e) => parentOf(e.code),
    }),
    locale: t.string({
      description: 'The locale part of the code, e.g. `en-us` (a few upstream codes are irregular, e.g. `es-sp`).',
      resolve: (e) => localeOf(e.code),
    }),
    name: t.string({
      nullable: true,
      description:
        'The upstream display name, verbatim (typos and leading spaces included); null with its error when the ' +
        'engine list cannot be read.',
      resolve: async (e, _args, ctx) =>
        e.name ?? (await engineList(ctx)).find((known) => known.code === e.code)?.name ?? e.code,
    }),
    flux: t.field({
      type: [FluxPoint],
      nullable: true,
      description:
        'How much this engine’s SERPs moved over time (oldest first); spikes mark algorithm updates. Null with its ' +
        'error when SERPmetrics cannot answer.',
      args: { period: t.arg({ type: FluxPeriod, defaultValue: 'daily', description: 'Daily or hourly points.' }) },
      complexity: { multiplier: 30 },
      resolve: (e, args, ctx) => fluxSeries(ctx, e.code, args.period ?? 'daily'),
    }),
  }),
});

export const Sitelink = builder.objectRef<SitelinkValue>('Sitelink').implement({
  description: 'A sub-link shown under a result.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The link text.' }),
    url: t.expose('url', { type: 'URL', description: 'The absolute URL.' }),
  }),
});

/** One result of one check: the check id names the result (with its position) as a `Node`. */
export interface SerpResultRef extends SerpResultValue {
  checkId: string;
}

/**
 * A result's target, validated once per result: results are shared by every request of their check (`resultRefs`),
 * and the estimate and execution each ask for the target of all 100. Frozen, since those requests share it.
 */
function keptTargets(of: (r: SerpResultRef) => TargetRef): (r: SerpResultRef) => TargetRef {
  const kept = new WeakMap<SerpResultRef, TargetRef>();
  return (r) => {
    let target = kept.get(r);
    if (target === undefined) {
      target = Object.freeze(of(r));
      kept.set(r, target);
    }
    return target;
  };
}

const resultTarget = keptTargets((r) => targetRef(r.host, 'host'));
const resultDomainTarget = keptTargets((r) => targetRef(r.domain, 'domain'));

export const SerpResult = builder.objectRef<SerpResultRef>('SerpResult').implement({
  description: 'One result of a SERP at its position, with the SE Ranking view of its host and of its domain.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'The position, 1 to 100.' }),
    url: t.expose('url', { type: 'URL', description: 'The absolute URL of the result.' }),
    title: t.exposeString('title', { description: 'The result title.' }),
    description: t.exposeString('description', { description: 'The snippet text (may be empty).' }),
    host: t.exposeString('host', { description: 'The host of the URL, e.g. `www.nike.com`.' }),
    domain: t.exposeString('domain', {
      description: 'The registrable domain of the host (public suffix list), e.g. `nike.com`.',
    }),
    resultType: t.field({
      type: SerpResultType,
      description: 'Organic result or the kind of universal result.',
      resolve: (r) => (r.type === null ? 'organic' : isKnownUniversal(r.type) ? r.type : 'other'),
    }),
    universalType: t.string({
      description: 'The upstream type of a universal result, verbatim (e.g. `universal:local`); null for organic.',
      nullable: true,
      resolve: (r) => r.type,
    }),
    sitelinks: t.field({
      type: [Sitelink],
      description: 'Sub-links shown under the result (often on position 1).',
      resolve: (r) => r.sitelinks,
    }),
    target: t.field({
      type: Target,
      nullable: true,
      description:
        'The result’s host as an SE Ranking backlinks target (mode HOST). Its backlink data for all results of ' +
        'a query is fetched in one batched call per 100 hosts.',
      extensions: { refs: refsOf(resultTarget) },
      resolve: resultTarget,
    }),
    domainTarget: t.field({
      type: Target,
      nullable: true,
      description:
        'The result’s registrable domain as an SE Ranking backlinks target (mode DOMAIN, all its subdomains): the ' +
        'domain’s own authority and backlinks, apart from the host’s. Batched like `target`.',
      extensions: { refs: refsOf(resultDomainTarget) },
      resolve: resultDomainTarget,
    }),
  }),
});

async function snapshotResults(
  s: SnapshotRef,
  args: { first?: number | null; domain?: string | null | undefined },
  ctx: Context,
) {
  const first = validCount('first', args.first ?? INPUT_LIMITS.serpResults, INPUT_LIMITS.serpResults);
  const page =
    args.domain == null
      ? await serpPage(ctx, s.checkId)
      : await domainSerpPage(ctx, s.checkId, validRootDomain(args.domain));
  return resultRefs(page, s.checkId).slice(0, first);
}

/**
 * The results of a cached page as refs, made once per page rather than per request and field (the estimate and
 * execution each read them): frozen, since every request of that check shares them.
 */
const pageRefs = new WeakMap<SerpPage, { checkId: string; refs: readonly SerpResultRef[] }>();

function resultRefs(page: SerpPage, checkId: string): readonly SerpResultRef[] {
  const known = pageRefs.get(page);
  if (known?.checkId === checkId) return known.refs;
  const refs = page.results.map((r) => Object.freeze({ ...r, checkId }));
  pageRefs.set(page, { checkId, refs });
  return refs;
}

/**
 * The fields naming a keyword pair (keyword, engine, location, device): one home for every type that is a pair
 * or a check of one; each type words its own engine, location and device.
 */
export const pairIdentityFields = <P extends PairIdentity>(
  t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, P>,
  described: { engine: string; location: string; device: string },
) => ({
  keyword: t.string({ description: 'The keyword phrase.', resolve: (p) => p.keyword }),
  engine: t.field({ type: Engine, description: described.engine, resolve: (p) => ({ code: p.engine }) }),
  location: t.string({ nullable: true, description: described.location, resolve: (p) => p.location }),
  device: t.field({ type: Device, description: described.device, resolve: (p) => p.device }),
});

export const SerpSnapshot = builder.objectRef<SnapshotRef>('SerpSnapshot').implement({
  description: 'The SERP of one check of a keyword pair: when it ran and its results, ordered by position.',
  fields: (t) => ({
    ...pairIdentityFields(t, {
      engine: 'The engine the check ran on.',
      location: 'The location of the pair (Google engines), or null.',
      device: 'The device of the pair.',
    }),
    checkId: t.exposeString('checkId', { description: 'The upstream id of the check.' }),
    checkedAt: t.field({
      type: 'DateTime',
      description: 'When the check ran.',
      resolve: (s) => s.checkedAt,
    }),
    queue: t.field({
      type: CheckQueue,
      description: 'The queue the check ran in.',
      resolve: (s) => s.queue,
    }),
    results: t.field({
      type: [SerpResult],
      nullable: true,
      description:
        'The results ordered by position: the top `first` (1–100) of the check’s SERP, or of the results of one ' +
        'root domain; null with its error when the SERP cannot be read.',
      args: {
        first: t.arg.int({ defaultValue: INPUT_LIMITS.serpResults, description: 'How many results, 1 to 100.' }),
        domain: t.arg.string({
          description:
            'Only the results of this registrable domain (subdomains included), at their original positions: ' +
            'filtered by SERPmetrics in one free call. A domain, host or URL; its registrable domain is used.',
        }),
      },
      complexity: (args) => ({ multiplier: args.first ?? INPUT_LIMITS.serpResults }),
      extensions: { refs: freeRefsOf(snapshotResults) },
      resolve: snapshotResults,
    }),
  }),
});

export const RankPoint = builder.objectRef<RankPointValue>('RankPoint').implement({
  description: 'A domain’s (or one URL’s) best position in one check of a keyword pair.',
  fields: (t) => ({
    checkedAt: t.field({
      type: 'DateTime',
      description: 'When the check ran.',
      resolve: (p) => p.checkedAt,
    }),
    checkId: t.exposeString('checkId', { description: 'The upstream id of the check.' }),
    position: t.exposeInt('position', {
      nullable: true,
      description: 'The best position of the domain (any host of it) or of the URL in the top 100; null when absent.',
    }),
    url: t.expose('url', {
      type: 'URL',
      nullable: true,
      description: 'The URL at that position; null when absent.',
    }),
  }),
});

/** The subject of a rank history: a domain or one URL (exactly one). */
const subjectArgs = builder.args((t) => ({
  domain: t.string({
    description: 'A domain, host or URL; its registrable domain is ranked (any of its URLs). Or give `url`.',
  }),
  url: t.string({
    description:
      'One page URL, ranked only where that page itself appears (scheme, fragment and a trailing slash ignored). ' +
      'Or give `domain`.',
  }),
}));

export const TrackedKeyword = builder.objectRef<TrackedKeywordValue>('TrackedKeyword').implement({
  description:
    'A keyword in the SERPmetrics daily queue: phrase, location and device, checked every day on its engines ' +
    '(1 credit per engine and day).',
  fields: (t) => ({
    keywordId: t.exposeID('keywordId', { description: 'The upstream keyword id.' }),
    keyword: t.exposeString('keyword', { description: 'The keyword phrase.' }),
    location: t.exposeString('location', {
      nullable: true,
      description: 'The location checked from (Google engines), or null.',
    }),
    device: t.field({
      type: Device,
      description: 'The device checked as.',
      resolve: (k) => k.device,
    }),
    engines: t.field({
      type: [Engine],
      description: 'The engines the keyword is checked on.',
      resolve: (k) => k.engines.map((code) => ({ code })),
    }),
    checks: t.field({
      type: [SerpSnapshot],
      nullable: true,
      description:
        'The retained daily checks on one engine, newest first (empty when not tracked on it; null with its error ' +
        'when they cannot be read).',
      args: {
        engine: t.arg.string({ required: true, description: 'An engine code of this keyword.' }),
        last: t.arg.int({ defaultValue: 10, description: 'How many recent checks, 1 to 30.' }),
      },
      complexity: (args) => ({ multiplier: args.last ?? 10 }),
      resolve: async (k, args, ctx) => {
        const last = validCount('last', args.last ?? 10, INPUT_LIMITS.checks);
        const engine = args.engine.trim();
        if (!k.engines.includes(engine)) return [];
        return (await keywordChecks(ctx, k, engine)).slice(0, last);
      },
    }),
  }),
});

/** The state of a one-off check request; `snapshot` needs the pair, known when this gateway queued it. */
export interface CheckRequestRef {
  queue: 'priority' | 'delayed';
  id: string;
  pair: PairIdentity | undefined;
  state: 'pending' | 'done' | 'failed';
  check: { checkId: string; checkedAt: Date } | undefined;
}

export const CheckRequest = builder.objectRef<CheckRequestRef>('CheckRequest').implement({
  description: 'A priority or delayed check of one keyword pair, and where it stands.',
  fields: (t) => ({
    requestId: t.exposeID('id', {
      description: 'The upstream id of the request (`checkRequest(requestId:)` takes it).',
    }),
    queue: t.field({
      type: OneOffQueue,
      description: 'The queue it waits in.',
      resolve: (r) => r.queue,
    }),
    keyword: t.string({
      nullable: true,
      description: 'The keyword phrase (null when this gateway did not queue the request).',
      resolve: (r) => r.pair?.keyword ?? null,
    }),
    engine: t.field({
      type: Engine,
      nullable: true,
      description: 'The engine (null when this gateway did not queue the request).',
      resolve: (r) => (r.pair ? { code: r.pair.engine } : null),
    }),
    state: t.field({
      type: CheckState,
      description: 'Pending, done or failed.',
      resolve: (r) => r.state,
    }),
    checkId: t.string({
      nullable: true,
      description: 'The id of the finished check.',
      resolve: (r) => r.check?.checkId ?? null,
    }),
    checkedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the finished check ran.',
      resolve: (r) => r.check?.checkedAt ?? null,
    }),
    snapshot: t.field({
      type: SerpSnapshot,
      nullable: true,
      description: 'The SERP of the finished check (null while pending, or when the pair is unknown here).',
      resolve: (r) => (r.pair && r.check ? { ...r.pair, ...r.check, queue: r.queue } : null),
    }),
  }),
});

/** Where a one-off check request stands, asking the upstream (free) until it is done. */
export async function checkRequestOf(
  ctx: Context,
  queue: CheckRequestRef['queue'],
  id: string,
): Promise<CheckRequestRef> {
  const pair = oneOffChecks(ctx).pairOf(ctx.clients.serpmetrics.credentialId, queue, id);
  try {
    const done = await oneOffStatus(ctx, queue, id);
    const check = { checkId: done.checkId, checkedAt: done.processedAt };
    recordOneOffCheck(ctx, queue, id, check);
    return { queue, id, pair, state: 'done', check };
  } catch (error) {
    if (!isUpstreamError(error) || (error.code !== 'PENDING' && error.code !== 'CHECK_FAILED')) throw error;
    return { queue, id, pair, state: error.code === 'PENDING' ? 'pending' : 'failed', check: undefined };
  }
}

const TRACKED_KEYWORD_PAGE = { defaultFirst: 100, maxFirst: 1000 } as const;

const TrackedKeywordConnection = connectionType(
  TrackedKeyword,
  'TrackedKeyword',
  'A page of the keywords of the account’s daily queue.',
  'All keywords of the daily queue.',
);

// ---- queries ----

/** A keyword pair as one input: the identity of a tracked keyword on one engine, validated before any call. */
export const KeywordPairInput = builder.inputType('KeywordPairInput', {
  description:
    'A keyword pair: the phrase, the engine, and the location and device it is tracked with (a tracked ' +
    'keyword’s identity on one engine). A bad phrase is `INVALID_KEYWORDS`, an unknown engine `INVALID_ENGINE`, ' +
    'both before any upstream call.',
  fields: (t) => ({
    keyword: t.string({ required: true, description: 'The keyword phrase (1–255 characters).' }),
    engine: t.string({ required: true, description: 'An engine code, e.g. `google_en-us` (see `engines`).' }),
    location: t.string({ description: 'The location of the pair, if it was tracked with one (Google only).' }),
    device: t.field({ type: Device, defaultValue: 'desktop', description: 'The device of the pair.' }),
  }),
});

const pairArgs = builder.args((t) => ({
  pair: t.field({ type: KeywordPairInput, required: true, description: 'The keyword pair.' }),
}));

builder.queryFields((t) => ({
  engines: t.field({
    type: [Engine],
    nullable: true,
    description:
      'Every search engine and locale SERPmetrics checks (cached a day); null with its error when SERPmetrics ' +
      'cannot answer.',
    complexity: { multiplier: 335 },
    resolve: async (_root, _args, ctx) => (await engineList(ctx)).map(({ code, name }) => ({ code, name })),
  }),
  engine: t.field({
    type: Engine,
    nullable: true,
    description: 'One engine by its code; an unknown code is `INVALID_ENGINE`.',
    args: { code: t.arg.string({ required: true, description: 'The engine code, e.g. `google_en-us`.' }) },
    resolve: async (_root, args, ctx) => {
      const { code, name } = await engineByCode(ctx, args.code);
      return { code, name };
    },
  }),
  serp: t.field({
    type: SerpSnapshot,
    nullable: true,
    description:
      'The latest check of a keyword pair: its daily check, or a newer priority / delayed check this gateway ' +
      'queued. Null when the pair is neither tracked nor checked; `PENDING` when tracked but not checked yet.',
    args: pairArgs,
    // SERPmetrics reads are free: an admitted request's estimate may read the latest SERP (see freeRefsOf).
    extensions: {
      refs: freeRefsOf(async (_root: unknown, args: { pair: Parameters<typeof validPair>[1] }, ctx: Context) =>
        latestSnapshot(ctx, await validPair(ctx, args.pair)),
      ),
    },
    resolve: async (_root, args, ctx, info) => {
      validResultsSelection(info);
      return latestSnapshot(ctx, await validPair(ctx, args.pair));
    },
  }),
  rankHistory: t.field({
    type: [RankPoint],
    nullable: true,
    description:
      'A domain’s (or one URL’s) position in each retained daily check of one tracked keyword pair (keyword, engine, location, ' +
      'device), oldest first: the 30-day rank chart. Free (SERPmetrics reads cost no credits), but each check is ' +
      'one SERP read and a request reads at most 100 distinct SERPs (`ROW_LIMIT_EXCEEDED` past that). Null when ' +
      'the pair is not tracked.',
    args: {
      ...pairArgs,
      ...subjectArgs,
      last: t.arg.int({ defaultValue: INPUT_LIMITS.checks, description: 'How many recent checks, 1 to 30.' }),
    },
    complexity: (args) => ({ multiplier: args.last ?? INPUT_LIMITS.checks }),
    resolve: async (_root, args, ctx) => {
      const subject = validRankSubject(args);
      const last = validCount('last', args.last ?? INPUT_LIMITS.checks, INPUT_LIMITS.checks);
      const checks = await pairChecks(ctx, await validPair(ctx, args.pair));
      return checks === null ? null : rankHistory(ctx, checks.slice(0, last), subject);
    },
  }),
  checkCost: t.int({
    description:
      'Credits a check of `pairs` keyword × engine pairs costs in a queue (daily: per day), charged only when its ' +
      'data arrives: what to show before requesting one. Answered locally.',
    args: {
      queue: t.arg({ type: CheckQueue, required: true, description: 'The queue.' }),
      pairs: t.arg.int({
        defaultValue: 1,
        description: 'Keyword × engine pairs, at least 1 and at most as many as an Int of credits can price.',
      }),
    },
    resolve: (_root, args) => {
      // The answer is an Int: pairs whose price would not fit one are refused, not overflowed.
      const price = CHECK_CREDITS[args.queue];
      return validCount('pairs', args.pairs ?? 1, Math.floor(GRAPHQL_INT_MAX / price)) * price;
    },
  }),
  trackedKeywords: t.field({
    type: TrackedKeywordConnection,
    nullable: true,
    description:
      'The keywords of the account’s daily queue, in creation order, a page at a time (one free SERPmetrics read ' +
      'lists them all, cached); null with its error when SERPmetrics cannot answer.',
    ...wholeListPaging(TRACKED_KEYWORD_PAGE, 'tracked keywords', allTrackedKeywords),
  }),
  checkRequest: t.field({
    type: CheckRequest,
    nullable: true,
    description:
      'Where a priority or delayed check request stands (asks the upstream until it is done); null with its ' +
      'error when SERPmetrics cannot answer.',
    args: {
      queue: t.arg({ type: OneOffQueue, required: true, description: 'The queue it was requested in.' }),
      requestId: t.arg.id({
        required: true,
        description: 'The `requestId` that `requestPriorityCheck` / `requestDelayedCheck` returned.',
      }),
    },
    resolve: (_root, args, ctx) => checkRequestOf(ctx, args.queue, String(args.requestId).trim()),
  }),
}));
