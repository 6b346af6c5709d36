import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { gatewayError } from '../errors/index.js';

/** How long past its deadline an execution may take to wind down before the request is answered without it. */
const DEADLINE_GRACE_MS = 250;

/**
 * The request is answered by its deadline (plus a short grace), whatever a resolver does: everything that
 * listens to the request signal stops at the deadline, and anything that does not is not waited for.
 */
export function useDeadlineBackstop(): Plugin<Record<string, unknown>> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { whenEnded } = args.contextValue as Partial<Context>;
      if (!whenEnded) return;
      setExecuteFn((executeArgs) => {
        let timer: NodeJS.Timeout | undefined;
        let stopWatching: (() => void) | undefined;
        const late = new Promise<ExecutionResult>((resolve) => {
          stopWatching = whenEnded(() => {
            timer = setTimeout(
              () =>
                resolve({
                  data: null,
                  errors: [
                    gatewayError('UPSTREAM_TIMEOUT', 'The request deadline passed before the operation finished.', {
                      retryable: true,
                    }),
                  ],
                }),
              DEADLINE_GRACE_MS,
            );
          });
        });
        const running = Promise.resolve(executeFn(executeArgs));
        return Promise.race([running, late]).finally(() => {
          clearTimeout(timer);
          stopWatching?.();
        });
      });
    },
  };
}
