// Deterministic keyword data (seranking.md §5.10, §5.11, §7.3): the metrics of one keyword in one regional database
// (the same numbers on every endpoint) and the candidate lists of similar, related and question keywords.
import { CATALOGUE } from '../../common/catalogue.js';
import { chance, pick, type Rng, rng, shuffle, uniform } from '../../common/rng.js';
import { SOURCES } from '../reference.js';
import { clamp, monthsBefore, round2, snapVolume } from './common.js';

export interface KeywordMetrics {
  keyword: string;
  found: boolean;
  volume: number;
  cpc: number;
  competition: number;
  difficulty: number;
  trend: Record<string, number>;
  serpFeatures: string[];
  intents: string[];
}

const COMMERCE = ['buy', 'price', 'cheap', 'best', 'insurance', 'lawyer'];
const LOCAL = ['near me', 'new york', 'london', 'brooklyn', 'chicago', 'los angeles', 'paris', 'berlin', 'nyc'];
const BRANDS = new Set([...[...CATALOGUE.keys()].map((d) => d.split('.')[0] ?? d), 'mcdonalds', 'starbucks']);

const MARKETS: Record<string, number> = {
  us: 1,
  uk: 0.35,
  de: 0.3,
  in: 0.3,
  fr: 0.2,
  br: 0.2,
  ca: 0.2,
  au: 0.2,
  es: 0.2,
  it: 0.2,
};

/** Relative size of a regional database (us = 1; small markets 0.02–0.1, seeded). */
export function market(salt: string, source: string): number {
  return MARKETS[source] ?? uniform(rng(salt, 'market', source), 0.02, 0.1);
}

const has = (kw: string, tokens: readonly string[], words: readonly string[]): boolean =>
  words.some((w) => (w.includes(' ') ? kw.includes(w) : tokens.includes(w)));

const FEATURE_ODDS: ReadonlyArray<readonly [string, number]> = [
  ['related_searches', 0.7],
  ['people_also_ask', 0.6],
  ['images', 0.4],
  ['video', 0.35],
  ['sitelinks', 0.3],
  ['featured_snippets', 0.2],
  ['top_stories', 0.15],
  ['knowledge_graph', 0.15],
];

function features(r: Rng, commerce: boolean, local: boolean): string[] {
  const out = FEATURE_ODDS.filter(([, p]) => chance(r, p)).map(([code]) => code);
  if (local) out.unshift('local_pack', 'maps');
  if (commerce) out.unshift('shopping_results', 'tads');
  return out.slice(0, 6);
}

function intents(r: Rng, tokens: readonly string[], commerce: boolean, local: boolean): string[] {
  if (tokens.some((w) => BRANDS.has(w))) return ['N'];
  if (local) return ['L'];
  if (commerce) return [chance(r, 0.5) ? 'C' : 'T'];
  return chance(r, 0.2) ? ['I', 'C'] : ['I'];
}

/** The metrics of a normalized keyword in a regional database. */
export function keywordMetrics(salt: string, source: string, keyword: string, dataDate: string): KeywordMetrics {
  const r = rng(salt, 'keyword', source, keyword);
  const found = !keyword.startsWith('zzz') && !chance(r, 0.03);
  const tokens = keyword.split(' ');
  const words = tokens.length;
  const commerce = has(keyword, tokens, COMMERCE);
  const local = has(keyword, tokens, LOCAL);
  const raw = 10 ** (1 + 5.3 * r() ** (1.6 + 0.6 * (words - 1)));
  const volume = snapVolume(Math.max(10, raw * market(salt, source)));
  const cpc = round2(10 ** uniform(r, -1.2, 1.4) * (commerce ? 1.8 : 1));
  const competition = round2(Math.min(1, r() ** (commerce ? 0.4 : 0.8)));
  const difficulty = clamp(Math.round(12 * Math.log10(volume) + 15 + uniform(r, -15, 15)), 0, 100);
  const phase = uniform(r, 0, 12);
  const months = monthsBefore(dataDate, 12);
  const trend: Record<string, number> = {};
  for (const [m, month] of months.entries()) {
    const v = volume * (1 + 0.2 * Math.sin((2 * Math.PI * (m + phase)) / 12) + uniform(r, -0.15, 0.15));
    trend[month] = m === months.length - 1 ? volume : snapVolume(v);
  }
  return {
    keyword,
    found,
    volume,
    cpc,
    competition,
    difficulty,
    trend,
    serpFeatures: features(r, commerce, local),
    intents: intents(r, tokens, commerce, local),
  };
}

