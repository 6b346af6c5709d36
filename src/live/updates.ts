/**
 * Live SERP updates of one gateway process: callbacks and polls become work items, each finished check is
 * published once (claimed by check id in the live store, across callbacks, polls and processes), and every
 * process applies a published check to its own cache (the pair's keyword id and check ids are dropped, a
 * one-off check becomes the pair's latest). Subscriptions read the published checks.
 *
 * With Redis, callback hints fan out to every process (a priority check is known only to the process that
 * queued it), updates travel over Redis pub/sub (`@graphql-yoga/redis-event-target`) and the store is shared;
 * without it, all of this stays in the process.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, filter, map, type PubSub, type PubSubEventTarget, pipe, type Repeater } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { type Context, createContext, type UpstreamClients } from '../context.js';
import { CHECK_CREDITS } from '../pricing/index.js';
import type { RedisConnections } from '../redis.js';
import { type DeferredCharges, TRACKING_PAYER } from '../security/charges.js';
import type { UpstreamCache } from '../upstream/cache.js';
import { isUpstreamError } from '../upstream/errors.js';
import type { SerpmetricsCallback } from '../upstream/serpmetrics/callbacks.js';
import type { OneOffChecks, PendingOneOff } from '../upstream/serpmetrics/one-offs.js';
import { type CheckQueue, type PairIdentity, pairKey, type SnapshotRef } from '../upstream/serpmetrics/pairs.js';
import { oneOffStatus, serpPage } from '../upstream/serpmetrics/reads.js';
import {
  allTrackedKeywords,
  invalidateTracking,
  pairChecks,
  trackedKeywordsRead,
} from '../upstream/serpmetrics/tracked-reads.js';
import type { Device, TrackedKeyword } from '../upstream/serpmetrics/types.js';
import { type LiveStore, MemoryLiveStore, RedisLiveStore } from './store.js';

/** A published check, JSON-safe (it crosses Redis). */
export interface SerpUpdateMessage {
  keyword: string;
  engine: string;
  location: string | null;
  device: Device;
  /** The tracked keyword's id (daily checks). */
  keywordId: string | null;
  checkId: string;
  /** ISO 8601. */
  checkedAt: string;
  queue: CheckQueue;
}

/** A finished check as a callback or a poll names it: the id is the keyword id (daily) or the queued item's id. */
export interface CheckHint {
  queue: CheckQueue;
  id: string;
  engine: string;
  checkId: string;
  /** ISO 8601. */
  checkedAt: string;
}

/** A hint's pair, and who pays for its check (the requesting client; `tracking` for daily checks). */
type Resolved = { identity: PairIdentity; keywordId: string | null; payer: string };

/** One piece of background work: a hint, and whether it came from a callback (polls name only known checks). */
interface Job {
  hint: CheckHint;
  fromCallback: boolean;
}

const hintKey = (h: CheckHint): string => JSON.stringify([h.queue, h.id, h.engine, h.checkId]);

type Topics = {
  'live:serp': [credentialId: string, message: SerpUpdateMessage];
  'live:callback': [credentialId: string, hint: CheckHint];
};

export interface LiveUpdatesOptions {
  config: Config;
  clients: UpstreamClients;
  cache: UpstreamCache;
  logger: Logger;
  redis?: RedisConnections | undefined;
  /** The gateway's priority and delayed checks: the pairs and payers of queued ids, the pending ones. */
  oneOffChecks: OneOffChecks;
  /** Where each completed check is reported as a charge to its payer. */
  charges: DeferredCharges;
  /** How long after its last check a daily pair counts as overdue (default 24 h, the daily queue's period). */
  dailyIntervalMs?: number | undefined;
}

export interface LiveCounters {
  callbacks: number;
  polledPairs: number;
  /** Status reads of pending priority / delayed checks by the poller. */
  polledOneOffs: number;
  pollRounds: number;
  published: number;
  /** Checks already published (duplicate callbacks, a poll after a callback, another process first). */
  duplicates: number;
  /** Hints naming a keyword or queued check this deployment does not know. */
  unknown: number;
  failures: number;
}

const DAY_MS = 86_400_000;
/** Deadline of one piece of background work (resolve, fetch, publish). */
const JOB_DEADLINE_MS = 30_000;
const MAX_CONCURRENT_JOBS = 4;
/** Beyond this, the oldest waiting hint is dropped: the poller reconciles it later. */
const MAX_QUEUED_JOBS = 1_000;
const POLL_CONCURRENCY = 4;
/**
 * Callbacks whose id resolved to nothing, remembered so replays (a confused upstream, or anyone holding the token)
 * cost no upstream call. Bounded; the TTL lets a keyword tracked outside this gateway be found again later.
 */
