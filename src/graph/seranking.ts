/**
 * SE Ranking reads shared by the graph's domains: the cache key of an answer, the batched bulk fetch behind
 * the per-request loaders (backlinks/data.ts, keywords/data.ts) and the cached single read, all through the
 * shared cache so identical data is fetched once per request and shared across requests.
 */
import type DataLoader from 'dataloader';
import type { LoaderScope } from '../context.js';
import type { SerankingEndpoint } from '../pricing/index.js';
import { type Cached, type CacheKey, type CacheKind, UpstreamKey, withFetchOptions } from '../upstream/cache.js';
import { isUpstreamError } from '../upstream/errors.js';

/** A 244 is remembered (per target) instead of being asked again on every request. */
export const TOO_LARGE = { codes: ['TARGET_TOO_LARGE'], kind: 'hugeTargets' } as const;

/** The cache key of an SE Ranking answer for one credential. */
export const credentialKey = (
  credentialId: string,
  kind: CacheKind,
  endpoint: SerankingEndpoint,
  params: Record<string, string | number | boolean | undefined>,
): CacheKey => new UpstreamKey(kind, 'seranking', endpoint, credentialId, params);

/** The cache key of an SE Ranking answer (the estimate asks the cache about the same keys). */
export const serankingKey = (
  scope: Pick<LoaderScope, 'clients'>,
  kind: CacheKind,
  endpoint: SerankingEndpoint,
  params: Record<string, string | number | boolean | undefined>,
): CacheKey => credentialKey(scope.clients.seranking.credentialId, kind, endpoint, params);

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
export async function batched<K, V>(
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
  const options = withFetchOptions<T>(scope.fetchOptions, { negative: TOO_LARGE });
  const { value } = await scope.cache.fetch(serankingKey(scope, kind, endpoint, params), load, options);
  return value;
}
