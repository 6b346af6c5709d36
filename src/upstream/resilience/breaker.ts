/**
 * Circuit breaker of one upstream credential, on cockatiel's SamplingBreaker: opens when the failure share
 * over a window passes a threshold, fails fast while open, lets one probe through after `halfOpenAfterMs`.
 * Only the outcome of a whole call (after its retries) is sampled; what counts as a failure is decided by
 * the caller's predicates (429 exhausted, 5xx, transport errors; never PENDING, 4xx or 244).
 */

import type { CircuitBreakerPolicy } from 'cockatiel';
import { BrokenCircuitError, CircuitState, circuitBreaker, handleWhen, SamplingBreaker } from 'cockatiel';
import type { BreakerOptions } from './options.js';

export type BreakerState = 'closed' | 'open' | 'halfOpen';

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'halfOpen',
  [CircuitState.Isolated]: 'open',
};

/** Thrown while the circuit is open; `retryAfterMs` is the time left until a probe may go. */
export class CircuitOpen extends Error {
  constructor(readonly retryAfterMs: number) {
    super('circuit open');
    this.name = 'CircuitOpen';
  }
}

export class Breaker {
  private readonly policy: CircuitBreakerPolicy;
  private openedAt = 0;
  opens = 0;

  constructor(
    private readonly options: BreakerOptions,
    isFailure: (error: unknown) => boolean,
    isFailedResult: (value: unknown) => boolean,
    onStateChange: (state: BreakerState) => void,
  ) {
    this.policy = circuitBreaker(handleWhen(isFailure).orWhenResult(isFailedResult), {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new SamplingBreaker({
        threshold: options.threshold,
        duration: options.windowMs,
        minimumRps: options.minimumRps,
      }),
    });
    this.policy.onBreak(() => {
      this.openedAt = Date.now();
      this.opens += 1;
    });
    this.policy.onStateChange((state) => onStateChange(STATE_NAMES[state]));
  }

  get state(): BreakerState {
    return STATE_NAMES[this.policy.state];
  }

  /** Ms until a probe may go when the circuit refuses calls now (open, or a probe is out); else undefined. */
  openForMs(): number | undefined {
    const state = this.policy.state;
    if (state === CircuitState.HalfOpen) return this.options.halfOpenAfterMs;
    const remaining = this.openedAt + this.options.halfOpenAfterMs - Date.now();
    return state === CircuitState.Open && remaining > 0 ? remaining : undefined;
  }

  /**
   * Runs `fn` through the breaker. While open, and while a probe is out (cockatiel would make everyone
   * wait for the probe, outside their deadline), it throws CircuitOpen without calling `fn`.
   */
  execute<T>(fn: () => Promise<T>): Promise<T> {
    if (this.policy.state === CircuitState.HalfOpen)
      return Promise.reject(new CircuitOpen(this.options.halfOpenAfterMs));
    return this.policy.execute(fn).catch((error: unknown) => {
      if (error instanceof BrokenCircuitError) {
        throw new CircuitOpen(Math.max(0, this.openedAt + this.options.halfOpenAfterMs - Date.now()));
      }
      throw error;
    });
  }
}
