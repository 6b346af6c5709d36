// Deterministic backlink data (seranking.md §4.1, §5.2–5.9, §7.3): per-target counts in host/domain/url mode with
// the golden fixtures, and the virtual lists (backlinks, referring domains, anchors, new/lost history).
import { CATALOGUE, domainProfile, FIXTURE_DOMAINS, hostOf } from '../../common/catalogue.js';
import { chance, intBetween, pick, type Rng, rng, shuffle, uniform } from '../../common/rng.js';
import { daysBefore, slug, TLDS, uniquePhrase, WORDS } from './common.js';
import { memoList } from './memo.js';

export type Mode = 'host' | 'domain' | 'url';

export interface Counts {
  backlinks: number;
  refdomains: number;
  subnets: number;
  ips: number;
  dofollow_backlinks: number;
  nofollow_backlinks: number;
  edu_backlinks: number;
  gov_backlinks: number;
  text_backlinks: number;
  from_home_page_backlinks: number;
  dofollow_from_home_page_backlinks: number;
  dofollow_refdomains: number;
  edu_refdomains: number;
  gov_refdomains: number;
  from_home_page_refdomains: number;
  anchors: number;
  dofollow_anchors: number;
  pages_with_backlinks: number;
}

/** Everything the generators know about one target in one mode. */
export interface TargetInfo {
  sent: string;
  mode: Mode;
  host: string;
  domain: string;
  /** the page in url mode (`https://<host>/` for a bare host) */
  url: string | null;
  /** seed identity of the target's lists */
  key: string;
  dir: number;
  inlinkRank: number;
  noData: boolean;
  counts: Counts;
  /** share of dofollow links */
  dofollowShare: number;
}

/** REAL values of seranking.md §4.1, the domain-level numbers of the golden fixtures. */
const GOLDEN: Record<string, Partial<Counts> & { inlinkRank?: number }> = {
  'seranking.com': {
    backlinks: 22407,
    refdomains: 2329,
    subnets: 1403,
    ips: 1961,
    dofollow_backlinks: 18689,
    nofollow_backlinks: 3718,
    anchors: 3120,
    pages_with_backlinks: 1544,
    edu_backlinks: 12,
    gov_backlinks: 3,
    inlinkRank: 24,
  },
  'stripe.com': {
    backlinks: 99890877,
    refdomains: 592534,
    subnets: 104397,
    ips: 244241,
    anchors: 478915,
    pages_with_backlinks: 1709604,
  },
};

const ZERO: Counts = {
  backlinks: 0,
  refdomains: 0,
  subnets: 0,
  ips: 0,
  dofollow_backlinks: 0,
  nofollow_backlinks: 0,
  edu_backlinks: 0,
  gov_backlinks: 0,
  text_backlinks: 0,
  from_home_page_backlinks: 0,
  dofollow_from_home_page_backlinks: 0,
  dofollow_refdomains: 0,
  edu_refdomains: 0,
  gov_refdomains: 0,
  from_home_page_refdomains: 0,
  anchors: 0,
  dofollow_anchors: 0,
  pages_with_backlinks: 0,
};

