/**
 * Backlinks (SE Ranking): `Target` (a domain, host or URL with its mode) and its backlink profile:
 * `BacklinkSummary`, `Authority`, `Backlink`, `BacklinkChange`, `RefDomain`, `Anchor`, the daily counts
 * of new and lost links, and the `target` / `targets` queries. `targetRef` is the one validator turning
 * user input into a target, shared with the SERP module.
 */
import { getDomain, getHostname } from 'tldts';
import type { Context } from '../../context.js';
import { failedItem, userInputError } from '../../errors/index.js';
import type { SerankingEndpoint } from '../../pricing/index.js';
import { isUpstreamError } from '../../upstream/errors.js';
import type { BacklinksOrder, HistoryOptions } from '../../upstream/seranking/client.js';
import { backlinkFilterQuery, changeFilterQuery } from '../../upstream/seranking/filters.js';
import type {
  Anchor as AnchorRow,
  Authority as AuthorityRow,
  BacklinkChangeCount,
  BacklinkChange as BacklinkChangeRow,
  Backlink as BacklinkRow,
  TargetMode as Mode,
  RefDomain as RefDomainRow,
  BacklinkSummary as SummaryRow,
} from '../../upstream/seranking/types.js';
import { checkDate, checkTarget } from '../../upstream/seranking/validate.js';
import { builder } from '../builder.js';
import { connectionOf, connectionType, type PageArgs, pageArgs, pageComplexity, pageWindow } from '../connections.js';
import { priced, refsOf } from '../cost.js';
import { TargetMode } from '../enums.js';
import {
  BacklinkChangeFilter,
  BacklinkFilter,
  type BacklinkFilterInput,
  backlinkFilterOf,
  type ChangeFilterInput,
  changeFilterOf,
  withFilterQuery,
} from '../filters.js';
import { cachedRead, serankingKey } from '../seranking.js';
import { authorities, authorityKey, backlinkSummaries, summaryKey, type TargetKey } from './data.js';

/** What a `Target` resolves from: the target as validated, and how it is interpreted. */
export type TargetRef = TargetKey;

/** Free fields: already-fetched data, no upstream call. */

/**
 * Runs input checks of the SE Ranking client before any upstream call; their UpstreamErrors become
 * user-input errors with the same code (nothing was sent, nothing spent).
 */
export function checked<T>(check: () => T, message: string): T {
  try {
    return check();
  } catch (error) {
    if (isUpstreamError(error)) throw userInputError(error.code, message);
    throw error;
  }
}

/**
 * Validates a raw target before any upstream call; a bad one throws `INVALID_TARGET` as a GraphQL error.
 * Hosts are lowercased so one host is one cache entry and one batch item.
 */
export function targetRef(raw: string, mode: Mode = 'host'): TargetRef {
  const target = checked(() => checkTarget(raw), 'The target is not a valid domain, host or URL.');
  return { target: mode === 'url' ? target : target.toLowerCase(), mode };
}

/** The registrable domain of a page URL as a domain-mode target (null when the URL has no usable host). */
function domainTargetOf(url: string): TargetRef | null {
  const host = getHostname(url);
  const domain = host ? (getDomain(host) ?? host) : null;
  if (!domain) return null;
  try {
    return { target: checkTarget(domain).toLowerCase(), mode: 'domain' };
  } catch {
    return null;
  }
}

const MAX_ROWS = 10_000;

const DEFAULT_ROWS = 100;

/** Backlink lists have no offset upstream: a page `after` a cursor reads (and pays) the rows before it too. */
const ROW_PAGE = { defaultFirst: DEFAULT_ROWS, maxFirst: MAX_ROWS } as const;
const rowWindow = (args: PageArgs) => pageWindow(args, ROW_PAGE, MAX_ROWS);
/** The upstream `limit` of a window: its end, at most 10,000. */
const limitArg = (args: PageArgs) => {
  const { offset, first } = rowWindow(args);
  return offset + first;
};

const dateArg = (value: string | null | undefined, name: string) =>
  checked(() => checkDate(value ?? undefined, name), `${name} must be a calendar date YYYY-MM-DD.`);

