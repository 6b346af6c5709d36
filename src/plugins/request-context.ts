import type { Plugin } from 'graphql-yoga';
import { type ContextDeps, createContext, type InFlightDeadlines } from '../context.js';
import { currentScope } from '../observability/scope.js';

/**
 * Builds each request's context onto Yoga's own context object. Not Yoga's `context` option: envelop merges
 * what that returns by copying values, which would read (and so make) the request's lazy signal at once.
 */
export function useRequestContext(
  depsFor: (request: Request) => ContextDeps,
  options: { deadlineMs: number; deadlines: InFlightDeadlines },
): Plugin<Record<string, unknown>> {
  return {
    onContextBuilding({ context }) {
      const { request } = context as { request?: Request };
      if (!request) return;
      createContext(
        depsFor(request),
        { ...options, disconnect: request.signal, arrivedAt: currentScope()?.arrivedAt },
        context,
      );
    },
  };
}