const UNRESOLVED_CALLBACKS = { max: 10_000, ttlMs: 10 * 60_000 } as const;
/** A tracking list younger than this is not read again for an unknown keyword id (forged ids cost one read). */
const RELIST_AFTER_MS = 10_000;

const toSnapshot = (m: SerpUpdateMessage): SnapshotRef => ({
  keyword: m.keyword,
  engine: m.engine,
  location: m.location,
  device: m.device,
  checkId: m.checkId,
  checkedAt: new Date(m.checkedAt),
  queue: m.queue,
});

/** Whether a published check belongs to the pair a subscriber named. */
export const samePair = (a: PairIdentity, b: PairIdentity): boolean => pairKey(a) === pairKey(b);

/** The live updates of the context's gateway. */
export const liveUpdatesOf = (scope: Pick<Context, 'live'>): LiveUpdates | undefined => scope.live;

/**
 * The daily check of the same pair before `snapshot` (the baseline of its movement), or null when the pair is
 * not tracked or has no older check. Robust to a stale check list: it looks for the newest *older* check.
 */
export async function previousSnapshot(scope: Context, snapshot: SnapshotRef): Promise<SnapshotRef | null> {
  const checks = await pairChecks(scope, snapshot);
  const at = snapshot.checkedAt.getTime();
  return checks?.find((c) => c.checkId !== snapshot.checkId && c.checkedAt.getTime() < at) ?? null;
}

export class LiveUpdates {
  readonly counters: LiveCounters = {
    callbacks: 0,
    polledPairs: 0,
    polledOneOffs: 0,
    pollRounds: 0,
    published: 0,
    duplicates: 0,
    unknown: 0,
    failures: 0,
  };
  readonly store: LiveStore;
  private readonly pubSub: PubSub<Topics>;
  private readonly jobs: Job[] = [];
  /** Callback hints being resolved or found unresolvable: concurrent replays share one resolution. */
  private readonly unresolved = new LRUCache<string, Promise<Resolved | undefined>>({
    max: UNRESOLVED_CALLBACKS.max,
    ttl: UNRESOLVED_CALLBACKS.ttlMs,
  });
  /** The one re-read of the tracking list under way for unknown keyword ids. */
  private relisting: Promise<TrackedKeyword[]> | undefined;
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly listeners: Array<{ return(): unknown }> = [];
  private pollTimer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private closed = false;
  private readonly dailyIntervalMs: number;
  private readonly fanOut: boolean;

  constructor(private readonly options: LiveUpdatesOptions) {
    const { redis } = options;
    this.dailyIntervalMs = options.dailyIntervalMs ?? DAY_MS;
    const store = redis ? new RedisLiveStore(redis.commands) : undefined;
    this.store = store ?? new MemoryLiveStore();
    if (store) options.oneOffChecks.share(store);
    this.fanOut = redis !== undefined;
    this.pubSub = createPubSub<Topics>(redis ? { eventTarget: this.redisTarget(redis) } : {});
  }

  /** The credential whose checks this gateway follows (the deployment's SERPmetrics account). */
  get credentialId(): string {
    return this.options.clients.serpmetrics.credentialId;
  }

  /** Starts listening (and polling every `pollIntervalMs`, when > 0). */
  start(pollIntervalMs: number): void {
    const serp = this.pubSub.subscribe('live:serp', this.credentialId);
    this.listen(serp, 'live:serp', (message) => this.applyLocally(message));
    if (this.fanOut) {
      this.listen(this.pubSub.subscribe('live:callback', this.credentialId), 'live:callback', (hint) =>
        this.enqueue(hint, true),
      );
    }
    if (pollIntervalMs > 0) {
      this.pollTimer = setInterval(() => {
        this.pollOnce(pollIntervalMs).catch((err: unknown) => this.options.logger.warn({ err }, 'SERP poll failed'));
      }, pollIntervalMs);
      this.pollTimer.unref();
    }
  }

  /** A parsed callback: queued for work, nothing more (the route answers right after). */
  receiveCallback(event: SerpmetricsCallback): void {
    this.counters.callbacks += 1;
    const id =
      event.queue === 'daily' ? event.keywordId : event.queue === 'priority' ? event.priorityId : event.delayedId;
    const hint: CheckHint = {
      queue: event.queue,
      id,
      engine: event.engine,
      checkId: event.checkId,
      checkedAt: event.checkedAt.toISOString(),
    };
    // With Redis every process hears it: only the one that queued a one-off check knows its pair.
    if (this.fanOut) this.pubSub.publish('live:callback', this.credentialId, hint);
    else this.enqueue(hint, true);
  }

