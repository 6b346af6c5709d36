/**
 * SERPmetrics data for the graph: cached reads (engines, tracked keywords, check ids, SERPs per check, flux,
 * credit), the latest SERP of a keyword pair in three separately cached lookups, rank history over retained
 * checks, cache invalidation after writes, and the registry of one-off (priority / delayed) checks, which the
 * upstream does not list per pair.
 */
import { LRUCache } from 'lru-cache';
import type { Context, LoaderScope } from '../../context.js';
import type { Cached, CacheKey, CacheKind, FetchOptions } from '../../upstream/cache.js';
import { UpstreamError } from '../../upstream/errors.js';
import { normalizePhrase } from '../../upstream/phrase.js';
import { SERPMETRICS_LIMITS } from '../../upstream/serpmetrics/client.js';
import type {
  CheckRef,
  CompletedCheck,
  Credit,
  Device,
  Engine,
  FluxPeriod,
  FluxPoint,
  SerpPage,
  SerpResult,
  TrackedKeyword,
} from '../../upstream/serpmetrics/types.js';

/** A keyword pair as users name it: phrase, engine, location and device (the upstream identity + engine). */
export interface PairIdentity {
  keyword: string;
  engine: string;
  location: string | null;
  device: Device;
}

/** What a `SerpSnapshot` resolves from: one check of a pair; its results are read (cached) on demand. */
export interface SnapshotRef extends PairIdentity {
  checkId: string;
  checkedAt: Date;
  queue: CheckQueue;
}

export type CheckQueue = 'daily' | 'priority' | 'delayed';

/** One point of a domain's rank history: its best position in one check (null: not in the top 100). */
export interface RankPoint {
  checkId: string;
  checkedAt: Date;
  position: number | null;
  url: string | null;
}

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

// ---- one-off checks ----

/** The identity of a keyword pair as one string (phrase normalised, location case-insensitive). */
export const pairKey = (p: PairIdentity): string =>
  JSON.stringify([normalizePhrase(p.keyword), p.engine, p.location?.toLowerCase() ?? null, p.device]);

/** Where the processes of a deployment share which pair and payer each queued id is for (Redis), if they do. */
export interface SharedOneOffs {
  setOneOff(key: string, value: string, ttlMs: number): Promise<void>;
  getOneOff(key: string): Promise<string | undefined>;
}

const ONE_OFF_TTL_MS = 30 * DAY_MS;

const seqOf = (key: string): number => Number(key.slice(key.lastIndexOf('|') + 1));

/** A priority or delayed check this gateway requested and has not seen finish yet. */
export interface PendingOneOff {
  queue: 'priority' | 'delayed';
  id: string;
  pair: PairIdentity;
  /** Epoch ms of the request. */
  requestedAt: number;
}

/**
 * Priority and delayed checks of this gateway: what pair each queued id belongs to (status answers and
 * callbacks name only the id), which ones are still pending (for the poller: callbacks can be lost), and the
 * newest finished one-off check per pair (`/keywords/check` lists daily checks only). Bounded; one per gateway
 * (a field of the context), entries scoped by credential.
 */
export class OneOffChecks {
  private readonly queued = new LRUCache<string, PairIdentity & { queue: 'priority' | 'delayed'; payer: string }>({
    max: 10_000,
  });
  private readonly open = new LRUCache<string, PendingOneOff & { credentialId: string }>({
    max: 10_000,
    ttl: 30 * DAY_MS,
  });
  private readonly latest = new LRUCache<string, SnapshotRef>({ max: 10_000, ttl: 30 * DAY_MS });

  /** Pairs of paid adds whose answer was lost: queued, perhaps, under ids this gateway never learned. */
  private readonly unknown = new LRUCache<string, { pair: PairIdentity; payer: string }>({
    max: 10_000,
    ttl: 2 * DAY_MS,
  });
  private unknownSeq = 0;

