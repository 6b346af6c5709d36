// `/v1/backlinks/*` endpoints (seranking.md §5.2–5.9): multi-target summary/metrics/authority and the single-target
// lists, each validating in the §3.7 order before generating its rows.
import type { Params } from '../../common/http.js';
import {
  anchorRows,
  backlinkRows,
  type HistoryFilters,
  historyByDay,
  type Mode,
  refdomainRows,
  summaryTops,
  type TargetInfo,
  targetInfo,
} from '../data/backlinks.js';
import { daysBefore, daysBetween, sortBy } from '../data/common.js';
import { ApiError, MESSAGES } from '../errors.js';
import { checkTargets, readDate, readEnum, readInt, readMode, requireParams } from '../validate.js';
import type { Endpoint, EndpointContext, Outcome } from './types.js';

const targetsOf = (p: Params): string[] => p.all('target');

/** Steps 6–11 of a multi-target call; returns the targets and mode. */
function multiTarget(ctx: EndpointContext, withMode: boolean): { targets: string[]; mode: Mode } {
  requireParams(ctx.params, 'target');
  const targets = targetsOf(ctx.params);
  checkTargets(targets);
  if (targets.length > ctx.config.limits.maxTargets) {
    throw new ApiError(400, MESSAGES.targetsSize(ctx.config.limits.maxTargets));
  }
  const mode = withMode ? readMode(ctx.params) : 'host';
  return { targets, mode };
}

/** Steps 6–9 of a single-target call (step 10 is the caller's; step 11 via `finish`). */
function singleTarget(ctx: EndpointContext): string {
  requireParams(ctx.params, 'target');
  const targets = targetsOf(ctx.params);
  checkTargets(targets);
  if (targets.length > 1) throw new ApiError(400, MESSAGES.invalidParam('target'));
  return targets[0] ?? '';
}

function readOrderBy<T extends string>(p: Params, allowed: readonly T[], def: T): T {
  const v = p.get('order_by');
  if (v === undefined) return def;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ApiError(400, MESSAGES.incorrectOrder);
}

const LIMIT = { def: 100, min: 1, max: 10_000, rowLimit: true };

/**
 * A GET list about one target: steps 6–9, `read` the endpoint's own parameters (step 10), the 244 check (step 11),
 * then `answer` from the target's generated profile.
 */
function singleTargetEndpoint<P>(
  path: string,
  read: (ctx: EndpointContext) => P,
  answer: (ctx: EndpointContext, info: TargetInfo, params: P) => Outcome,
): Endpoint {
  return {
    path,
    methods: ['GET'],
    body: null,
    items: (p) => targetsOf(p).length,
    run(ctx) {
      const target = singleTarget(ctx);
      const mode = readMode(ctx.params);
      const params = read(ctx);
      ctx.checkHuge([target]);
      return answer(ctx, targetInfo(ctx.salt, target, mode), params);
    },
  };
}

/** The leading fields of a summary and a metrics row, in wire order. */
function linkCounts(target: string, counts: TargetInfo['counts']) {
  return {
    target,
    backlinks: counts.backlinks,
    refdomains: counts.refdomains,
    subnets: counts.subnets,
    ips: counts.ips,
    dofollow_backlinks: counts.dofollow_backlinks,
    nofollow_backlinks: counts.nofollow_backlinks,
  };
}

/** A GET/POST call about up to 100 targets (steps 6–11), answering `{ [listKey]: one row per target }`. */
function multiTargetEndpoint(
  path: string,
  withMode: boolean,
  listKey: string,
  row: (ctx: EndpointContext, target: string, info: TargetInfo) => unknown,
): Endpoint {
  return {
    path,
    methods: ['GET', 'POST'],
    body: 'json-or-form',
    items: (p) => targetsOf(p).length,
    run(ctx) {
      const { targets, mode } = multiTarget(ctx, withMode);
      ctx.checkHuge(targets);
      const rows = targets.map((t) => row(ctx, t, targetInfo(ctx.salt, t, mode)));
      return { body: { [listKey]: rows }, targets: targets.length };
    },
  };
}

