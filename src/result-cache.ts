/**
 * The result cache: a repeated query whose upstream data is all still cached is answered with the result
 * computed the first time, without executing it again.
 *
 * - Key: the query text, operation name, variables (as sent) and the credential identity: the gateway client
 *   and the upstream credentials its clients use. Tenants never share an entry.
 * - Dependencies: the shared-cache entries the execution read (RequestLedger `reads`). The result lives until
 *   the earliest of them expires (its TTL is the smallest of theirs) and dies as soon as one of them is
 *   refreshed, deleted (a mutation's invalidation, a live callback) or evicted (`UpstreamCache.onChange`).
 * - A result that read more than FIRST_SIGHT_MAX_DEPENDENCIES entries (a bulk answer) is kept only when the same
 *   request was already computed once recently (a digest of its key is remembered): most bulk requests are asked
 *   once, and keeping each would cost memory and collector time for every bulk request to save the rare repeat.
 * - Only complete, fresh answers are kept: a result with an error (a per-item error included, i.e. partial
 *   answers) or a stale mark (stale-if-error) is never cached, so those are recomputed every time and carry
 *   their errors and `extensions.upstream.stale` exactly as before. Results that read no upstream entry, or
 *   whose entries were replaced while they executed, are not kept either.
 * - A hit reports what a warm execution would: every lookup a cache hit, 0 upstream calls (so
 *   `extensions.cost.actual` is 0). Only queries; mutations and subscriptions always execute.
 * - A hit's credit estimate (`extensions.cost`, the budgets) is the one priced for the first request it
 *   answered, kept with it when every entry that pricing read is among the result's dependencies: while the
 *   result lives, pricing again would read the same entries and give the same figures.
 */
