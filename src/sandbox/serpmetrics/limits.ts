// Leaky buckets per account (serpmetrics.md §6.3): a request that would overflow is rejected whole and leaves
// the level unchanged. Levels drain on the sandbox clock.
import type { SerpmetricsConfig } from './config.js';

export type BucketName = 'priority' | 'delayed' | 'requests';

interface Level {
  level: number;
  atMs: number;
}

export class RateLimiter {
  private levels = new Map<string, Level>();

  constructor(private readonly config: () => SerpmetricsConfig) {}

  /**
   * Add `amount` to the bucket (`commit: false` only asks whether it fits), or return the whole seconds until it
   * would fit (the request is refused and the level stays as it was).
   */
  take(
    account: string,
    bucket: BucketName,
    amount: number,
    nowMs: number,
    commit = true,
  ): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const { capacity, leakPerSecond } = this.config().rateLimit[bucket];
    const id = `${account}\u001f${bucket}`;
    const prev = this.levels.get(id);
    const level = prev ? Math.max(0, prev.level - ((nowMs - prev.atMs) / 1000) * leakPerSecond) : 0;
    if (level + amount > capacity) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((level + amount - capacity) / leakPerSecond)) };
    }
    if (commit) this.levels.set(id, { level: level + amount, atMs: nowMs });
    return { ok: true };
  }

  reset(): void {
    this.levels.clear();
  }
}
