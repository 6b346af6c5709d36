// A min-heap of tasks due on the sandbox clock, with one real timer armed for the earliest task.
import type { SandboxClock } from './clock.js';

export interface ScheduledTask {
  readonly dueAtMs: number;
  /** Set by `cancel()`; the heap drops cancelled tasks lazily. */
  cancelled: boolean;
}

interface Entry<T> {
  dueAtMs: number;
  seq: number;
  task: T;
}

/** Longest delay setTimeout accepts; longer waits re-arm on expiry. */
const MAX_TIMER_MS = 2_147_483_647;

export class Scheduler<T extends ScheduledTask> {
  private heap: Entry<T>[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  /** `run` completes one due task; it may schedule new tasks (a daily check schedules the next one). */
  constructor(
    private readonly clock: SandboxClock,
    private readonly run: (task: T) => void,
  ) {}

  schedule(task: T): void {
    this.push({ dueAtMs: task.dueAtMs, seq: this.seq++, task });
    this.arm();
  }

  /** Live tasks in due order. */
  pending(): T[] {
    return this.heap
      .filter((e) => !e.task.cancelled)
      .sort((a, b) => a.dueAtMs - b.dueAtMs || a.seq - b.seq)
      .map((e) => e.task);
  }

  /** Run every task due at or before the sandbox's now, in due order; returns how many ran. */
  runDue(): number {
    let ran = 0;
    const now = this.clock.nowMs();
    for (let top = this.heap[0]; top !== undefined && top.dueAtMs <= now; top = this.heap[0]) {
      this.pop();
      if (top.task.cancelled) continue;
      this.run(top.task);
      ran++;
    }
    this.arm();
    return ran;
  }

  /** Remove the given live tasks from the heap (their owner completes them out of order, e.g. a drain). */
  take(predicate: (task: T) => boolean): T[] {
    const taken = this.heap.filter((e) => !e.task.cancelled && predicate(e.task));
    const keep = this.heap.filter((e) => !taken.includes(e));
    this.heap = [];
    for (const e of keep) this.push(e);
    this.arm();
    return taken.sort((a, b) => a.dueAtMs - b.dueAtMs || a.seq - b.seq).map((e) => e.task);
  }

  clear(): void {
    this.heap = [];
    this.arm();
  }

  /** Re-arm the timer after the clock moved or its speed changed. */
  arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.heap[0]?.task.cancelled) this.pop();
    const top = this.heap[0];
    if (this.stopped || top === undefined) return;
    const delay = this.clock.realDelayUntil(top.dueAtMs);
    if (!Number.isFinite(delay)) return;
    this.timer = setTimeout(() => this.runDue(), Math.min(Math.ceil(delay), MAX_TIMER_MS));
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private less(a: Entry<T>, b: Entry<T>): boolean {
    return a.dueAtMs < b.dueAtMs || (a.dueAtMs === b.dueAtMs && a.seq < b.seq);
  }

  private push(entry: Entry<T>): void {
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent] as Entry<T>;
      if (!this.less(entry, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = entry;
  }

  private pop(): Entry<T> | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = last;
      let at = -1;
      const left = h[l];
      const right = h[r];
      if (left && this.less(left, smallest)) {
        smallest = left;
        at = l;
      }
      if (right && this.less(right, smallest)) {
        smallest = right;
        at = r;
      }
      if (at < 0) break;
      h[i] = smallest;
      i = at;
    }
    h[i] = last;
    return top;
  }
}
