// The three queues and their state machine (serpmetrics.md §6.1, §10.3): scheduling with jitter and arrears delay,
// completion in due order (fail → check → charge → visible → callback), priority retries, held accounts, drain
// and clock advance.
import { rng, uniform } from '../common/rng.js';
import { type Account, type Accounts, charge, standing } from './accounts.js';
import type { CallbackSender } from './callbacks.js';
import type { SandboxClock } from './clock.js';
import type { SerpmetricsConfig } from './config.js';
import type { Device } from './params.js';
import { Scheduler } from './scheduler.js';
import {
  type Check,
  type DailyTask,
  effectiveLocation,
  type Keyword,
  type QueueItem,
  type QueueName,
  type Store,
  type Task,
} from './store.js';

export interface QueueCounters {
  completed: number;
  failed: number;
  callbacksQueued: number;
  checks: Record<QueueName, number>;
  serpCreditsCharged: number;
  /** account id → credits charged */
  chargedByAccount: Map<string, number>;
}

function freshCounters(): QueueCounters {
  return {
    completed: 0,
    failed: 0,
    callbacksQueued: 0,
    checks: { daily: 0, priority: 0, delayed: 0 },
    serpCreditsCharged: 0,
    chargedByAccount: new Map(),
  };
}

export interface PairRequest {
  phrase: string;
  engine: string;
  location: string | null;
  device: Device;
}

export class Queues {
  readonly scheduler: Scheduler<Task>;
  counters = freshCounters();
  /** tasks of accounts past their grace period: not run, not charged, until the account is in standing again */
  private held: Task[] = [];
  private dailySeq = 0;

  constructor(
    private readonly config: () => SerpmetricsConfig,
    private readonly clock: SandboxClock,
    private readonly accounts: Accounts,
    private readonly store: Store,
    private readonly callbacks: CallbackSender,
  ) {
    this.scheduler = new Scheduler<Task>(clock, (task) => this.complete(task));
  }

  /** Sandbox delay before a new item runs: base + seeded jitter, stretched for accounts in arrears (§6.2 step 4). */
  private delayFor(account: Account, baseMs: number, jitterMs: number, seed: string): number {
    const jitter = jitterMs > 0 ? uniform(rng(this.config().seedSalt, 'jitter', seed), 0, jitterMs) : 0;
    const factor = standing(account, this.clock.nowMs()) === 'arrears' ? this.config().queue.arrearsDelayFactor : 1;
    return Math.round((baseMs + jitter) * factor);
  }

  /** Start daily checks of a keyword's engines that have none scheduled; cancel those of removed engines. */
  syncDaily(keyword: Keyword, account: Account): void {
    const { firstDelayMs, jitterMs } = this.config().queue.daily;
    for (const [engine, task] of keyword.tasks) {
      if (!keyword.engines.includes(engine) || keyword.deleted) {
        task.cancelled = true;
        keyword.tasks.delete(engine);
      }
    }
    if (keyword.deleted) return;
    for (const engine of keyword.engines) {
      if (keyword.tasks.has(engine)) continue;
      const id = `${keyword.id}:${engine}:${this.dailySeq++}`;
      const dueAtMs = this.clock.nowMs() + this.delayFor(account, firstDelayMs, jitterMs, id);
      this.scheduleDaily(keyword, engine, dueAtMs);
    }
  }

  /** Schedule the next daily check of (keyword, engine) at `dueAtMs`. */
  scheduleDaily(keyword: Keyword, engine: string, dueAtMs: number): void {
    const task: DailyTask = {
      queue: 'daily',
      id: `${keyword.id}:${engine}:${this.dailySeq++}`,
      accountId: keyword.accountId,
      keywordId: keyword.id,
      engine,
      dueAtMs,
      attempt: 0,
      cancelled: false,
    };
    keyword.tasks.set(engine, task);
    this.scheduler.schedule(task);
  }

  /** Queue one priority or delayed item per pair. */
  enqueue(
    account: Account,
    queue: 'priority' | 'delayed',
    pairs: readonly PairRequest[],
    extra: { callback: string | null; cid: string | null },
  ): QueueItem[] {
    const cfg = this.config().queue;
    const { delayMs, jitterMs } = queue === 'priority' ? cfg.priority : cfg.delayed;
    const nowMs = this.clock.nowMs();
    return pairs.map((pair) => {
      const id = this.store.newId(account.id, queue, Math.floor(nowMs / 1000));
      const item: QueueItem = {
        queue,
        id,
        accountId: account.id,
        phrase: pair.phrase,
        engine: pair.engine,
        location: pair.location,
        device: pair.device,
        callback: extra.callback,
        cid: extra.cid,
        state: 'queued',
        dueAtMs: nowMs + this.delayFor(account, delayMs, jitterMs, id),
        attempt: 0,
        checkId: null,
        processed: null,
        cancelled: false,
      };
      this.store.items.set(id, item);
      this.scheduler.schedule(item);
      return item;
    });
  }

  /** Complete one due task (the scheduler calls this in due order). */
  complete(task: Task): void {
    const account = this.accounts.get(task.accountId);
    if (!account) return;
    if (standing(account, this.clock.nowMs()) === 'pastGrace') {
      this.held.push(task);
      return;
    }
    const cfg = this.config();
    const failed = rng(cfg.seedSalt, 'fail', task.id, String(task.attempt))() < cfg.queue.failureRate[task.queue];
    if (task.queue === 'daily') this.completeDaily(task, account, failed);
    else this.completeItem(task, account, failed);
  }