function dateRange(from: string | null | undefined, to: string | null | undefined) {
  const dateFrom = dateArg(from, 'from');
  const dateTo = dateArg(to, 'to');
  if (dateFrom && dateTo && dateFrom > dateTo) throw userInputError('INVALID_PARAMETER', 'from must not be after to.');
  return { dateFrom, dateTo };
}

// ---- enums ----

const BacklinkOrder = builder.enumType('BacklinkOrder', {
  description: 'The order of backlink, referring-domain and change lists.',
  values: {
    NEWEST: { value: 'newest', description: 'Most recently found (or changed) first.' },
    DOMAIN_INLINK_RANK: { value: 'domain_inlink_rank', description: 'Highest Domain InLink Rank first.' },
    INLINK_RANK: { value: 'inlink_rank', description: 'Highest page InLink Rank first.' },
  } as const,
});

const AnchorOrder = builder.enumType('AnchorOrder', {
  description: 'The order of anchor-text lists.',
  values: {
    BACKLINKS: { value: 'backlinks', description: 'Most backlinks first.' },
    REF_DOMAINS: { value: 'refdomains', description: 'Most referring domains first.' },
  } as const,
});

const BacklinkChangeType = builder.enumType('BacklinkChangeType', {
  description: 'Whether a backlink appeared or disappeared.',
  values: {
    NEW: { value: 'new', description: 'The link was found for the first time.' },
    LOST: { value: 'lost', description: 'The link is gone (removed, page gone, crawl error ...).' },
  } as const,
});

const BacklinkKind = builder.enumType('BacklinkKind', {
  description: 'How the referring page points at the destination.',
  values: {
    LINK: { value: 'link', description: 'An ordinary hyperlink (`<a href>`), text or image.' },
    REDIRECT: { value: 'redirect', description: 'An HTTP or meta redirect to the destination.' },
    CANONICAL: { value: 'canonical', description: 'A `rel=canonical` pointing at the destination.' },
  } as const,
});

const kindOf = (linkType: string | null): 'link' | 'redirect' | 'canonical' =>
  linkType === 'redirect' ? 'redirect' : linkType === 'canonical' ? 'canonical' : 'link';

// ---- object types ----

export const Target = builder.objectRef<TargetRef>('Target');

const Authority = builder.objectRef<AuthorityRow>('Authority');
Authority.implement({
  description: "A target's authority on SE Ranking's 0–100 logarithmic scale (like PageRank).",
  fields: (t) => ({
    inlinkRank: t.exposeInt('inlinkRank', {
      nullable: true,
      description: 'InLink Rank of the page (or home page); null when SE Ranking does not know it.',
    }),
    domainInlinkRank: t.exposeInt('domainInlinkRank', {
      nullable: true,
      description: 'Domain InLink Rank of its domain; null when unknown.',
    }),
  }),
});

const AnchorCount = builder.objectRef<{ anchor: string; count: number }>('AnchorCount');
AnchorCount.implement({
  description: 'An anchor text with how often it occurs.',
  fields: (t) => ({
    text: t.exposeString('anchor', { description: 'The anchor text.' }),
    count: t.exposeInt('count', { description: 'Backlinks (or referring domains) using it.' }),
  }),
});

const PageCount = builder.objectRef<{ url: string; count: number }>('PageCount');
PageCount.implement({
  description: "One of the target's pages with how many links point at it.",
  fields: (t) => ({
    url: t.expose('url', { type: 'URL', description: 'The page URL.' }),
    count: t.exposeInt('count', { description: 'Backlinks (or referring domains) pointing at it.' }),
  }),
});

const ValueCount = builder.objectRef<{ value: string; count: number }>('ValueCount');
ValueCount.implement({
  description: 'A value (country, top-level domain) with how many referring domains have it.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'Lowercase country code or top-level domain.' }),
    count: t.exposeInt('count', { description: 'How many referring domains.' }),
  }),
});

