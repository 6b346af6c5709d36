/**
 * Queries run on graphql-jit: each document is compiled once into an executor, which completes long lists
 * (a top 100 with its backlinks) at about 1.6x graphql-js's requests per CPU-second. Only queries whose
 * variables graphql-js accepts: mutations and subscriptions keep graphql-js's execution, and invalid variables
 * its messages (graphql-jit words them its own way, without the development build's suggestions). `@defer` and
 * `@stream` queries too: graphql-jit would answer them in one part.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import { type ExecutionArgs, getOperationAST, getVariableValues } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type Context, coercedVariables } from '../context.js';
import { isIncremental } from './defer-stream.js';

function jitApplies({ schema, document, operationName, variableValues, contextValue }: ExecutionArgs): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query' || isIncremental(document)) return false;
  const definitions = operation.variableDefinitions ?? [];
  // Coerced again by the executor: only worth it where there are variables to get wrong.
  if (definitions.length === 0) return true;
  const variables = variableValues ?? {};
  const memos = (contextValue as Partial<Context> | undefined)?.memos;
  const coerced = memos
    ? coercedVariables(memos, schema, definitions, variables)
    : getVariableValues(schema, definitions, variables);
  return coerced.errors === undefined;
}

/** List it before the upstream ledger, which runs the chosen executor inside the request's ledger. */
export function useQueryJit(): Plugin<Record<string, unknown>> {
  return useGraphQlJit({}, { enableIf: jitApplies }) as Plugin<Record<string, unknown>>;
}