  private completeDaily(task: DailyTask, account: Account, failed: boolean): void {
    const keyword = this.store.keywords.get(task.keywordId);
    if (!keyword || keyword.deleted || !keyword.engines.includes(task.engine)) return;
    const cfg = this.config();
    if (failed) {
      this.counters.failed++;
      keyword.tasks.delete(task.engine);
      this.scheduleDaily(keyword, task.engine, task.dueAtMs + cfg.queue.daily.retryDelayMs);
      return;
    }
    const check = this.recordCheck(account, 'daily', {
      phrase: keyword.phrase,
      engine: task.engine,
      location: effectiveLocation(task.engine, keyword.location),
      device: keyword.device,
      timestamp: Math.floor(task.dueAtMs / 1000),
      keywordId: keyword.id,
    });
    keyword.tasks.delete(task.engine);
    this.scheduleDaily(keyword, task.engine, task.dueAtMs + cfg.queue.daily.intervalMs);
    this.notify(account, account.callbackUrl, {
      keyword_id: keyword.id,
      engine_code: check.engine,
      check_id: check.id,
      timestamp: String(check.timestamp),
    });
  }

  private completeItem(item: QueueItem, account: Account, failed: boolean): void {
    const cfg = this.config();
    if (failed) {
      item.attempt++;
      if (item.queue === 'priority' && item.attempt <= cfg.queue.priority.maxRetries) {
        item.state = 'retrying';
        item.dueAtMs += cfg.queue.priority.retryDelayMs;
        this.scheduler.schedule(item);
      } else {
        item.state = 'failed';
        this.counters.failed++;
      }
      return;
    }
    const check = this.recordCheck(account, item.queue, {
      phrase: item.phrase,
      engine: item.engine,
      location: effectiveLocation(item.engine, item.location),
      device: item.device,
      timestamp: Math.floor(item.dueAtMs / 1000),
      keywordId: null,
    });
    item.state = 'done';
    item.checkId = check.id;
    item.processed = check.timestamp;
    const fields: Record<string, string> = {
      [item.queue === 'priority' ? 'priority_id' : 'delayed_id']: item.id,
      engine_code: check.engine,
      check_id: check.id,
      timestamp: String(check.timestamp),
    };
    if (item.cid !== null) fields.cid = item.cid;
    this.notify(account, item.callback ?? account.callbackUrl, fields);
  }

  /** Steps 2–4 of §10.3: the check exists, is charged, and is visible. */
  private recordCheck(
    account: Account,
    queue: QueueName,
    fields: Omit<Check, 'id' | 'n' | 'accountId' | 'queue'>,
  ): Check {
    const cfg = this.config();
    const check = this.store.addCheck({ ...fields, accountId: account.id, queue }, cfg.retention.checksPerPair);
    const cost = cfg.costs[queue];
    charge(account, cost);
    this.counters.completed++;
    this.counters.checks[queue]++;
    this.counters.serpCreditsCharged += cost;
    this.counters.chargedByAccount.set(account.id, (this.counters.chargedByAccount.get(account.id) ?? 0) + cost);
    return check;
  }

  /** Step 5: queue the callback, if the account or the request named a URL. */
  private notify(account: Account, url: string | null, fields: Record<string, string>): void {
    if (url === null) return;
    this.counters.callbacksQueued++;
    this.callbacks.enqueue(account.id, url, fields);
  }

  /** Put held tasks of accounts back in standing onto the schedule, due now. */
  releaseHeld(): void {
    const nowMs = this.clock.nowMs();
    const still: Task[] = [];
    for (const task of this.held) {
      const account = this.accounts.get(task.accountId);
      if (!account) continue;
      if (standing(account, nowMs) === 'pastGrace') still.push(task);
      else {
        task.dueAtMs = Math.max(task.dueAtMs, nowMs);
        this.scheduler.schedule(task);
      }
    }
    this.held = still;
  }

  /** Move the clock forward and complete everything that falls due, in order. */
  advance(seconds: number): { completed: number; failed: number; callbacksQueued: number } {
    const before = { ...this.counters };
    this.clock.advanceMs(seconds * 1000);
    this.scheduler.runDue();
    return {
      completed: this.counters.completed - before.completed,
      failed: this.counters.failed - before.failed,
      callbacksQueued: this.counters.callbacksQueued - before.callbacksQueued,
    };
  }

  /** Complete every queued item of the given queues now (daily: each pair's next check). */
  drain(queues: readonly QueueName[]): { completed: number; failed: number } {
    const before = { completed: this.counters.completed, failed: this.counters.failed };
    const nowMs = this.clock.nowMs();
    for (const task of this.scheduler.take((t) => queues.includes(t.queue))) {
      task.dueAtMs = Math.min(task.dueAtMs, nowMs);
      this.complete(task);
    }
    return { completed: this.counters.completed - before.completed, failed: this.counters.failed - before.failed };
  }

  pending(): Task[] {
    return this.scheduler.pending();
  }

  heldCount(): number {
    return this.held.length;
  }

  resetCounters(): void {
    this.counters = freshCounters();
  }

  clear(): void {
    this.scheduler.clear();
    this.held = [];
  }
}