const BacklinkSummary = builder.objectRef<SummaryRow>('BacklinkSummary');
BacklinkSummary.implement({
  description:
    "A target's backlink profile in one row. Zeros are real zeros (no data); unknown ranks are null, never -1.",
  fields: (t) => ({
    inlinkRank: t.exposeInt('inlinkRank', {
      nullable: true,
      description: 'InLink Rank (0–100) of the target; null when unknown.',
    }),
    domainInlinkRank: t.exposeInt('domainInlinkRank', {
      nullable: true,
      description: 'Domain InLink Rank (0–100) of its domain; null when unknown.',
    }),
    backlinks: t.exposeInt('backlinks', { description: 'Live backlinks pointing at the target.' }),
    refDomains: t.exposeInt('refDomains', { description: 'Distinct referring domains.' }),
    dofollowBacklinks: t.exposeInt('dofollowBacklinks', { description: 'Backlinks without nofollow.' }),
    nofollowBacklinks: t.exposeInt('nofollowBacklinks', { description: 'Backlinks marked nofollow.' }),
    subnets: t.exposeInt('subnets', { description: 'Distinct /24 subnets of the referring hosts.' }),
    ips: t.exposeInt('ips', { description: 'Distinct IP addresses of the referring hosts.' }),
    eduBacklinks: t.exposeInt('eduBacklinks', { nullable: true, description: 'Backlinks from .edu sites.' }),
    govBacklinks: t.exposeInt('govBacklinks', { nullable: true, description: 'Backlinks from .gov sites.' }),
    textBacklinks: t.exposeInt('textBacklinks', { nullable: true, description: 'Text (non-image) links.' }),
    fromHomePageBacklinks: t.exposeInt('fromHomePageBacklinks', {
      nullable: true,
      description: 'Backlinks placed on home pages.',
    }),
    dofollowRefDomains: t.exposeInt('dofollowRefDomains', {
      nullable: true,
      description: 'Referring domains with at least one dofollow link.',
    }),
    eduRefDomains: t.exposeInt('eduRefDomains', { nullable: true, description: 'Referring .edu domains.' }),
    govRefDomains: t.exposeInt('govRefDomains', { nullable: true, description: 'Referring .gov domains.' }),
    anchors: t.exposeInt('anchors', { nullable: true, description: 'Distinct anchor texts.' }),
    pagesWithBacklinks: t.exposeInt('pagesWithBacklinks', {
      nullable: true,
      description: 'Pages of the target that have backlinks.',
    }),
    topAnchors: t.field({
      type: [AnchorCount],
      description: 'The most used anchor texts, by backlinks.',
      resolve: (s) => s.topAnchorsByBacklinks,
    }),
    topAnchorsByRefDomains: t.field({
      type: [AnchorCount],
      description: 'The most used anchor texts, by referring domains.',
      resolve: (s) => s.topAnchorsByRefDomains,
    }),
    topPages: t.field({
      type: [PageCount],
      description: 'The pages with the most backlinks.',
      resolve: (s) => s.topPagesByBacklinks,
    }),
    topPagesByRefDomains: t.field({
      type: [PageCount],
      description: 'The pages with the most referring domains.',
      resolve: (s) => s.topPagesByRefDomains,
    }),
    topCountries: t.field({
      type: [ValueCount],
      description: 'Countries of the referring domains, most frequent first.',
      resolve: (s) => s.topCountries,
    }),
    topTlds: t.field({
      type: [ValueCount],
      description: 'Top-level domains of the referring domains, most frequent first.',
      resolve: (s) => s.topTlds,
    }),
  }),
});

