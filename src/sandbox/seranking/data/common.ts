// Small helpers shared by the SE Ranking data generators: dates relative to the data date, unique phrases from a
// word list, rounding, volume ladder, and sorting with a stable tie-break.
import type { Rng } from '../../common/rng.js';

const DAY = 86_400_000;

const dayCache = new Map<string, string>();

/** `YYYY-MM-DD` that many days before `date` (a `YYYY-MM-DD`); memoized, as list rows call it thousands of times. */
export function daysBefore(date: string, days: number): string {
  const cacheKey = `${date}:${days}`;
  let out = dayCache.get(cacheKey);
  if (out === undefined) {
    out = new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(cacheKey, out);
  }
  return out;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

const monthCache = new Map<string, string[]>();

/** The `count` months ending with the month before `date`, oldest first, as `YYYY-MM-01`. */
export function monthsBefore(date: string, count: number): readonly string[] {
  const cacheKey = `${date.slice(0, 7)}:${count}`;
  const cached = monthCache.get(cacheKey);
  if (cached) return cached;
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  const out: string[] = [];
  for (let i = count; i >= 1; i--) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
    out.push(m.toISOString().slice(0, 10));
  }
  monthCache.set(cacheKey, out);
  return out;
}

/** Distinct for distinct `i`: the digits of `i` in base `words.length` pick the words. */
export function uniquePhrase(words: readonly string[], i: number, sep = ' '): string {
  const base = words.length;
  const parts: string[] = [];
  let n = i;
  do {
    parts.push(words[n % base] ?? '');
    n = Math.floor(n / base) - 1;
  } while (n >= 0);
  return parts.join(sep);
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Google Ads volume ladder (seranking.md §7.3). */
const LADDER = [
  10, 20, 30, 40, 50, 70, 90, 110, 140, 170, 210, 260, 320, 390, 480, 590, 720, 880, 1000, 1300, 1600, 1900, 2400, 2900,
  3600, 4400, 5400, 6600, 8100, 9900, 12100, 14800, 18100, 22200, 27100, 33100, 40500, 49500, 60500, 74000, 90500,
  110000, 135000, 165000, 201000, 246000, 301000, 368000, 450000, 550000, 673000, 823000, 1000000, 1220000, 1500000,
  1830000, 2240000,
];

const LOG_LADDER = LADDER.map(Math.log);

/** The ladder value nearest to `v` on a log scale (binary search: this runs for every generated volume). */
export function snapVolume(v: number): number {
  const x = Math.log(Math.max(v, 1));
  let lo = 0;
  let hi = LADDER.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((LOG_LADDER[mid] ?? 0) <= x) lo = mid;
    else hi = mid;
  }
  const below = LOG_LADDER[lo] ?? 0;
  const above = LOG_LADDER[hi] ?? 0;
  return (x - below <= above - x ? LADDER[lo] : LADDER[hi]) ?? 10;
}

/** Sort by `key` (numbers or strings) in `order`, ties broken by the original position: stable and deterministic. */
export function sortBy<T>(rows: readonly T[], key: (row: T) => number | string, order: 'asc' | 'desc'): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => {
      if (a.k < b.k) return -sign;
      if (a.k > b.k) return sign;
      return a.i - b.i;
    })
    .map((x) => x.row);
}

/** A word-ish slug of 1–4 words. */
export function slug(r: Rng, words: readonly string[]): string {
  const n = 1 + Math.floor(r() * 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(words[Math.floor(r() * words.length)] ?? 'page');
  return parts.join('-');
}

/** Common English-ish words for synthetic domains, slugs, titles and anchors. */
export const WORDS: readonly string[] = [
  'green',
  'smart',
  'daily',
  'blue',
  'north',
  'bright',
  'urban',
  'digital',
  'open',
  'rapid',
  'prime',
  'local',
  'true',
  'clear',
  'metro',
  'happy',
  'silver',
  'nova',
  'pixel',
  'cloud',
  'market',
  'guide',
  'review',
  'world',
  'news',
  'hub',
  'lab',
  'studio',
  'media',
  'press',
  'works',
  'point',
  'zone',
  'base',
  'spot',
  'line',
  'wave',
  'craft',
  'nest',
  'path',
  'garden',
  'travel',
  'health',
  'food',
  'tech',
  'money',
  'style',
  'home',
  'sport',
  'auto',
  'learn',
  'code',
  'data',
  'design',
  'photo',
  'music',
  'games',
  'pets',
  'family',
  'trade',
];

export const TLDS: readonly string[] = [
  'com',
  'com',
  'com',
  'net',
  'org',
  'io',
  'co',
  'de',
  'co.uk',
  'fr',
  'info',
  'blog',
];