  /** The published checks of this gateway's credential that `matches` accepts, as snapshot references. */
  updates(matches: (snapshot: SnapshotRef) => boolean): AsyncIterable<SnapshotRef> {
    return pipe(this.pubSub.subscribe('live:serp', this.credentialId), map(toSnapshot), filter(matches));
  }

  /**
   * One poll round. Every process asks for the status of its own overdue priority / delayed checks (only the
   * process that requested one knows its pair); then one process per round (with Redis) asks every tracked
   * daily pair that is overdue (no newer check seen within the daily period) for its latest check. A finished
   * check is published like a callback, once.
   */
  pollOnce(roundMs = 1_000): Promise<void> {
    this.polling ??= this.pollRound(roundMs).finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  /** Resolves once no work is queued or running (tests). */
  whenIdle(): Promise<void> {
    if (this.running === 0 && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    for (const listener of this.listeners) await listener.return();
    this.jobs.length = 0;
    await Promise.race([this.whenIdle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    await this.polling?.catch(() => undefined);
  }

  private redisTarget(redis: RedisConnections): PubSubEventTarget<Topics> {
    const target = createRedisEventTarget<CustomEvent>({
      publishClient: redis.commands,
      subscribeClient: redis.subscriber,
    });
    // Listeners also sit on a local target, used only when a publish to Redis fails: this process keeps working.
    const local = new EventTarget();
    const { logger } = this.options;
    return {
      addEventListener: (type, listener) => {
        target.addEventListener(type, listener);
        local.addEventListener(type, listener as EventListener | null);
      },
      removeEventListener: (type, listener) => {
        target.removeEventListener(type, listener);
        local.removeEventListener(type, listener as EventListener | null);
      },
      // Published here rather than by the target, whose publish promise nobody awaits: a Redis outage must not
      // become an unhandled rejection.
      dispatchEvent: (event) => {
        const payload = event.detail === undefined ? '' : JSON.stringify(event.detail);
        redis.commands.publish(event.type, payload).catch((err: unknown) => {
          logger.warn({ err }, 'redis publish failed: delivering to this process only');
          local.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
        });
        return true;
      },
    } as PubSubEventTarget<Topics>;
  }

  private listen<T>(events: Repeater<T>, topic: string, handle: (payload: T) => void): void {
    this.listeners.push({ return: () => events.return() });
    void (async () => {
      for await (const payload of events) {
        try {
          handle(payload);
        } catch (err) {
          this.options.logger.warn({ err, topic }, 'live update listener failed');
        }
      }
    })();
  }

  /** A background scope: the gateway's clients and cache, a deadline of its own, no client request. */
  private scope(): Context {
    const { config, clients, cache, oneOffChecks } = this.options;
    return createContext({ config, clients, cache, oneOffChecks, live: this }, { deadlineMs: JOB_DEADLINE_MS });
  }

  private enqueue(hint: CheckHint, fromCallback = false): void {
    if (this.closed) return;
    if (this.jobs.length >= MAX_QUEUED_JOBS) this.jobs.shift();
    this.jobs.push({ hint, fromCallback });
    this.pump();
  }

  private pump(): void {
    while (this.running < MAX_CONCURRENT_JOBS && this.jobs.length > 0) {
      const job = this.jobs.shift();
      if (job === undefined) break;
      const { hint } = job;
      this.running += 1;
      this.process(job)
        .catch((err: unknown) => {
          this.counters.failures += 1;
          this.options.logger.warn({ err, checkId: hint.checkId }, 'SERP update failed; a later poll retries it');
        })
        .finally(() => {
          this.running -= 1;
          this.pump();
          if (this.running === 0 && this.jobs.length === 0) {
            for (const resolve of this.idleWaiters.splice(0)) resolve();
          }
        });
    }
  }

  private async process({ hint, fromCallback }: Job): Promise<void> {
    const scope = this.scope();
    const pair = fromCallback ? await this.resolveCallback(scope, hint) : await this.resolvePair(scope, hint);
    if (pair === undefined) {
      // With fan-out, every process but the one that queued a one-off check lands here: not worth a log line.
      this.counters.unknown += 1;
      return;
    }
    const credentialId = this.credentialId;
    // Billed upstream as it emerged (serpmetrics.md §6.2), whether or not publishing it works out here: metered
    // once per check, under a claim of its own (publication claims are given back on failure).
    if (await this.store.claimCheck(credentialId, `billed:${hint.checkId}`)) this.meter(pair.payer, hint.queue);
    // A one-off check published (here or by another process) is no longer the poller's business.
    const settle = () => {
      if (hint.queue !== 'daily') scope.oneOffChecks.settle(credentialId, hint.queue, hint.id);
    };
    if (!(await this.store.claimCheck(credentialId, hint.checkId))) {
      this.counters.duplicates += 1;
      settle();
      return;
    }
    try {
      const snapshot: SnapshotRef = {
        ...pair.identity,
        checkId: hint.checkId,
        checkedAt: new Date(hint.checkedAt),
        queue: hint.queue,
      };
      // The callback's pair: its keyword id and check list change with this check.
      if (pair.keywordId !== null) {
        invalidateTracking(scope, [pair.identity], [{ keywordId: pair.keywordId, engine: hint.engine }]);
      }
      // Warm the shared cache before anyone resolves the update: subscribers then read it without an upstream
      // call. The previous check is only for `movement`: failing to find it does not hold the update back.
      await serpPage(scope, snapshot.checkId);
      const previous = await previousSnapshot(scope, snapshot).catch(() => null);
      if (previous) await serpPage(scope, previous.checkId).catch(() => undefined);
      const message: SerpUpdateMessage = {
        ...pair.identity,
        keywordId: pair.keywordId,
        checkId: snapshot.checkId,
        checkedAt: hint.checkedAt,
        queue: hint.queue,
      };
      this.pubSub.publish('live:serp', credentialId, message);
      this.counters.published += 1;
      settle();
      if (hint.queue === 'daily') {
        const checkedAt = snapshot.checkedAt.getTime();
        await this.store.setLastCheck(credentialId, pairKey(pair.identity), { checkId: hint.checkId, checkedAt });
      }
    } catch (error) {
      await this.store.releaseCheck(credentialId, hint.checkId).catch(() => undefined);
      // A callback naming a check the upstream does not have: its replays are answered from memory.
      if (fromCallback && isUpstreamError(error) && error.code === 'NOT_FOUND') {
        this.unresolved.set(hintKey(hint), Promise.resolve(undefined));
        this.counters.unknown += 1;
        return;
      }
      throw error;
    }
  }

  /** `resolvePair` for a callback, once per hint while it resolves to nothing (see UNRESOLVED_CALLBACKS). */
  private async resolveCallback(scope: Context, hint: CheckHint): Promise<Resolved | undefined> {
    const key = hintKey(hint);
    const known = this.unresolved.get(key);
    if (known) return known;
    const resolving = this.resolvePair(scope, hint);
    this.unresolved.set(key, resolving);
    try {
      const pair = await resolving;
      // Only what resolves to nothing is remembered: a known pair goes on to the claim, which dedupes replays.
      if (pair !== undefined) this.unresolved.delete(key);
      return pair;
    } catch (error) {
      this.unresolved.delete(key);
      throw error;
    }
  }

  /** A check that emerged from its queue was billed upstream then (serpmetrics.md §6.2): metered once, here. */
  private meter(payer: string, queue: CheckQueue): void {
    this.options.charges.report({ upstream: 'serpmetrics', payer, credits: CHECK_CREDITS[queue] });
  }

  /** The pair a hint is about, from seograph's own records; a callback is a hint, never data. */
  private async resolvePair(scope: Context, hint: CheckHint): Promise<Resolved | undefined> {
    if (hint.queue !== 'daily') {
      const registry = scope.oneOffChecks;
      // An id never learned may be the answer lost with an add whose outcome was unknown.
      // Requested through another process: the shared store knows it.
      if (!(await registry.learn(this.credentialId, hint.queue, hint.id))) {
        await registry.matchOutcome(this.credentialId, hint.queue, hint.id, hint.engine);
      }
      const pair = registry.pairOf(this.credentialId, hint.queue, hint.id);
      const payer = registry.payerOf(this.credentialId, hint.queue, hint.id) ?? 'anonymous';
      return pair && pair.engine === hint.engine ? { identity: pair, keywordId: null, payer } : undefined;
    }
    const find = (list: readonly TrackedKeyword[]) => list.find((k) => k.keywordId === hint.id);
    const read = await trackedKeywordsRead(scope);
    let tracked = find(read.value);
    // A keyword added since the list was cached (outside this gateway, whose writes drop it): read it once more.
    if (tracked === undefined && Date.now() - read.fetchedAt.getTime() > RELIST_AFTER_MS) {
      this.relisting ??= (async () => {
        invalidateTracking(scope, []);
        return allTrackedKeywords(scope);
      })().finally(() => {
        this.relisting = undefined;
      });
      tracked = find(await this.relisting);
    }
    if (tracked === undefined || !tracked.engines.includes(hint.engine)) return undefined;
    const { keyword, location, device, keywordId } = tracked;
    return { identity: { keyword, engine: hint.engine, location, device }, keywordId, payer: TRACKING_PAYER };
  }

  /** Every process: the published check replaces what its cache knew of the pair. */
  private applyLocally(message: SerpUpdateMessage): void {
    const scope = this.scope();
    const snapshot = toSnapshot(message);
    if (message.queue === 'daily') {
      const lists = message.keywordId === null ? [] : [{ keywordId: message.keywordId, engine: message.engine }];
      invalidateTracking(scope, [snapshot], lists);
    } else {
      scope.oneOffChecks.completed(this.credentialId, snapshot);
    }
  }

  private async pollRound(roundMs: number): Promise<void> {
    if (this.closed) return;
    const credentialId = this.credentialId;
    await this.pollOneOffs();
    if (!(await this.store.leadPollRound(credentialId, roundMs))) return;
    this.counters.pollRounds += 1;
    const scope = this.scope();
    const pairs = (await allTrackedKeywords(scope)).flatMap((k) => k.engines.map((engine) => ({ k, engine })));
    for (let i = 0; i < pairs.length; i += POLL_CONCURRENCY) {
      await Promise.all(
        pairs.slice(i, i + POLL_CONCURRENCY).map(({ k, engine }) =>
          // One pair failing (an engine just removed, a timeout) does not stop the round.
          this.pollPair(scope, k, engine).catch((err: unknown) =>
            this.options.logger.debug({ err, keywordId: k.keywordId, engine }, 'SERP poll of a pair failed'),
          ),
        ),
      );
    }
  }

  private async pollOneOffs(): Promise<void> {
    const { priority, delayed } = this.options.config.live.oneOffOverdueMs;
    const now = Date.now();
    const overdue = this.options.oneOffChecks
      .pending(this.credentialId)
      .filter((c) => now >= c.requestedAt + (c.queue === 'priority' ? priority : delayed));
    if (overdue.length === 0) return;
    const scope = this.scope();
    for (let i = 0; i < overdue.length; i += POLL_CONCURRENCY) {
      await Promise.all(
        overdue
          .slice(i, i + POLL_CONCURRENCY)
          .map((check) =>
            this.pollOneOff(scope, check).catch((err: unknown) =>
              this.options.logger.debug({ err, queue: check.queue, id: check.id }, 'SERP poll of a check failed'),
            ),
          ),
      );
    }
  }

  private async pollOneOff(scope: Context, check: PendingOneOff): Promise<void> {
    this.counters.polledOneOffs += 1;
    try {
      const done = await oneOffStatus(scope, check.queue, check.id);
      this.enqueue({
        queue: check.queue,
        id: check.id,
        engine: check.pair.engine,
        checkId: done.checkId,
        checkedAt: done.processedAt.toISOString(),
      });
    } catch (error) {
      // Still queued: asked again next round.
      if (isUpstreamError(error) && error.code === 'PENDING') return;
      // Failed for good, or unknown upstream: nothing will ever arrive for it.
      if (isUpstreamError(error) && (error.code === 'CHECK_FAILED' || error.code === 'NOT_FOUND')) {
        this.options.oneOffChecks.settle(this.credentialId, check.queue, check.id);
        return;
      }
      throw error;
    }
  }

  private async pollPair(scope: Context, k: TrackedKeyword, engine: string): Promise<void> {
    const credentialId = this.credentialId;
    const pair = pairKey({ keyword: k.keyword, engine, location: k.location, device: k.device });
    const last = await this.store.lastCheck(credentialId, pair);
    if (last !== undefined && Date.now() < last.checkedAt + this.dailyIntervalMs) return;
    this.counters.polledPairs += 1;
    const { checks } = await this.options.clients.serpmetrics.checks(k.keywordId, engine, {
      limit: 1,
      signal: scope.signal,
    });
    const newest = checks[0];
    if (newest === undefined) return;
    const checkedAt = newest.checkedAt.getTime();
    // The first sight of a pair is its baseline: only checks after it are news.
    if (last === undefined) return this.store.setLastCheck(credentialId, pair, { checkId: newest.checkId, checkedAt });
    if (newest.checkId === last.checkId || checkedAt <= last.checkedAt) return;
    this.enqueue({
      queue: 'daily',
      id: k.keywordId,
      engine,
      checkId: newest.checkId,
      checkedAt: newest.checkedAt.toISOString(),
    });
  }
}
