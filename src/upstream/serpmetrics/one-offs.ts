/**
 * The registry of one-off (priority / delayed) checks this gateway requested, which the upstream does not list
 * per pair: what pair and payer each queued id is for, which are pending, the newest finished one per pair.
 */
import { LRUCache } from 'lru-cache';
import { type PairIdentity, pairKey, type SnapshotRef } from './pairs.js';

const DAY_MS = 86_400_000;

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
export const oneOffChecks = (scope: { oneOffChecks: OneOffChecks }): OneOffChecks => scope.oneOffChecks;
