/**
 * Cached SERPmetrics reads, shared by the graph's resolvers and the live updates: engines, tracked keywords,
 * check ids, SERPs per check, flux, credit, one-off check status; the retained checks of a pair; and the
 * cache invalidation after tracking writes. Each read goes through the shared cache with the request's options.
 */
import type { LoaderScope } from '../../context.js';
import type { Cached, CacheKey, CacheKind, FetchOptions } from '../cache.js';
import { UpstreamError } from '../errors.js';
import { normalizePhrase } from '../phrase.js';
import { SERPMETRICS_LIMITS } from './client.js';
import type { PairIdentity, SnapshotRef } from './pairs.js';
import type {
  CheckRef,
  CompletedCheck,
  Credit,
  Engine,
  FluxPeriod,
  FluxPoint,
  SerpPage,
  TrackedKeyword,
} from './types.js';

const DAY_MS = 86_400_000;
/** Minimum life of a check-id entry, so a check due any second now is not re-read on every request. */
const MIN_CHECK_TTL_MS = 5_000;

const key = (scope: LoaderScope, kind: CacheKind, endpoint: string, params: Record<string, unknown>): CacheKey => ({
  kind,
  upstream: 'serpmetrics',
  endpoint,
  credentialId: scope.clients.serpmetrics.credentialId,
  params,
});

async function cached<T>(
  scope: LoaderScope,
  cacheKey: CacheKey,
  load: (signal: AbortSignal) => Promise<T>,
  ttlMs?: (value: T) => number | undefined,
): Promise<T> {
  const options: FetchOptions<T> = { ...scope.fetchOptions, ttlMs };
  return (await scope.cache.fetch(cacheKey, load, options)).value;
}

// ---- cached reads ----

/** Every engine of the upstream (cached a day). */
export function engineList(scope: LoaderScope): Promise<Engine[]> {
  return cached(scope, key(scope, 'engines', 'engines/codes', {}), (signal) =>
    scope.clients.serpmetrics.engines({ signal }),
  );
}

const identityParams = (p: Pick<PairIdentity, 'keyword' | 'location' | 'device'>) => ({
  keyword: normalizePhrase(p.keyword),
  location: p.location === null ? null : p.location.toLowerCase(),
  device: p.device,
});

const existsKey = (scope: LoaderScope, p: Pick<PairIdentity, 'keyword' | 'location' | 'device'>) =>
  key(scope, 'serpKeywordId', 'keywords/exists', identityParams(p));

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

const allKey = (scope: LoaderScope) => key(scope, 'serpKeywordId', 'keywords/all', {});

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
  key(scope, 'serpCheckId', 'keywords/check', { keywordId, engine });

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

/**
 * Distinct SERPs and flux series one request may read. SERPmetrics reads cost no credits, so credit budgets do
 * not bound them; this does (a 30-day history is 30 SERPs, Q_TOP100 one), so a query over many pairs or every
 * engine cannot fan out into hundreds of calls. The count restarts after a minute, so a long-lived
 * subscription context is not starved.
 */
export const READS_PER_REQUEST = { serp: 100, flux: 10 } as const;
const READ_COUNT_WINDOW_MS = 60_000;

type ReadKind = keyof typeof READS_PER_REQUEST;

/** Counts one distinct read of the request; past the bound it fails with `ROW_LIMIT_EXCEEDED`. */
function countRead(scope: LoaderScope, kind: ReadKind, id: string): void {
  if (scope.ledger.countDistinct(kind, id, READ_COUNT_WINDOW_MS) > READS_PER_REQUEST[kind]) {
    const detail = `at most ${READS_PER_REQUEST[kind]} ${kind === 'serp' ? 'SERPs' : 'flux series'} per request`;
    throw new UpstreamError({ code: 'ROW_LIMIT_EXCEEDED', upstream: 'serpmetrics', detail });
  }
}

/** The full SERP of one check. A check's SERP never changes: it stays until the SERP TTL ceiling or eviction. */
export async function serpPage(scope: LoaderScope, checkId: string): Promise<SerpPage> {
  countRead(scope, 'serp', checkId);
  return cached(scope, key(scope, 'serp', 'keywords/serp', { checkId }), (signal) =>
    scope.clients.serpmetrics.serp(checkId, { signal }),
  );
}

/**
 * The results of one check whose registrable domain is `rootDomain`, filtered by SERPmetrics itself (its `domain`
 * parameter: one free call, positions kept); cached apart from the full SERP.
 */
export async function domainSerpPage(scope: LoaderScope, checkId: string, rootDomain: string): Promise<SerpPage> {
  countRead(scope, 'serp', `${checkId}|${rootDomain}`);
  return cached(scope, key(scope, 'serp', 'keywords/serp', { checkId, domain: rootDomain }), (signal) =>
    scope.clients.serpmetrics.serp(checkId, { domain: rootDomain, signal }),
  );
}

/** The flux series of an engine, oldest first. */
export async function fluxSeries(scope: LoaderScope, engine: string, period: FluxPeriod): Promise<FluxPoint[]> {
  countRead(scope, 'flux', `${engine}|${period}`);
  return cached(scope, key(scope, 'flux', 'flux/trend', { engine, period }), (signal) =>
    scope.clients.serpmetrics.fluxTrend(engine, period, { signal }),
  );
}

/** The SERPmetrics balances (cached briefly). */
export function serpmetricsCredit(scope: LoaderScope): Promise<Credit> {
  return cached(scope, key(scope, 'account', 'users/credit', {}), (signal) =>
    scope.clients.serpmetrics.credit({ signal }),
  );
}

/**
 * The state of a priority or delayed check: the finished check, or `PENDING` / `CHECK_FAILED` thrown. Only a
 * finished answer is cached (it never changes); pending answers are asked again each time.
 */
export function oneOffStatus(scope: LoaderScope, queue: 'priority' | 'delayed', id: string): Promise<CompletedCheck> {
  const client = scope.clients.serpmetrics;
  return cached(scope, key(scope, 'serp', `${queue}/status`, { id }), (signal) =>
    queue === 'priority' ? client.priorityStatus(id, { signal }) : client.delayedStatus(id, { signal }),
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
