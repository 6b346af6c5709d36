/**
 * Runs each execution inside the request's ledger, so the upstream calls it makes are counted there, and
 * reports the ledger under `extensions.upstream` of every result.
 */
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { RequestLedger } from '../upstream/ledger.js';

/** Runs execution inside the request's ledger, reports it under `extensions.upstream`, then releases the request. */
export function useUpstreamLedger(): Plugin<Record<string, unknown>> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const ledger = (args.contextValue as Partial<Context>).ledger;
      if (!(ledger instanceof RequestLedger)) return;
      setExecuteFn((executeArgs) => ledger.run(() => executeFn(executeArgs)));
      // The request's deadline timers are let go when its (last) result is out, so they don't keep it alive.
      const release = (): void => (args.contextValue as Partial<Context>).release?.();
      return {
        onExecuteDone(payload) {
          const stream = handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            setResult({ ...result, extensions: { ...result.extensions, upstream: ledger.report() } });
          });
          if (!stream) {
            release();
            return undefined;
          }
          return {
            ...stream,
            onEnd: () => {
              stream.onEnd?.();
              release();
            },
          };
        },
      };
    },
  };
}
