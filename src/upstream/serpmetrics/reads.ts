/**
 * Cached SERPmetrics reads, shared by the graph's resolvers and the live updates: engines, SERPs per check (with
 * the per-request bound on distinct SERPs and flux series), flux, credit and one-off check status. Each read goes
 * through the shared cache with the request's options. Tracked keywords and their checks: ./tracked-reads.ts.
 */
import type { LoaderScope } from '../../context.js';
import { type CacheKey, type CacheKind, UpstreamKey, withFetchOptions } from '../cache.js';
import { UpstreamError } from '../errors.js';
import type { CompletedCheck, Credit, Engine, FluxPeriod, FluxPoint, SerpPage } from './types.js';

/** The cache key of a SERPmetrics read, scoped by the client's credential. */
export const serpmetricsKey = (
  scope: LoaderScope,
  kind: CacheKind,
  endpoint: string,
  params: Record<string, unknown>,
): CacheKey => new UpstreamKey(kind, 'serpmetrics', endpoint, scope.clients.serpmetrics.credentialId, params);

/** One SERPmetrics read through the shared cache, with the request's fetch options and an optional TTL. */
export async function cached<T>(
  scope: LoaderScope,
  cacheKey: CacheKey,
  load: (signal: AbortSignal) => Promise<T>,
  ttlMs?: (value: T) => number | undefined,
): Promise<T> {
  const options = ttlMs ? withFetchOptions<T>(scope.fetchOptions, { ttlMs }) : scope.fetchOptions;
  return (await scope.cache.fetch(cacheKey, load, options)).value;
}

/** Every engine of the upstream (cached a day). */
export function engineList(scope: LoaderScope): Promise<Engine[]> {
  return cached(scope, serpmetricsKey(scope, 'engines', 'engines/codes', {}), (signal) =>
    scope.clients.serpmetrics.engines({ signal }),
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
  return cached(scope, serpmetricsKey(scope, 'serp', 'keywords/serp', { checkId }), (signal) =>
    scope.clients.serpmetrics.serp(checkId, { signal }),
  );
}

/**
 * The results of one check whose registrable domain is `rootDomain`, filtered by SERPmetrics itself (its `domain`
 * parameter: one free call, positions kept); cached apart from the full SERP.
 */
export async function domainSerpPage(scope: LoaderScope, checkId: string, rootDomain: string): Promise<SerpPage> {
  countRead(scope, 'serp', `${checkId}|${rootDomain}`);
  return cached(scope, serpmetricsKey(scope, 'serp', 'keywords/serp', { checkId, domain: rootDomain }), (signal) =>
    scope.clients.serpmetrics.serp(checkId, { domain: rootDomain, signal }),
  );
}

/** The flux series of an engine, oldest first. */
export async function fluxSeries(scope: LoaderScope, engine: string, period: FluxPeriod): Promise<FluxPoint[]> {
  countRead(scope, 'flux', `${engine}|${period}`);
  return cached(scope, serpmetricsKey(scope, 'flux', 'flux/trend', { engine, period }), (signal) =>
    scope.clients.serpmetrics.fluxTrend(engine, period, { signal }),
  );
}

/** The SERPmetrics balances (cached briefly). */
export function serpmetricsCredit(scope: LoaderScope): Promise<Credit> {
  return cached(scope, serpmetricsKey(scope, 'account', 'users/credit', {}), (signal) =>
    scope.clients.serpmetrics.credit({ signal }),
  );
}

/**
 * The state of a priority or delayed check: the finished check, or `PENDING` / `CHECK_FAILED` thrown. Only a
 * finished answer is cached (it never changes); pending answers are asked again each time.
 */
export function oneOffStatus(scope: LoaderScope, queue: 'priority' | 'delayed', id: string): Promise<CompletedCheck> {
  const client = scope.clients.serpmetrics;
  return cached(scope, serpmetricsKey(scope, 'serp', `${queue}/status`, { id }), (signal) =>
    queue === 'priority' ? client.priorityStatus(id, { signal }) : client.delayedStatus(id, { signal }),
  );
}