/** Fields shared by a backlink and a backlink change (whose row is a backlink plus the change). */
const Backlink = builder.objectRef<BacklinkRow>('Backlink');
Backlink.implement({
  description: 'One link from a referring page to a page of the target.',
  fields: (t) => ({
    referringPage: t.expose('urlFrom', { type: 'URL', description: 'The page the link is on.' }),
    destinationPage: t.expose('urlTo', {
      type: 'URL',
      description: 'The page of the target it points at.',
    }),
    anchorText: t.exposeString('anchor', {
      nullable: true,
      description: 'The anchor text (empty for image links).',
    }),
    pageTitle: t.exposeString('title', { nullable: true, description: 'Title of the referring page.' }),
    imageAlt: t.exposeString('alt', { nullable: true, description: 'Alt text of an image link.' }),
    image: t.exposeBoolean('image', { nullable: true, description: 'True for an image link.' }),
    nofollow: t.exposeBoolean('nofollow', { description: 'True when the link is marked nofollow.' }),
    kind: t.field({
      type: BacklinkKind,
      description: 'Link, redirect or canonical.',
      resolve: (b) => kindOf(b.linkType),
    }),
    inlinkRank: t.exposeInt('inlinkRank', {
      nullable: true,
      description: 'InLink Rank of the referring page; null when unknown.',
    }),
    domainInlinkRank: t.exposeInt('domainInlinkRank', {
      nullable: true,
      description: 'Domain InLink Rank of the referring domain; null when unknown.',
    }),
    firstSeen: t.expose('firstSeen', {
      type: 'Date',
      nullable: true,
      description: 'When the link was first found.',
    }),
    lastVisited: t.expose('lastVisited', {
      type: 'Date',
      nullable: true,
      description: 'When the referring page was last crawled.',
    }),
    referringDomain: t.field({
      type: Target,
      nullable: true,
      description:
        'The registrable domain of the referring page as a target (domain mode); its backlink data of all ' +
        'backlinks of a request is fetched in one batched call.',
      extensions: { refs: refsOf((b: BacklinkRow) => domainTargetOf(b.urlFrom)) },
      resolve: (b) => domainTargetOf(b.urlFrom),
    }),
  }),
});

const BacklinkChange = builder.objectRef<BacklinkChangeRow>('BacklinkChange');
BacklinkChange.implement({
  description: 'A backlink that appeared or disappeared on a given day.',
  fields: (t) => ({
    change: t.field({
      type: BacklinkChangeType,
      description: 'New or lost.',
      resolve: (c) => (c.change === 'lost' ? 'lost' : 'new'),
    }),
    date: t.exposeString('date', { description: 'The day of the change.' }),
    lostReason: t.exposeString('reasonLost', {
      nullable: true,
      description: 'Why a lost link is gone, e.g. `link_removed`, `crawl_error`, `page_not_found`; null for new links.',
    }),
    redirectChain: t.stringList({
      description: 'The redirect hops between referring and destination page, when the link redirects.',
      resolve: (c) => c.redirectChainUrls,
    }),
    backlink: t.field({ type: Backlink, description: 'The link itself.', resolve: (c) => c }),
  }),
});

const DailyBacklinkChanges = builder.objectRef<BacklinkChangeCount>('DailyBacklinkChanges');
DailyBacklinkChanges.implement({
  description: 'How many backlinks a target gained and lost on one day.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The day.' }),
    newBacklinks: t.exposeInt('newBacklinks', { description: 'Backlinks found that day.' }),
    lostBacklinks: t.exposeInt('lostBacklinks', { description: 'Backlinks lost that day.' }),
  }),
});

const RefDomain = builder.objectRef<RefDomainRow>('RefDomain');
RefDomain.implement({
  description: 'A domain linking to the target.',
  fields: (t) => ({
    domain: t.exposeString('domain', { description: 'The referring domain.' }),
    backlinks: t.exposeInt('backlinks', { description: 'Its backlinks to the target.' }),
    dofollowBacklinks: t.exposeInt('dofollowBacklinks', {
      nullable: true,
      description: 'Its dofollow backlinks to the target.',
    }),
    domainInlinkRank: t.exposeInt('domainInlinkRank', {
      nullable: true,
      description: 'Its Domain InLink Rank; null when unknown.',
    }),
    firstSeen: t.expose('firstSeen', {
      type: 'Date',
      nullable: true,
      description: 'When its first link to the target was found.',
    }),
    target: t.field({
      type: Target,
      nullable: true,
      description: 'The referring domain as a target (domain mode), for its own backlink data (batched).',
      resolve: (r) => domainTargetOf(`https://${r.domain}/`),
    }),
  }),
});