function domainCounts(salt: string, domain: string, dir: number): { counts: Counts; share: number } {
  const r = rng(salt, 'bl-domain', domain);
  const hidden = dir >= 0 ? dir : intBetween(r, 20, 60);
  const refdomains = Math.max(1, Math.round(10 ** (0.08 * hidden - 2.07 + uniform(r, -0.3, 0.3))));
  const backlinks = Math.max(refdomains, Math.round(refdomains * 10 ** uniform(r, 0.3, 2.2)));
  const share = uniform(r, 0.6, 0.9);
  const dofollow = Math.round(backlinks * share);
  const fromHome = Math.round(backlinks * uniform(r, 0.02, 0.1));
  const anchors = Math.max(1, Math.min(backlinks, Math.round(refdomains * uniform(r, 0.5, 3))));
  const counts: Counts = {
    backlinks,
    refdomains,
    subnets: Math.max(1, Math.round(refdomains * uniform(r, 0.45, 0.65))),
    ips: Math.max(1, Math.round(refdomains * uniform(r, 0.7, 0.9))),
    dofollow_backlinks: dofollow,
    nofollow_backlinks: backlinks - dofollow,
    edu_backlinks: Math.round(backlinks * uniform(r, 0, 0.002)),
    gov_backlinks: Math.round(backlinks * uniform(r, 0, 0.0005)),
    text_backlinks: Math.round(backlinks * uniform(r, 0.75, 0.95)),
    from_home_page_backlinks: fromHome,
    dofollow_from_home_page_backlinks: Math.round(fromHome * share),
    dofollow_refdomains: Math.round(refdomains * uniform(r, 0.7, 0.9)),
    edu_refdomains: Math.round(refdomains * uniform(r, 0, 0.003)),
    gov_refdomains: Math.round(refdomains * uniform(r, 0, 0.001)),
    from_home_page_refdomains: Math.round(refdomains * uniform(r, 0.05, 0.2)),
    anchors,
    dofollow_anchors: Math.round(anchors * share),
    pages_with_backlinks: Math.max(1, Math.round(backlinks * uniform(r, 0.01, 0.2))),
  };
  const golden = GOLDEN[domain];
  if (golden) {
    const { inlinkRank: _rank, ...fixed } = golden;
    Object.assign(counts, fixed);
    if (golden.dofollow_backlinks === undefined) {
      counts.dofollow_backlinks = Math.round(counts.backlinks * share);
      counts.nofollow_backlinks = counts.backlinks - counts.dofollow_backlinks;
    }
  }
  return { counts, share };
}

function scale(counts: Counts, f: number): Counts {
  if (f >= 1) return counts;
  const out = { ...counts };
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = Math.floor(out[k] * f);
  out.nofollow_backlinks = out.backlinks - out.dofollow_backlinks;
  return out;
}

function urlOf(target: string, host: string): string {
  const trimmed = target.trim();
  const t = !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && trimmed.includes('/') ? `https://${trimmed}` : trimmed;
  if (/^https?:\/\//i.test(t)) {
    const u = new URL(t);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname}${u.search}`;
  }
  return `https://${host}/`;
}

/** The counts and ranks of one target as sent, in one mode. */
export function targetInfo(salt: string, target: string, mode: Mode): TargetInfo {
  const host = hostOf(target);
  const profile = domainProfile(salt, host);
  const domain = profile.domain;
  const url = mode === 'url' ? urlOf(target, host) : null;
  const key = mode === 'domain' ? `domain:${domain}` : mode === 'host' ? `host:${host}` : `url:${url}`;
  const base = { sent: target, mode, host, domain, url, key, dir: profile.dir };
  if (profile.noData) {
    return { ...base, dir: 0, inlinkRank: 0, noData: true, counts: { ...ZERO }, dofollowShare: 0.8 };
  }
  const { counts, share } = domainCounts(salt, domain, profile.dir);
  const golden = GOLDEN[domain];
  let factor = 1;
  if (mode !== 'domain') {
    const apex = host === domain;
    if (!(golden && apex)) {
      const rh = rng(salt, 'bl-host', host);
      factor = apex ? uniform(rh, 0.7, 0.95) : uniform(rh, 0.01, 0.3);
    }
  }
  if (mode === 'url' && url) {
    const home = new URL(url).pathname === '/';
    if (!(golden && home && host === domain)) {
      const ru = rng(salt, 'bl-url', url);
      factor *= home ? uniform(ru, 0.1, 0.4) : uniform(ru, 0.0001, 0.05);
    }
  }
  const rr = rng(salt, 'bl-rank', key);
  let inlinkRank: number;
  if (profile.dir < 0 || domain === FIXTURE_DOMAINS.unranked) inlinkRank = -1;
  else if (golden?.inlinkRank !== undefined && mode !== 'url') inlinkRank = golden.inlinkRank;
  else if (chance(rr, 0.05)) inlinkRank = -1;
  else inlinkRank = Math.round(profile.dir * (mode === 'url' ? uniform(rr, 0.05, 0.5) : uniform(rr, 0.3, 0.6)));
  return { ...base, inlinkRank, noData: false, counts: scale(counts, factor), dofollowShare: share };
}

// --- virtual lists ---------------------------------------------------------------------------------------------

const MAX_ROWS = 10_000;
const PATHS = ['/', '/blog/', '/pricing/', '/features/', '/about/', '/tools/', '/guide/', '/products/', '/docs/'];
const COUNTRIES = ['us', 'uk', 'de', 'in', 'fr', 'ca', 'br', 'au', 'es', 'it', 'nl', 'pl'];
const GENERIC_ANCHORS = ['click here', 'website', 'here', 'read more', 'source', 'this tool', 'link', 'official site'];

