// Deterministic SERPs (serpmetrics.md §10.4): version 0 of a (phrase, engine, location, device) from a seeded pool
// ordered by the shared DIR function, later versions drifting from the previous one (that drift is the flux).
import { LRUCache } from 'lru-cache';
import { CATALOGUE, domainInlinkRank, registrableDomain } from '../common/catalogue.js';
import { chance, intBetween, pick, type Rng, rng, shuffle } from '../common/rng.js';
import { engineLocale, parentEngine } from './engines.js';
import { normalizePhrase } from './params.js';

export interface Sitelink {
  title: string;
  href: string;
}

export interface SerpResult {
  href: string;
  title: string;
  desc: string;
  type?: string;
  sitelinks?: Sitelink[];
  /** registrable domain of `href` (not on the wire; used for the `domain` filter and the per-domain cap) */
  domain: string;
}

export interface SerpQuery {
  seedSalt: string;
  phrase: string;
  engine: string;
  location: string | null;
  device: string;
  size: number;
}

const TOPICS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /^(running|run|runner|runners|shoe|shoes|sneaker|sneakers|marathon|jogging)$/,
    ['nike.com', 'adidas.com', 'runnersworld.com', 'rei.com'],
  ],
  [/^(recipe|recipes|cooking|cook|dinner|bake|baking)$/, ['allrecipes.com']],
  [/^(pizza|restaurant|restaurants|food|cafe|bar)$/, ['yelp.com', 'tripadvisor.com', 'allrecipes.com']],
  [/^(hotel|hotels|flight|flights|travel|vacation|trip|resort)$/, ['booking.com', 'expedia.com', 'tripadvisor.com']],
  [
    /^(seo|backlink|backlinks|keyword|keywords|ranking|serp)$/,
    ['moz.com', 'semrush.com', 'ahrefs.com', 'seranking.com'],
  ],
  [/^(crm|software|saas|marketing|sales|email)$/, ['hubspot.com', 'microsoft.com', 'shopify.com', 'linkedin.com']],
  [/^(health|symptoms|symptom|doctor|diet|pain|vitamin)$/, ['webmd.com', 'healthline.com']],
  [/^(news|today|latest|election|weather|breaking)$/, ['cnn.com', 'nytimes.com', 'bbc.co.uk', 'theguardian.com']],
  [/^(code|coding|programming|javascript|python|api|git)$/, ['github.com', 'stackoverflow.com']],
  [/^(invest|investing|stock|stocks|finance|loan|mortgage)$/, ['investopedia.com', 'forbes.com']],
  [/^(movie|movies|film|actor|series|show)$/, ['imdb.com']],
  [/^(tv|laptop|laptops|phone|phones|headphones|camera)$/, ['bestbuy.com', 'apple.com', 'walmart.com']],
];

const GENERAL = [
  'wikipedia.org',
  'youtube.com',
  'reddit.com',
  'quora.com',
  'medium.com',
  'pinterest.com',
  'forbes.com',
];
const COMMERCE = /^(buy|price|prices|cheap|best|deal|deals|sale|shop|discount|review|reviews|shoes|software)$/;
const COMMERCE_DOMAINS = ['amazon.com', 'ebay.com', 'walmart.com', 'target.com', 'etsy.com'];
const NEWS = /^(news|today|latest|election|breaking|update|2026)$/;
const NEWS_DOMAINS = ['cnn.com', 'nytimes.com', 'bbc.co.uk', 'theguardian.com'];
const SUFFIXES = [
  'hub',
  'guide',
  'reviews',
  'pro',
  'shop',
  'blog',
  'world',
  'central',
  'daily',
  'lab',
  'zone',
  'expert',
  'insider',
  'depot',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'van',
  'no',
  'ra',
  'zen',
  'bel',
  'qui',
  'dor',
  'fa',
  'sol',
  'tri',
  'mo',
  'xa',
  'pel',
  'run',
  'gal',
  've',
];
const TLD_BY_COUNTRY: Readonly<Record<string, string>> = {
  gb: 'co.uk',
  uk: 'co.uk',
  de: 'de',
  at: 'at',
  ch: 'ch',
  fr: 'fr',
  es: 'es',
  sp: 'es',
  it: 'it',
  nl: 'nl',
  be: 'be',
  ca: 'ca',
  au: 'com.au',
  nz: 'co.nz',
  in: 'in',
  br: 'com.br',
  mx: 'com.mx',
  jp: 'co.jp',
  pl: 'pl',
  se: 'se',
  dk: 'dk',
  no: 'no',
  fi: 'fi',
  ie: 'ie',
  ru: 'ru',
};
const SITELINK_TITLES = [
  "Men's",
  "Women's",
  'Sale',
  'New Arrivals',
  'Pricing',
  'About Us',
  'Contact',
  'Support',
  'Blog',
  'Store Locator',
];
const SENTENCES = [
  'Compare prices, read expert reviews and find the right choice for you.',
  'Our editors tested dozens of options so you do not have to.',
  'Free shipping on orders over $50 and free returns within 30 days.',
  'Everything you need to know, explained step by step.',
  'Updated for 2026 with the latest models and prices.',
  'Join millions of people who trust our recommendations.',
  'Find answers, tips and advice from the community.',
  'Shop the full range online or visit a store near you.',
];

