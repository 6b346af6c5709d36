// `/v1/keywords/*` endpoints (seranking.md §5.10, §5.11): bulk export (multipart `keywords[]`, 201, sorted,
// de-duplicated) and the similar / related / questions suggestion lists.
import { sortBy } from '../data/common.js';
import { type KeywordMetrics, keywordMetrics, type SuggestionKind, suggestions } from '../data/keywords.js';
import { ApiError, MESSAGES } from '../errors.js';
import { SERP_FEATURES } from '../reference.js';
import {
  inRange,
  isValidKeyword,
  normalizeKeyword,
  readBool,
  readCommaList,
  readInt,
  readKeyword,
  readOrder,
  readRangeFilters,
  readSortField,
  readSource,
  requireParams,
} from '../validate.js';
import type { Endpoint } from './types.js';

const EXPORT_SORTS = ['volume', 'cpc', 'difficulty', 'competition', 'history_trend'] as const;
const EXPORT_COLS = ['keyword', 'volume', 'cpc', 'competition', 'difficulty', 'history_trend'];
const EXTRA_COLS = ['serp_features', 'intents'];
const INTENTS = ['I', 'N', 'T', 'C', 'L'];

const trendSum = (m: KeywordMetrics): number => Object.values(m.trend).reduce((a, b) => a + b, 0);

const exportEndpoint: Endpoint = {
  path: '/v1/keywords/export',
  methods: ['POST'],
  body: 'multipart',
  items: (p) => p.all('keywords').length,
  run(ctx) {
    const p = ctx.params;
    requireParams(p, 'source');
    if (p.all('keywords').length === 0) throw new ApiError(400, MESSAGES.missing('keywords'));
    const source = readSource(p);
    const raw = p.all('keywords');
    if (!raw.every(isValidKeyword)) throw new ApiError(400, MESSAGES.invalidKeywords);
    const max = ctx.config.limits.maxKeywords;
    if (raw.length > max) throw new ApiError(400, MESSAGES.keywordsSize(max));
    const sort = readSortField(p, 'sort', 'sort_order', EXPORT_SORTS, 'cpc');
    const order = readOrder(p, 'sort_order');
    const allowedCols = ctx.config.exportExtraFields ? [...EXPORT_COLS, ...EXTRA_COLS] : EXPORT_COLS;
    const cols = new Set(readCommaList(p, 'cols', allowedCols) ?? allowedCols);
    const distinct = [...new Set(raw.map(normalizeKeyword))];
    const metrics = distinct.map((k) => keywordMetrics(ctx.salt, source, k, ctx.dataDate));
    const found = sortBy(
      metrics.filter((m) => m.found),
      (m) => (sort === 'history_trend' ? trendSum(m) : m[sort]),
      order,
    );
    const missing = sortBy(
      metrics.filter((m) => !m.found),
      (m) => m.keyword,
      'asc',
    );
    const rows = [...found, ...missing].map((m) => {
      const row: Record<string, unknown> = { is_data_found: m.found };
      row.keyword = m.keyword;
      if (cols.has('volume')) row.volume = m.found ? m.volume : null;
      if (cols.has('cpc')) row.cpc = m.found ? m.cpc : null;
      if (cols.has('competition')) row.competition = m.found ? m.competition : null;
      if (cols.has('difficulty')) row.difficulty = m.found ? m.difficulty : null;
      if (cols.has('history_trend')) row.history_trend = m.found ? m.trend : null;
      if (m.found && cols.has('serp_features') && ctx.config.exportExtraFields) row.serp_features = m.serpFeatures;
      if (m.found && cols.has('intents') && ctx.config.exportExtraFields) row.intents = m.intents;
      return row;
    });
    return { status: 201, body: rows, rows: rows.length };
  },
};

const SUGGEST_SORTS = ['keyword', 'volume', 'cpc', 'difficulty', 'competition'] as const;

function suggestionEndpoint(kind: SuggestionKind): Endpoint {
  return {
    path: `/v1/keywords/${kind}`,
    methods: ['GET'],
    body: null,
    items: (p) => (p.has('keyword') ? 1 : 0),
    run(ctx) {
      const p = ctx.params;
      requireParams(p, 'source', 'keyword');
      const source = readSource(p);
      const seed = readKeyword(p);
      const limit = readInt(p, 'limit', { def: 100, min: 1, max: 1_000, rowLimit: true });
      const offset = readInt(p, 'offset', { def: 0, min: 0 });
      const sort = readSortField(p, 'sort', 'sort_order', SUGGEST_SORTS, 'volume');
      const order = readOrder(p, 'sort_order');
      const withTrend = readBool(p, 'history_trend', false);
      const ranges = readRangeFilters(p, {
        volume: [0, Number.MAX_SAFE_INTEGER],
        difficulty: [0, 100],
        cpc: [0, Number.MAX_SAFE_INTEGER],
        competition: [0, 1],
      });
      const features = readCommaList(p, 'filter[serp_features]', SERP_FEATURES);
      const intents = readCommaList(p, 'filter[intents]', INTENTS);
      const candidates = suggestions(ctx.salt, kind, source, seed)
        .map((c) => ({ ...c, m: keywordMetrics(ctx.salt, source, c.keyword, ctx.dataDate) }))
        .filter(
          ({ m }) =>
            m.found &&
            inRange(m.volume, ranges.volume) &&
            inRange(m.difficulty, ranges.difficulty) &&
            inRange(m.cpc, ranges.cpc) &&
            inRange(m.competition, ranges.competition) &&
            (!features || features.some((f) => m.serpFeatures.includes(f))) &&
            (!intents || intents.some((i) => m.intents.includes(i))),
        );
      const sorted = sortBy(candidates, ({ m }) => m[sort], order);
      const page = sorted.slice(offset, offset + limit).map(({ m, relevance }) => ({
        keyword: m.keyword,
        volume: m.volume,
        cpc: m.cpc,
        competition: m.competition,
        difficulty: m.difficulty,
        serp_features: m.serpFeatures,
        intents: m.intents,
        history_trend: withTrend ? m.trend : null,
        ...(kind === 'related' ? { relevance } : {}),
      }));
      return { body: { total: candidates.length, keywords: page }, rows: page.length };
    },
  };
}

export const KEYWORD_ENDPOINTS: readonly Endpoint[] = [
  exportEndpoint,
  suggestionEndpoint('similar'),
  suggestionEndpoint('related'),
  suggestionEndpoint('questions'),
];
