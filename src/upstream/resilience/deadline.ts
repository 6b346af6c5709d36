/**
 * The one deadline of an upstream call: the caller's AbortSignal combined with a single timer.
 * Every attempt, limiter wait and backoff sleep observes this signal, so timeouts never stack.
 */

export class Deadline {
  readonly signal: AbortSignal;
  /** Epoch ms at which the deadline passes. */
  readonly at: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly caller: AbortSignal | undefined;
  private readonly onCallerAbort = (): void => this.controller.abort(this.caller?.reason);
  private expiredFlag = false;

  constructor(timeoutMs: number, caller?: AbortSignal) {
    this.signal = this.controller.signal;
    this.at = Date.now() + timeoutMs;
    this.caller = caller;
    this.timer = setTimeout(() => {
      this.expiredFlag = true;
      this.controller.abort(new DOMException('The upstream deadline passed.', 'TimeoutError'));
    }, timeoutMs);
    this.timer.unref();
    if (caller?.aborted) this.onCallerAbort();
    else caller?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  /** True when our own timer fired (as opposed to the caller aborting). */
  get expired(): boolean {
    return this.expiredFlag;
  }

  /** True when the caller aborted before the deadline, e.g. a client that disconnected. */
  get callerAborted(): boolean {
    return this.signal.aborted && !this.expiredFlag;
  }

  remainingMs(now = Date.now()): number {
    return Math.max(0, this.at - now);
  }

  /** Sleeps `ms`, rejecting with the abort reason as soon as the deadline or the caller aborts. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) {
        reject(this.signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(this.signal.reason);
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
  }
}
