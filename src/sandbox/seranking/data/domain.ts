// Deterministic domain-analysis data (seranking.md §5.12–5.14, §7.3): overview per regional database (with the
// seranking.com + us golden fixture), the worldwide overview, ranking keywords and competitors.
import { CATALOGUE, domainProfile } from '../../common/catalogue.js';
import { intBetween, type Rng, rng, shuffle, uniform } from '../../common/rng.js';
import { SOURCES } from '../reference.js';
import { monthsBefore, round2, uniquePhrase, WORDS } from './common.js';
import { keywordMetrics, market } from './keywords.js';
import { memoList } from './memo.js';

/** Previous month of the data date: the month domain snapshots describe. */
export function snapshotMonth(dataDate: string): { year: number; month: number } {
  const last = monthsBefore(dataDate, 1)[0] ?? dataDate;
  return { year: Number(last.slice(0, 4)), month: Number(last.slice(5, 7)) };
}

/** REAL numbers recorded for seranking.com on `us` (seranking.md §5.12). */
const GOLDEN_SERANKING_US = {
  organic: {
    price_sum: 101887.55,
    traffic_sum: 41599,
    keywords_new_count: 44100,
    keywords_down_count: 39183,
    keywords_up_count: 30881,
    keywords_equal_count: 27362,
    keywords_lost_count: 39587,
    keywords_count: 113796,
    top1_5: 20789,
    top6_10: 10856,
    top11_20: 18767,
    top21_50: 40767,
    top51_100: 50081,
  },
  adv: {
    price_sum: 79.5,
    traffic_sum: 35,
    keywords_new_count: 10,
    keywords_down_count: 0,
    keywords_up_count: 0,
    keywords_equal_count: 6,
    keywords_lost_count: 31,
    keywords_count: 16,
    top1_2: 15,
    top3_5: 1,
    top6_8: 0,
    top9_11: 0,
  },
};

/** Split `total` into buckets by weights; the last bucket takes the remainder so the sum is exact. */
function buckets(r: Rng, total: number, names: readonly string[], weights: readonly number[]): Record<string, number> {
  const w = weights.map((x) => x * uniform(r, 0.7, 1.3));
  const sum = w.reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  let left = total;
  for (const [i, name] of names.entries()) {
    const n = i === names.length - 1 ? left : Math.min(left, Math.floor((total * (w[i] ?? 0)) / sum));
    out[name] = n;
    left -= n;
  }
  return out;
}

function section(r: Rng, count: number, kind: 'organic' | 'adv') {
  const traffic = Math.round(0.35 * count * uniform(r, 0.5, 1.5));
  const names =
    kind === 'organic'
      ? ['top1_5', 'top6_10', 'top11_20', 'top21_50', 'top51_100']
      : ['top1_2', 'top3_5', 'top6_8', 'top9_11'];
  const weights = kind === 'organic' ? [0.18, 0.1, 0.17, 0.36, 0.44] : [0.5, 0.3, 0.15, 0.05];
  return {
    price_sum: round2(traffic * uniform(r, 0.5, 3)),
    traffic_sum: traffic,
    keywords_new_count: Math.round(count * uniform(r, 0.2, 0.4)),
    keywords_down_count: Math.round(count * uniform(r, 0.2, 0.35)),
    keywords_up_count: Math.round(count * uniform(r, 0.2, 0.3)),
    keywords_equal_count: Math.round(count * uniform(r, 0.15, 0.3)),
    keywords_lost_count: Math.round(count * uniform(r, 0.2, 0.4)),
    keywords_count: count,
    ...buckets(r, count, names, weights),
  };
}

/** Organic keyword count of a domain in a database (0 for no-data domains). */
export function organicCount(salt: string, domain: string, source: string, withSubdomains: boolean): number {
  const profile = domainProfile(salt, domain);
  if (profile.noData) return 0;
  const r = rng(salt, 'domain-count', domain, source);
  const dir = profile.dir >= 0 ? profile.dir : intBetween(r, 20, 60);
  const base = 90 * 10 ** (dir / 22) * market(salt, source) * uniform(r, 0.6, 1.6);
  return Math.round(base * (withSubdomains ? 1 : uniform(r, 0.6, 0.95)));
}

