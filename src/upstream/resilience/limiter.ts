/**
 * Outbound rate limiter per upstream credential. Requests go through a sliding-window log that mirrors
 * SE Ranking's rolling one-second window; SERPmetrics checks also go through token buckets that mirror its
 * leaky buckets. Callers wait in bounded FIFO lanes; a full lane, or a wait that would leave the caller too
 * little time for the call itself (the upstream's usual answer time, `transitMs`), fails at once with
 * UPSTREAM_RATE_LIMITED and a retryAfter. A caller whose time ran short while it waited is refused the same way
 * when its turn comes, rather than spending a window slot (and credits) on a call its deadline would cut.
 */
import { UpstreamError, type UpstreamName } from '../errors.js';
import type { Deadline } from './deadline.js';
import type { RateLimitOptions } from './options.js';

/** Which SERPmetrics check bucket a request draws on, and how many checks (keywords × engines) it carries. */
export interface CheckWeight {
  queue: 'priority' | 'delayed';
  count: number;
}

interface Bucket {
  /** Ms until `units` may be taken (0: now). */
  waitMs(units: number, now: number): number;
  /** Takes `units`; the returned function is called once the request is answered (or failed). */
  take(units: number, now: number): (doneAt: number) => void;
  /**
   * Rough ms until `units` more (everything queued ahead plus ours) would have gone through, when each request
   * takes `transitMs` to be answered.
   */
  estimateMs(units: number, now: number, transitMs: number): number;
  /** Least ms between two callers let go from a queue: the bucket's rate, evenly spread. */
  readonly spacingMs: number;
}

const noop = (): void => undefined;

/**
 * At most `limit` requests in any `windowMs`, as the upstream counts them. The upstream counts a request from
 * when it arrives, which we only know lies between sending it and getting the answer; connection setup alone
 * can delay a batch by a few hundred ms. So each request holds its place until `windowMs` after its answer,
 * or after `maxTransitMs` when the answer takes longer (a hung call must not block the key for long).
 */
export class SlidingWindow implements Bucket {
  private readonly entries: Array<{ expiresAt: number }> = [];
  readonly spacingMs: number;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1_000,
    private readonly maxTransitMs = 1_000,
  ) {
    this.spacingMs = windowMs / limit;
  }

  /**
   * Drops expired entries in place and returns how many are live: no copy and no sort unless the window is full
   * (`expiries`).
   */
  private prune(now: number): number {
    const { entries } = this;
    let live = 0;
    for (const entry of entries) if (entry.expiresAt >= now) entries[live++] = entry;
    entries.length = live;
    return live;
  }

  /** The live entries' expiries, earliest first (after `prune`). */
  private expiries(): number[] {
    return this.entries.map((e) => e.expiresAt).sort((a, b) => a - b);
  }

  /**
   * Whether `units` fit whatever has expired: the log holds at most `limit` entries then, so it is pruned only as
   * it fills. Under a high limit (1,000 a second) a prune per call walked ~1,000 entries, 1.5 % of a request's CPU.
   */
  private roomWithoutPrune(units: number): boolean {
    return this.entries.length + units <= this.limit;
  }

  waitMs(units: number, now: number): number {
    if (this.roomWithoutPrune(units)) return 0;
    const over = this.prune(now) + units - this.limit;
    if (over <= 0) return 0;
    return Math.max(1, (this.expiries()[over - 1] ?? now) + 1 - now);
  }

  take(units: number, now: number): (doneAt: number) => void {
    const expiresAt = now + this.maxTransitMs + this.windowMs;
    const taken = Array.from({ length: units }, () => ({ expiresAt }));
    this.entries.push(...taken);
    return (doneAt) => {
      for (const entry of taken) entry.expiresAt = Math.min(entry.expiresAt, doneAt + this.windowMs);
    };
  }

  estimateMs(units: number, now: number, transitMs: number): number {
    if (this.roomWithoutPrune(units)) return 0;
    const beyond = this.prune(now) + units - this.limit;
    if (beyond <= 0) return 0;
    const expiries = this.expiries();
    const rounds = Math.floor((beyond - 1) / this.limit);
    const first = expiries[(beyond - 1) % this.limit] ?? now;
    // A slot taken in a later round is held until a window after its answer.
    return Math.max(1, first + (this.windowMs + Math.min(transitMs, this.maxTransitMs)) * rounds + 1 - now);
  }
}

/** Token bucket: `capacity` tokens, refilled continuously; the mirror of a leaky bucket upstream. */
export class TokenBucket implements Bucket {
  readonly spacingMs = 0;
  private tokens: number;
  private last: number;
  private readonly perMs: number;

  constructor(
    private readonly capacity: number,
    perSecond: number,
  ) {
    this.tokens = capacity;
    this.last = Date.now();
    this.perMs = perSecond / 1000;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
  }

  waitMs(units: number, now: number): number {
    this.refill(now);
    const need = Math.min(units, this.capacity);
    return this.tokens >= need ? 0 : Math.ceil((need - this.tokens) / this.perMs);
  }

  take(units: number, now: number): (doneAt: number) => void {
    this.refill(now);
    this.tokens -= Math.min(units, this.capacity);
    return noop;
  }

  estimateMs(units: number, now: number): number {
    this.refill(now);
    const deficit = units - this.tokens;
    return deficit <= 0 ? 0 : Math.ceil(deficit / this.perMs);
  }
}

/** Held while a request is out; `release()` once it is answered or failed. */
export interface Permit {
  release(): void;
}

