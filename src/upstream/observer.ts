/**
 * The one observer of upstream HTTP calls. The transport reports every attempt it sends (retries and client-side
 * splitting included, as the upstream sees them): the observer counts it in the ledger of the request running in
 * the current async context, then hands it to its watchers (the credit meter, tracing, the gateway's metrics).
 */
import type { UpstreamName } from './errors.js';
import { currentLedger, type RequestLedger } from './ledger.js';

export interface UpstreamCall {
  upstream: UpstreamName;
  method: string;
  /** Path and query string below the base URL, e.g. `/v1/backlinks/summary?target=a.com` (may carry a key). */
  path: string;
  /** Route template, e.g. `/v1/backlinks/summary`; `other` for paths outside the known shape. Safe as a label. */
  endpoint: string;
  /** Origin, base path and endpoint: no query string, so no key. */
  url: string;
  /** The ledger of the request that sent the call; undefined for background work (poller, probes). */
  ledger: RequestLedger | undefined;
}

export interface UpstreamCallEnd {
  /** HTTP status, or undefined when the call failed without an answer (reset, timeout, abort). */
  status: number | undefined;
  /** The reply's body, when one was read. */
  body: string | undefined;
  error: Error | undefined;
  durationMs: number;
}

/** Called as a call leaves; the function it returns, if any, is called once as the call ends. */
export type CallWatcher = (call: UpstreamCall) => ((end: UpstreamCallEnd) => void) | undefined;

/** Distinct endpoints kept per upstream; past the cap new ones are reported as `other` (bounded labels). */
const MAX_ENDPOINTS = 64;

export class CallObserver {
  private readonly watchers: Set<CallWatcher>;
  private readonly endpoints: Record<UpstreamName, Set<string>> = { seranking: new Set(), serpmetrics: new Set() };

  constructor(watchers: readonly CallWatcher[] = []) {
    this.watchers = new Set(watchers);
  }

  /** Adds a watcher of every call from now on; returns the function that removes it. */
  watch(watcher: CallWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** The transport's report of one attempt leaving `baseUrl`; it calls the returned function as the attempt ends. */
  start(
    upstream: UpstreamName,
    method: string,
    baseUrl: string,
    path: string,
  ): (end: Omit<UpstreamCallEnd, 'durationMs'>) => void {
    const startedAt = performance.now();
    const ledger = currentLedger();
    if (ledger) ledger.upstreamCalls[upstream] += 1;
    const endpoint = this.endpointOf(upstream, path);
    const call: UpstreamCall = { upstream, method, path, endpoint, url: `${baseUrl}${endpoint}`, ledger };
    const ends = [...this.watchers].map((watcher) => watcher(call));
    return (end) => {
      const ended = { ...end, durationMs: performance.now() - startedAt };
      for (const onEnd of ends) onEnd?.(ended);
    };
  }

  /** The route template of a request path: query string removed, unknown shapes folded. */
  private endpointOf(upstream: UpstreamName, path: string): string {
    const route = path.split('?', 1)[0] ?? '';
    // Upstream routes are a version segment and a few lowercase words; anything else could carry an id.
    if (!/^(\/(v\d{1,2}|[a-z_-]{1,40})){1,6}$/.test(route)) return 'other';
    const known = this.endpoints[upstream];
    if (!known.has(route)) {
      if (known.size >= MAX_ENDPOINTS) return 'other';
      known.add(route);
    }
    return route;
  }
}