function brandOf(domain: string): string {
  return (domain.split('.')[0] ?? domain).replace(/-/g, ' ');
}

/** Per-target precomputations shared by every row of its lists (the rows stay pure functions of their index). */
interface ListContext {
  anchorPool: string[];
  catalogue: string[];
  catCount: number;
  synthOffset: number;
  dirs: Map<string, number>;
}

const contexts = new WeakMap<TargetInfo, ListContext>();

function listContext(salt: string, info: TargetInfo): ListContext {
  let ctx = contexts.get(info);
  if (!ctx) {
    const brand = brandOf(info.domain);
    const pool = [brand, info.domain, `https://${info.domain}/`, `${brand} review`, ...GENERIC_ANCHORS];
    const catalogue = shuffle(
      rng(salt, 'ref-cat', info.domain),
      [...CATALOGUE.keys()].filter((d) => d !== info.domain),
    );
    ctx = {
      anchorPool: shuffle(rng(salt, 'anchor-pool', info.key), pool),
      catalogue,
      catCount: Math.min(catalogue.length, Math.round(0.3 * Math.min(info.counts.refdomains, MAX_ROWS))),
      synthOffset: intBetween(rng(salt, 'ref-syn', info.domain), 100, 2_000),
      dirs: new Map(),
    };
    contexts.set(info, ctx);
  }
  return ctx;
}

/** The distinct anchor texts of a target: brand-based first, then unique synthetic phrases. */
function anchorText(salt: string, info: TargetInfo, i: number): string {
  const pool = listContext(salt, info).anchorPool;
  return pool[i] ?? uniquePhrase(WORDS, i - pool.length + WORDS.length);
}

/** Referring domain number `i` of a target: some catalogue domains, then unique synthetic ones. */
export function referrerAt(salt: string, info: TargetInfo, i: number): string {
  const ctx = listContext(salt, info);
  if (i < ctx.catCount) return ctx.catalogue[i] ?? 'example.com';
  const tld = TLDS[(i * 7 + ctx.synthOffset) % TLDS.length] ?? 'com';
  return `${uniquePhrase(WORDS, i + ctx.synthOffset, '')}.${tld}`;
}

/** A referrer's DIR, memoized per target list (the same value `domainInlinkRank` gives). */
function referrerDir(salt: string, info: TargetInfo, referrer: string): number {
  const dirs = listContext(salt, info).dirs;
  let dir = dirs.get(referrer);
  if (dir === undefined) {
    dir = domainProfile(salt, referrer).dir;
    dirs.set(referrer, dir);
  }
  return dir;
}

function listSize(n: number): number {
  return Math.min(MAX_ROWS, n);
}

function pageOf(info: TargetInfo, r: Rng): string {
  return info.url ?? `https://${info.host === info.domain ? info.domain : info.host}${pick(r, PATHS)}`;
}

export interface BacklinkRow {
  url_from: string;
  url_to: string;
  title: string;
  anchor: string;
  alt: string;
  nofollow: boolean;
  image: boolean;
  image_source: string;
  inlink_rank: number;
  domain_inlink_rank: number;
  first_seen: string;
  last_visited: string;
}

function backlinkFrom(salt: string, info: TargetInfo, r: Rng, dataDate: string): BacklinkRow {
  const refCount = listSize(info.counts.refdomains);
  const referrer = referrerAt(salt, info, Math.floor(r() ** 2 * refCount));
  const refDir = referrerDir(salt, info, referrer);
  const sub = chance(r, 0.3) ? pick(r, ['blog.', 'www.', 'news.']) : '';
  const page = slug(r, WORDS);
  const image = chance(r, 0.05);
  const anchor = anchorText(salt, info, Math.floor(r() ** 3 * Math.max(1, listSize(info.counts.anchors))));
  const age = intBetween(r, 1, 1_500);
  const title = `${page
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')} | ${brandOf(referrer)}`;
  return {
    url_from: `https://${sub}${referrer}/${page}`,
    url_to: pageOf(info, r),
    title,
    anchor: image ? '' : anchor,
    alt: image ? anchor : '',
    nofollow: !chance(r, info.dofollowShare),
    image,
    image_source: image ? `https://${referrer}/img/${page}.png` : '',
    inlink_rank: refDir < 0 ? -1 : Math.round(refDir * uniform(r, 0.05, 0.5)),
    domain_inlink_rank: refDir,
    first_seen: daysBefore(dataDate, age),
    last_visited: daysBefore(dataDate, intBetween(r, 0, Math.min(60, age))),
  };
}

