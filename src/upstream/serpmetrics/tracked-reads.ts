/**
 * Cached reads of SERPmetrics tracking, shared by the graph's resolvers and the live updates: a tracked keyword
 * by its identity, the account's tracked keywords, the retained checks of a keyword pair, and the cache
 * invalidation after tracking writes.
 */
import type { LoaderScope } from '../../context.js';
import type { Cached } from '../cache.js';
import { normalizePhrase } from '../phrase.js';
import { SERPMETRICS_LIMITS } from './client.js';
import type { PairIdentity, SnapshotRef } from './pairs.js';
import { cached, serpmetricsKey } from './reads.js';
import type { CheckRef, TrackedKeyword } from './types.js';

const DAY_MS = 86_400_000;
/** Minimum life of a check-id entry, so a check due any second now is not re-read on every request. */
const MIN_CHECK_TTL_MS = 5_000;

const identityParams = (p: Pick<PairIdentity, 'keyword' | 'location' | 'device'>) => ({
  keyword: normalizePhrase(p.keyword),
  location: p.location === null ? null : p.location.toLowerCase(),
  device: p.device,
});

const existsKey = (scope: LoaderScope, p: Pick<PairIdentity, 'keyword' | 'location' | 'device'>) =>
  serpmetricsKey(scope, 'serpKeywordId', 'keywords/exists', identityParams(p));

/** The tracked keyword with this phrase, location and device (its id and engines), or null. */
export function trackedKeyword(
  scope: LoaderScope,
  identity: Pick<PairIdentity, 'keyword' | 'location' | 'device'>,
): Promise<TrackedKeyword | null> {
  const { keyword, location, device } = identity;
  return cached(scope, existsKey(scope, identity), (signal) =>
    scope.clients.serpmetrics.keywordExists({ keyword, location: location ?? undefined, device }, { signal }),
  );
}

const allKey = (scope: LoaderScope) => serpmetricsKey(scope, 'serpKeywordId', 'keywords/all', {});

/** Every tracked keyword of the account (short TTL, dropped after each tracking write). */
export async function allTrackedKeywords(scope: LoaderScope): Promise<TrackedKeyword[]> {
  return (await trackedKeywordsRead(scope)).value;
}

/** The tracked keywords with when they were read (a list read just now is not worth reading again). */
export function trackedKeywordsRead(scope: LoaderScope): Promise<Cached<TrackedKeyword[]>> {
  return scope.cache.fetch(
    allKey(scope),
    (signal) => scope.clients.serpmetrics.allKeywords({ signal }),
    scope.fetchOptions,
  );
}

const checksKey = (scope: LoaderScope, keywordId: string, engine: string) =>
  serpmetricsKey(scope, 'serpCheckId', 'keywords/check', { keywordId, engine });

/**
 * The retained checks of a pair, newest first (always the upstream maximum of 30, so the latest-SERP lookup
 * and the rank history share one entry). Cached briefly, and never past the time the next daily check is due.
 */
export function recentChecks(scope: LoaderScope, keywordId: string, engine: string): Promise<CheckRef[]> {
  const ceiling = scope.cache.ttlOf('serpCheckId');
  return cached(
    scope,
    checksKey(scope, keywordId, engine),
    async (signal) =>
      (
        await scope.clients.serpmetrics.checks(keywordId, engine, {
          limit: SERPMETRICS_LIMITS.checksLimitMax,
          signal,
        })
      ).checks,
    (checks) => {
      const latest = checks[0];
      if (!latest) return ceiling;
      const untilNext = latest.checkedAt.getTime() + DAY_MS - Date.now();
      return Math.min(ceiling, Math.max(MIN_CHECK_TTL_MS, untilNext));
    },
  );
}

/** The retained daily checks of a tracked keyword on one engine as snapshot references, newest first. */
export async function keywordChecks(
  scope: LoaderScope,
  tracked: Pick<TrackedKeyword, 'keywordId' | 'keyword' | 'location' | 'device'>,
  engine: string,
): Promise<SnapshotRef[]> {
  const checks = await recentChecks(scope, tracked.keywordId, engine);
  const { keyword, location, device } = tracked;
  return checks.map((c) => ({
    keyword,
    engine,
    location,
    device,
    checkId: c.checkId,
    checkedAt: c.checkedAt,
    queue: 'daily',
  }));
}

/** The retained daily checks of a pair, newest first; null when the pair is not tracked. */
export async function pairChecks(scope: LoaderScope, pair: PairIdentity): Promise<SnapshotRef[] | null> {
  const tracked = await trackedKeyword(scope, pair);
  if (tracked === null || !tracked.engines.includes(pair.engine)) return null;
  return keywordChecks(scope, tracked, pair.engine);
}

// ---- invalidation after writes ----

/** Drops what a tracking write changed: the keyword's id and engines, the account's list, and check ids. */
export function invalidateTracking(
  scope: LoaderScope,
  identities: ReadonlyArray<Pick<PairIdentity, 'keyword' | 'location' | 'device'>>,
  checkLists: ReadonlyArray<{ keywordId: string; engine: string }> = [],
): void {
  for (const identity of identities) scope.cache.delete(existsKey(scope, identity));
  for (const { keywordId, engine } of checkLists) scope.cache.delete(checksKey(scope, keywordId, engine));
  scope.cache.delete(allKey(scope));
}