import { hash } from 'node:crypto';
import { type ExecutionResult, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { type Context, variablesJson } from './context.js';
import { identityOf } from './security/auth.js';
import type { KnownEstimates } from './security/cost.js';
import type { Estimate } from './security/estimate.js';
import type { UpstreamCache } from './upstream/cache.js';

interface StoredResult {
  data: ExecutionResult['data'];
  /** Serialises a hit's result with `data` as JSON already (Yoga's result processor calls `result.stringify`). */
  stringify: ((result: ExecutionResult) => string) | undefined;
  /** Shared-cache lookups of the execution that produced it: reported as hits when it is served. */
  lookups: number;
  /** The shared-cache keys it read (the request's `reads`, kept as they are: a copy was a Set entry per keyword). */
  dependencies: ReadonlyMap<string, unknown>;
  bytes: number;
  /** The credit estimate of a request it answers, once known (KnownEstimates). */
  estimate?: Estimate;
}

interface YogaContext extends Partial<Context> {
  request?: Request;
  params?: { query?: string; operationName?: string | null; variables?: unknown };
}

const ENTRY_OVERHEAD_BYTES = 256;
/**
 * Shared-cache entries a result may depend on and still be kept the first time it is computed. Keeping a bulk
 * answer (100 keywords: 100 entries) costs about what it would save: its data, its JSON and an index record per
 * entry, all outliving the young generation, and it dies at the first of its entries to change. Not keeping
 * one-off bulk answers cut the CPU of a cold 100-keyword request by about a tenth (A/B, warmed gateway).
 */
const FIRST_SIGHT_MAX_DEPENDENCIES = 32;
/** Bulk requests remembered as computed once (a digest of the key each), the oldest forgotten first. */
const SEEN_ONCE_MAX = 4_096;

export interface ResultCacheOptions {
  cache: UpstreamCache;
  /** 0 switches the result cache off. */
  maxBytes: number;
}

export interface ResultCacheCounters {
  /** Queries answered from the result cache. */
  hits: number;
  /** Queries executed (and kept when their answer qualifies). */
  misses: number;
  /** Results dropped before their TTL because an upstream entry they read was refreshed, deleted or evicted. */
  invalidations: number;
}

export interface ResultCache {
  readonly counters: ResultCacheCounters;
  readonly plugin: Plugin<Record<string, unknown>>;
  /**
   * The credit estimate of a request its result answers: kept with the result when every cache entry the
   * pricing looked at was fresh and is one the result depends on, so it holds as long as the result does.
   */
  readonly estimates: KnownEstimates;
}

/**
 * `JSON.stringify(result)` with the JSON of `data` known: the same text (same keys, same order, members
 * whose value has no JSON left out), without serialising the data again unless a plugin replaced it.
 */
function withDataJson(data: ExecutionResult['data'], json: string): (result: ExecutionResult) => string {
  return (result) => {
    let out = '';
    for (const [name, value] of Object.entries(result)) {
      const member: string | undefined = name === 'data' && value === data ? json : JSON.stringify(value);
      if (member !== undefined) out += `${out ? ',' : ''}${JSON.stringify(name)}:${member}`;
    }
    return `{${out}}`;
  };
}

export function createResultCache(options: ResultCacheOptions): ResultCache {
  const { cache } = options;
  const counters: ResultCacheCounters = { hits: 0, misses: 0, invalidations: 0 };
  /**
   * Result keys by the shared-cache key they depend on: the key itself while it is the only one (most entries of a
   * bulk answer are read by that answer alone; a Set per entry was ~100 bytes each for 100,000 keyword entries).
   */
  const dependents = new Map<string, string | Set<string>>();
  const addDependent = (dependency: string, key: string): void => {
    const known = dependents.get(dependency);
    if (known === undefined || known === key) dependents.set(dependency, key);
    else if (typeof known === 'string') dependents.set(dependency, new Set([known, key]));
    else known.add(key);
  };
  const removeDependent = (dependency: string, key: string): void => {
    const known = dependents.get(dependency);
    if (known === key || (typeof known !== 'string' && known?.delete(key) && known.size === 0)) {
      dependents.delete(dependency);
    }
  };
  const seenOnce = new LRUCache<string, true>({ max: SEEN_ONCE_MAX });
  const results = new LRUCache<string, StoredResult>({
    // lru-cache needs a positive bound; with 0 the plugin never stores anything.
    maxSize: Math.max(1, options.maxBytes),
    sizeCalculation: (stored) => stored.bytes,
    ttlAutopurge: false,
    perf: { now: () => cache.now() },
    ttlResolution: 0,
    dispose: (stored, key) => {
      for (const dependency of stored.dependencies.keys()) removeDependent(dependency, key);
    },
  });
  cache.onChange((dependency) => {
    const keys = dependents.get(dependency);
    if (keys === undefined) return;
    dependents.delete(dependency);
    for (const key of typeof keys === 'string' ? [keys] : [...keys]) {
      if (results.delete(key)) counters.invalidations += 1;
    }
  });

  const keyOf = (
    ctx: YogaContext,
    operationName: string | null | undefined,
    variables: unknown,
  ): string | undefined => {
    const query = ctx.params?.query;
    const clients = ctx.clients;
    if (query === undefined || !clients) return undefined;
    const client = ctx.request ? (identityOf(ctx.request)?.key ?? '') : '';
    const credentials = `${clients.seranking.credentialId}\u0000${clients.serpmetrics.credentialId}`;
    return `${client}\u0000${credentials}\u0000${operationName ?? ''}\u0000${variablesJson(ctx.memos, variables)}\u0000${query}`;
  };

  /** Keeps the result when it qualifies; returns the JSON of its data when it was built. */
  const store = (key: string, result: ExecutionResult, ctx: YogaContext): string | undefined => {
    const ledger = ctx.ledger;
    const reads = ledger?.reads;
    if (!ledger || !reads || reads.size === 0 || result.errors || ledger.staleServes.length > 0) return;
    const { calls, cache: lookups } = ledger.report();
    // An upstream call no cache load accounts for would not be tracked as a dependency.
    if (lookups.misses === 0 && calls.seranking + calls.serpmetrics > 0) return;
    const now = cache.now();
    let expiresAt = Number.POSITIVE_INFINITY;
    for (const [dependency, read] of reads) {
      if (!cache.isCurrent(dependency, read)) return;
      expiresAt = Math.min(expiresAt, read.fetchedAt + read.ttlMs);
    }
    const ttl = expiresAt - now;
    if (ttl <= 0) return;
    const json: string | undefined = JSON.stringify(result.data);
    // The data (about two bytes per JSON character) and its JSON (one byte per character, mostly ASCII).
    const bytes = ENTRY_OVERHEAD_BYTES + 2 * key.length + 3 * (json?.length ?? 0);
    if (bytes > options.maxBytes) return json;
    // The request is over: its ledger records no further read, so its map is the result's dependencies as is.
    ledger.reads = undefined;
    const { data } = result;
    results.set(
      key,
      {
        data,
        stringify: json === undefined ? undefined : withDataJson(data, json),
        lookups: lookups.hits + lookups.misses + lookups.coalesced,
        dependencies: reads,
        bytes,
      },
      { ttl },
    );
    for (const dependency of reads.keys()) addDependent(dependency, key);
    return json;
  };

  /** The entry that would answer this request, without refreshing its recency. */
  const storedFor = (ctx: YogaContext): { key: string; stored: StoredResult } | undefined => {
    if (options.maxBytes <= 0) return undefined;
    const key = keyOf(ctx, ctx.params?.operationName, ctx.params?.variables);
    const stored = key === undefined ? undefined : results.peek(key);
    return key === undefined || stored === undefined ? undefined : { key, stored };
  };
  const estimates: KnownEstimates = {
    get: (context) => storedFor(context as YogaContext)?.stored.estimate,
    priced(context, estimate, consulted) {
      const found = storedFor(context as YogaContext);
      if (!found || found.stored.estimate) return;
      for (const [dependency, read] of consulted) {
        if (!read || !found.stored.dependencies.has(dependency) || !cache.isCurrent(dependency, read)) return;
      }
      found.stored.estimate = estimate;
    },
  };

  const plugin: Plugin<Record<string, unknown>> = {
    onExecute({ args, setResultAndStopExecution }) {
      if (options.maxBytes <= 0) return undefined;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return undefined;
      const ctx = args.contextValue as YogaContext;
      const key = keyOf(ctx, args.operationName, args.variableValues);
      if (key === undefined || !ctx.ledger) return undefined;
      const stored = results.get(key);
      if (stored) {
        counters.hits += 1;
        cache.countHits(stored.lookups, ctx.ledger);
        // Plugins copy the result with a spread, which keeps `stringify`; JSON.stringify skips it (a function).
        const hit: ExecutionResult = stored.stringify
          ? Object.assign({ data: stored.data }, { stringify: stored.stringify })
          : { data: stored.data };
        setResultAndStopExecution(hit);
        return undefined;
      }
      counters.misses += 1;
      // The key's digest only when it is asked for: none while no bulk request is remembered and this one is small.
      let seen: string | undefined;
      const digest = (): string => (seen ??= hash('sha1', key, 'base64'));
      const again = seenOnce.size > 0 && seenOnce.delete(digest());
      ctx.ledger.trackReads(again ? Number.POSITIVE_INFINITY : FIRST_SIGHT_MAX_DEPENDENCIES);
      const ledger = ctx.ledger;
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return;
          if (ledger.readsOverflowed) {
            seenOnce.set(digest(), true);
            return;
          }
          const json = store(key, result, ctx);
          // The response reuses the data's JSON the store built rather than serialising the data a second time.
          if (json !== undefined) Object.assign(result, { stringify: withDataJson(result.data, json) });
        },
      };
    },
  };
  return { counters, plugin, estimates };
}
