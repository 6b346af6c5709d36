/**
 * The enums of backlink lists: their orders, a change's direction and a link's kind.
 */
import { describedEnum } from '../builder.js';

export const BacklinkOrder = describedEnum(
  'BacklinkOrder',
  'The order of backlink, referring-domain and change lists.',
  {
    NEWEST: ['newest', 'Most recently found (or changed) first.'],
    DOMAIN_INLINK_RANK: ['domain_inlink_rank', 'Highest Domain InLink Rank first.'],
    INLINK_RANK: ['inlink_rank', 'Highest page InLink Rank first.'],
  },
);

export const AnchorOrder = describedEnum('AnchorOrder', 'The order of anchor-text lists.', {
  BACKLINKS: ['backlinks', 'Most backlinks first.'],
  REF_DOMAINS: ['refdomains', 'Most referring domains first.'],
});

export const BacklinkChangeType = describedEnum('BacklinkChangeType', 'Whether a backlink appeared or disappeared.', {
  NEW: ['new', 'The link was found for the first time.'],
  LOST: ['lost', 'The link is gone (removed, page gone, crawl error ...).'],
});

export const BacklinkKind = describedEnum('BacklinkKind', 'How the referring page points at the destination.', {
  LINK: ['link', 'An ordinary hyperlink (`<a href>`), text or image.'],
  REDIRECT: ['redirect', 'An HTTP or meta redirect to the destination.'],
  CANONICAL: ['canonical', 'A `rel=canonical` pointing at the destination.'],
});
