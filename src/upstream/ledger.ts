/**
 * The per-request ledger: upstream HTTP calls actually sent, cache outcomes and credits, the calls and cache
 * outcomes reported in each response's `extensions`. The call observer (./observer.ts) counts each call the
 * transport sends in the ledger active in the async context (AsyncLocalStorage), so retries and client-side
 * splitting are counted exactly as the upstream sees them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { UpstreamName } from './errors.js';

export interface StaleServe {
  upstream: UpstreamName;
  kind: string;
  endpoint: string;
  /** When the served value was fetched (ISO 8601). */
  fetchedAt: string;
}

/** Reported as `extensions.upstream` of each response. */
export interface LedgerReport {
  /** HTTP requests sent to each upstream on behalf of this request (retries included). */
  calls: Record<UpstreamName, number>;
  cache: { hits: number; misses: number; coalesced: number; stale: number };
  stale?: StaleServe[];
}

const storage = new AsyncLocalStorage<RequestLedger>();

/** The ledger of the request running in the current async context, if any (the call observer counts calls in it). */
export const currentLedger = (): RequestLedger | undefined => storage.getStore();

/** One shared-cache entry a request read: its cache key and the entry itself (identity tells a replaced one). */
export interface CacheRead {
  fetchedAt: number;
  ttlMs: number;
}

export class RequestLedger {
  readonly upstreamCalls: Record<UpstreamName, number> = { seranking: 0, serpmetrics: 0 };
  readonly cache = { hits: 0, misses: 0, coalesced: 0, stale: 0 };
  readonly staleServes: StaleServe[] = [];
  /** The shared-cache entries this request read, by cache key; only when a result cache asked (`trackReads`). */
  reads: Map<string, CacheRead> | undefined;
  /** Set when the request read more entries than `trackReads` was asked to record (`reads` is then dropped). */
  readsOverflowed = false;
  private readLimit = Number.POSITIVE_INFINITY;
  /** Credits the upstream charged for this request's calls so far (the credit meter, src/security/charges.ts). */
  creditsCharged = 0;
  /** SERPmetrics credits this request committed to: checks queued, billed when each completes. */
  creditsCommitted = 0;
  /** SERPmetrics credits billed for the check a subscription event delivers (billed as it emerged). */
  checkCredits = 0;
  /** Whom this request's spending is attributed to (a client name, safe for labels); set by the budget plugin. */
  payer = 'anonymous';
  /** Distinct ids read per kind in the current window (the loaders bound reads that cost no credits). */
  private distinct: { since: number; ids: Map<string, Set<string>> } | undefined;

  /**
   * From now on the shared cache records every entry this request reads (the result cache's dependencies), up to
   * `limit` entries: past it the record is dropped, so a bulk request whose result will not be kept builds no map
   * of its thousands of entries.
   */
  trackReads(limit = Number.POSITIVE_INFINITY): void {
    this.reads ??= new Map();
    this.readLimit = limit;
  }

  /** Records an entry read (when `trackReads` asked for it). */
  recordRead(key: string, read: CacheRead): void {
    const reads = this.reads;
    if (reads === undefined) return;
    reads.set(key, read);
    if (reads.size > this.readLimit) {
      this.reads = undefined;
      this.readsOverflowed = true;
    }
  }

  /** Counts `id` as read once per kind; returns how many distinct ids of the kind were read within `windowMs`. */
  countDistinct(kind: string, id: string, windowMs: number): number {
    if (!this.distinct || Date.now() - this.distinct.since > windowMs) {
      this.distinct = { since: Date.now(), ids: new Map() };
    }
    let ids = this.distinct.ids.get(kind);
    if (!ids) {
      ids = new Set();
      this.distinct.ids.set(kind, ids);
    }
    return ids.add(id).size;
  }

  /** Runs `fn` with this ledger active, so the upstream calls it makes are counted here. */
  run<T>(fn: () => T): T {
    return storage.run(this, fn);
  }

  recordStale(serve: StaleServe): void {
    this.cache.stale += 1;
    this.staleServes.push(serve);
  }

  report(): LedgerReport {
    return {
      calls: { ...this.upstreamCalls },
      cache: { ...this.cache },
      ...(this.staleServes.length > 0 ? { stale: [...this.staleServes] } : {}),
    };
  }
}
