/**
 * Retry budget (the Finagle/gRPC idea): over a sliding window, retries may not exceed `ratio` × requests
 * plus a small floor per second. When an upstream fails broadly, retries dry up instead of multiplying load.
 */
import type { RetryBudgetOptions } from './options.js';

const SLOTS = 10;

export class RetryBudget {
  private readonly slotMs: number;
  private readonly requests = new Array<number>(SLOTS).fill(0);
  private readonly retries = new Array<number>(SLOTS).fill(0);
  private slot = 0;
  private slotStart = 0;

  constructor(private readonly options: RetryBudgetOptions) {
    this.slotMs = Math.max(1, Math.ceil(options.windowMs / SLOTS));
  }

  recordRequest(now = Date.now()): void {
    this.advance(now);
    this.requests[this.slot] = (this.requests[this.slot] ?? 0) + 1;
  }

  /** Spends one retry if the budget allows it; false means "do not retry". */
  tryRetry(now = Date.now()): boolean {
    this.advance(now);
    const requests = sum(this.requests);
    const retries = sum(this.retries);
    const allowed = this.options.ratio * requests + (this.options.minPerSecond * this.options.windowMs) / 1000;
    if (retries + 1 > allowed) return false;
    this.retries[this.slot] = (this.retries[this.slot] ?? 0) + 1;
    return true;
  }

  private advance(now: number): void {
    if (this.slotStart === 0) this.slotStart = now;
    const steps = Math.floor((now - this.slotStart) / this.slotMs);
    if (steps <= 0) return;
    for (let i = 0; i < Math.min(steps, SLOTS); i++) {
      this.slot = (this.slot + 1) % SLOTS;
      this.requests[this.slot] = 0;
      this.retries[this.slot] = 0;
    }
    this.slotStart += steps * this.slotMs;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
