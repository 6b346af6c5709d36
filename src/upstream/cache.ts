/**
 * The shared upstream cache: lru-cache 11 bounded in bytes, a TTL per kind of data (or per entry),
 * in-flight coalescing through `fetch()` + `fetchMethod`, stale-if-error up to a maximum staleness,
 * negative entries for answers worth remembering (targets too large), and per-request accounting
 * in the RequestLedger. Keys carry the credential identity, never the secret.
 */
import { setMaxListeners } from 'node:events';
import { LRUCache } from 'lru-cache';
import {
  errorFromTransport,
  isUpstreamError,
  type UpstreamError,
  type UpstreamErrorCode,
  type UpstreamName,
} from './errors.js';
import type { CacheRead, RequestLedger } from './ledger.js';
import { deadlineSignal, releaseDeadline, retriesStopped, stopRetries } from './resilience/deadline.js';

export const CACHE_KINDS = [
  'backlinks',
  'authority',
  'keywordMetrics',
  'keywordIdeas',
  'domain',
  'serpKeywordId',
  'serpCheckId',
  'serp',
  'engines',
  'flux',
  'account',
  'hugeTargets',
] as const;

export type CacheKind = (typeof CACHE_KINDS)[number];

/** What identifies one cached upstream answer. `params` must already be normalised by the caller. */
export interface CacheKey {
  kind: CacheKind;
  upstream: UpstreamName;
  /** Upstream endpoint, e.g. `backlinks/summary`. */
  endpoint: string;
  /** The client's `credentialId` (a hash of the key), so tenants never share entries. */
  credentialId: string;
  params: unknown;
  /** `cacheKeyString` of this key, when its builder made it already (a key asked for several times, or kept). */
  id?: string;
}

/**
 * A cache key as a class instance, not an object literal: keys are made per item of every request, and V8 would
 * allocate a literal's keys straight in the old space once the cache filled with them (see src/context.ts
 * `RequestScopeOf`).
 */
export class UpstreamKey implements CacheKey {
  declare id?: string;

  constructor(
    readonly kind: CacheKind,
    readonly upstream: UpstreamName,
    readonly endpoint: string,
    readonly credentialId: string,
    readonly params: unknown,
  ) {}
}

export interface Cached<T> {
  value: T;
  fetchedAt: Date;
  /** True when the refresh failed and an expired value was served (stale-if-error). */
  stale: boolean;
}

export interface NegativeCaching {
  /** Upstream error codes remembered instead of retried on every request. */
  codes: readonly UpstreamErrorCode[];
  /** The kind whose TTL applies to the remembered error. */
  kind: CacheKind;
}

export interface FetchOptions<T> {
  /** The request's ledger: counts hits, misses, coalesced waits, stale serves and upstream calls. */
  ledger?: RequestLedger | undefined;
  /** The caller's signal (deadline, disconnect). The caller stops waiting when it aborts; the shared
   *  upstream call is aborted only when every caller waiting on it has aborted. */
  signal?: AbortSignal | undefined;
  /** Whether `signal` has aborted, answered without reading it: a request makes its signal on first read, and a
   *  lookup the cache answers at once needs none. */
  gone?: (() => boolean) | undefined;
  /** When the request's deadline passes (epoch ms): given to the upstream call so the transport's
   *  limiter and retries refuse waits that would end after it. */
  deadlineAt?: number | undefined;
  /** Per-entry TTL (ms) computed from the loaded value, e.g. a SERP until its next check. */
  ttlMs?: ((value: T) => number | undefined) | undefined;
  negative?: NegativeCaching | undefined;
  /** Serve only what is fresh in the local tier (`fresh`), or nothing (`cold`), loading and counting
   *  nothing: a miss rejects with `NotCached` (the cost estimate looks ahead through the cache this way). */
  cachedOnly?: 'fresh' | 'cold' | undefined;
  /** With `cachedOnly: 'fresh'`: every key looked at, with the fresh entry read (undefined: none). */
  consulted?: Consulted | undefined;
}

/** Cache keys a cache-only reader looked at, each with the fresh entry it found (undefined: none). */
export type Consulted = Map<string, CacheRead | undefined>;

/**
 * What a `cachedOnly` read rejects with when the entry is not fresh in the local tier. Control flow of the
 * estimate (a miss per look-ahead), never reported: it captures no stack trace, which cost more than the read.
 */
export class NotCached extends Error {
  constructor(key: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`not cached: ${key}`);
    Error.stackTraceLimit = limit;
  }
}

/**
 * What the cache knows of an upstream's health (from the resilience layer): when calls toward a key's upstream
 * credential are failing, an expired value is served at once instead of after retries (stale at once).
 */
export interface UpstreamOutages {
  /** True when calls of this upstream credential are known to fail now (circuit not closed, last attempt failed). */
  failing(upstream: UpstreamName, credentialId: string): boolean;
  /** Calls `listener` at the next failed attempt toward this upstream credential; returns the unsubscribe. */
  onFailure(upstream: UpstreamName, credentialId: string, listener: () => void): () => void;
}

