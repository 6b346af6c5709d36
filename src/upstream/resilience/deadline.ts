/**
 * The one deadline of an upstream call: the caller's AbortSignal combined with a single timer.
 * Every attempt, limiter wait and backoff sleep observes this signal, so timeouts never stack.
 */

/**
 * What this module knows of a signal, kept on the signal itself rather than in WeakMaps keyed by it. A WeakMap entry
 * whose value reaches its key (the release or retry rule of a bulk call closes over the call, and so over the signal)
 * kept the key, the value and all they reach alive through young-generation collections: a cold 1-keyword request
 * promoted 15.1 kB to the old space with the retry rule in a WeakMap, 5.7 kB without (--trace-gc-nvp, 3,000 requests).
 */
const DEADLINE_AT = Symbol('deadlineAt');
const RETRIES_STOPPED = Symbol('retriesStopped');
const RELEASE = Symbol('releaseDeadline');

interface KnownSignal extends AbortSignal {
  /** The deadline (epoch ms) at which the signal aborts: the transport refuses waits past it. */
  [DEADLINE_AT]?: number;
  /** Calls nobody waits for any more (their caller was served a stale value): one attempt, no retries. */
  [RETRIES_STOPPED]?: () => boolean;
  /** How to let go of a `deadlineSignal` whose work is done, without aborting it. */
  [RELEASE]?: () => void;
}

const known = (signal: AbortSignal): KnownSignal => signal as KnownSignal;

/** From now on (or whenever `when` says so), calls under `signal` make no further attempt. */
export function stopRetries(signal: AbortSignal, when: () => boolean = () => true): void {
  known(signal)[RETRIES_STOPPED] = when;
}

export function retriesStopped(signal: AbortSignal | undefined): boolean {
  return signal === undefined ? false : (known(signal)[RETRIES_STOPPED]?.() ?? false);
}

/** Makes `at` (epoch ms) known as the deadline of `signal`, which aborts then: the transport refuses waits past it. */
export function knowDeadline(signal: AbortSignal, at: number): void {
  known(signal)[DEADLINE_AT] = at;
}

/**
 * The signal a request handler passes down: it aborts with a TimeoutError after `timeoutMs`, or when `parent`
 * aborts (a client that disconnected). Unlike a bare AbortSignal, its deadline is known to the transport,
 * which then refuses waits (limiter, Retry-After, backoff) that would end after it.
 */
export function deadlineSignal(timeoutMs: number, parent?: AbortSignal): AbortSignal {
  // Our own timer and controller: an AbortSignal.timeout() inside AbortSignal.any() can be garbage-collected
  // on Node 20 before it fires, and the call would never time out.
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The request deadline passed.', 'TimeoutError')),
    timeoutMs,
  );
  timer.unref();
  const onParentAbort = (): void => controller.abort(parent?.reason);
  const release = (): void => {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  };
  controller.signal.addEventListener('abort', release, { once: true });
  known(controller.signal)[RELEASE] = release;
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  const parentAt = parent ? known(parent)[DEADLINE_AT] : undefined;
  knowDeadline(controller.signal, Math.min(Date.now() + timeoutMs, parentAt ?? Number.POSITIVE_INFINITY));
  return controller.signal;
}

/**
 * Lets go of a `deadlineSignal` once the work it bounded is over: its timer and its listener on the parent
 * would otherwise keep the request's objects alive until the deadline passes. No-op for other signals.
 */
export function releaseDeadline(signal: AbortSignal): void {
  known(signal)[RELEASE]?.();
}

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
    const now = Date.now();
    const callerAt = caller ? known(caller)[DEADLINE_AT] : undefined;
    this.at = Math.min(now + timeoutMs, callerAt ?? Number.POSITIVE_INFINITY);
    timeoutMs = Math.max(0, this.at - now);
    this.caller = caller;
    this.timer = setTimeout(() => {
      this.expiredFlag = true;
      this.controller.abort(new DOMException('The upstream deadline passed.', 'TimeoutError'));
    }, timeoutMs);
    this.timer.unref();
    if (caller?.aborted) this.onCallerAbort();
    else caller?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  /** True when the deadline passed: our timer fired, or the caller's signal aborted with a TimeoutError. */
  get expired(): boolean {
    return this.expiredFlag || (this.signal.aborted && isTimeout(this.signal.reason));
  }

  /** True when nobody waits for the call's answer any more (see `stopRetries`): no retry is worth it. */
  get retriesStopped(): boolean {
    return retriesStopped(this.caller);
  }

  /** True when the caller gave up for another reason, e.g. a client that disconnected. */
  get callerAborted(): boolean {
    return this.signal.aborted && !this.expired;
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

function isTimeout(reason: unknown): boolean {
  return (reason as { name?: unknown } | null)?.name === 'TimeoutError';
}