/** All rows of `backlinks/all` before filters (at most 10,000). */
export function backlinkRows(salt: string, info: TargetInfo, dataDate: string): readonly BacklinkRow[] {
  return memoList(['backlinks', salt, info.key, dataDate], () => {
    const rows: BacklinkRow[] = [];
    for (let i = 0; i < listSize(info.counts.backlinks); i++) {
      rows.push(backlinkFrom(salt, info, rng(salt, 'backlink', info.key, String(i)), dataDate));
    }
    return rows;
  });
}

export interface RefdomainRow {
  refdomain: string;
  backlinks: number;
  dofollow_backlinks: number;
  domain_inlink_rank: number;
  first_seen: string;
}

export function refdomainRows(salt: string, info: TargetInfo, dataDate: string): RefdomainRow[] {
  const rows: RefdomainRow[] = [];
  const perDomain = info.counts.backlinks / Math.max(1, info.counts.refdomains);
  for (let i = 0; i < listSize(info.counts.refdomains); i++) {
    const r = rng(salt, 'refdomain', info.key, String(i));
    const refdomain = referrerAt(salt, info, i);
    const backlinks = Math.max(1, Math.round(perDomain * 10 ** uniform(r, -0.8, 0.6)));
    rows.push({
      refdomain,
      backlinks,
      dofollow_backlinks: Math.round(backlinks * uniform(r, info.dofollowShare - 0.2, 1) ** 2),
      domain_inlink_rank: referrerDir(salt, info, refdomain),
      first_seen: daysBefore(dataDate, intBetween(r, 1, 1_500)),
    });
  }
  return rows;
}

export interface AnchorRow {
  anchor: string;
  backlinks: number;
  dofollow_backlinks: number;
  nofollow_backlinks: number;
  refdomains: number;
  first_seen: string;
  last_visited: string;
}

export function anchorRows(salt: string, info: TargetInfo, dataDate: string): AnchorRow[] {
  const rows: AnchorRow[] = [];
  for (let i = 0; i < listSize(info.counts.anchors); i++) {
    const r = rng(salt, 'anchor', info.key, String(i));
    const backlinks = Math.max(1, Math.round((info.counts.backlinks * 0.2) / (i + 1) ** 1.1));
    const dofollow = Math.round(backlinks * Math.min(1, info.dofollowShare + uniform(r, -0.1, 0.1)));
    const age = intBetween(r, 1, 2_000);
    rows.push({
      anchor: anchorText(salt, info, i),
      backlinks,
      dofollow_backlinks: dofollow,
      nofollow_backlinks: backlinks - dofollow,
      refdomains: Math.max(1, Math.round(backlinks * uniform(r, 0.05, 0.6))),
      first_seen: daysBefore(dataDate, age),
      last_visited: daysBefore(dataDate, intBetween(r, 0, Math.min(60, age))),
    });
  }
  return rows;
}

/** The `top_*` arrays of a summary, consistent with the lists. */
export function summaryTops(salt: string, info: TargetInfo, dataDate: string) {
  if (info.noData) {
    return {
      top_anchors_by_backlinks: [],
      top_anchors_by_refdomains: [],
      top_pages_by_backlinks: [],
      top_pages_by_refdomains: [],
      top_countries: [],
      top_tlds: [],
    };
  }
  const anchors = anchorRows(
    salt,
    { ...info, counts: { ...info.counts, anchors: Math.min(5, info.counts.anchors) } },
    dataDate,
  );
  const r = rng(salt, 'tops', info.key);
  const pages = (info.url ? [info.url] : PATHS.slice(0, 5).map((p) => `https://${info.host}${p}`)).map((url, i) => ({
    url,
    share: 0.4 / (i + 1) ** uniform(r, 0.8, 1.4),
  }));
  const countries = shuffle(r, COUNTRIES).slice(0, 5);
  const tlds = ['com', 'org', 'net', 'io', 'de'];
  const { backlinks, refdomains } = info.counts;
  return {
    top_anchors_by_backlinks: anchors.map((a) => ({ anchor: a.anchor, backlinks: a.backlinks })),
    top_anchors_by_refdomains: [...anchors]
      .sort((a, b) => b.refdomains - a.refdomains)
      .map((a) => ({ anchor: a.anchor, refdomains: a.refdomains })),
    top_pages_by_backlinks: pages.map((p) => ({ url: p.url, backlinks: Math.round(backlinks * p.share) })),
    top_pages_by_refdomains: pages.map((p) => ({ url: p.url, refdomains: Math.round(refdomains * p.share) })),
    top_countries: countries.map((country, i) => ({ country, count: Math.round((refdomains * 0.3) / (i + 1)) })),
    top_tlds: tlds.map((tld, i) => ({ tld, count: Math.round((refdomains * 0.5) / (i + 1) ** 1.5) })),
  };
}

