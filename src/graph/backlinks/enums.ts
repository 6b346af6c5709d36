/**
 * The enums of backlink lists: their orders, a change's direction and a link's kind.
 */
import { builder } from '../builder.js';

export const BacklinkOrder = builder.enumType('BacklinkOrder', {
  description: 'The order of backlink, referring-domain and change lists.',
  values: {
    NEWEST: { value: 'newest', description: 'Most recently found (or changed) first.' },
    DOMAIN_INLINK_RANK: { value: 'domain_inlink_rank', description: 'Highest Domain InLink Rank first.' },
    INLINK_RANK: { value: 'inlink_rank', description: 'Highest page InLink Rank first.' },
  } as const,
});

export const AnchorOrder = builder.enumType('AnchorOrder', {
  description: 'The order of anchor-text lists.',
  values: {
    BACKLINKS: { value: 'backlinks', description: 'Most backlinks first.' },
    REF_DOMAINS: { value: 'refdomains', description: 'Most referring domains first.' },
  } as const,
});

export const BacklinkChangeType = builder.enumType('BacklinkChangeType', {
  description: 'Whether a backlink appeared or disappeared.',
  values: {
    NEW: { value: 'new', description: 'The link was found for the first time.' },
    LOST: { value: 'lost', description: 'The link is gone (removed, page gone, crawl error ...).' },
  } as const,
});

export const BacklinkKind = builder.enumType('BacklinkKind', {
  description: 'How the referring page points at the destination.',
  values: {
    LINK: { value: 'link', description: 'An ordinary hyperlink (`<a href>`), text or image.' },
    REDIRECT: { value: 'redirect', description: 'An HTTP or meta redirect to the destination.' },
    CANONICAL: { value: 'canonical', description: 'A `rel=canonical` pointing at the destination.' },
  } as const,
});
