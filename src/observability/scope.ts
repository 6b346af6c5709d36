/**
 * The request scope: an AsyncLocalStorage store opened around each HTTP request, holding its request id
 * (`x-request-id`, honoured when well-formed, generated otherwise) and the client it is attributed to.
 * Logs read it through pino's mixin, upstream-call accounting through `currentScope()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
export const ANONYMOUS_CLIENT = 'anonymous';

/** A class, not an object literal, like every per-request object (see src/context.ts `RequestScopeOf`). */
export class RequestScope {
  /** The gateway client the request's credits are attributed to (a configured client name, never a key). */
  client: string = ANONYMOUS_CLIENT;

  constructor(
    readonly requestId: string,
    /** When the HTTP request arrived (epoch ms): the request deadline runs from here. */
    readonly arrivedAt: number,
  ) {}
}

const storage = new AsyncLocalStorage<RequestScope>();

// Only ids that are safe to echo and to log: no spaces, quotes or control characters, bounded length.
const VALID_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The caller's id when it is well-formed, otherwise a new UUID. */
export function requestIdFrom(header: string | readonly string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && VALID_ID.test(value) ? value : randomUUID();
}

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