const LOCAL = /\bnear me\b/;

interface Candidate {
  domain: string;
  score: number;
}

interface Version {
  results: SerpResult[];
  /** candidates not (or no longer) shown, in pool order: replacements for drift */
  reserve: SerpResult[];
}

function tokensOf(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

function asciiToken(token: string): string {
  const t = token
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return t.length > 0 ? t : 'web';
}

function titleCase(phrase: string): string {
  return phrase.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase());
}

function slugOf(phrase: string): string {
  return tokensOf(phrase).map(asciiToken).join('-') || 'page';
}

function tldFor(engine: string): string {
  const parts = engineLocale(engine).split('-');
  return TLD_BY_COUNTRY[parts[1] ?? ''] ?? 'com';
}

function brandOf(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function randomChars(r: Rng, n: number, alphabet: string): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

function description(r: Rng, phrase: string): string {
  if (chance(r, 0.1)) return '';
  const target = intBetween(r, 90, 160);
  let s = `${titleCase(phrase)}: ${pick(r, SENTENCES)}`;
  while (s.length < target) s += ` ${pick(r, SENTENCES)}`;
  return s.length > target ? `${s.slice(0, target - 3).trimEnd()}...` : s;
}

/** One organic result of `domain` for the phrase; `second` gives the domain's other page. */
function resultFor(r: Rng, q: SerpQuery, domain: string, second: boolean): SerpResult {
  const phrase = normalizePhrase(q.phrase);
  const tokens = tokensOf(phrase);
  const lang = engineLocale(q.engine).split('-')[0] ?? 'en';
  const slug = slugOf(phrase);
  const Phrase = titleCase(phrase);
  if (domain === 'wikipedia.org') {
    const title = (second ? `List of ${phrase}` : Phrase).replace(/ /g, '_');
    return {
      href: `https://${lang}.wikipedia.org/wiki/${encodeURI(title)}`,
      title: `${titleCase(title.replace(/_/g, ' '))} - Wikipedia`,
      desc: description(r, phrase),
      domain,
    };
  }
  if (domain === 'youtube.com') {
    const title = chance(r, 0.5) ? `How to choose ${phrase}` : `${Phrase} review`;
    return {
      href: `https://www.youtube.com/watch?v=${randomChars(r, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`,
      title: `${title} - YouTube`,
      desc: description(r, phrase),
      domain,
    };
  }
  if (domain === 'reddit.com') {
    const sub = asciiToken(pick(r, tokens.length > 0 ? tokens : ['AskReddit']));
    const id = randomChars(r, 6, 'abcdefghijklmnopqrstuvwxyz0123456789');
    return {
      href: `https://www.reddit.com/r/${sub}/comments/${id}/${slug.replace(/-/g, '_')}/`,
      title: `${Phrase} : r/${sub}`,
      desc: description(r, phrase),
      domain,
    };
  }
  const variant = r();
  const scheme = variant < 0.05 ? 'http://www.' : variant < 0.1 ? 'https://' : 'https://www.';
  const path = second ? `${pick(r, ['blog', 'guides', 'c', 'collections'])}/${slug}` : slug;
  const template = intBetween(r, 0, 2);
  const title =
    template === 0
      ? `${Phrase} - ${brandOf(domain)}`
      : template === 1
        ? `The 10 Best ${Phrase} of 2026`
        : `${Phrase}: A Complete Guide`;
  return { href: `${scheme}${domain}/${path}/`, title, desc: description(r, phrase), domain };
}

function sitelinksFor(r: Rng, href: string): Sitelink[] {
  const origin = new URL(href).origin;
  return shuffle(r, SITELINK_TITLES)
    .slice(0, intBetween(r, 3, 6))
    .map((title) => ({ title, href: `${origin}/${slugOf(title.toLowerCase())}` }));
}

function topicalDomains(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const [pattern, domains] of TOPICS) {
    if (tokens.some((t) => pattern.test(t))) for (const d of domains) out.add(d);
  }
  return out;
}

