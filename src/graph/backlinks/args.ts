/**
 * The arguments of a target's row lists (backlinks, referring domains, anchors, changes): the row window (SE
 * Ranking has no offset), dates, orders and filters as client options and cache-key parameters, and their price.
 */
import type { Context } from '../../context.js';
import { userInputError } from '../../errors/index.js';
import { priced } from '../../pricing/fields.js';
import type { SerankingEndpoint } from '../../pricing/index.js';
import { backlinkFilterQuery, changeFilterQuery } from '../../upstream/seranking/filters.js';
import type { BacklinksOrder, HistoryOptions } from '../../upstream/seranking/options.js';
import { builder } from '../builder.js';
import { connectionOf, type PageArgs, pageComplexity, pageWindow } from '../connections.js';
import {
  type BacklinkFilterInput,
  backlinkFilterOf,
  type ChangeFilterInput,
  changeFilterOf,
  withFilterQuery,
} from '../filters.js';
import { serankingKey } from '../seranking.js';
import { validDateRange } from '../validate.js';
import type { TargetRef } from './target.js';

export const MAX_ROWS = 10_000;

const DEFAULT_ROWS = 100;

/** Backlink lists have no offset upstream: a page `after` a cursor reads (and pays) the rows before it too. */
export const ROW_PAGE = { defaultFirst: DEFAULT_ROWS, maxFirst: MAX_ROWS } as const;
const rowWindow = (args: PageArgs) => pageWindow(args, ROW_PAGE, MAX_ROWS);
/** The upstream `limit` of a window: its end, at most 10,000. */
const limitArg = (args: PageArgs) => {
  const { offset, first } = rowWindow(args);
  return offset + first;
};

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
export const rowCount = pageComplexity(ROW_PAGE);

/** The rows of a window from the rows 1 to its end; `read` is not called for a window past the 10,000th row. */
export async function pageRows<T>(args: PageArgs, read: () => Promise<readonly T[]>): Promise<T[]> {
  const window = rowWindow(args);
  return window.first === 0 ? [] : (await read()).slice(window.offset, window.offset + window.first);
}

export async function rowConnection<T>(args: PageArgs, read: () => Promise<readonly T[]>) {
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
export const rowsPrice = <A extends RowArgs>(
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

export type ListArgs = RowArgs & { orderBy?: string | null | undefined };
interface DateRange {
  from?: string | null | undefined;
  to?: string | null | undefined;
}
export type RangeArgs = {
  change?: 'new' | 'lost' | null | undefined;
  range?: DateRange | null | undefined;
  filter?: ChangeFilterInput | null | undefined;
};

/** A range of days as one input (SE Ranking keeps about a year of changes). */
export const DateRangeInput = builder.inputType('DateRangeInput', {
  description: 'A range of days, both ends included; a missing end takes the field’s default.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day (default: yesterday).' }),
    to: t.field({ type: 'Date', description: 'The last day (default: today).' }),
  }),
});

export const listOptions = (args: ListArgs) => ({ limit: limitArg(args), orderBy: listOrder(args.orderBy) });

export const anchorOptions = (args: ListArgs) =>
  ({ limit: limitArg(args), orderBy: args.orderBy === 'refdomains' ? 'refdomains' : 'backlinks' }) as const;

export const rangeOptions = (args: RangeArgs) => ({
  ...validDateRange(args.range?.from, args.range?.to),
  change: args.change ?? undefined,
  filter: changeFilterOf(args.filter),
});

export const historyOptions = (args: ListArgs & RangeArgs) => ({
  ...rangeOptions(args),
  limit: limitArg(args),
  orderBy: changeOrder(args.orderBy),
});

/** Cache-key parameters of the history lists: the filter in its upstream query form. */
export const rangeParams = (args: RangeArgs) => withFilterQuery(rangeOptions(args), changeFilterQuery);
export const historyParams = (args: ListArgs & RangeArgs) => withFilterQuery(historyOptions(args), changeFilterQuery);

export type BacklinksArgs = ListArgs & {
  perDomain?: number | null | undefined;
  filter?: BacklinkFilterInput | null | undefined;
};

export function backlinksOptions(args: BacklinksArgs) {
  const perDomain = args.perDomain ?? undefined;
  if (perDomain !== undefined && (perDomain < 1 || perDomain > 100)) {
    throw userInputError('INVALID_PARAMETER', 'perDomain must be between 1 and 100.');
  }
  return { ...listOptions(args), perDomain, filter: backlinkFilterOf(args.filter) };
}

export const backlinksParams = (args: BacklinksArgs) => withFilterQuery(backlinksOptions(args), backlinkFilterQuery);
