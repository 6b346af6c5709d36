/**
 * Relay connections (issue 17): every list that can be long is a `…Connection` with `edges { cursor node }`,
 * `pageInfo` and, where the upstream counts its rows, `totalCount`. Pages are asked with a bounded `first` (each
 * field documents its default and maximum) and `after` (an opaque cursor: the row's offset, base64-encoded).
 * The estimate prices a connection by its `first` (the field's complexity multiplier); the plugin's `edges` and
 * `node` fields pass its rows through unchanged (their `passThrough` extension, see src/graph/builder.ts).
 */
import { decodeBase64, encodeBase64, type ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import { userInputError } from '../errors/index.js';
import { refsOf } from '../pricing/fields.js';
import { builder, type SchemaTypes } from './builder.js';

/** The bounds of one connection field's `first`. */
export interface PageLimits {
  defaultFirst: number;
  maxFirst: number;
}

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** The rows a page asks for: `first` rows from `offset`. */
export interface PageWindow {
  offset: number;
  first: number;
}

const CURSOR = /^row:(\d{1,9})$/;

export const cursorOf = (offset: number): string => encodeBase64(`row:${offset}`);

function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  let decoded = '';
  try {
    decoded = decodeBase64(after);
  } catch {
    decoded = '';
  }
  const match = CURSOR.exec(decoded);
  if (!match?.[1]) throw userInputError('INVALID_PARAMETER', '`after` is not a cursor of this connection.');
  return Number(match[1]) + 1;
}

/**
 * The window of a page, validated before any upstream call (`first` out of range is `INVALID_PARAMETER`, one
 * message for either side). `end` is the most rows the upstream can reach (e.g. 10,000 backlinks): a page past
 * it is cut there.
 */
export function pageWindow(args: PageArgs, limits: PageLimits, end = Number.POSITIVE_INFINITY): PageWindow {
  const first = args.first ?? limits.defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxFirst) {
    throw userInputError('INVALID_PARAMETER', `\`first\` must be between 1 and ${limits.maxFirst}.`);
  }
  const offset = offsetAfter(args.after);
  return { offset, first: Math.max(0, Math.min(first, end - offset)) };
}

/** `first` and `after` with the field's documented bounds. */
export const pageArgs = (limits: PageLimits, rows: string) =>
  builder.args((t) => ({
    first: t.int({
      defaultValue: limits.defaultFirst,
      description: `How many ${rows}, 1–${limits.maxFirst.toLocaleString('en')} (default ${limits.defaultFirst}).`,
    }),
    after: t.string({ description: 'Read the rows after this cursor (a `cursor` or `pageInfo.endCursor`).' }),
  }));

/** The complexity of a connection field: its rows are its `first`. */
export const pageComplexity = (limits: PageLimits) => (args: PageArgs) => ({
  field: 0,
  multiplier: args.first ?? limits.defaultFirst,
});

export interface ConnectionValue<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

/** The connection of the rows of one window; `hasNextPage` is the caller's (only it knows the upstream's end). */
export function connectionOf<T>(
  rows: readonly T[],
  window: PageWindow,
  hasNextPage: boolean,
  totalCount?: number,
): ConnectionValue<T> {
  const edges = rows.map((node, i) => ({ cursor: cursorOf(window.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}

/** A page of a list the upstream returns whole (one call, cached): sliced here, with its total. */
export const sliceConnection = <T>(all: readonly T[], window: PageWindow): ConnectionValue<T> =>
  connectionOf(
    all.slice(window.offset, window.offset + window.first),
    window,
    window.offset + window.first < all.length,
    all.length,
  );

/** The rows of a window of a list the upstream returns whole: what the estimate learns from the cache. */
export const sliceRows = <T>(all: readonly T[], window: PageWindow): T[] =>
  all.slice(window.offset, window.offset + window.first);

/**
 * The paging part of a root connection field over a list the upstream returns whole (`all`: one cached read): its
 * arguments and price, the rows the estimate learns from the cache, and the page it answers.
 */
export function wholeListPaging<T>(limits: PageLimits, rows: string, all: (ctx: Context) => Promise<readonly T[]>) {
  return {
    args: pageArgs(limits, rows),
    complexity: pageComplexity(limits),
    extensions: {
      refs: refsOf(async (_root: unknown, args: PageArgs, ctx: Context) =>
        sliceRows(await all(ctx), pageWindow(args, limits)),
      ),
    },
    resolve: async (_root: unknown, args: PageArgs, ctx: Context) =>
      sliceConnection(await all(ctx), pageWindow(args, limits)),
  };
}

/** `…Connection` and `…Edge` types of a node type; `totalCount` describes the count where the upstream gives one. */
export function connectionType<T>(
  node: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>,
  name: string,
  description: string,
  totalCount?: string,
) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description,
      ...(totalCount
        ? {
            fields: (t) => ({
              totalCount: t.int({
                description: totalCount,
                resolve: (connection) => (connection as ConnectionValue<T>).totalCount ?? 0,
              }),
            }),
          }
        : {}),
    },
    { name: `${name}Edge`, description: `One row of \`${name}Connection\` with its cursor.` },
  );
}
