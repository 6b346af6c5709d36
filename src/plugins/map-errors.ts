/** Rewrites every error of every final result (single, batched; streams are left alone) with `map`. */
import type { ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export function useMapErrors(map: (error: GraphQLError) => GraphQLError): Plugin<Record<string, unknown>> {
  const fix = (result: ExecutionResult): ExecutionResult =>
    result.errors ? { ...result, errors: result.errors.map(map) } : result;
  return {
    onResultProcess({ result, setResult }) {
      if (isAsyncIterable(result)) return;
      setResult(Array.isArray(result) ? result.map(fix) : fix(result));
    },
  };
}
