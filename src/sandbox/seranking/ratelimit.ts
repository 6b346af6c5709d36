// Per-key sliding-window rate limit of the SE Ranking emulator (seranking.md §4.3): a call is refused when the key
// already has `perSecond` accepted calls in the last 1,000 ms; refused calls do not enter the window.

export class SlidingWindowLimiter {
  #log = new Map<string, number[]>();

  /** Record and allow the call, or refuse it (false) without recording. */
  tryAcquire(keyId: string, perSecond: number, now = Date.now()): boolean {
    const recent = (this.#log.get(keyId) ?? []).filter((t) => now - t < 1_000);
    if (recent.length >= perSecond) {
      this.#log.set(keyId, recent);
      return false;
    }
    recent.push(now);
    this.#log.set(keyId, recent);
    return true;
  }

  reset(): void {
    this.#log.clear();
  }
}
