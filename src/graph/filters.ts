/**
 * Filter inputs of the SE Ranking lists (seranking.md §5.5, §5.8, §5.11, §5.13): shared `IntRange` / `FloatRange`
 * / `TextMatch`, and one filter input per list. Each maps onto the upstream's own parameters
 * (src/upstream/seranking/filters.ts), so rows are filtered upstream; a bad value is rejected before any call with
 * the code the upstream would answer, and the filter is part of the cache key.
 */

import { userInputError } from '../errors/index.js';
import { isUpstreamError } from '../upstream/errors.js';
import {
  type BacklinkFilter as BacklinkFilterValue,
  backlinkFilterQuery,
  type BacklinkChangeFilter as ChangeFilterValue,
  changeFilterQuery,
  type FilterQuery,
  type IntentCode,
  type KeywordFilter as KeywordFilterValue,
  keywordFilterQuery,
  type Range,
  type RankingFilter as RankingFilterValue,
  rankingFilterQuery,
  type TextMatch as TextMatchValue,
} from '../upstream/seranking/filters.js';
import { builder, describedEnum } from './builder.js';
import { SerpFeature } from './enums.js';
import { SearchIntent } from './keywords/types.js';

type Maybe<T> = T | null | undefined;

export const IntRange = builder.inputType('IntRange', {
  description: 'An inclusive range of whole numbers; leave an end out to keep it open.',
  fields: (t) => ({
    from: t.int({ description: 'The smallest value kept.' }),
    to: t.int({ description: 'The largest value kept (not below `from`).' }),
  }),
});

export const FloatRange = builder.inputType('FloatRange', {
  description: 'An inclusive range of numbers; leave an end out to keep it open.',
  fields: (t) => ({
    from: t.float({ description: 'The smallest value kept.' }),
    to: t.float({ description: 'The largest value kept (not below `from`).' }),
  }),
});

export const TextMatch = builder.inputType('TextMatch', {
  description: 'A text a field must contain (case-insensitive), or must not contain.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The text, 1–2,063 characters.' }),
    exclude: t.boolean({
      defaultValue: false,
      description: 'True: keep only rows whose field does not contain the text.',
    }),
  }),
});

export const LinkFollow = describedEnum(
  'LinkFollow',
  'Whether a link passes authority (dofollow) or asks search engines not to (nofollow).',
  {
    DOFOLLOW: ['dofollow', 'Only dofollow links.'],
    NOFOLLOW: ['nofollow', 'Only nofollow links.'],
  },
);

const LinkType = describedEnum('BacklinkChangeLinkType', 'How a gained or lost link points at the target.', {
  LINK: ['href', 'An ordinary hyperlink.'],
  REDIRECT: ['redirect', 'A redirect to the target.'],
});

const AnchorType = describedEnum('BacklinkAnchorType', 'What a link is made of.', {
  TEXT: ['text', 'A text link.'],
  IMAGE: ['image', 'An image link.'],
});

const rangeFields = {
  volume: 'Monthly searches.',
  difficulty: 'Keyword difficulty, 0–100.',
} as const;

export const KeywordFilter = builder.inputType('KeywordFilter', {
  description:
    'Keep only keyword ideas matching every filter given (SE Ranking filters them, so `total` counts the ' +
    'matches). A list filter keeps a row having any of its values.',
  fields: (t) => ({
    volume: t.field({ type: IntRange, description: rangeFields.volume }),
    difficulty: t.field({ type: IntRange, description: rangeFields.difficulty }),
    cpc: t.field({ type: FloatRange, description: 'Cost per click (USD).' }),
    competition: t.field({ type: FloatRange, description: 'Advertiser competition, 0–1.' }),
    serpFeatures: t.field({ type: [SerpFeature], description: 'Any of these SERP features is shown.' }),
    intents: t.field({ type: [SearchIntent], description: 'Any of these search intents.' }),
  }),
});

