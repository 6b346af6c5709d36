/**
 * SE Ranking data for the graph: per-request DataLoaders over the bulk endpoints (backlink summaries and
 * authority per target, keyword metrics per regional database) and cached single reads, all through the
 * shared cache so identical data is fetched once per request and shared across requests.
 */
import DataLoader from 'dataloader';
import { defineLoader, type LoaderScope } from '../../context.js';
import type { SerankingEndpoint } from '../../pricing/index.js';
import type { Cached, CacheKey, CacheKind, FetchOptions } from '../../upstream/cache.js';
import { isUpstreamError } from '../../upstream/errors.js';
import type { Authority, BacklinkSummary, KeywordMetrics, TargetMode } from '../../upstream/seranking/types.js';
import { keywordKey, targetKey } from '../../upstream/seranking/validate.js';

/** A validated target and its mode: the unit of backlink data. */
export interface TargetKey {
  target: string;
  mode: TargetMode;
}

/** A validated keyword in one regional database: the unit of keyword metrics. */
export interface KeywordKey {
  text: string;
  database: string;
}

/** A 244 is remembered (per target) instead of being asked again on every request. */
const TOO_LARGE = { codes: ['TARGET_TOO_LARGE'], kind: 'hugeTargets' } as const;

/** The cache key of an SE Ranking answer (the estimate asks the cache about the same keys). */
export const serankingKey = (
  scope: Pick<LoaderScope, 'clients'>,
  kind: CacheKind,
  endpoint: SerankingEndpoint,
  params: Record<string, string | number | boolean | undefined>,
): CacheKey => ({
  kind,
  upstream: 'seranking',
  endpoint,
  credentialId: scope.clients.seranking.credentialId,
  params,
});

/** Groups keys by a batch dimension (mode, database): each group is one bulk call, split at upstream limits. */
function groupBy<K>(keys: readonly K[], by: (k: K) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const group = groups.get(by(k));
    if (group) group.push(i);
    else groups.set(by(k), [i]);
  });
  return groups;
}

/**
 * Runs one `fetchMany` per group and puts the results back in key order. Failed items stay `Error`s, and
 * keys that failed transiently are cleared from the loader so a later load in the request can retry.
 */
async function batched<K, V>(
  keys: readonly K[],
  groupOf: (k: K) => string,
  fetchGroup: (group: K[]) => Promise<Array<Cached<V> | Error>>,
  loader: () => DataLoader<K, V, string>,
): Promise<Array<V | Error>> {
  const results: Array<V | Error> = new Array(keys.length);
  await Promise.all(
    [...groupBy(keys, groupOf).values()].map(async (indexes) => {
      const group = indexes.map((i) => keys[i] as K);
      const fetched = await fetchGroup(group).catch((e: unknown) =>
        group.map(() => (e instanceof Error ? e : new Error(String(e)))),
      );
      indexes.forEach((index, j) => {
        const r = fetched[j] ?? new Error('bulk fetch returned fewer items than requested');
        results[index] = r instanceof Error ? r : r.value;
      });
    }),
  );
  results.forEach((r, i) => {
    if (r instanceof Error && !(isUpstreamError(r) && !r.retryable)) loader().clear(keys[i] as K);
  });
  return results;
}

export const summaryKey = (scope: Pick<LoaderScope, 'clients'>, k: TargetKey): CacheKey =>
  serankingKey(scope, 'backlinks', 'backlinks/summary', { target: targetKey(k.target, k.mode), mode: k.mode });

export const authorityKey = (scope: Pick<LoaderScope, 'clients'>, target: string): CacheKey =>
  serankingKey(scope, 'authority', 'backlinks/authority', { target: targetKey(target, 'url') });

export const metricsKey = (scope: Pick<LoaderScope, 'clients'>, k: KeywordKey): CacheKey =>
  serankingKey(scope, 'keywordMetrics', 'keywords/export', { keyword: keywordKey(k.text), database: k.database });

const targetId = (k: TargetKey) => `${k.mode}|${targetKey(k.target, k.mode)}`;

/** Backlink summaries: all targets of a request in one call per 100 distinct targets (per mode). */
export const backlinkSummaries = defineLoader('seranking.backlinkSummaries', (scope) => {
  const loader: DataLoader<TargetKey, BacklinkSummary, string> = new DataLoader(
    (keys) =>
      batched(
        keys,
        (k) => k.mode,
        (group) => {
          const mode = group[0]?.mode ?? 'host';
          return scope.cache.fetchMany<TargetKey, BacklinkSummary>(
            group,
            (k) => summaryKey(scope, k),
            (missing, signal) =>
              scope.clients.seranking.backlinkSummaries(
                missing.map((k) => k.target),
                mode,
                { signal },
              ),
            { ...scope.fetchOptions, negative: TOO_LARGE },
          );
        },
        () => loader,
      ),
    { cacheKeyFn: targetId },
  );
  return loader;
});

/** InLink Rank and Domain InLink Rank: one call per 100 distinct targets (the endpoint takes no mode). */
export const authorities = defineLoader('seranking.authority', (scope) => {
  const loader: DataLoader<string, Authority, string> = new DataLoader(
    (targets) =>
      batched(
        targets,
        () => 'all',
        (group) =>
          scope.cache.fetchMany<string, Authority>(
            group,
            (t) => authorityKey(scope, t),
            (missing, signal) => scope.clients.seranking.authority(missing, { signal }),
            { ...scope.fetchOptions, negative: TOO_LARGE },
          ),
        () => loader,
      ),
    { cacheKeyFn: (t) => targetKey(t, 'url') },
  );
  return loader;
});

const keywordId = (k: KeywordKey) => `${k.database}|${keywordKey(k.text)}`;

/**
 * Keyword metrics: the keywords of a request not in the cache become exports of at most the configured
 * batch size each (the client splits), one regional database per export.
 */
export const keywordMetrics = defineLoader('seranking.keywordMetrics', (scope) => {
  const loader: DataLoader<KeywordKey, KeywordMetrics, string> = new DataLoader(
    (keys) =>
      batched(
        keys,
        (k) => k.database,
        (group) => {
          const database = group[0]?.database ?? '';
          return scope.cache.fetchMany<KeywordKey, KeywordMetrics>(
            group,
            (k) => metricsKey(scope, k),
            (missing, signal) =>
              scope.clients.seranking.keywordMetrics(
                missing.map((k) => k.text),
                database,
                { signal },
              ),
            scope.fetchOptions,
          );
        },
        () => loader,
      ),
    { cacheKeyFn: (k) => keywordIds.get(k) ?? rememberedId(k) },
  );
  // Every metric field of a keyword loads the same ref: its id is normalised once.
  const keywordIds = new WeakMap<KeywordKey, string>();
  const rememberedId = (k: KeywordKey): string => {
    const id = keywordId(k);
    keywordIds.set(k, id);
    return id;
  };
  return loader;
});

/**
 * One cached single-item read (lists of one target, keyword ideas, domain analysis). Identical reads of one
 * request or of concurrent requests coalesce in the cache; a 244 is remembered like a batched one.
 */
export async function cachedRead<T>(
  scope: LoaderScope,
  kind: CacheKind,
  endpoint: SerankingEndpoint,
  params: Record<string, string | number | boolean | undefined>,
  load: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const options: FetchOptions<T> = { ...scope.fetchOptions, negative: TOO_LARGE };
  const { value } = await scope.cache.fetch(serankingKey(scope, kind, endpoint, params), load, options);
  return value;
}