export function domainOverview(
  salt: string,
  domain: string,
  source: string,
  withSubdomains: boolean,
  dataDate: string,
) {
  const when = snapshotMonth(dataDate);
  if (domain === 'seranking.com' && source === 'us' && withSubdomains) {
    return {
      organic: { base_domain: domain, ...GOLDEN_SERANKING_US.organic, ...when },
      adv: { base_domain: domain, ...GOLDEN_SERANKING_US.adv, ...when },
    };
  }
  const count = organicCount(salt, domain, source, withSubdomains);
  const r = rng(salt, 'domain-overview', domain, source, withSubdomains ? '1' : '0');
  const adv = Math.round(count * uniform(r, 0, 0.002));
  return {
    organic: { base_domain: domain, ...section(r, count, 'organic'), ...when },
    adv: { base_domain: domain, ...section(r, adv, 'adv'), ...when },
  };
}

const WORLDWIDE_FIELDS = { price: 'price_sum', traffic: 'traffic_sum', keywords: 'keywords_count' } as const;
export type WorldwideField = keyof typeof WORLDWIDE_FIELDS;

/** `domain/overview/worldwide`: the worldwide row first, then (with the zones list) each database with data. */
export function worldwideOverview(
  salt: string,
  domain: string,
  fields: readonly WorldwideField[],
  zones: boolean,
  dataDate: string,
) {
  const main = ['us', 'uk', 'de', 'in', 'fr', 'br', 'ca', 'au', 'es', 'it'];
  const r = rng(salt, 'worldwide', domain);
  const others = shuffle(
    r,
    SOURCES.map(([code]) => code).filter((c) => c !== 'worldwide' && !main.includes(c)),
  ).slice(0, intBetween(r, 5, 20));
  const rows = {
    organic: [] as Array<Record<string, string | number>>,
    adv: [] as Array<Record<string, string | number>>,
  };
  const totals = {
    organic: { keywords_count: 0, traffic_sum: 0, price_sum: 0 },
    adv: { keywords_count: 0, traffic_sum: 0, price_sum: 0 },
  };
  const names = new Map(SOURCES);
  for (const source of [...main, ...others]) {
    const o = domainOverview(salt, domain, source, true, dataDate);
    for (const kind of ['organic', 'adv'] as const) {
      const s = o[kind];
      if (s.keywords_count === 0) continue;
      totals[kind].keywords_count += s.keywords_count;
      totals[kind].traffic_sum += s.traffic_sum;
      totals[kind].price_sum = round2(totals[kind].price_sum + s.price_sum);
      rows[kind].push(pickFields({ source, country: names.get(source) ?? source, ...s }, fields));
    }
  }
  const out = {
    organic: [] as Array<Record<string, string | number>>,
    adv: [] as Array<Record<string, string | number>>,
  };
  for (const kind of ['organic', 'adv'] as const) {
    out[kind].push(pickFields({ source: 'worldwide', country: 'Worldwide', ...totals[kind] }, fields));
    if (zones) out[kind].push(...rows[kind]);
  }
  return out;
}

function pickFields(row: Record<string, string | number>, fields: readonly WorldwideField[]) {
  const keep = new Set<string>(['source', 'country', ...fields.map((f) => WORLDWIDE_FIELDS[f])]);
  return Object.fromEntries(Object.entries(row).filter(([k]) => keep.has(k)));
}

// --- ranking keywords ------------------------------------------------------------------------------------------

export interface DomainKeywordRow {
  keyword: string;
  position: number;
  prev_pos: number | null;
  volume: number;
  cpc: number;
  competition: number;
  difficulty: number;
  url: string;
  traffic: number;
  traffic_percent: number;
  price: number;
  total_sites: number | null;
  intents: string[];
  serp_features: string[];
  kei: number;
  block: string;
  block_type: string | null;
  block_position: number;
  snippet_title?: string;
  snippet_description?: string;
  snippet_display_url?: string;
  snippet_num?: number;
  snippets_count?: number;
}

const CTR = [0.3, 0.16, 0.1, 0.07, 0.05, 0.04, 0.03, 0.025, 0.02, 0.018];
const PAGES = ['', 'pricing', 'blog', 'features', 'tools', 'guide', 'about', 'docs', 'compare', 'help'];