const Anchor = builder.objectRef<AnchorRow>('Anchor');
Anchor.implement({
  description: 'An anchor text used by links to the target.',
  fields: (t) => ({
    text: t.exposeString('anchor', { description: 'The anchor text.' }),
    backlinks: t.exposeInt('backlinks', { description: 'Backlinks using it.' }),
    dofollowBacklinks: t.exposeInt('dofollowBacklinks', {
      nullable: true,
      description: 'Dofollow backlinks using it.',
    }),
    nofollowBacklinks: t.exposeInt('nofollowBacklinks', {
      nullable: true,
      description: 'Nofollow backlinks using it.',
    }),
    refDomains: t.exposeInt('refDomains', { nullable: true, description: 'Referring domains using it.' }),
    firstSeen: t.expose('firstSeen', { type: 'Date', nullable: true, description: 'When it was first seen.' }),
    lastVisited: t.expose('lastVisited', {
      type: 'Date',
      nullable: true,
      description: 'When a link with it was last crawled.',
    }),
  }),
});

/** `newest` is the upstream's `date_found` for lists and `new_lost_date` for changes. */
const listOrder = (order: string | null | undefined): BacklinksOrder =>
  order === 'domain_inlink_rank' || order === 'inlink_rank' ? order : 'date_found';
const changeOrder = (order: string | null | undefined): NonNullable<HistoryOptions['orderBy']> =>
  order === 'domain_inlink_rank' || order === 'inlink_rank' ? order : 'new_lost_date';

/** Priced per row read: the upstream bills per returned row, at most the window's end (0: refused input). */
type RowArgs = PageArgs;
const rowsAsked = (args: RowArgs) => {
  try {
    return limitArg(args);
  } catch {
    return 0;
  }
};
/** Up to `first` rows per target. */
const rowCount = pageComplexity(ROW_PAGE);

/** The rows of a window from the rows 1 to its end; `read` is not called for a window past the 10,000th row. */
async function pageRows<T>(args: PageArgs, read: () => Promise<readonly T[]>): Promise<T[]> {
  const window = rowWindow(args);
  return window.first === 0 ? [] : (await read()).slice(window.offset, window.offset + window.first);
}

async function rowConnection<T>(args: PageArgs, read: () => Promise<readonly T[]>) {
  const window = rowWindow(args);
  const rows = await pageRows(args, read);
  const end = window.offset + window.first;
  // No total upstream: a full page below the 10,000-row reach may have rows after it.
  return connectionOf(rows, window, rows.length === window.first && window.first > 0 && end < MAX_ROWS);
}

/**
 * A page of backlink rows: at most one credit per row asked for, one charge per cached page; billed per row
 * returned, so the estimate reads it (`read`: the page's own read) once the request is admitted.
 */
const rowsPrice = <A extends RowArgs>(
  endpoint: SerankingEndpoint,
  params: (args: A) => Record<string, string | number | boolean | undefined>,
  read: (ref: TargetRef, args: A, ctx: Context) => Promise<unknown>,
) =>
  priced<TargetRef, A>({
    upstream: 'seranking',
    endpoint,
    units: rowsAsked,
    entry: (ref, args, ctx) => serankingKey(ctx, 'backlinks', endpoint, { ...ref, ...params(args) }),
    read,
  });

type ListArgs = RowArgs & { orderBy?: string | null | undefined };
interface DateRange {
  from?: string | null | undefined;
  to?: string | null | undefined;
}
type RangeArgs = {
  change?: 'new' | 'lost' | null | undefined;
  range?: DateRange | null | undefined;
  filter?: ChangeFilterInput | null | undefined;
};

/** A range of days as one input (SE Ranking keeps about a year of changes). */
const DateRangeInput = builder.inputType('DateRangeInput', {
  description: 'A range of days, both ends included; a missing end takes the field’s default.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day (default: yesterday).' }),
    to: t.field({ type: 'Date', description: 'The last day (default: today).' }),
  }),
});