// --- suggestion lists ------------------------------------------------------------------------------------------

const PREFIX_MODIFIERS = ['best', 'cheap', 'top', 'buy', 'free', 'new', 'affordable', 'professional'];
const SUFFIX_MODIFIERS = [
  'near me',
  'for women',
  'for men',
  'online',
  '2026',
  'reviews',
  'sale',
  'for kids',
  'price',
  'deals',
  'brands',
  'guide',
  'ideas',
  'uk',
  'usa',
  'store',
  'comparison',
  'alternatives',
];
const NEIGHBOURS = [
  'guide',
  'tips',
  'tools',
  'software',
  'app',
  'service',
  'course',
  'shop',
  'training',
  'plan',
  'cost',
  'list',
  'chart',
  'kit',
  'accessories',
  'strategy',
  'examples',
  'checklist',
  'template',
  'history',
  'benefits',
  'types',
  'size',
  'brand',
  'design',
  'market',
  'trends',
  'statistics',
  'jobs',
  'classes',
];
const QUESTION_TEMPLATES = [
  'how to choose {k}',
  'what is {k}',
  'why {k}',
  'which {k} is best',
  'can you {k}',
  'how much is {k}',
  'where to buy {k}',
  'is {k} worth it',
  'how does {k} work',
  'what are the best {k}',
  'are {k} good',
  'when to use {k}',
  'who makes {k}',
  'how to {k}',
  'what {k} should i get',
];
const QUESTION_SUFFIXES = [
  '',
  ' for beginners',
  ' at home',
  ' in 2026',
  ' online',
  ' for free',
  ' uk',
  ' step by step',
];

export type SuggestionKind = 'similar' | 'related' | 'questions';

/** Candidate keywords of a seed, distinct, in generation order (`relevance` for related). */
export function suggestions(
  salt: string,
  kind: SuggestionKind,
  source: string,
  seed: string,
): Array<{ keyword: string; relevance: number }> {
  const r = rng(salt, 'suggest', kind, source, seed);
  const out = new Map<string, number>();
  const add = (k: string, rel: number): void => {
    const key = k.trim().replace(/\s+/g, ' ');
    if (key !== seed && key.length <= 255 && !out.has(key)) out.set(key, round2(clamp(rel, 0, 1)));
  };
  if (kind === 'similar') {
    if (!out.has(seed)) out.set(seed, 1);
    for (const m of PREFIX_MODIFIERS) add(`${m} ${seed}`, 1);
    for (const m of SUFFIX_MODIFIERS) add(`${seed} ${m}`, 1);
    for (const p of PREFIX_MODIFIERS) for (const s of SUFFIX_MODIFIERS) add(`${p} ${seed} ${s}`, 1);
  } else if (kind === 'related') {
    const tokens = seed.split(' ');
    const neighbours = shuffle(r, NEIGHBOURS);
    for (const [i, n] of neighbours.entries()) {
      for (const t of tokens) add(`${t} ${n}`, 0.95 - i * 0.02 + uniform(r, -0.05, 0.05));
      add(`${seed} ${n}`, 0.9 - i * 0.02 + uniform(r, -0.05, 0.05));
    }
    for (const [i, a] of neighbours.slice(0, 10).entries()) {
      for (const b of neighbours.slice(10, 20))
        add(`${pick(r, tokens)} ${a} ${b}`, 0.5 - i * 0.02 + uniform(r, -0.05, 0.05));
    }
  } else {
    for (const s of QUESTION_SUFFIXES) for (const t of QUESTION_TEMPLATES) add(`${t.replace('{k}', seed)}${s}`, 1);
  }
  const all = [...out.entries()].map(([keyword, relevance]) => ({ keyword, relevance }));
  const size = Math.max(10, Math.floor(all.length * uniform(r, 0.5, 1)));
  return all.slice(0, size);
}

export const REGIONS_WITH_NAMES: ReadonlyMap<string, string> = new Map(SOURCES);
