// The sandbox clock (serpmetrics.md §10.2): real time plus an offset, optionally running faster, slower or frozen.

export class SandboxClock {
  /** Sandbox ms at the anchor instant. */
  private anchorSandboxMs: number;
  /** Real ms at the anchor instant. */
  private anchorRealMs: number;

  constructor(
    private speedFactor = 1,
    offsetMs = 0,
  ) {
    this.anchorRealMs = Date.now();
    this.anchorSandboxMs = this.anchorRealMs + offsetMs;
  }

  /** Sandbox time in ms since the epoch. */
  nowMs(): number {
    return Math.floor(this.anchorSandboxMs + (Date.now() - this.anchorRealMs) * this.speedFactor);
  }

  /** Sandbox time in whole unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  get speed(): number {
    return this.speedFactor;
  }

  /** How far the sandbox runs ahead of the real clock, in ms (negative: behind). */
  offsetMs(): number {
    return this.nowMs() - Date.now();
  }

  /** Change the speed from now on, keeping the current sandbox time. */
  setSpeed(speed: number): void {
    this.reanchor(this.nowMs());
    this.speedFactor = speed;
  }

  setOffsetMs(offsetMs: number): void {
    this.reanchor(Date.now() + offsetMs);
  }

  setNowMs(nowMs: number): void {
    this.reanchor(nowMs);
  }

  advanceMs(ms: number): void {
    this.reanchor(this.nowMs() + ms);
  }

  /** Real ms until sandbox time `atMs` (Infinity while frozen). */
  realDelayUntil(atMs: number): number {
    const sandboxDelay = atMs - this.nowMs();
    if (sandboxDelay <= 0) return 0;
    return this.speedFactor === 0 ? Number.POSITIVE_INFINITY : sandboxDelay / this.speedFactor;
  }

  private reanchor(sandboxMs: number): void {
    this.anchorRealMs = Date.now();
    this.anchorSandboxMs = sandboxMs;
  }
}