const listOptions = (args: ListArgs) => ({ limit: limitArg(args), orderBy: listOrder(args.orderBy) });

const anchorOptions = (args: ListArgs) =>
  ({ limit: limitArg(args), orderBy: args.orderBy === 'refdomains' ? 'refdomains' : 'backlinks' }) as const;

const rangeOptions = (args: RangeArgs) => ({
  ...dateRange(args.range?.from, args.range?.to),
  change: args.change ?? undefined,
  filter: changeFilterOf(args.filter),
});

const historyOptions = (args: ListArgs & RangeArgs) => ({
  ...rangeOptions(args),
  limit: limitArg(args),
  orderBy: changeOrder(args.orderBy),
});

/** Cache-key parameters of the history lists: the filter in its upstream query form. */
const rangeParams = (args: RangeArgs) => withFilterQuery(rangeOptions(args), changeFilterQuery);
const historyParams = (args: ListArgs & RangeArgs) => withFilterQuery(historyOptions(args), changeFilterQuery);

type BacklinksArgs = ListArgs & {
  perDomain?: number | null | undefined;
  filter?: BacklinkFilterInput | null | undefined;
};

function backlinksOptions(args: BacklinksArgs) {
  const perDomain = args.perDomain ?? undefined;
  if (perDomain !== undefined && (perDomain < 1 || perDomain > 100)) {
    throw userInputError('INVALID_PARAMETER', 'perDomain must be between 1 and 100.');
  }
  return { ...listOptions(args), perDomain, filter: backlinkFilterOf(args.filter) };
}

const backlinksParams = (args: BacklinksArgs) => withFilterQuery(backlinksOptions(args), backlinkFilterQuery);

/** Rows 1 to the window's end of a target's backlinks. */
const allBacklinks = (ref: TargetRef, args: BacklinksArgs, ctx: Context) => () => {
  const opts = backlinksOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/all', { ...ref, ...backlinksParams(args) }, (signal) =>
    ctx.clients.seranking.backlinks(ref.target, ref.mode, opts, { signal }),
  );
};

/** Rows 1 to the window's end of a target's referring domains. */
const refDomainRows = (ref: TargetRef, args: ListArgs, ctx: Context) => () => {
  const opts = listOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/refdomains', { ...ref, ...opts }, (signal) =>
    ctx.clients.seranking.refDomains(ref.target, ref.mode, opts, { signal }),
  );
};

/** Rows 1 to the window's end of a target's anchor texts. */
const anchorRows = (ref: TargetRef, args: ListArgs, ctx: Context) => () => {
  const opts = anchorOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/anchors', { ...ref, ...opts }, (signal) =>
    ctx.clients.seranking.anchors(ref.target, ref.mode, opts, { signal }),
  );
};

/** Rows 1 to the window's end of a target's backlink changes in a date range. */
const historyRows = (ref: TargetRef, args: ListArgs & RangeArgs, ctx: Context) => () => {
  const opts = historyOptions(args);
  return cachedRead(ctx, 'backlinks', 'backlinks/history', { ...ref, ...historyParams(args) }, (signal) =>
    ctx.clients.seranking.history(ref.target, ref.mode, opts, { signal }),
  );
};

/** A page of a target's backlinks (its rows also tell the estimate which referring domains follow). */
const backlinkRows = (ref: TargetRef, args: BacklinksArgs, ctx: Context) =>
  pageRows(args, allBacklinks(ref, args, ctx));

const BacklinkConnection = connectionType(
  Backlink,
  'Backlink',
  'A page of the backlinks to a target (SE Ranking does not count them here: see `backlinkSummary`).',
);
const RefDomainConnection = connectionType(RefDomain, 'RefDomain', 'A page of the domains linking to a target.');
const AnchorConnection = connectionType(Anchor, 'Anchor', 'A page of the anchor texts of links to a target.');
const BacklinkChangeConnection = connectionType(
  BacklinkChange,
  'BacklinkChange',
  'A page of the backlinks a target gained and lost in a date range.',
);