const summary = multiTargetEndpoint('/v1/backlinks/summary', true, 'summary', (ctx, t, info) => {
  const { counts } = info;
  return {
    ...linkCounts(t, counts),
    inlink_rank: info.inlinkRank,
    domain_inlink_rank: info.dir,
    edu_backlinks: counts.edu_backlinks,
    gov_backlinks: counts.gov_backlinks,
    text_backlinks: counts.text_backlinks,
    from_home_page_backlinks: counts.from_home_page_backlinks,
    dofollow_from_home_page_backlinks: counts.dofollow_from_home_page_backlinks,
    dofollow_refdomains: counts.dofollow_refdomains,
    edu_refdomains: counts.edu_refdomains,
    gov_refdomains: counts.gov_refdomains,
    from_home_page_refdomains: counts.from_home_page_refdomains,
    anchors: counts.anchors,
    dofollow_anchors: counts.dofollow_anchors,
    pages_with_backlinks: counts.pages_with_backlinks,
    ...summaryTops(ctx.salt, info, ctx.dataDate),
  };
});

const metrics = multiTargetEndpoint('/v1/backlinks/metrics', true, 'metrics', (_ctx, t, { counts }) => ({
  ...linkCounts(t, counts),
  edu_backlinks: counts.edu_backlinks,
  gov_backlinks: counts.gov_backlinks,
}));

/** Authority takes no mode: always by host. */
const authority = multiTargetEndpoint('/v1/backlinks/authority', false, 'pages', (_ctx, t, info) => ({
  url: t,
  inlink_rank: info.inlinkRank,
  domain_inlink_rank: info.dir,
}));

function textFilter(p: Params, name: string): ((s: string) => boolean) | null {
  const v = p.get(name);
  if (v === undefined) return null;
  if (v === '' || v.length > 2_063) throw new ApiError(400, MESSAGES.invalidParam(name));
  const mode = readEnum(p, `${name}_mode`, ['contains', 'does_not_contain'] as const) ?? 'contains';
  const needle = v.toLowerCase();
  return (s) => s.toLowerCase().includes(needle) === (mode === 'contains');
}

const all = singleTargetEndpoint(
  '/v1/backlinks/all',
  ({ params: p }) => {
    const limit = readInt(p, 'limit', LIMIT);
    const orderBy = readOrderBy(p, ['date_found', 'domain_inlink_rank', 'inlink_rank'] as const, 'date_found');
    const perDomain = readInt(p, 'per_domain', { def: 0, min: 1, max: 100 });
    const nofollow = readEnum(p, 'nofollow_filter', ['nofollow_only', 'dofollow_only'] as const);
    const filters = [
      ['url_from_filter', 'url_from'],
      ['url_to_filter', 'url_to'],
      ['anchor_filter', 'anchor'],
    ] as const;
    const textFilters = filters.flatMap(([name, field]) => {
      const f = textFilter(p, name);
      return f ? [{ f, field }] : [];
    });
    const rank = {
      from: readInt(p, 'inlink_rank_from', { def: 0, min: 0, max: 100 }),
      to: readInt(p, 'inlink_rank_to', { def: 100, min: 0, max: 100 }),
    };
    const domainRank = {
      from: readInt(p, 'domain_inlink_rank_from', { def: 0, min: 0, max: 100 }),
      to: readInt(p, 'domain_inlink_rank_to', { def: 100, min: 0, max: 100 }),
    };
    return { limit, orderBy, perDomain, nofollow, textFilters, rank, domainRank };
  },
  (ctx, info, { limit, orderBy, perDomain, nofollow, textFilters, rank, domainRank }) => {
    const p = ctx.params;
    const ranged = (v: number, r: { from: number; to: number }, set: boolean): boolean =>
      !set || (v >= r.from && v <= r.to);
    const rankSet = p.has('inlink_rank_from') || p.has('inlink_rank_to');
    const domainRankSet = p.has('domain_inlink_rank_from') || p.has('domain_inlink_rank_to');
    const filtered = backlinkRows(ctx.salt, info, ctx.dataDate).filter(
      (row) =>
        (nofollow === undefined || row.nofollow === (nofollow === 'nofollow_only')) &&
        textFilters.every(({ f, field }) => f(row[field])) &&
        ranged(row.inlink_rank, rank, rankSet) &&
        ranged(row.domain_inlink_rank, domainRank, domainRankSet),
    );
    const sorted = sortBy(filtered, (row) => (orderBy === 'date_found' ? row.first_seen : row[orderBy]), 'desc');
    const perRef = new Map<string, number>();
    const rows = sorted.filter((row) => {
      if (perDomain === 0) return true;
      const host = new URL(row.url_from).hostname;
      const n = (perRef.get(host) ?? 0) + 1;
      perRef.set(host, n);
      return n <= perDomain;
    });
    const page = rows.slice(0, limit);
    return { body: { backlinks: page }, rows: page.length };
  },
);