const PositionChange = describedEnum('PositionChange', 'How a ranking keyword moved since the previous month.', {
  UP: ['up', 'Moved up.'],
  DOWN: ['down', 'Moved down.'],
  NEW: ['new', 'Ranks for the first time.'],
  LOST: ['lost', 'No longer ranks.'],
  CHANGED: ['diff', 'Moved either way.'],
  UNCHANGED: ['same', 'Kept its position.'],
});

export const RankingKeywordFilter = builder.inputType('RankingKeywordFilter', {
  description:
    'Keep only the ranking keywords matching every filter given (SE Ranking filters them before paging). A ' +
    'list filter keeps a row having any of its values.',
  fields: (t) => ({
    keyword: t.string({ description: 'The keyword contains this text.' }),
    position: t.field({ type: IntRange, description: 'Current position, 1–100.' }),
    positionChange: t.field({ type: PositionChange, description: 'How the position moved.' }),
    volume: t.field({ type: IntRange, description: rangeFields.volume }),
    difficulty: t.field({ type: IntRange, description: rangeFields.difficulty }),
    cpc: t.field({ type: FloatRange, description: 'Cost per click (USD).' }),
    traffic: t.field({ type: IntRange, description: 'Estimated monthly visits the keyword brings.' }),
    serpFeatures: t.field({ type: [SerpFeature], description: 'Any of these SERP features is shown.' }),
    intents: t.field({ type: [SearchIntent], description: 'Any of these search intents.' }),
  }),
});

export const BacklinkFilter = builder.inputType('BacklinkFilter', {
  description: "Keep only the target's backlinks matching every filter given (SE Ranking filters them).",
  fields: (t) => ({
    follow: t.field({ type: LinkFollow, description: 'Only dofollow or only nofollow links.' }),
    referringPage: t.field({ type: TextMatch, description: 'The URL of the page the link is on.' }),
    destinationPage: t.field({ type: TextMatch, description: 'The URL of the target page it points at.' }),
    anchorText: t.field({ type: TextMatch, description: 'The anchor text.' }),
    inlinkRank: t.field({ type: IntRange, description: 'InLink Rank of the referring page, 0–100.' }),
    domainInlinkRank: t.field({ type: IntRange, description: 'Domain InLink Rank of the referring domain, 0–100.' }),
  }),
});

export const BacklinkChangeFilter = builder.inputType('BacklinkChangeFilter', {
  description: 'Keep only the gained and lost backlinks matching every filter given (SE Ranking filters them).',
  fields: (t) => ({
    follow: t.field({ type: LinkFollow, description: 'Only dofollow or only nofollow links.' }),
    linkType: t.field({ type: LinkType, description: 'Only hyperlinks or only redirects.' }),
    anchorType: t.field({ type: AnchorType, description: 'Only text or only image links.' }),
    referringPage: t.string({ description: 'The URL of the page the link is on contains this text.' }),
  }),
});

// ---- GraphQL input → client filter ----

/** An `IntRange` or `FloatRange` as it arrives. */
export interface RangeInput {
  from?: Maybe<number>;
  to?: Maybe<number>;
}

interface TextMatchInput {
  text: string;
  exclude?: Maybe<boolean>;
}

const rangeOf = (r: Maybe<RangeInput>): Range | undefined =>
  r ? { from: r.from ?? undefined, to: r.to ?? undefined } : undefined;

const matchOf = (m: Maybe<TextMatchInput>): TextMatchValue | undefined =>
  m ? { text: m.text, exclude: m.exclude ?? false } : undefined;

const INTENT_LETTERS: Readonly<Record<string, IntentCode>> = {
  informational: 'I',
  navigational: 'N',
  transactional: 'T',
  commercial: 'C',
  local: 'L',
};

const intentCodes = (intents: Maybe<readonly string[]>): IntentCode[] | undefined =>
  intents?.flatMap((i) => {
    const code = INTENT_LETTERS[i];
    return code ? [code] : [];
  });

/**
 * Checks a filter as the client will send it (the same function builds its query), so a bad value is a user-input
 * error with the upstream's code before any call.
 */