/** Every ranking keyword of a domain (at most 10,000), as the virtual list `domain/keywords` filters and pages. */
export function domainKeywordRows(
  salt: string,
  domain: string,
  source: string,
  type: 'organic' | 'adv',
  withSubdomains: boolean,
  dataDate: string,
): readonly DomainKeywordRow[] {
  const parts = ['domain-keywords', salt, domain, source, type, withSubdomains ? '1' : '0', dataDate];
  return memoList(parts, () => {
    const overview = domainOverview(salt, domain, source, withSubdomains, dataDate);
    const n = Math.min(10_000, type === 'organic' ? overview.organic.keywords_count : overview.adv.keywords_count);
    const brand = (domain.split('.')[0] ?? domain).replace(/-/g, ' ');
    const vocab = [brand, ...shuffle(rng(salt, 'domain-vocab', domain), WORDS).slice(0, 40)];
    const rows: DomainKeywordRow[] = [];
    let trafficTotal = 0;
    for (let i = 0; i < n; i++) {
      const r = rng(salt, 'domain-kw', domain, source, type, String(i));
      const keyword = uniquePhrase(vocab, i);
      const m = keywordMetrics(salt, source, keyword, dataDate);
      const position = type === 'adv' ? intBetween(r, 1, 11) : Math.max(1, Math.round(100 * r() ** 1.3));
      const prev = r() < 0.15 ? null : Math.max(1, position + intBetween(r, -10, 10));
      const traffic = Math.round(m.volume * (CTR[position - 1] ?? 0.005));
      trafficTotal += traffic;
      const page = PAGES[Math.floor(r() * PAGES.length)] ?? '';
      const url = `https://${domain}/${page}`;
      rows.push({
        keyword,
        position,
        prev_pos: prev,
        volume: m.volume,
        cpc: m.cpc,
        competition: m.competition,
        difficulty: m.difficulty,
        url,
        traffic,
        traffic_percent: 0,
        price: round2(traffic * m.cpc),
        total_sites: type === 'adv' ? null : Math.round(m.volume * uniform(r, 10, 1_000)),
        intents: m.intents,
        serp_features: m.serpFeatures,
        kei: round2(m.volume / Math.max(1, m.difficulty)),
        block: 'top',
        block_type: null,
        block_position: position,
        ...(type === 'adv'
          ? {
              snippet_title: `${keyword.charAt(0).toUpperCase()}${keyword.slice(1)} - ${brand}`,
              snippet_description: `${brand}: ${keyword}. Try it today.`,
              snippet_display_url: `${domain}/${page}`,
              snippet_num: intBetween(r, 1, 1_000),
              snippets_count: intBetween(r, 1, 3),
            }
          : {}),
      });
    }
    for (const row of rows) row.traffic_percent = trafficTotal === 0 ? 0 : round2((100 * row.traffic) / trafficTotal);
    return rows;
  });
}

// --- competitors -----------------------------------------------------------------------------------------------

export function competitorRows(salt: string, domain: string, source: string, type: 'organic' | 'adv') {
  const profile = domainProfile(salt, domain);
  if (profile.noData) return [];
  const r = rng(salt, 'competitors', domain, source, type);
  const n = intBetween(r, 20, 200);
  const catalogue = shuffle(
    r,
    [...CATALOGUE.keys()].filter((d) => d !== domain),
  ).slice(0, Math.min(15, n));
  const offset = intBetween(r, 200, 700);
  const rows: Array<Record<string, string | number>> = [];
  for (let i = 0; i < n; i++) {
    const name = catalogue[i] ?? `${uniquePhrase(WORDS, i + offset, '')}.com`;
    const total = Math.max(1, organicCount(salt, name, source, true) % 50_000);
    const common = Math.min(total, Math.max(1, Math.round(total * uniform(r, 0.001, 0.3))));
    const traffic = Math.round(total * uniform(r, 0.1, 2));
    rows.push({
      domain: name,
      common_keywords: common,
      total_keywords: total,
      missing_keywords: total - common,
      traffic_sum: traffic,
      price_sum: round2(traffic * uniform(r, 0.2, 3)),
    });
  }
  return rows;
}