  /** Remembers the pairs of an add whose outcome is unknown, so a later callback can be matched to one. */
  awaitOutcome(
    credentialId: string,
    queue: 'priority' | 'delayed',
    pairs: readonly PairIdentity[],
    payer: string,
  ): void {
    for (const pair of pairs) {
      this.unknownSeq += 1;
      this.unknown.set(`${credentialId}|${queue}|${pairKey(pair)}|${this.unknownSeq}`, { pair, payer });
    }
  }

  /**
   * Matches a finished check of an id this gateway never learned to a pair of an add whose outcome was unknown:
   * only when one pair of that queue and engine is waiting (a callback names the engine, not the keyword), so a
   * check is never attributed to the wrong keyword. The id is then remembered like any queued check.
   */
  async matchOutcome(
    credentialId: string,
    queue: 'priority' | 'delayed',
    id: string,
    engine: string,
  ): Promise<boolean> {
    const prefix = `${credentialId}|${queue}|`;
    const candidates = [...this.unknown.entries()].filter(([k, v]) => k.startsWith(prefix) && v.pair.engine === engine);
    const first = candidates[0];
    if (first === undefined || new Set(candidates.map(([, v]) => pairKey(v.pair))).size > 1) return false;
    const [oldest, { pair, payer }] = candidates.reduce((a, b) => (seqOf(b[0]) < seqOf(a[0]) ? b : a), first);
    this.unknown.delete(oldest);
    await this.remember(credentialId, queue, id, pair, payer);
    return true;
  }

  private shared: SharedOneOffs | undefined;

  /** Shares queued ids with the deployment's other processes, so any of them can complete any check. */
  share(store: SharedOneOffs): void {
    this.shared = store;
  }

  /** A queued check: its pair, and who pays for it when it completes (shared, when the processes share a store). */
  async remember(
    credentialId: string,
    queue: 'priority' | 'delayed',
    id: string,
    pair: PairIdentity,
    payer: string,
  ): Promise<void> {
    const k = `${credentialId}|${queue}|${id}`;
    this.queued.set(k, { ...pair, queue, payer });
    this.open.set(k, { credentialId, queue, id, pair, requestedAt: Date.now() });
    // A store that is down leaves the check to this process, as without one.
    await this.shared?.setOneOff(k, JSON.stringify({ pair, payer }), ONE_OFF_TTL_MS).catch(() => undefined);
  }

  /** Learns a queued id another process requested, from the shared store; true when it is known now. */
  async learn(credentialId: string, queue: 'priority' | 'delayed', id: string): Promise<boolean> {
    const k = `${credentialId}|${queue}|${id}`;
    if (this.queued.has(k)) return true;
    const raw = await this.shared?.getOneOff(k).catch(() => undefined);
    if (raw === undefined) return false;
    const { pair, payer } = JSON.parse(raw) as { pair: PairIdentity; payer: string };
    this.queued.set(k, { ...pair, queue, payer });
    return true;
  }

  pairOf(credentialId: string, queue: 'priority' | 'delayed', id: string): PairIdentity | undefined {
    const entry = this.queued.get(`${credentialId}|${queue}|${id}`);
    return entry && { keyword: entry.keyword, engine: entry.engine, location: entry.location, device: entry.device };
  }

  payerOf(credentialId: string, queue: 'priority' | 'delayed', id: string): string | undefined {
    return this.queued.get(`${credentialId}|${queue}|${id}`)?.payer;
  }

  /** The checks of a credential still pending, oldest request first. */
  pending(credentialId: string): PendingOneOff[] {
    const found: PendingOneOff[] = [];
    for (const entry of this.open.values()) {
      if (entry.credentialId === credentialId) {
        found.push({ queue: entry.queue, id: entry.id, pair: entry.pair, requestedAt: entry.requestedAt });
      }
    }
    return found.sort((a, b) => a.requestedAt - b.requestedAt);
  }

  /** A check that finished (or failed for good, or is unknown upstream): no longer pending. */
  settle(credentialId: string, queue: 'priority' | 'delayed', id: string): void {
    this.open.delete(`${credentialId}|${queue}|${id}`);
  }