const refdomains = singleTargetEndpoint(
  '/v1/backlinks/refdomains',
  ({ params }) => ({
    limit: readInt(params, 'limit', LIMIT),
    orderBy: readOrderBy(params, ['date_found', 'domain_inlink_rank', 'inlink_rank'] as const, 'date_found'),
  }),
  (ctx, info, { limit, orderBy }) => {
    const rows = sortBy(
      refdomainRows(ctx.salt, info, ctx.dataDate),
      (row) => (orderBy === 'date_found' ? row.first_seen : row.domain_inlink_rank),
      'desc',
    ).slice(0, limit);
    return { body: { refdomains: rows }, rows: rows.length };
  },
);

const anchors = singleTargetEndpoint(
  '/v1/backlinks/anchors',
  ({ params }) => ({
    limit: readInt(params, 'limit', LIMIT),
    orderBy: readOrderBy(params, ['backlinks', 'refdomains'] as const, 'backlinks'),
  }),
  (ctx, info, { limit, orderBy }) => {
    const rows = sortBy(anchorRows(ctx.salt, info, ctx.dataDate), (row) => row[orderBy], 'desc').slice(0, limit);
    return { body: { anchors: rows }, rows: rows.length };
  },
);

/** The filters and date range shared by history and history/count (step 10). */
function historyParams(ctx: EndpointContext): { from: string; to: string; filters: HistoryFilters } {
  const p = ctx.params;
  const newLostType = readEnum(p, 'new_lost_type', ['new', 'lost'] as const);
  const from = readDate(p, 'date_from') ?? daysBefore(ctx.dataDate, 1);
  const to = readDate(p, 'date_to') ?? ctx.dataDate;
  if (daysBetween(from, ctx.dataDate) > 365 || from > ctx.dataDate)
    throw new ApiError(400, MESSAGES.bounds('date_from', from));
  if (to > ctx.dataDate || to < from) throw new ApiError(400, MESSAGES.bounds('date_to', to));
  const linkType = readEnum(p, 'link_type', ['href', 'redirect'] as const);
  const anchorType = readEnum(p, 'anchor_type', ['text', 'image', 'undefined'] as const);
  const dofollow = readEnum(p, 'dofollow', ['dofollow', 'nofollow', 'undefined'] as const);
  const urlFrom = p.get('url_from');
  if (urlFrom !== undefined && urlFrom.trim() === '') throw new ApiError(400, MESSAGES.invalidParam('url_from'));
  return { from, to, filters: { newLostType, linkType, anchorType, dofollow, urlFrom } };
}

const history = singleTargetEndpoint(
  '/v1/backlinks/history',
  (ctx) => ({
    ...historyParams(ctx),
    limit: readInt(ctx.params, 'limit', LIMIT),
    orderBy: readOrderBy(ctx.params, ['new_lost_date', 'domain_inlink_rank', 'inlink_rank'] as const, 'new_lost_date'),
  }),
  (ctx, info, { from, to, filters, limit, orderBy }) => {
    const days = historyByDay(ctx.salt, info, from, to, filters, ctx.dataDate);
    const rows = sortBy(
      days.flatMap((d) => d.rows),
      (row) => (orderBy === 'new_lost_date' ? row.new_lost_date : row[orderBy]),
      'desc',
    ).slice(0, limit);
    return { body: { new_lost_backlinks: rows }, rows: rows.length };
  },
);

const historyCount = singleTargetEndpoint(
  '/v1/backlinks/history/count',
  historyParams,
  (ctx, info, { from, to, filters }) => {
    const days = historyByDay(ctx.salt, info, from, to, filters, ctx.dataDate).map((d) => ({
      date: d.date,
      new: d.rows.filter((r) => r.new_lost_type === 'new').length,
      lost: d.rows.filter((r) => r.new_lost_type === 'lost').length,
    }));
    return { body: { new_lost_backlinks_count: days } };
  },
);

export const BACKLINK_ENDPOINTS: readonly Endpoint[] = [
  summary,
  metrics,
  authority,
  all,
  refdomains,
  anchors,
  history,
  historyCount,
];