function candidatePool(r: Rng, q: SerpQuery, tokens: string[]): string[] {
  const commerce = tokens.some((t) => COMMERCE.test(t));
  const chosen = topicalDomains(tokens);
  for (const d of GENERAL) chosen.add(d);
  if (commerce) chosen.add('amazon.com');
  const wanted = intBetween(r, 12, 20);
  const others = shuffle(
    r,
    [...CATALOGUE.keys()].filter((d) => !chosen.has(d)),
  );
  if (commerce) others.unshift(...COMMERCE_DOMAINS.filter((d) => !chosen.has(d)));
  for (const d of others) {
    if (chosen.size >= wanted) break;
    chosen.add(d);
  }
  const tld = tldFor(q.engine);
  const words = tokens.length > 0 ? tokens.map(asciiToken) : ['web'];
  const synthetic = new Set<string>();
  const syntheticCount = intBetween(r, 40, 60);
  for (let guard = 0; synthetic.size < syntheticCount && guard < 1000; guard++) {
    synthetic.add(`${pick(r, words)}${pick(r, SUFFIXES)}.${tld}`);
  }
  const longTail = new Set<string>();
  for (let guard = 0; longTail.size < 60 && guard < 2000; guard++) {
    const name = Array.from({ length: intBetween(r, 2, 3) }, () => pick(r, SYLLABLES)).join('');
    longTail.add(`${name}.${chance(r, 0.7) ? 'com' : tld}`);
  }
  return [
    ...chosen,
    ...[...synthetic].filter((d) => !chosen.has(d)),
    ...[...longTail].filter((d) => !chosen.has(d) && !synthetic.has(d)),
  ];
}

/** Move the result of `domain` into (or out of) the top 10, as §10.4 asks for wikipedia.org and youtube.com. */
function placeTop10(r: Rng, list: SerpResult[], domain: string, inTop: boolean): void {
  const at = list.findIndex((x) => x.domain === domain);
  if (at < 0) return;
  if (inTop === at < 10) return;
  const [item] = list.splice(at, 1);
  if (!item) return;
  const to = inTop ? intBetween(r, 0, 9) : Math.min(list.length, intBetween(r, 10, 39));
  list.splice(to, 0, item);
}

function versionZero(q: SerpQuery): Version {
  const phrase = normalizePhrase(q.phrase);
  const r = rng(q.seedSalt, 'serp', phrase, q.engine, q.location ?? '', q.device, '0');
  const tokens = tokensOf(phrase);
  const pool = candidatePool(r, q, tokens);
  const topical = topicalDomains(tokens);
  // score = 0.6·DIR/100 + 0.4·u (§10.4); on-topic catalogue domains draw u from the upper half, so the brands a
  // phrase names show up near the top as on the real SERP
  const scored: Candidate[] = pool.map((domain) => {
    const u = topical.has(domain) ? 0.5 + 0.5 * r() : r();
    return { domain, score: 0.6 * (Math.max(0, domainInlinkRank(q.seedSalt, domain)) / 100) + 0.4 * u };
  });
  // a domain may show a second page just below its first one; never more than two (§10.4)
  const entries: Candidate[] = [];
  for (const c of scored) {
    entries.push(c);
    if (chance(r, 0.2)) entries.push({ domain: c.domain, score: c.score - 0.05 * r() });
  }
  entries.sort((a, b) => b.score - a.score);
  const seen = new Map<string, number>();
  const ordered = entries.map((c) => {
    const k = seen.get(c.domain) ?? 0;
    seen.set(c.domain, k + 1);
    return resultFor(r, q, c.domain, k > 0);
  });
  placeTop10(r, ordered, 'wikipedia.org', chance(r, 0.7));
  placeTop10(r, ordered, 'youtube.com', chance(r, 0.6));

  // universal results occupy positions (at most 3)
  const universals: Array<{ at: number; result: SerpResult }> = [];
  const Phrase = titleCase(phrase);
  if (LOCAL.test(phrase) || q.location) {
    universals.push({
      at: intBetween(r, 0, 3),
      result: {
        type: 'universal:local',
        href: `https://www.google.com/maps/search/${encodeURIComponent(phrase)}`,
        title: `${Phrase}${q.location ? ` in ${q.location}` : ''} - Places`,
        desc: '',
        domain: 'google.com',
      },
    });
  }
  if (tokens.some((t) => NEWS.test(t)) || chance(r, 0.1)) {
    const domain = pick(r, NEWS_DOMAINS);
    universals.push({
      at: intBetween(r, 1, 7),
      result: {
        type: 'universal:news',
        href: `https://www.${domain}/2026/${slugOf(phrase)}`,
        title: `${Phrase}: latest news`,
        desc: description(r, phrase),
        domain,
      },
    });
  }
  if (universals.length < 3 && chance(r, 0.3)) {
    universals.push({
      at: intBetween(r, 2, 11),
      result: {
        type: 'universal:images',
        href: `https://www.google.com/search?q=${encodeURIComponent(phrase)}&tbm=isch`,
        title: `Images for ${phrase}`,
        desc: '',
        domain: 'google.com',
      },
    });
  }
  const youtube = ordered.findIndex((x) => x.domain === 'youtube.com');
  const video = ordered[youtube];
  if (video && youtube < 10 && universals.length < 3 && chance(r, 0.5)) video.type = 'universal:video';
  for (const u of universals.sort((a, b) => a.at - b.at)) ordered.splice(u.at, 0, u.result);

  const results = ordered.slice(0, q.size);
  const first = results[0];
  const brands = new Set([...CATALOGUE.keys()].map((d) => d.split('.')[0]));
  if (first && first.type === undefined && (tokens.some((t) => brands.has(t)) || chance(r, 0.15))) {
    first.sitelinks = sitelinksFor(r, first.href);
  }
  return { results, reserve: ordered.slice(q.size) };
}