/** Loads the value from the upstream. Use the given signal, not the request's: the call may be shared. */
export type Loader<T> = (signal: AbortSignal) => Promise<T>;

export interface UpstreamCacheOptions {
  maxBytes: number;
  ttlMs: Readonly<Record<CacheKind, number>>;
  /** How long past its expiry a value may still be served when its refresh fails. */
  maxStaleMs: number;
  /** Milliseconds clock (epoch); injectable for tests. */
  clock?: () => number;
  /** A tier shared by several gateway processes (Redis, ./cache-tier.ts), same keys and TTLs. */
  secondTier?: SecondTier | undefined;
  /** Upstream health, for stale at once; without it an expired value is served only after its refresh failed. */
  outages?: UpstreamOutages | undefined;
}

/** An entry as the second tier holds it. */
export interface SharedEntry {
  value: unknown;
  error: UpstreamError | undefined;
  fetchedAt: number;
  ttlMs: number;
}

/**
 * A cache tier shared by processes: consulted on a local miss, written after every upstream load. It must
 * answer quickly or not at all (an unreachable tier is a miss), since every local miss waits for it.
 */
export interface SecondTier {
  /** The fresh entries among these keys; keys it does not hold are absent. */
  getMany(keys: readonly string[]): Promise<ReadonlyMap<string, SharedEntry>>;
  set(key: string, entry: SharedEntry): void;
  delete(key: string): void;
}

/**
 * Entry times are kept as milliseconds since this module loaded: a small integer, stored inside the entry, where an
 * epoch timestamp (past V8's small-integer range) is a heap number of its own, one more object per cached key for
 * every collection to visit. After about 12 days of uptime the offsets outgrow that range and are heap numbers again.
 */
const EPOCH = Date.now();

class Entry {
  private readonly sinceEpoch: number;

  constructor(
    readonly value: unknown,
    readonly error: UpstreamError | undefined,
    fetchedAt: number,
    readonly ttlMs: number,
    readonly bytes: number,
  ) {
    this.sinceEpoch = fetchedAt - EPOCH;
  }

  get fetchedAt(): number {
    return this.sinceEpoch + EPOCH;
  }
}

interface FetchContext {
  load: Loader<unknown>;
  deadlineAt: number | undefined;
  key: CacheKey;
  ledger: RequestLedger | undefined;
  ttlMs: ((value: unknown) => number | undefined) | undefined;
  negative: NegativeCaching | undefined;
}

const ABANDONED: unique symbol = Symbol('abandoned');

/**
 * One `fetch` or `fetchMany` call waiting on flights. Its signal is watched ONCE however many keys it waits
 * on: an AbortSignal's listeners are a list, so a listener per key would make a 10,000-key batch quadratic.
 */
class Waiter {
  /** Resolves (never rejects, so it is never an unhandled rejection) when the caller aborts. */
  readonly abandoned: Promise<typeof ABANDONED>;
  private readonly flights = new Set<Flight>();
  private onAbort: (() => void) | undefined;

  constructor(readonly signal: AbortSignal) {
    this.abandoned = new Promise((resolve) => {
      this.onAbort = () => {
        resolve(ABANDONED);
        for (const flight of this.flights) flight.leave(this);
        this.flights.clear();
      };
      signal.addEventListener('abort', this.onAbort, { once: true });
    });
  }

  wait(flight: Flight): void {
    this.flights.add(flight);
  }

  /** The call returned: its listener leaves the caller's signal (no AbortController, no DOMException per call). */
  finish(): void {
    if (this.onAbort) this.signal.removeEventListener('abort', this.onAbort);
    this.flights.clear();
  }
}

/** One upstream fetch shared by several callers; aborted when the last caller gives up. */
class Flight {
  private readonly controller = new AbortController();
  /** A set, not a count: one caller naming a key twice is still one caller. */
  private readonly waiters = new Set<Waiter>();
  private pinned = false;
  private settled = false;
  readonly signal = this.controller.signal;

  join(waiter: Waiter | undefined): void {
    if (!waiter) {
      this.pinned = true;
      return;
    }
    if (waiter.signal.aborted || this.settled) return;
    this.waiters.add(waiter);
    waiter.wait(this);
  }

  leave(waiter: Waiter): void {
    if (this.settled || !this.waiters.delete(waiter)) return;
    if (this.waiters.size === 0 && !this.pinned) this.controller.abort(waiter.signal.reason);
  }

  done(): void {
    this.settled = true;
    this.waiters.clear();
  }
}

/**
 * The keys of one bulk load that were neither cached nor in flight: one flight for all of them, instead of an
 * lru-cache fetch per key (each an AbortController, promises and closures). Other callers of these keys join it.
 */
class BatchFlight extends Flight {
  /** Each key's outcome once the bulk load settled: its entry, or the error its callers get. */
  private outcomes: ReadonlyMap<string, Entry | Error> = new Map();
  private markSettled: () => void = () => undefined;
  private readonly settledAll = new Promise<void>((resolve) => {
    this.markSettled = resolve;
  });