  /** Records a finished check of a pair; keeps the newest per pair. Returns its snapshot reference. */
  completed(credentialId: string, snapshot: SnapshotRef): void {
    const k = `${credentialId}|${pairKey(snapshot)}`;
    const known = this.latest.get(k);
    if (!known || known.checkedAt.getTime() <= snapshot.checkedAt.getTime()) this.latest.set(k, snapshot);
  }

  latestOf(credentialId: string, pair: PairIdentity): SnapshotRef | undefined {
    return this.latest.get(`${credentialId}|${pairKey(pair)}`);
  }
}

/** The one-off check registry of this gateway. */
export const oneOffChecks = (scope: Pick<Context, 'oneOffChecks'>): OneOffChecks => scope.oneOffChecks;

/**
 * Records a finished priority / delayed check (from a status read or a callback) so `serp` of its pair shows
 * it. Returns its snapshot reference, or undefined when this gateway does not know what pair the id was for.
 */
export function recordOneOffCheck(
  scope: Pick<Context, 'oneOffChecks' | 'clients'>,
  queue: 'priority' | 'delayed',
  id: string,
  check: { checkId: string; checkedAt: Date },
): SnapshotRef | undefined {
  const registry = scope.oneOffChecks;
  const credentialId = scope.clients.serpmetrics.credentialId;
  const pair = registry.pairOf(credentialId, queue, id);
  if (!pair) return undefined;
  const snapshot: SnapshotRef = { ...pair, ...check, queue };
  registry.completed(credentialId, snapshot);
  return snapshot;
}

// ---- composed reads ----

/**
 * The latest check of a pair in three separately cached lookups (keyword id, check ids, then the SERP when
 * results are asked for), or a newer finished one-off check of the same pair. Null when the pair is neither
 * tracked nor checked; `PENDING` when it is tracked but has no check yet.
 */
export async function latestSnapshot(
  scope: LoaderScope & Pick<Context, 'oneOffChecks'>,
  pair: PairIdentity,
): Promise<SnapshotRef | null> {
  const oneOff = scope.oneOffChecks.latestOf(scope.clients.serpmetrics.credentialId, pair);
  const daily = await pairChecks(scope, pair);
  const latest = daily?.[0];
  if (latest && (!oneOff || oneOff.checkedAt.getTime() <= latest.checkedAt.getTime())) return latest;
  if (oneOff) return oneOff;
  if (daily) throw new UpstreamError({ code: 'PENDING', upstream: 'serpmetrics', detail: 'no check yet' });
  return null;
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

/** What a rank history follows: every URL of a registrable domain, or one URL (compared by `urlKey`). */
export type RankSubject = { domain: string } | { url: string };

/** One page URL however it is written: scheme, fragment and a trailing slash ignored, host lowercased. */
export function urlKey(raw: string): string | null {
  try {
    const url = new URL(raw);
    return `${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return null;
  }
}

const matcher = (subject: RankSubject): ((r: SerpResult) => boolean) => {
  if ('domain' in subject) return (r) => r.domain.toLowerCase() === subject.domain;
  const wanted = urlKey(subject.url);
  return (r) => urlKey(r.url) === wanted;
};

/**
 * A domain's (or a URL's) best position in each of the given checks, oldest first: one cached SERP per check
 * (shared by every subject and by `serp`), so a cold 30-day history costs at most 30 SERP reads and a warm one none.
 */
export function rankHistory(
  scope: LoaderScope,
  checks: readonly SnapshotRef[],
  subject: RankSubject,
): Promise<RankPoint[]> {
  const oldestFirst = [...checks].sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime());
  const matches = matcher(subject);
  return Promise.all(
    oldestFirst.map(async (check) => {
      const page = await serpPage(scope, check.checkId);
      const best = page.results.find(matches);
      return {
        checkId: check.checkId,
        checkedAt: check.checkedAt,
        position: best?.position ?? null,
        url: best?.url ?? null,
      };
    }),
  );
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
