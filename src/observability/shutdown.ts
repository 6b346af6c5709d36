/**
 * Draining long-lived responses at shutdown: every subscription stream (SSE) ends cleanly when the shutdown
 * signal fires, so Yoga sends its `complete` event, the response finishes, the connection turns idle and
 * the server can close; clients reconnect to another instance. Plain requests simply run to completion.
 */
import type { Plugin } from 'graphql-yoga';
import { isAsyncIterable } from 'graphql-yoga';

/** `source`, ending as soon as `signal` aborts (the source is told to stop, without waiting for it). */
export function endOnAbort<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const done: IteratorReturnResult<undefined> = { done: true, value: undefined };
  const stopped = new Promise<IteratorReturnResult<undefined>>((resolve) => {
    if (signal.aborted) resolve(done);
    else signal.addEventListener('abort', () => resolve(done), { once: true });
  });
  const stopSource = (): void => {
    iterator.return?.()?.catch(() => undefined);
  };
  const wrapped: AsyncIterableIterator<T> = {
    async next() {
      const result = await Promise.race([iterator.next(), stopped]);
      if (result.done && signal.aborted) stopSource();
      return result;
    },
    async return() {
      stopSource();
      return done;
    },
    async throw(error?: unknown) {
      stopSource();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return wrapped;
    },
  };
  return wrapped;
}

export function useShutdownDrain(signal: AbortSignal): Plugin<Record<string, unknown>> {
  return {
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(endOnAbort(result, signal));
        },
      };
    },
    onExecute() {
      return {
        // Incremental delivery (@defer / @stream) streams as well.
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(endOnAbort(result, signal));
        },
      };
    },
  };
}
