// `/v1/domain/*` endpoints (seranking.md §5.12–5.14): overview per database and worldwide, ranking keywords (with
// the historical-snapshot variant when year/month are sent) and competitors.
import type { Params } from '../../common/http.js';
import { sortBy } from '../data/common.js';
import {
  competitorRows,
  type DomainKeywordRow,
  domainKeywordRows,
  domainOverview,
  snapshotMonth,
  type WorldwideField,
  worldwideOverview,
} from '../data/domain.js';
import { ApiError, MESSAGES } from '../errors.js';
import { SERP_FEATURES } from '../reference.js';
import {
  inRange,
  readBool,
  readCommaList,
  readDomain,
  readEnum,
  readInt,
  readOrder,
  readRangeFilters,
  readSortField,
  readSource,
  rejectParams,
  requireParams,
} from '../validate.js';
import type { Endpoint } from './types.js';

const one = (p: Params): number => (p.has('domain') ? 1 : 0);

/** The first checks of every per-database call: both parameters present, then the source, then the domain. */
function sourceAndDomain(p: Params): { source: ReturnType<typeof readSource>; domain: string } {
  requireParams(p, 'source', 'domain');
  return { source: readSource(p), domain: readDomain(p) };
}

const overviewDb: Endpoint = {
  path: '/v1/domain/overview/db',
  methods: ['GET'],
  body: null,
  items: one,
  run(ctx) {
    const { source, domain } = sourceAndDomain(ctx.params);
    const withSubdomains = readBool(ctx.params, 'with_subdomains', true);
    return { body: domainOverview(ctx.salt, domain, source, withSubdomains, ctx.dataDate) };
  },
};

const overviewWorldwide: Endpoint = {
  path: '/v1/domain/overview/worldwide',
  methods: ['GET'],
  body: null,
  items: one,
  run(ctx) {
    const p = ctx.params;
    requireParams(p, 'domain');
    const source = p.get('source');
    if (source !== undefined && source.trim().toLowerCase() !== 'worldwide')
      throw new ApiError(400, MESSAGES.invalidSource);
    const domain = readDomain(p);
    const fields = (readCommaList(p, 'fields', ['price', 'traffic', 'keywords']) ?? [
      'price',
      'traffic',
      'keywords',
    ]) as WorldwideField[];
    const zones = readBool(p, 'show_zones_list', false);
    return { body: worldwideOverview(ctx.salt, domain, fields, zones, ctx.dataDate) };
  },
};

const ORDER_FIELDS = [
  'traffic',
  'volume',
  'position',
  'cpc',
  'competition',
  'kei',
  'difficulty',
  'traffic_percent',
  'price',
] as const;
const LONG_INTENTS: Record<string, string> = {
  I: 'INFORMATIONAL',
  N: 'NAVIGATIONAL',
  T: 'TRANSACTIONAL',
  C: 'COMMERCIAL',
  L: 'LOCAL',
};

function posChange(row: DomainKeywordRow, change: string): boolean {
  const prev = row.prev_pos;
  switch (change) {
    case 'new':
      return prev === null;
    case 'up':
      return prev !== null && row.position < prev;
    case 'down':
      return prev !== null && row.position > prev;
    case 'same':
      return prev === row.position;
    case 'diff':
      return prev !== row.position;
    default:
      // `lost` keywords no longer rank, so a snapshot of current rankings has none
      return false;
  }
}

/** The historical-snapshot variant of a row (real quirks: renamed field, numbers as strings, long intents). */
function historical(row: DomainKeywordRow): Record<string, unknown> {
  const { prev_pos, volume, traffic, intents, ...rest } = row;
  return {
    ...rest,
    previous_position: prev_pos,
    volume: String(volume),
    traffic: String(traffic),
    intents: intents.map((i) => LONG_INTENTS[i] ?? i),
  };
}

const keywords: Endpoint = {
  path: '/v1/domain/keywords',
  methods: ['GET'],
  body: null,
  items: one,
  run(ctx) {
    const p = ctx.params;
    const { source, domain } = sourceAndDomain(p);
    const type = readEnum(p, 'type', ['organic', 'adv'] as const) ?? 'organic';
    const withSubdomains = readBool(p, 'with_subdomains', true);
    const orderField = readSortField(p, 'order_field', 'order_type', ORDER_FIELDS, 'traffic');
    const order = readOrder(p, 'order_type');
    const page = readInt(p, 'page', { def: 1, min: 1 });
    const limit = readInt(p, 'limit', { def: 100, min: 1, max: 1_000, rowLimit: true });
    const change = readEnum(p, 'pos_change', ['up', 'down', 'new', 'lost', 'diff', 'same'] as const);
    const ranges = readRangeFilters(p, {
      volume: [0, Number.MAX_SAFE_INTEGER],
      position: [1, 100],
      difficulty: [0, 100],
      cpc: [0, Number.MAX_SAFE_INTEGER],
      traffic: [0, Number.MAX_SAFE_INTEGER],
    });
    const keywordFilter = p.get('filter[keyword]')?.toLowerCase();
    const intents = readCommaList(p, 'filter[intents]', ['I', 'N', 'T', 'C', 'L']);
    const features = readCommaList(p, 'filter[serp_features]', SERP_FEATURES);
    const now = snapshotMonth(ctx.dataDate);
    readInt(p, 'year', { def: now.year, min: 2015, max: now.year });
    readInt(p, 'month', { def: now.month, min: 1, max: 12 });
    const snapshot = p.has('year') || p.has('month');
    const rows = domainKeywordRows(ctx.salt, domain, source, type, withSubdomains, ctx.dataDate).filter(
      (row) =>
        (change === undefined || posChange(row, change)) &&
        inRange(row.volume, ranges.volume) &&
        inRange(row.position, ranges.position) &&
        inRange(row.difficulty, ranges.difficulty) &&
        inRange(row.cpc, ranges.cpc) &&
        inRange(row.traffic, ranges.traffic) &&
        (keywordFilter === undefined || row.keyword.includes(keywordFilter)) &&
        (!intents || intents.some((i) => row.intents.includes(i))) &&
        (!features || features.some((f) => row.serp_features.includes(f))),
    );
    const pageRows = sortBy(rows, (row) => row[orderField], order).slice((page - 1) * limit, page * limit);
    const body = snapshot ? pageRows.map(historical) : pageRows;
    return { body, rows: pageRows.length };
  },
};

const competitors: Endpoint = {
  path: '/v1/domain/competitors',
  methods: ['GET'],
  body: null,
  items: one,
  run(ctx) {
    const p = ctx.params;
    const { source, domain } = sourceAndDomain(p);
    rejectParams(p, 'url', 'stats');
    const type = readEnum(p, 'type', ['organic', 'adv'] as const) ?? 'organic';
    return { body: competitorRows(ctx.salt, domain, source, type) };
  },
};

export const DOMAIN_ENDPOINTS: readonly Endpoint[] = [overviewDb, overviewWorldwide, keywords, competitors];