// --- new / lost history ----------------------------------------------------------------------------------------

export interface HistoryRow extends BacklinkRow {
  new_lost_type: 'new' | 'lost';
  new_lost_date: string;
  reason_lost?: string;
  link_type: 'href' | 'redirect';
  redirect_chain: boolean;
  redirect_chain_urls: string[];
}

export interface HistoryFilters {
  newLostType?: 'new' | 'lost' | undefined;
  linkType?: 'href' | 'redirect' | undefined;
  anchorType?: 'text' | 'image' | 'undefined' | undefined;
  dofollow?: 'dofollow' | 'nofollow' | 'undefined' | undefined;
  urlFrom?: string | undefined;
}

const REASONS = ['link_removed', 'link_removed', 'other', 'crawl_error', 'page_not_found', 'redirect', 'noindex'];

function historyDay(salt: string, info: TargetInfo, day: string, dataDate: string): HistoryRow[] {
  if (info.noData) return [];
  const r = rng(salt, 'history-day', info.key, day);
  const rate = Math.min(30, Math.max(0.3, info.counts.backlinks / 2_000));
  const rows: HistoryRow[] = [];
  for (const type of ['new', 'lost'] as const) {
    const n = Math.floor(rate * uniform(r, 0.3, 1.7));
    for (let j = 0; j < n; j++) {
      const rr = rng(salt, 'history-row', info.key, day, type, String(j));
      const link = backlinkFrom(salt, info, rr, dataDate);
      const redirect = chance(rr, 0.08);
      rows.push({
        new_lost_type: type,
        new_lost_date: day,
        ...(type === 'lost' ? { reason_lost: pick(rr, REASONS) } : {}),
        ...link,
        // a new link is first seen that day; a lost one was seen before it went
        first_seen: type === 'new' || link.first_seen > day ? day : link.first_seen,
        link_type: redirect ? 'redirect' : 'href',
        redirect_chain: redirect,
        redirect_chain_urls: redirect ? [link.url_from.replace(/\/[^/]*$/, '/r/'), link.url_to] : [],
      });
    }
  }
  return rows;
}

function keep(row: HistoryRow, f: HistoryFilters): boolean {
  if (f.newLostType && row.new_lost_type !== f.newLostType) return false;
  if (f.linkType && row.link_type !== f.linkType) return false;
  if (f.anchorType) {
    const type = row.image ? 'image' : row.anchor === '' ? 'undefined' : 'text';
    if (type !== f.anchorType) return false;
  }
  if (f.dofollow) {
    const type = row.link_type === 'redirect' ? 'undefined' : row.nofollow ? 'nofollow' : 'dofollow';
    if (type !== f.dofollow) return false;
  }
  if (f.urlFrom && !row.url_from.includes(f.urlFrom)) return false;
  return true;
}

/** New/lost rows per day in [from, to], ascending by day, filtered. */
export function historyByDay(
  salt: string,
  info: TargetInfo,
  from: string,
  to: string,
  filters: HistoryFilters,
  dataDate: string,
): Array<{ date: string; rows: HistoryRow[] }> {
  const out: Array<{ date: string; rows: HistoryRow[] }> = [];
  for (let day = from; day <= to; day = daysBefore(day, -1)) {
    out.push({ date: day, rows: historyDay(salt, info, day, dataDate).filter((row) => keep(row, filters)) });
  }
  return out;
}