Target.implement({
  description:
    'A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile ' +
    'and authority. Every field backed by SE Ranking is nullable: a target too large for the API ' +
    '(`TARGET_TOO_LARGE`) or a failing call blanks only that field, with its error.',
  fields: (t) => ({
    address: t.exposeString('target', {
      description: 'The domain, host or URL, as validated (hosts lowercased).',
    }),
    mode: t.field({
      type: TargetMode,
      description: 'How the target is interpreted: one host, a whole domain, or one URL.',
      resolve: (ref) => ref.mode,
    }),
    backlinkSummary: t.field({
      type: BacklinkSummary,
      nullable: true,
      extensions: {
        price: priced<TargetRef, object>({
          upstream: 'seranking',
          endpoint: 'backlinks/summary',
          entry: (ref, _args, ctx) => summaryKey(ctx, ref),
        }),
      },
      description:
        'Backlink counts, ranks and top lists. The summaries of all targets of one request are fetched ' +
        'together, 100 targets per upstream call.',
      resolve: (ref, _args, ctx) => ctx.loaders.get(backlinkSummaries).load(ref),
    }),
    authority: t.field({
      type: Authority,
      nullable: true,
      extensions: {
        price: priced<TargetRef, object>({
          upstream: 'seranking',
          endpoint: 'backlinks/authority',
          entry: (ref, _args, ctx) => authorityKey(ctx, ref.target),
        }),
      },
      description:
        'InLink Rank and Domain InLink Rank only (the target as given, whatever its mode); batched like ' +
        '`backlinkSummary`.',
      resolve: (ref, _args, ctx) => ctx.loaders.get(authorities).load(ref.target),
    }),
    backlinks: t.field({
      type: BacklinkConnection,
      nullable: true,
      complexity: rowCount,
      description:
        'Backlinks to the target, a page at a time. Each row read costs a credit, and SE Ranking has no offset: a ' +
        'page `after` a cursor reads the rows before it again (cached), up to the 10,000th row.',
      args: {
        ...pageArgs(ROW_PAGE, 'backlinks'),
        orderBy: t.arg({ type: BacklinkOrder, defaultValue: 'newest', description: 'Row order.' }),
        perDomain: t.arg.int({ description: 'At most this many backlinks per referring domain, 1–100.' }),
        filter: t.arg({
          type: BacklinkFilter,
          description: 'Keep only the backlinks matching it (filtered upstream).',
        }),
      },
      extensions: { price: rowsPrice('backlinks/all', backlinksParams, backlinkRows), refs: refsOf(backlinkRows) },
      resolve: (ref, args, ctx) => rowConnection(args, allBacklinks(ref, args, ctx)),
    }),
    refDomains: t.field({
      type: RefDomainConnection,
      nullable: true,
      complexity: rowCount,
      description: 'Domains linking to the target, a page at a time (paid and read like `backlinks`).',
      args: {
        ...pageArgs(ROW_PAGE, 'referring domains'),
        orderBy: t.arg({ type: BacklinkOrder, defaultValue: 'newest', description: 'Row order.' }),
      },
      extensions: {
        price: rowsPrice('backlinks/refdomains', listOptions, (ref, args, ctx) => refDomainRows(ref, args, ctx)()),
      },
      resolve: (ref, args, ctx) => rowConnection(args, refDomainRows(ref, args, ctx)),
    }),
    anchors: t.field({
      type: AnchorConnection,
      nullable: true,
      complexity: rowCount,
      description: 'Anchor texts of links to the target, a page at a time (paid and read like `backlinks`).',
      args: {
        ...pageArgs(ROW_PAGE, 'anchor texts'),
        orderBy: t.arg({ type: AnchorOrder, defaultValue: 'backlinks', description: 'Row order.' }),
      },
      extensions: {
        price: rowsPrice('backlinks/anchors', anchorOptions, (ref, args, ctx) => anchorRows(ref, args, ctx)()),
      },
      resolve: (ref, args, ctx) => rowConnection(args, anchorRows(ref, args, ctx)),
    }),
    history: t.field({
      type: BacklinkChangeConnection,
      nullable: true,
      complexity: rowCount,
      description:
        'Backlinks gained and lost in a date range (SE Ranking keeps about a year), a page at a time (paid and ' +
        'read like `backlinks`).',
      args: {
        change: t.arg({ type: BacklinkChangeType, description: 'Only new or only lost links; both when absent.' }),
        range: t.arg({ type: DateRangeInput, description: 'The days (default: yesterday and today).' }),
        ...pageArgs(ROW_PAGE, 'changes'),
        orderBy: t.arg({ type: BacklinkOrder, defaultValue: 'newest', description: 'Row order.' }),
        filter: t.arg({ type: BacklinkChangeFilter, description: 'Keep only the changes matching it (upstream).' }),
      },
      extensions: {
        price: rowsPrice('backlinks/history', historyParams, (ref, args, ctx) => historyRows(ref, args, ctx)()),
      },
      resolve: (ref, args, ctx) => rowConnection(args, historyRows(ref, args, ctx)),
    }),
    dailyChanges: t.field({
      type: [DailyBacklinkChanges],
      nullable: true,
      extensions: {
        price: priced<TargetRef, RangeArgs>({
          upstream: 'seranking',
          endpoint: 'backlinks/history/count',
          entry: (ref, args, ctx) =>
            serankingKey(ctx, 'backlinks', 'backlinks/history/count', { ...ref, ...rangeParams(args) }),
        }),
      },
      description: 'New and lost backlinks per day in a date range, oldest first, days without changes included.',
      args: {
        change: t.arg({ type: BacklinkChangeType, description: 'Count only new or only lost links.' }),
        range: t.arg({ type: DateRangeInput, description: 'The days (default: yesterday and today).' }),
        filter: t.arg({ type: BacklinkChangeFilter, description: 'Count only the changes matching it (upstream).' }),
      },
      resolve: (ref, args, ctx) => {
        const opts = rangeOptions(args);
        return cachedRead(ctx, 'backlinks', 'backlinks/history/count', { ...ref, ...rangeParams(args) }, (signal) =>
          ctx.clients.seranking.historyCount(ref.target, ref.mode, opts, { signal }),
        );
      },
    }),
  }),
});

