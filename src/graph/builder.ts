/**
 * The Pothos schema builder shared by every domain module: the Context and Scalars types, the
 * plugins (complexity for credit pricing, dataloader for per-request batching, relay for `Node`, global
 * ids and connections), and the scalars.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context.js';
import { userInputError } from '../errors/index.js';
import { LIST_MULTIPLIER } from '../pricing/fields.js';

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: string };
    Month: { Input: string; Output: string };
    URL: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  // A connection's edges and their nodes are there whenever the connection is: the page is read in one call.
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  // Order matters: complexity reads field options before the dataloader plugin wraps resolvers.
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    nodeTypeOptions: {
      description:
        'An entity with a global id: `Query.node(id:)` and `Query.nodes(ids:)` fetch it again. Ids are opaque: ' +
        'pass them back as they came, never build or parse them.',
    },
    idFieldOptions: { description: 'The opaque global id of this entity (see `Query.node`).' },
    nodeQueryOptions: {
      description: 'The entity with this global id, read through the same batched loaders as everywhere else.',
      args: { id: { description: 'A global id (the `id` of any `Node`).' } },
    },
    nodesQueryOptions: {
      description:
        'The entities with these global ids, in input order; one that cannot be read is null with its error. ' +
        'Entities of one kind are read in one batched call.',
      args: { ids: { description: 'Global ids (the `id` of any `Node`).' } },
    },
    pageInfoTypeOptions: { description: 'Where a page of a connection stands.' },
    hasNextPageFieldOptions: { description: 'True when rows follow this page (ask again with `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'True when rows come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first row of this page; null when it is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last row of this page; null when it is empty.' },
    cursorFieldOptions: {
      description: 'An opaque cursor: pass it as `after` to read the rows after this one.',
    },
    // The connection field prices and counts its rows (its `first`); edges and their nodes are those rows.
    nodeFieldOptions: { description: 'The row.', extensions: { passThrough: true } },
    edgesFieldOptions: {
      description: 'The rows of this page with their cursors.',
      complexity: { field: 0, multiplier: 1 },
      extensions: { passThrough: true },
    },
    pageInfoFieldOptions: { description: 'Where this page stands.' },
    // `nodes` beside `edges` (as GitHub's API has it): the rows without their cursors.
    nodesOnConnection: {
      description: 'The rows of this page (`edges` without the cursors).',
      complexity: { field: 0, multiplier: 1 },
      extensions: { passThrough: true },
    },
  },
  // Limits and credit budgets are configured at the edge (hardening); here fields only declare costs.
  complexity: { defaultComplexity: 0, defaultListMultiplier: LIST_MULTIPLIER },
});

const parseDate = (value: unknown): Date => {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 string, e.g. "2026-11-22T10:00:00Z".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
};

builder.scalarType('DateTime', {
  description: 'A point in time as an ISO 8601 string in UTC, e.g. `2026-11-22T10:00:00.000Z`.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as SE Ranking takes it; a malformed one is the upstream's own `INVALID_PARAMETER`, before any call. */
const parseDay = (value: unknown): string => {
  if (typeof value !== 'string' || !DAY.test(value)) {
    throw userInputError('INVALID_PARAMETER', 'A Date must be a day as YYYY-MM-DD, e.g. "2026-11-22".');
  }
  return value;
};

builder.scalarType('Date', {
  description: 'A calendar day as an ISO 8601 string, `YYYY-MM-DD` (UTC), e.g. `2026-11-22`.',
  serialize: (value) => value,
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month as the upstreams report it; a malformed one is `INVALID_PARAMETER`. */
const parseMonth = (value: unknown): string => {
  if (typeof value !== 'string' || !MONTH.test(value)) {
    throw userInputError('INVALID_PARAMETER', 'A Month must be YYYY-MM, e.g. "2026-11".');
  }
  return value;
};

builder.scalarType('Month', {
  description: 'A calendar month as an ISO 8601 string, `YYYY-MM`, e.g. `2026-11`.',
  serialize: (value) => value,
  parseValue: parseMonth,
  parseLiteral: (ast) => parseMonth(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** An absolute http(s) URL; the graph only returns them (as the upstreams wrote them). */
const parseUrl = (value: unknown): string => {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    throw userInputError('INVALID_PARAMETER', 'A URL must be absolute, e.g. "https://example.com/page".');
  }
  return value;
};

builder.scalarType('URL', {
  description: 'An absolute URL as an RFC 3986 string, e.g. `https://www.nike.com/running`.',
  serialize: (value) => value,
  parseValue: parseUrl,
  parseLiteral: (ast) => parseUrl(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.queryType({
  description: 'Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics).',
});

/** An enum value's upstream value and its description. */
type DescribedValues = Readonly<Record<string, readonly [value: string, description: string]>>;

/**
 * An enum from a table `{ NAME: [value, description] }`: the one shape every enum of the graph has (a name, an
 * upstream value and a description per value), written once.
 */
export const describedEnum = <const V extends DescribedValues>(name: string, description: string, values: V) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries(values).map(([key, [value, about]]) => [key, { value, description: about }]),
    ) as { [K in keyof V]: { value: V[K][0]; description: string } },
  });
