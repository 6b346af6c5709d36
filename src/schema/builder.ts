/**
 * The Pothos schema builder shared by every domain module: the Context and Scalars types, the
 * plugins (complexity for credit pricing, dataloader for per-request batching), and the scalars.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context.js';

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
}

/** Children per parent of a list field that declares no multiplier (the estimate's cold assumption). */
export const LIST_MULTIPLIER = 10;

export const builder = new SchemaBuilder<SchemaTypes>({
  // Order matters: complexity reads field options before the dataloader plugin wraps resolvers.
  plugins: [ComplexityPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  // Limits and credit budgets are configured at the edge (hardening); here fields only declare costs.
  complexity: { defaultComplexity: 1, defaultListMultiplier: LIST_MULTIPLIER },
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

builder.queryType({
  description: 'Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics).',
});