function checkedFilter<F>(filter: F | undefined, query: (f: F | undefined) => FilterQuery): F | undefined {
  try {
    query(filter);
  } catch (error) {
    if (isUpstreamError(error)) {
      throw userInputError(
        error.code,
        'A filter value is out of range, has `from` after `to`, or is an empty or too long text.',
      );
    }
    throw error;
  }
  return filter;
}

export interface KeywordFilterInput {
  volume?: Maybe<RangeInput>;
  difficulty?: Maybe<RangeInput>;
  cpc?: Maybe<RangeInput>;
  competition?: Maybe<RangeInput>;
  serpFeatures?: Maybe<readonly string[]>;
  intents?: Maybe<readonly string[]>;
}

export const keywordFilterOf = (f: Maybe<KeywordFilterInput>): KeywordFilterValue | undefined =>
  checkedFilter(
    f
      ? {
          volume: rangeOf(f.volume),
          difficulty: rangeOf(f.difficulty),
          cpc: rangeOf(f.cpc),
          competition: rangeOf(f.competition),
          serpFeatures: f.serpFeatures ?? undefined,
          intents: intentCodes(f.intents),
        }
      : undefined,
    keywordFilterQuery,
  );

export interface RankingFilterInput extends Omit<KeywordFilterInput, 'competition'> {
  keyword?: Maybe<string>;
  position?: Maybe<RangeInput>;
  positionChange?: Maybe<'up' | 'down' | 'new' | 'lost' | 'diff' | 'same'>;
  traffic?: Maybe<RangeInput>;
}

export const rankingFilterOf = (f: Maybe<RankingFilterInput>): RankingFilterValue | undefined =>
  checkedFilter(
    f
      ? {
          keyword: f.keyword ?? undefined,
          position: rangeOf(f.position),
          volume: rangeOf(f.volume),
          difficulty: rangeOf(f.difficulty),
          cpc: rangeOf(f.cpc),
          traffic: rangeOf(f.traffic),
          serpFeatures: f.serpFeatures ?? undefined,
          intents: intentCodes(f.intents),
        }
      : undefined,
    rankingFilterQuery,
  );

export interface BacklinkFilterInput {
  follow?: Maybe<'dofollow' | 'nofollow'>;
  referringPage?: Maybe<TextMatchInput>;
  destinationPage?: Maybe<TextMatchInput>;
  anchorText?: Maybe<TextMatchInput>;
  inlinkRank?: Maybe<RangeInput>;
  domainInlinkRank?: Maybe<RangeInput>;
}

export const backlinkFilterOf = (f: Maybe<BacklinkFilterInput>): BacklinkFilterValue | undefined =>
  checkedFilter(
    f
      ? {
          follow: f.follow ?? undefined,
          urlFrom: matchOf(f.referringPage),
          urlTo: matchOf(f.destinationPage),
          anchor: matchOf(f.anchorText),
          inlinkRank: rangeOf(f.inlinkRank),
          domainInlinkRank: rangeOf(f.domainInlinkRank),
        }
      : undefined,
    backlinkFilterQuery,
  );

export interface ChangeFilterInput {
  follow?: Maybe<'dofollow' | 'nofollow'>;
  linkType?: Maybe<'href' | 'redirect'>;
  anchorType?: Maybe<'text' | 'image'>;
  referringPage?: Maybe<string>;
}

export const changeFilterOf = (f: Maybe<ChangeFilterInput>): ChangeFilterValue | undefined =>
  checkedFilter(
    f
      ? {
          follow: f.follow ?? undefined,
          linkType: f.linkType ?? undefined,
          anchorType: f.anchorType ?? undefined,
          urlFrom: f.referringPage ?? undefined,
        }
      : undefined,
    changeFilterQuery,
  );

/**
 * Cache-key parameters of a list read: its options with the filter in its upstream query form, so equal filters
 * share an entry however they were spelled.
 */
export function withFilterQuery<O extends { filter?: F | undefined }, F>(
  options: O,
  query: (f: F | undefined) => FilterQuery,
): Omit<O, 'filter'> & FilterQuery {
  const { filter, ...rest } = options;
  return { ...rest, ...query(filter) };
}
