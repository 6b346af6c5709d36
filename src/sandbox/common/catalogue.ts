// The domain catalogue both emulators share (seranking.md §7.4) and the one function that gives a domain its
// InLink Rank, so SERP ordering (SERPmetrics emulator) and authority (SE Ranking emulator) always agree.
// Exports: CATALOGUE, DEFAULT_HUGE_TARGETS, FIXTURE_DOMAINS, normalizeHost, hostOf, registrableDomain,
// domainProfile, domainInlinkRank.
import { getDomain, getHostname } from 'tldts';
import { chance, rng } from './rng.js';

/** Catalogue domain → fixed Domain InLink Rank (DIR). */
export const CATALOGUE: ReadonlyMap<string, number> = new Map([
  ['google.com', 100],
  ['youtube.com', 100],
  ['facebook.com', 100],
  ['twitter.com', 99],
  ['wikipedia.org', 98],
  ['amazon.com', 96],
  ['stripe.com', 98],
  ['instagram.com', 97],
  ['linkedin.com', 97],
  ['apple.com', 96],
  ['microsoft.com', 96],
  ['shopify.com', 92],
  ['hubspot.com', 91],
  ['booking.com', 91],
  ['github.com', 95],
  ['wordpress.org', 95],
  ['nytimes.com', 94],
  ['bbc.co.uk', 94],
  ['pinterest.com', 94],
  ['reddit.com', 93],
  ['theguardian.com', 93],
  ['cnn.com', 93],
  ['forbes.com', 93],
  ['medium.com', 92],
  ['ebay.com', 92],
  ['imdb.com', 91],
  ['tripadvisor.com', 91],
  ['yelp.com', 91],
  ['walmart.com', 90],
  ['etsy.com', 90],
  ['stackoverflow.com', 90],
  ['quora.com', 90],
  ['webmd.com', 89],
  ['investopedia.com', 88],
  ['target.com', 88],
  ['expedia.com', 88],
  ['moz.com', 88],
  ['healthline.com', 87],
  ['bestbuy.com', 87],
  ['semrush.com', 87],
  ['nike.com', 86],
  ['ahrefs.com', 86],
  ['allrecipes.com', 85],
  ['adidas.com', 84],
  ['rei.com', 80],
  ['runnersworld.com', 78],
  ['seranking.com', 68],
]);

/** Registrable domains that answer 244 by default (seranking.md §4.1). */
export const DEFAULT_HUGE_TARGETS: readonly string[] = [
  'google.com',
  'twitter.com',
  'facebook.com',
  'youtube.com',
  'wikipedia.org',
  'amazon.com',
];

/** Fixture domains: `zero.example` has no data at all, `unranked.example` has data but unknown ranks (-1). */
export const FIXTURE_DOMAINS = { zero: 'zero.example', unranked: 'unranked.example' } as const;

/** Lowercase, trim, drop a trailing dot and a leading `www.` (seranking.md §7.2). Input is a bare host. */
export function normalizeHost(s: string): string {
  let host = s.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('www.')) host = host.slice(4);
  return host;
}

/** The normalized host of a host, domain or absolute URL (`https://www.x.com/a` → `x.com`). */
export function hostOf(target: string): string {
  const trimmed = target.trim();
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)
    ? (getHostname(trimmed) ?? '')
    : (trimmed.split(/[/?#:]/, 1)[0] ?? '');
  return normalizeHost(host);
}

/** Registrable domain by the Public Suffix List (`en.wikipedia.org` → `wikipedia.org`); the host itself if none. */
export function registrableDomain(host: string): string {
  const h = hostOf(host);
  return getDomain(h) ?? h;
}

export interface DomainProfile {
  /** registrable domain */
  domain: string;
  /** Domain InLink Rank: 0–100, -1 unknown, 0 for no-data domains */
  dir: number;
  /** true when every count of this domain is 0 (seranking.md §7.3 "no data" domains, `zero.example`) */
  noData: boolean;
  catalogued: boolean;
}

/** The seeded identity of a domain: whether it has data and its DIR (seranking.md §7.3, §7.4). */
export function domainProfile(seedSalt: string, host: string): DomainProfile {
  const domain = registrableDomain(host);
  const fixed = CATALOGUE.get(domain);
  if (fixed !== undefined) return { domain, dir: fixed, noData: false, catalogued: true };
  if (domain === FIXTURE_DOMAINS.zero) return { domain, dir: 0, noData: true, catalogued: false };
  if (domain === FIXTURE_DOMAINS.unranked) return { domain, dir: -1, noData: false, catalogued: false };
  const r = rng(seedSalt, 'domain', domain);
  const noData = chance(r, 0.05);
  const unknown = chance(r, 0.02);
  const u = r();
  if (noData) return { domain, dir: 0, noData: true, catalogued: false };
  return { domain, dir: unknown ? -1 : Math.floor(100 * u ** 1.8), noData: false, catalogued: false };
}

/** Domain InLink Rank exactly as the SE Ranking emulator reports it (-1 unknown, 0 no data). */
export function domainInlinkRank(seedSalt: string, host: string): number {
  return domainProfile(seedSalt, host).dir;
}
