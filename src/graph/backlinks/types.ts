/**
 * Backlinks (SE Ranking): the fields of a `Target` and its backlink profile: `BacklinkSummary`, `Authority`,
 * `Backlink`, `BacklinkChange`, `RefDomain`, `Anchor` and the daily counts of new and lost links.
 */

import { priced, refsOf } from '../../pricing/fields.js';
import type {
  Anchor as AnchorRow,
  Authority as AuthorityRow,
  BacklinkChangeCount,
  BacklinkChange as BacklinkChangeRow,
  Backlink as BacklinkRow,
  RefDomain as RefDomainRow,
  BacklinkSummary as SummaryRow,
} from '../../upstream/seranking/types.js';
import { builder } from '../builder.js';
import { connectionType, pageArgs } from '../connections.js';
import { TargetMode } from '../enums.js';
import { BacklinkChangeFilter, BacklinkFilter } from '../filters.js';
import { serankingKey } from '../seranking.js';
import {
  anchorOptions,
  backlinksParams,
  DateRangeInput,
  historyParams,
  listOptions,
  type RangeArgs,
  ROW_PAGE,
  rangeParams,
  rowConnection,
  rowCount,
  rowsPrice,
} from './args.js';
import {
  allBacklinks,
  anchorRows,
  authorities,
  authorityKey,
  backlinkRows,
  backlinkSummaries,
  dailyChangeCounts,
  historyRows,
  refDomainRows,
  summaryKey,
} from './data.js';
import { AnchorOrder, BacklinkChangeType, BacklinkKind, BacklinkOrder } from './enums.js';
import { domainTargetOf, Target, type TargetRef } from './target.js';

const kindOf = (linkType: string | null): 'link' | 'redirect' | 'canonical' =>
  linkType === 'redirect' ? 'redirect' : linkType === 'canonical' ? 'canonical' : 'link';

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
      resolve: dailyChangeCounts,
    }),
  }),
});