// ---- queries ----

builder.queryFields((t) => ({
  target: t.field({
    type: Target,
    nullable: true,
    extensions: {
      refs: refsOf((_root: unknown, args: { target: string; mode?: Mode | null }) =>
        targetRef(args.target, args.mode ?? 'host'),
      ),
    },
    description: 'One backlinks target. An invalid target is `INVALID_TARGET`, before any upstream call.',
    args: {
      target: t.arg.string({ required: true, description: 'A domain, host or http(s) URL.' }),
      mode: t.arg({ type: TargetMode, defaultValue: 'host', description: 'How the target is interpreted.' }),
    },
    resolve: (_root, args) => targetRef(args.target, args.mode ?? 'host'),
  }),
  targets: t.field({
    type: [Target],
    nullable: { list: false, items: true },
    complexity: (args) => ({ field: 0, multiplier: args.targets.length }),
    description:
      'Many targets, one entry per input in input order; an invalid one is null with its `INVALID_TARGET` ' +
      'error (no upstream call for it). Their summaries and authority are fetched 100 targets per call.',
    args: {
      targets: t.arg.stringList({ required: true, description: 'Domains, hosts or http(s) URLs.' }),
      mode: t.arg({ type: TargetMode, defaultValue: 'host', description: 'How every target is interpreted.' }),
    },
    extensions: { refs: refsOf((_root: unknown, args: { targets: string[]; mode?: Mode | null }) => targetRefs(args)) },
    resolve: (_root, args) => targetRefs(args),
  }),
}));

/** The targets of a `targets` query in input order; an invalid one is a failed item (null with its error). */
const targetRefs = (args: { targets: readonly string[]; mode?: Mode | null | undefined }) =>
  args.targets.map((raw) => {
    try {
      return targetRef(raw, args.mode ?? 'host');
    } catch (error) {
      return failedItem<TargetRef>(error);
    }
  });