  async outcome(key: string): Promise<Entry> {
    await this.settledAll;
    const outcome = this.outcomes.get(key) ?? new Error('bulk loader returned fewer items than requested');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /** `outcomes` is kept, not copied: the bulk load does not change it once settled. */
  settle(outcomes: ReadonlyMap<string, Entry | Error>): void {
    this.outcomes = outcomes;
    this.done();
    this.markSettled();
  }
}

/** One item of a bulk load: a key of the batch flight, or the loader of a per-key lru-cache fetch. */
/** An item of a bulk load, a class per kind (see `UpstreamKey`): the cache's miss at `index`... */
class BulkMiss<P> {
  constructor(
    readonly item: P,
    readonly index: number,
  ) {}
}

/** ...or an expired entry's refresh, which lru-cache's fetch waits for. */
class BulkRefresh<P, T> {
  constructor(
    readonly item: P,
    readonly resolve: (v: T) => void,
    readonly reject: (e: unknown) => void,
    readonly signal: AbortSignal,
  ) {}
}

type BulkItem<P, T> = BulkMiss<P> | BulkRefresh<P, T>;

const ENTRY_OVERHEAD_BYTES = 128;
/**
 * How long a value served stale at once is served again without asking the upstream: at most one refresh per key
 * in that time while the upstream fails.
 */
const STALE_RECHECK_MS = 2_000;
const OUTAGE: unique symbol = Symbol('outage');
const ERROR_ENTRY_BYTES = 512;

/** JSON with sorted object keys, so `{a, b}` and `{b, a}` make one key. */
function stableJson(value: unknown): string {
  return flatJson(value) ?? sortedJson(value);
}

/** `"name":` per parameter name, built once: the names are a handful (target, mode, keyword, database, ...). */
const quotedNames = new Map<string, string>();
const MAX_QUOTED_NAMES = 1_000;

function quotedName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(name)}:`;
    if (quotedNames.size < MAX_QUOTED_NAMES) quotedNames.set(name, quoted);
  }
  return quoted;
}

/** True when the object's keys come in sorted order (parameter objects are usually built that way). */
function namesSorted(source: Record<string, unknown>): boolean {
  let previous = '';
  for (const k in source) {
    if (k < previous) return false;
    previous = k;
  }
  return true;
}

/**
 * The same string for the usual flat parameters (an object of strings, numbers, booleans, null), built without
 * a replacer call and a sorted copy per object; undefined for anything else.
 */
function flatJson(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const source = value as Record<string, unknown>;
  let out: string | undefined = '{';
  if (namesSorted(source)) {
    // Keys already in order need no sorted copy (`for in` over a plain object allocates nothing).
    for (const k in source) {
      out = withMember(out, k, source[k]);
      if (out === undefined) return undefined;
    }
  } else {
    for (const k of Object.keys(source).sort()) {
      out = withMember(out, k, source[k]);
      if (out === undefined) return undefined;
    }
  }
  return `${out}}`;
}

/** `out` with the member `k` appended (as is when `v` is undefined); undefined for a value flatJson does not take. */
function withMember(out: string, k: string, v: unknown): string | undefined {
  if (v === undefined) return out;
  if (
    (v !== null && typeof v === 'object') ||
    typeof v === 'function' ||
    typeof v === 'symbol' ||
    typeof v === 'bigint'
  ) {
    return undefined;
  }
  return `${out}${out.length > 1 ? ',' : ''}${quotedName(k)}${JSON.stringify(v)}`;
}

function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const source = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .sort()
        .map((k) => [k, source[k]]),
    );
  });
}

const isAbortLike = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/** A shared call's signal, carrying the caller's deadline in the form the transport can read. */
const withDeadline = (signal: AbortSignal, deadlineAt: number | undefined): AbortSignal =>
  deadlineAt === undefined ? signal : deadlineSignal(Math.max(0, deadlineAt - Date.now()), signal);

/**
 * The key as one flat string: `join` copies the parts into one sequential string, where concatenation would leave
 * a rope of a dozen pieces that the cache and the request's reads keep alive with every entry (~450 bytes a key).
 */
export function cacheKeyString(key: CacheKey): string {
  return key.id ?? [key.upstream, key.credentialId, key.kind, key.endpoint, stableJson(key.params) ?? ''].join('|');
}

/** The key frozen with its string, for a caller that keeps it and uses it again: its string is built once. */
export function withKeyString(key: CacheKey): CacheKey {
  Object.freeze(key.params);
  return Object.freeze({ ...key, id: cacheKeyString(key) });
}

/** Whether the caller of a fetch is gone, without making a request's lazy signal when it can tell otherwise. */
const callerGone = (options: Pick<FetchOptions<unknown>, 'gone' | 'signal'>): boolean =>
  options.gone ? options.gone() : options.signal?.aborted === true;

/**
 * `base` with `extra` over it, its accessors kept as accessors: a spread would read a request's lazy `signal`,
 * making it for a lookup that needs none.
 */
export function withFetchOptions<T>(base: FetchOptions<T>, extra: FetchOptions<T>): FetchOptions<T> {
  // Object.create, not `{}`: no allocation site for V8 to pretenure (see `UpstreamKey`).
  return Object.defineProperties(Object.create(Object.prototype), {
    ...Object.getOwnPropertyDescriptors(base),
    ...Object.getOwnPropertyDescriptors(extra),
  }) as FetchOptions<T>;
}

/** The shared fetch's outcome, unless the waiter aborts first (a promise reaction per key, not a listener). */
async function unlessAbandoned<T>(promise: Promise<T>, waiter: Waiter | undefined, upstream: UpstreamName): Promise<T> {
  if (!waiter) return promise;
  const outcome = await Promise.race([promise, waiter.abandoned]);
  if (outcome === ABANDONED) throw errorFromTransport(upstream, waiter.signal.reason);
  return outcome;
}

export interface CacheCounters {
  hits: number;
  misses: number;
  coalesced: number;
  stale: number;
  refreshFailures: number;
}

export class UpstreamCache {
  readonly counters: CacheCounters = { hits: 0, misses: 0, coalesced: 0, stale: 0, refreshFailures: 0 };
  private readonly lru: LRUCache<string, Entry, FetchContext>;
  private readonly flights = new Map<string, Flight>();
  private readonly ttlMs: Readonly<Record<CacheKind, number>>;
  private readonly maxStaleMs: number;
  private readonly clock: () => number;
  private readonly secondTier: SecondTier | undefined;
  private readonly outages: UpstreamOutages | undefined;
  private readonly changeListeners: Array<(key: string) => void> = [];

  constructor(options: UpstreamCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.outages = options.outages;
    this.maxStaleMs = options.maxStaleMs;
    this.clock = options.clock ?? Date.now;
    this.secondTier = options.secondTier;
    const clock = this.clock;
    this.lru = new LRUCache<string, Entry, FetchContext>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry) => entry.bytes,
      ttl: 3_600_000,
      // Expired entries stay until evicted by size: they are the stale-if-error reserve.
      ttlAutopurge: false,
      perf: { now: clock },
      // A cached clock would hide an injected clock's jumps.
      ttlResolution: options.clock ? 0 : 1,
      // A key invalidated mid-fetch (a write, a callback) must not fail the callers already waiting on it: they
      // get the answer they asked for, and lru-cache does not store it, so later callers load afresh.
      ignoreFetchAbort: true,
      fetchMethod: (key, stale, { options: fetchOptions, context }) => this.load(key, stale, fetchOptions, context),
      // An entry refreshed (replaced), deleted (mutations, live callbacks), evicted or cleared.
      dispose: (_entry, key) => {
        for (const listener of this.changeListeners) listener(key);
      },
    });
  }

  /** Calls `listener` with the key of every entry that stops being current: refreshed, deleted, evicted. */
  onChange(listener: (key: string) => void): void {
    this.changeListeners.push(listener);
  }

  /** True while `read` (from a ledger's `reads`) is still the entry held for `key`: not refreshed, deleted or evicted. */
  isCurrent(key: string, read: CacheRead): boolean {
    return this.lru.peek(key, { allowStale: true }) === read;
  }

  /** The cache's clock (epoch ms). */
  now(): number {
    return this.clock();
  }

  /** Counts lookups answered without asking this cache (a whole result served from the result cache) as hits. */
  countHits(count: number, ledger: RequestLedger | undefined): void {
    this.counters.hits += count;
    if (ledger) ledger.cache.hits += count;
  }

  /** TTL (ms) of a kind; 0 in the configuration means "always refresh" (1 ms keeps coalescing). */
  ttlOf(kind: CacheKind): number {
    return Math.max(1, this.ttlMs[kind]);
  }

  /**
   * Whether the key is fresh in the local tier (a remembered error counts: it is answered without a call),
   * without loading it, counting it or refreshing its recency. `key` may be its `cacheKeyString` already.
   */
  has(key: CacheKey | string, consulted?: Consulted): boolean {
    const k = typeof key === 'string' ? key : cacheKeyString(key);
    const fresh = this.lru.has(k);
    consulted?.set(k, fresh ? this.lru.peek(k) : undefined);
    return fresh;
  }

  /** Returns the cached value or loads it once for all concurrent callers of the same key. */
  async fetch<T>(key: CacheKey, load: Loader<T>, options: FetchOptions<T> = {}): Promise<Cached<T>> {
    if (options.cachedOnly) return this.cachedOnly(key, options.cachedOnly, options.consulted);
    const k = cacheKeyString(key);
    if (!this.flights.has(k) && this.lru.has(k)) {
      // Fresh here: served at once, without a waiter on the caller's signal nor a race with it.
      if (callerGone(options)) throw errorFromTransport(key.upstream, options.signal?.reason);
      this.count('hit', options.ledger);
      return this.served(key, k, this.lru.get(k) as Entry, options.ledger);
    }
    await this.fromSecondTier([k]);
    const waiter = this.waiterFor(options.signal);
    try {
      return await this.fetchLocal(key, k, load, options, waiter);
    } finally {
      waiter?.finish();
    }
  }

  private cachedOnly<T>(key: CacheKey, mode: 'fresh' | 'cold', consulted?: Consulted): Cached<T> {
    const k = cacheKeyString(key);
    const entry = mode === 'fresh' && this.lru.has(k) ? this.lru.peek(k) : undefined;
    if (mode === 'fresh') consulted?.set(k, entry?.error === undefined ? entry : undefined);
    if (!entry) throw new NotCached(k);
    if (entry.error) throw entry.error;
    return { value: entry.value as T, fetchedAt: new Date(entry.fetchedAt), stale: false };
  }

  private waiterFor(signal: AbortSignal | undefined): Waiter | undefined {
    if (!signal) return undefined;
    // One request legitimately runs many single fetches at once (a SERP per tracked pair): not a leak.
    setMaxListeners(0, signal);
    return new Waiter(signal);
  }

  /** The local tier: lru-cache decides hit / miss / in-flight synchronously, before the first await. */
  private async fetchLocal<T>(
    key: CacheKey,
    k: string,
    load: Loader<T>,
    options: FetchOptions<T>,
    waiter: Waiter | undefined,
  ): Promise<Cached<T>> {
    // A caller that is gone starts nothing: nobody would wait for the upstream call.
    if (waiter?.signal.aborted) throw errorFromTransport(key.upstream, waiter.signal.reason);
    const context: FetchContext = {
      load,
      key,
      ledger: options.ledger,
      deadlineAt: options.deadlineAt,
      ttlMs: options.ttlMs as FetchContext['ttlMs'],
      negative: options.negative,
    };
    const batch = this.flights.get(k);
    if (batch instanceof BatchFlight) {
      this.count('inflight', options.ledger);
      batch.join(waiter);
      return this.served(key, k, await unlessAbandoned(batch.outcome(k), waiter, key.upstream), options.ledger);
    }
    const status: LRUCache.Status<string, Entry, FetchContext> = {};
    // lru-cache decides hit / miss / in-flight synchronously, before the first await.
    const pending = this.lru.fetch(k, { context, status });
    this.count(status.fetch, options.ledger);
    if (status.fetch !== 'hit') this.flights.get(k)?.join(waiter);
    const entry = await unlessAbandoned(pending, waiter, key.upstream);
    if (entry === undefined) {
      // lru-cache's type allows it; with ignoreFetchAbort an invalidated fetch still resolves with its entry.
      throw errorFromTransport(key.upstream, new Error('cache entry invalidated during fetch'));
    }
    return this.served(key, k, entry, options.ledger);
  }

  /** What a caller gets of an entry: its value (stale or not, counted) or its remembered error (thrown). */
  private served<T>(key: CacheKey, k: string, entry: Entry, ledger: RequestLedger | undefined): Cached<T> {
    if (entry.error) throw entry.error;
    const stale = this.clock() > entry.fetchedAt + entry.ttlMs;
    if (stale) {
      this.counters.stale += 1;
      ledger?.recordStale({
        upstream: key.upstream,
        kind: key.kind,
        endpoint: key.endpoint,
        fetchedAt: new Date(entry.fetchedAt).toISOString(),
      });
    } else ledger?.recordRead(k, entry);
    return { value: entry.value as T, fetchedAt: new Date(entry.fetchedAt), stale };
  }

  /**
   * Many keys at once, for bulk endpoints: hits are served from the cache, keys in flight elsewhere
   * are joined, and the remaining items go to ONE `loadMany` call (which splits at upstream limits
   * itself). `loadMany` returns one value or Error per item, in order. Per-item errors stay per item.
   * Keys neither cached nor in flight (a cold bulk request: nearly all of them) share one batch flight and are
   * stored when it settles; only keys with an expired entry (stale-if-error, stale at once) or in flight in a
   * single fetch take lru-cache's per-key fetch.
   */
  async fetchMany<P, T>(
    items: readonly P[],
    keyOf: (item: P) => CacheKey,
    loadMany: (items: P[], signal: AbortSignal) => Promise<ReadonlyArray<T | Error>>,
    options: FetchOptions<T> = {},
  ): Promise<Array<Cached<T> | Error>> {
    const { cachedOnly, ledger } = options;
    if (cachedOnly) {
      return items.map((item) => {
        try {
          return this.cachedOnly<T>(keyOf(item), cachedOnly, options.consulted);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      });
    }
    // Each item's key and its string once: keys are built per call, and their strings are not free.
    const keys = items.map((item) => keyOf(item));
    const strings = keys.map((key) => cacheKeyString(key));
    await this.fromSecondTier(strings);
    // One waiter for the whole batch: the caller's signal gets one listener, not one per item. Made at the first
    // item the cache cannot answer at once: a warm batch reads no signal.
    let waiter: Waiter | undefined;
    let waiting = false;
    const waiterNow = (): Waiter | undefined => {
      if (!waiting) {
        waiting = true;
        waiter = this.waiterFor(options.signal);
      }
      return waiter;
    };
    try {
      const results: Array<Cached<T> | Error | Promise<Cached<T> | Error>> = new Array(items.length);
      const bulk: Array<BulkItem<P, T>> = [];
      // This call's batch flight: a key it holds was claimed by an earlier item of the call, which the item repeats.
      // Asked of `flights` rather than of a set of its own: a 10,000-key batch's set was a ~450 kB table per call.
      let flight: BatchFlight | undefined;
      // The bulk call below carries the deadline; per-key signals only tell it which keys are still wanted.
      let perKey: FetchOptions<T> | undefined;
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as P;
        const key = keys[i] as CacheKey;
        const k = strings[i] as string;
        if (callerGone(options)) {
          // A caller that is gone starts nothing: nobody would wait for the upstream call.
          results[i] = errorFromTransport(key.upstream, options.signal?.reason);
        } else if (!this.flights.has(k) && this.lru.has(k)) {
          this.count('hit', ledger);
          results[i] = settledResult(() => this.served<T>(key, k, this.lru.get(k) as Entry, ledger));
        } else if (flight !== undefined && this.flights.get(k) === flight) {
          this.count('inflight', ledger);
        } else if (!this.flights.has(k) && this.lru.peek(k, { allowStale: true }) === undefined) {
          this.count('miss', ledger);
          flight ??= new BatchFlight();
          this.flights.set(k, flight);
          bulk.push(new BulkMiss(item, i));
        } else {
          // The loader runs synchronously inside fetchLocal, so `bulk` keeps the items' order.
          perKey ??= withFetchOptions(options, { deadlineAt: undefined });
          results[i] = this.fetchLocal<T>(
            key,
            k,
            (signal) =>
              new Promise<T>((resolve, reject) => {
                bulk.push(new BulkRefresh(item, resolve, reject, signal));
              }),
            perKey,
            waiterNow(),
          ).catch(asError);
        }
      }
      if (flight) flight.join(waiterNow());
      const loaded = bulk.length > 0 ? this.loadBulk(bulk, loadMany, flight, keys, strings, options) : undefined;
      if (flight && loaded) {
        const outcomes = await unlessAbandoned(loaded, waiter, keys[0]?.upstream ?? 'seranking').catch(asError);
        for (let i = 0; i < items.length; i++) {
          // Every item but those of the batch flight has its answer (or its promise) already.
          if (results[i] !== undefined) continue;
          const k = strings[i] as string;
          const outcome = outcomes instanceof Error ? outcomes : outcomes.get(k);
          results[i] =
            outcome === undefined || outcome instanceof Error
              ? (outcome ?? new Error('bulk loader returned fewer items than requested'))
              : settledResult(() => this.served<T>(keys[i] as CacheKey, k, outcome, ledger));
        }
      }
      // All served already (a warm batch): no promise per item to wait for.
      return await allNow(results);
    } finally {
      waiter?.finish();
    }
  }

  /**
   * The one `loadMany` call of a `fetchMany`: per-key fetches get their values, and the batch flight's keys are
   * stored (unless invalidated meanwhile) and answered. Resolves with the batch flight's outcomes.
   */
  private loadBulk<P, T>(
    bulk: ReadonlyArray<BulkItem<P, T>>,
    loadMany: (items: P[], signal: AbortSignal) => Promise<ReadonlyArray<T | Error>>,
    flight: BatchFlight | undefined,
    keys: readonly CacheKey[],
    strings: readonly string[],
    options: FetchOptions<T>,
  ): Promise<Map<string, Entry | Error>> {
    // The bulk call is abandoned only when every per-key fetch and the batch flight were abandoned.
    const controller = new AbortController();
    const signals = bulk.flatMap((b) => (b instanceof BulkRefresh ? [b.signal] : []));
    if (flight) signals.push(flight.signal);
    let live = signals.length;
    for (const signal of signals) {
      signal.addEventListener(
        'abort',
        () => {
          live -= 1;
          if (live === 0) controller.abort(signal.reason);
        },
        { once: true },
      );
    }
    const bulkSignal = withDeadline(controller.signal, options.deadlineAt);
    // Once every item was served stale at once, the bulk call is a background refresh: no retries.
    stopRetries(bulkSignal, () => flight === undefined && signals.every((signal) => retriesStopped(signal)));
    const run = () =>
      loadMany(
        bulk.map((b) => b.item),
        bulkSignal,
      );
    const settled = options.ledger ? options.ledger.run(run) : run();
    settled.finally(() => releaseDeadline(bulkSignal)).catch(() => undefined);
    const outcomes = new Map<string, Entry | Error>();
    const finish = (values: ReadonlyArray<T | Error> | Error): Map<string, Entry | Error> => {
      const fetchedAt = this.clock();
      bulk.forEach((b, i) => {
        const value =
          (values instanceof Error ? values : values[i]) ??
          new Error('bulk loader returned fewer items than requested');
        if (b instanceof BulkRefresh) {
          if (value instanceof Error) b.reject(value);
          else b.resolve(value);
          return;
        }
        const key = keys[b.index] as CacheKey;
        const k = strings[b.index] as string;
        const outcome =
          value instanceof Error
            ? this.failure(key, value, fetchedAt, options.negative)
            : this.freshEntry(key, k, value, fetchedAt, options.ttlMs);
        // A key invalidated while loading (a write, a callback) is answered but not stored.
        if (!(outcome instanceof Error) && this.flights.get(k) === flight) {
          this.lru.set(k, outcome, { ttl: outcome.ttlMs });
          this.secondTier?.set(k, {
            value: outcome.value,
            error: outcome.error,
            fetchedAt: outcome.fetchedAt,
            ttlMs: outcome.ttlMs,
          });
        }
        if (this.flights.get(k) === flight) this.flights.delete(k);
        outcomes.set(k, outcome);
      });
      flight?.settle(outcomes);
      return outcomes;
    };
    return settled.then(
      (values) => finish(values),
      (error: unknown) => finish(asError(error)),
    );
  }

  /** Drops one entry, e.g. a tracked keyword's id after an untrack mutation. */
  delete(key: CacheKey): boolean {
    const k = cacheKeyString(key);
    this.secondTier?.delete(k);
    // A key of a batch flight is answered to its callers but not stored (as lru-cache does with its fetches).
    const inBatch = this.flights.get(k) instanceof BatchFlight && this.flights.delete(k);
    return this.lru.delete(k) || inBatch;
  }

  clear(): void {
    for (const [k, flight] of this.flights) if (flight instanceof BatchFlight) this.flights.delete(k);
    this.lru.clear();
  }

  get bytes(): number {
    return this.lru.calculatedSize;
  }

  get entries(): number {
    return this.lru.size;
  }

  /** Copies fresh entries another process stored into the local tier, for keys not fresh here. */
  private async fromSecondTier(keys: readonly string[]): Promise<void> {
    if (this.secondTier === undefined) return;
    // Keys loading here already are left alone: setting one would abort its fetch ("replaced").
    const missing = keys.filter((k) => !this.lru.has(k) && !this.flights.has(k));
    if (missing.length === 0) return;
    const found = await this.secondTier.getMany(missing);
    const now = this.clock();
    for (const [k, shared] of found) {
      const remaining = shared.fetchedAt + shared.ttlMs - now;
      if (remaining <= 0 || this.lru.has(k) || this.flights.has(k)) continue;
      const bytes = shared.error ? ERROR_ENTRY_BYTES : sizeOf(k, shared.value);
      this.lru.set(k, new Entry(shared.value, shared.error, shared.fetchedAt, shared.ttlMs, bytes), { ttl: remaining });
    }
  }

  private count(
    outcome: LRUCache.Status<string, Entry, FetchContext>['fetch'],
    ledger: RequestLedger | undefined,
  ): void {
    const field = outcome === 'hit' ? 'hits' : outcome === 'inflight' ? 'coalesced' : 'misses';
    this.counters[field] += 1;
    if (ledger) ledger.cache[field] += 1;
  }

  /** Whether an expired entry may still be served (stale-if-error, stale at once). */
  private usable(stale: Entry | undefined): stale is Entry {
    return (
      stale !== undefined &&
      stale.error === undefined &&
      this.clock() - (stale.fetchedAt + stale.ttlMs) <= this.maxStaleMs
    );
  }

  /**
   * lru-cache's fetchMethod. With a usable expired value and an upstream known to fail (or failing during this
   * load), the expired value is the answer at once and the load goes on in the background as a refresh.
   */
  private async load(
    key: string,
    stale: Entry | undefined,
    options: LRUCache.FetcherOptions<string, Entry, FetchContext>['options'],
    context: FetchContext,
  ): Promise<Entry> {
    const flight = new Flight();
    this.flights.set(key, flight);
    const signal = withDeadline(flight.signal, context.deadlineAt);
    try {
      // Started before any await: fetchMany collects its batch synchronously.
      const loading = this.loadEntry(key, stale, signal, options, context);
      if (!this.usable(stale) || this.outages === undefined) return await loading;
      const { upstream, credentialId } = context.key;
      let unsubscribe: (() => void) | undefined;
      const outage = this.outages.failing(upstream, credentialId)
        ? Promise.resolve(OUTAGE)
        : new Promise<typeof OUTAGE>((resolve) => {
            unsubscribe = this.outages?.onFailure(upstream, credentialId, () => resolve(OUTAGE));
          });
      const first = await Promise.race([loading, outage]).finally(() => unsubscribe?.());
      if (first !== OUTAGE) return first;
      // Nobody waits for the refresh now: it makes its one attempt, never retries and backoffs.
      stopRetries(signal);
      return this.serveStaleAtOnce(key, stale, loading, options);
    } finally {
      releaseDeadline(signal);
      flight.done();
      if (this.flights.get(key) === flight) this.flights.delete(key);
    }
  }

  /** The expired entry, kept for STALE_RECHECK_MS; the load in flight replaces it if it succeeds. */
  private serveStaleAtOnce(
    key: string,
    stale: Entry,
    loading: Promise<Entry>,
    options: LRUCache.FetcherOptions<string, Entry, FetchContext>['options'],
  ): Entry {
    const served = new Entry(stale.value, stale.error, stale.fetchedAt, stale.ttlMs, stale.bytes);
    options.ttl = STALE_RECHECK_MS;
    loading.then(
      (fresh) => {
        // Unless the key was invalidated or replaced meanwhile.
        if (this.lru.peek(key, { allowStale: true }) === served) this.lru.set(key, fresh, { ttl: fresh.ttlMs });
      },
      () => undefined,
    );
    return served;
  }

  private async loadEntry(
    key: string,
    stale: Entry | undefined,
    signal: AbortSignal,
    options: LRUCache.FetcherOptions<string, Entry, FetchContext>['options'],
    context: FetchContext,
  ): Promise<Entry> {
    try {
      const run = () => context.load(signal);
      const value = await (context.ledger ? context.ledger.run(run) : run());
      const entry = this.freshEntry(context.key, key, value, this.clock(), context.ttlMs);
      options.ttl = entry.ttlMs;
      this.secondTier?.set(key, { value, error: undefined, fetchedAt: entry.fetchedAt, ttlMs: entry.ttlMs });
      return entry;
    } catch (caught) {
      const failure = this.failure(context.key, caught, this.clock(), context.negative);
      if (!(failure instanceof Error)) {
        options.ttl = failure.ttlMs;
        this.secondTier?.set(key, {
          value: undefined,
          error: failure.error,
          fetchedAt: failure.fetchedAt,
          ttlMs: failure.ttlMs,
        });
        return failure;
      }
      this.counters.refreshFailures += stale ? 1 : 0;
      // Stale-if-error: lru-cache reads these options when the fetch rejects, so they decide per failure
      // whether the expired value is served (and kept) or dropped with the error thrown.
      const usable = this.usable(stale);
      options.allowStaleOnFetchRejection = usable;
      options.noDeleteOnFetchRejection = usable;
      throw failure;
    }
  }

  /** The entry of a loaded value, with its TTL (per entry when the caller computes one). */
  private freshEntry<T>(
    key: CacheKey,
    k: string,
    value: T,
    fetchedAt: number,
    ttlOf: ((value: T) => number | undefined) | undefined,
  ): Entry {
    const ttlMs = Math.max(1, ttlOf?.(value) ?? this.ttlOf(key.kind));
    return new Entry(value, undefined, fetchedAt, ttlMs, sizeOf(k, value));
  }

  /** A failed load: an entry when its error is worth remembering (negative caching), else the error to throw. */
  private failure(
    key: CacheKey,
    caught: unknown,
    fetchedAt: number,
    negative: NegativeCaching | undefined,
  ): Entry | Error {
    // An aborted or timed-out load is an upstream timeout/cancellation, whoever's signal fired first.
    const error = isAbortLike(caught) ? errorFromTransport(key.upstream, caught) : caught;
    if (negative && isUpstreamError(error) && negative.codes.includes(error.code)) {
      return new Entry(undefined, error, fetchedAt, this.ttlOf(negative.kind), ERROR_ENTRY_BYTES);
    }
    return asError(error);
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** The values of a list of which some may be promises, without a promise per item when none is. */
function allNow<T>(items: ReadonlyArray<T | Promise<T>>): T[] | Promise<T[]> {
  const values: T[] = [];
  for (const item of items) {
    if (item instanceof Promise) return Promise.all(items);
    values.push(item);
  }
  return values;
}

/** A synchronous answer as a value or the Error it threw (fetchMany answers per item, never rejects). */
function settledResult<T>(answer: () => T): T | Error {
  try {
    return answer();
  } catch (error) {
    return asError(error);
  }
}

function sizeOf(key: string, value: unknown): number {
  // UTF-16 in memory: two bytes per character of the JSON form approximates the retained size.
  return ENTRY_OVERHEAD_BYTES + 2 * (key.length + jsonLength(value));
}

/** Characters a number takes in JSON, near enough: integers exactly, fractions as 12. */
function numberLength(n: number): number {
  if (!Number.isFinite(n)) return 4;
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return 12;
  let digits = n < 0 ? 2 : 1;
  for (let rest = Math.abs(n); rest >= 10; rest /= 10) digits++;
  return digits;
}

/**
 * About the length of `JSON.stringify(value)` (escapes and fraction digits not counted exactly), without building
 * the string: every stored entry is sized, and 10,000 entries of a bulk load made 10,000 throw-away JSON copies.
 */
function jsonLength(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return numberLength(value);
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      // An ISO date in quotes. Other objects are sized by the fields they hold, not by a toJSON form they would
      // build (an export row's trend points): the figure approximates what the entry keeps in memory.
      if (value instanceof Date) return 26;
      if (Array.isArray(value)) {
        let length = 2;
        // An index loop: `for...of` made an iterator per array of every stored row (~240 bytes a keyword).
        for (let i = 0; i < value.length; i++) length += jsonLength(value[i]) + 1;
        return length;
      }
      let length = 2;
      const record = value as Record<string, unknown>;
      for (const k in record) {
        const v = record[k];
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        length += k.length + 4 + jsonLength(v);
      }
      return length;
    }
    default:
      return 0;
  }
}