interface Waiter {
  units: readonly number[];
  /** The caller's deadline and the time its call needs once sent. */
  deadline: Deadline;
  transitMs: number;
  resolve: (permit: Permit) => void;
  reject: (error: UpstreamError) => void;
  cleanup: () => void;
}

/**
 * A FIFO of callers needing the same buckets. Lanes share buckets, so a check never blocks a plain read. Queued
 * callers are let go at most one per `spacingMs`: slots of a window that freed together (answers of calls sent
 * together) would otherwise send the next calls together too, their answers would come back together, and so on,
 * every request behind them resuming in the same instant.
 */
class Lane {
  private readonly queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly spacingMs: number;
  private lastLetGoAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly upstream: UpstreamName,
    private readonly buckets: readonly Bucket[],
    private readonly maxQueue: number,
    private readonly onRelease: () => void,
  ) {
    this.spacingMs = Math.max(0, ...buckets.map((bucket) => bucket.spacingMs));
  }

  get length(): number {
    return this.queue.length;
  }

  /** `transitMs`: how long the call takes once sent (0 when unknown): a wait must leave the deadline that much. */
  acquire(units: readonly number[], deadline: Deadline, transitMs: number): Promise<Permit> | Permit {
    const now = Date.now();
    if (this.queue.length === 0 && this.waitMs(units, now) === 0) return this.take(units, now);
    if (this.queue.length >= this.maxQueue) throw this.rejection(this.estimateMs(units, now, transitMs), 'queue full');
    const estimate = this.estimateMs(units, now, transitMs);
    if (now + estimate + transitMs > deadline.at) throw this.rejection(estimate, 'wait beyond deadline');
    return new Promise<Permit>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(
          deadline.expired
            ? this.rejection(this.estimateMs(units, Date.now(), transitMs), 'wait beyond deadline')
            : deadline.signal.reason,
        );
        this.pump();
      };
      const waiter: Waiter = {
        units,
        deadline,
        transitMs,
        resolve,
        reject,
        cleanup: () => deadline.signal.removeEventListener('abort', onAbort),
      };
      deadline.signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      if (this.queue.length === 1) this.pump();
    });
  }

  pump(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    for (let head = this.queue[0]; head !== undefined; head = this.queue[0]) {
      const wait = Math.max(this.waitMs(head.units, now), this.lastLetGoAt + this.spacingMs - now);
      if (wait > 0) {
        this.timer = setTimeout(() => this.pump(), wait);
        return;
      }
      this.queue.shift();
      head.cleanup();
      if (head.transitMs > head.deadline.remainingMs(now)) {
        head.reject(this.rejection(this.estimateMs(head.units, now, head.transitMs), 'wait beyond deadline'));
        continue;
      }
      this.lastLetGoAt = now;
      head.resolve(this.take(head.units, now));
    }
  }

  private waitMs(units: readonly number[], now: number): number {
    let wait = 0;
    this.buckets.forEach((bucket, i) => {
      wait = Math.max(wait, bucket.waitMs(units[i] ?? 0, now));
    });
    return wait;
  }

  private take(units: readonly number[], now: number): Permit {
    const done = this.buckets.map((bucket, i) => bucket.take(units[i] ?? 0, now));
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const doneAt = Date.now();
        for (const fn of done) fn(doneAt);
        this.onRelease();
      },
    };
  }

  private estimateMs(units: readonly number[], now: number, transitMs: number): number {
    let estimate = 0;
    this.buckets.forEach((bucket, i) => {
      let ahead = units[i] ?? 0;
      for (const waiter of this.queue) ahead += waiter.units[i] ?? 0;
      estimate = Math.max(estimate, bucket.estimateMs(ahead, now, transitMs));
    });
    return estimate;
  }

  private rejection(waitMs: number, detail: string): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: this.upstream,
      retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
      detail: `local limiter: ${detail}`,
    });
  }
}

/** The limiter of one upstream credential: a lane for plain requests and one per SERPmetrics check queue. */
export class RateLimiter {
  private readonly plain: Lane;
  private readonly priority: Lane;
  private readonly delayed: Lane;

  constructor(upstream: UpstreamName, options: RateLimitOptions) {
    const requests = new SlidingWindow(options.requestsPerSecond, 1_000, options.maxTransitMs);
    const priority = new TokenBucket(options.priorityChecksPerMinute, options.priorityChecksPerMinute / 60);
    const delayed = new TokenBucket(options.delayedChecksPerMinute, options.delayedChecksPerMinute / 60);
    // An answer can free a window slot early, so every lane gets another look.
    const pumpAll = (): void => {
      for (const lane of [this.plain, this.priority, this.delayed]) lane.pump();
    };
    this.plain = new Lane(upstream, [requests], options.maxQueue, pumpAll);
    this.priority = new Lane(upstream, [requests, priority], options.maxQueue, pumpAll);
    this.delayed = new Lane(upstream, [requests, delayed], options.maxQueue, pumpAll);
  }

  /** Callers waiting for a slot. */
  get queueLength(): number {
    return this.plain.length + this.priority.length + this.delayed.length;
  }

  /**
   * A permit when the request may go out (at once, or a promise of one after waiting). Throws or rejects
   * UPSTREAM_RATE_LIMITED when it may not early enough to be answered (in `transitMs`) within the deadline.
   * Release the permit once answered.
   */
  acquire(deadline: Deadline, checks?: CheckWeight, transitMs = 0): Promise<Permit> | Permit {
    if (checks === undefined || checks.count <= 0) return this.plain.acquire([1], deadline, transitMs);
    const lane = checks.queue === 'priority' ? this.priority : this.delayed;
    return lane.acquire([1, checks.count], deadline, transitMs);
  }
}