/** The local pack stays where it is while organic results move around it. */
function anchored(x: SerpResult): boolean {
  return x.type === 'universal:local';
}

function domainCount(list: readonly SerpResult[], domain: string): number {
  return list.reduce((n, x) => n + (x.domain === domain ? 1 : 0), 0);
}

/** Version k from version k−1: neighbour swaps weighted toward the bottom, a few drops and newcomers. */
function drift(prev: Version, q: SerpQuery, k: number): Version {
  const phrase = normalizePhrase(q.phrase);
  const r = rng(q.seedSalt, 'serp', phrase, q.engine, q.location ?? '', q.device, String(k));
  // "update days" of the parent engine double the movement; a SERP version carries no date, so they are drawn per
  // version number, keeping each version a pure function of (phrase, engine, location, device, n)
  const factor = rng(q.seedSalt, 'update-version', parentEngine(q.engine), String(k))() < 0.05 ? 2 : 1;
  // results are never mutated once their version is built, so versions share them and only the order is copied
  const results = [...prev.results];
  const reserve = [...prev.reserve];
  for (let i = 0; i < results.length - 1; i++) {
    if (r() < (0.05 + (0.25 * i) / 100) * factor) {
      const j = Math.min(results.length - 1, i + intBetween(r, 1, 3));
      const a = results[i] as SerpResult;
      const b = results[j] as SerpResult;
      if (!anchored(a) && !anchored(b)) {
        results[i] = b;
        results[j] = a;
      }
    }
  }
  const drops = Math.min(6, intBetween(r, 0, 3) * factor);
  for (let d = 0; d < drops && results.length > 0; d++) {
    const at =
      chance(r, 0.8) && results.length > 30
        ? intBetween(r, 30, results.length - 1)
        : intBetween(r, 0, Math.min(29, results.length - 1));
    if (results[at] && anchored(results[at])) continue;
    const [gone] = results.splice(at, 1);
    if (gone) reserve.push(gone);
  }
  while (results.length < q.size && reserve.length > 0) {
    const idx = reserve.findIndex((x) => domainCount(results, x.domain) < 2);
    if (idx < 0) break;
    const [incoming] = reserve.splice(idx, 1);
    if (incoming) results.splice(intBetween(r, Math.min(20, results.length), results.length), 0, incoming);
  }
  return { results, reserve };
}

const cache = new LRUCache<string, Version>({ max: 2_000 });

/** The results of version `n` (0-based check number) of a SERP; the same inputs give the same list everywhere. */
export function generateSerp(q: SerpQuery, n: number): SerpResult[] {
  const base = [q.seedSalt, normalizePhrase(q.phrase), q.engine, q.location ?? '', q.device, String(q.size)].join(
    '\u001f',
  );
  let k = n;
  let version = cache.get(`${base}\u001f${k}`);
  while (version === undefined && k > 0) {
    k--;
    version = cache.get(`${base}\u001f${k}`);
  }
  if (version === undefined) {
    version = versionZero(q);
    cache.set(`${base}\u001f0`, version);
    k = 0;
  }
  while (k < n) {
    k++;
    version = drift(version, q, k);
    cache.set(`${base}\u001f${k}`, version);
  }
  return version.results;
}

/** Results whose registrable domain is the registrable domain of `domain` (subdomains included), with positions. */
export function filterByDomain(results: readonly SerpResult[], domain: string): Array<[number, SerpResult]> {
  const root = registrableDomain(domain);
  const out: Array<[number, SerpResult]> = [];
  results.forEach((x, i) => {
    if (x.domain === root) out.push([i + 1, x]);
  });
  return out;
}
