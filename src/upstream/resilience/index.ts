/**
 * The resilience layer toward one upstream: per credential a rate limiter, a circuit breaker and a retry
 * budget, and the retry loop that runs a call's attempts inside its one deadline. Counters and events are
 * kept here for the metrics endpoint. Transport wires it in (opt-in per transport and per call).
 */
import { EventEmitter } from 'node:events';
import {
  errorFromTransport,
  isUpstreamError,
  UpstreamError,
  type UpstreamErrorCode,
  type UpstreamName,
} from '../errors.js';
import { Breaker, type BreakerState, CircuitOpen } from './breaker.js';
import { RetryBudget } from './budget.js';
import type { Deadline } from './deadline.js';
import { type CheckWeight, type Permit, RateLimiter } from './limiter.js';
import { type ResilienceConfig, type ResilienceOptions, resolveResilienceConfig } from './options.js';
import { classify, isFailedReply, type Outcome, type ReplyLike, retryVerdict } from './retry.js';

export type { BreakerState } from './breaker.js';
export { Deadline, deadlineSignal, releaseDeadline, retriesStopped, stopRetries } from './deadline.js';
export type { CheckWeight } from './limiter.js';
export type { ResilienceConfig, ResilienceOptions } from './options.js';
export { resolveResilienceConfig } from './options.js';

export interface ResilientCall {
  /** Identity the limiter, breaker and budget are keyed by (a hash, never the secret). */
  credentialId: string;
  deadline: Deadline;
  /** Reads may be retried; writes (false) only on `safeRetryCodes`. */
  idempotent: boolean;
  safeRetryCodes: readonly UpstreamErrorCode[];
  checks?: CheckWeight | undefined;
}

/** Plain numbers per upstream credential, cumulative since start (gauges: breaker, queueLength). */
export interface CredentialCounters {
  upstream: UpstreamName;
  credentialId: string;
  breaker: BreakerState;
  breakerOpens: number;
  /** Calls refused without an upstream request because the circuit was open. */
  breakerRejections: number;
  queueLength: number;
  /** Logical calls and the upstream attempts they made. */
  calls: number;
  attempts: number;
  retries: number;
  /** Retries the budget refused. */
  retriesDenied: number;
  /** Calls the local limiter refused (queue full or wait beyond the deadline). */
  rateLimited: number;
}

export interface ResilienceEvents {
  retry: [{ upstream: UpstreamName; credentialId: string; code: UpstreamErrorCode; attempt: number; delayMs: number }];
  rateLimited: [{ upstream: UpstreamName; credentialId: string; retryAfter: number | undefined }];
  breaker: [{ upstream: UpstreamName; credentialId: string; state: BreakerState }];
  /** An attempt failed (5xx, 429, no connection, timeout): a caller holding a stale value stops waiting. */
  attemptFailed: [{ upstream: UpstreamName; credentialId: string }];
}

/** Weight of the newest successful attempt in a credential's usual answer time. */
const ANSWER_MS_WEIGHT = 0.2;

/** Wraps an outcome the breaker must not sample: caller aborts, local limiter refusals, attempts the deadline cut short. */
class NotAFailure extends Error {
  constructor(readonly inner: unknown) {
    super('not an upstream failure');
  }
}

interface Guard {
  counters: CredentialCounters;
  /** Weighted mean ms of this credential's successful attempts (0 until one succeeded): its usual answer time. */
  answerMs: number;
  /** The last attempt failed and none succeeded since. */
  lastAttemptFailed: boolean;
  limiter: RateLimiter | undefined;
  breaker: Breaker | undefined;
  budget: RetryBudget | undefined;
}

export class Resilience {
  readonly config: ResilienceConfig;
  readonly events = new EventEmitter<ResilienceEvents>();
  private readonly guards = new Map<string, Guard>();

  constructor(
    readonly upstream: UpstreamName,
    options: ResilienceOptions = {},
  ) {
    this.config = resolveResilienceConfig(upstream, options);
    // Every stale value waiting for its refresh listens for a failed attempt: hundreds at once is normal.
    this.events.setMaxListeners(0);
  }

  /** True when calls of this credential are known to fail now: its circuit is not closed, or its last attempt failed. */
  failing(credentialId: string): boolean {
    const guard = this.guards.get(credentialId);
    if (guard === undefined) return false;
    return guard.lastAttemptFailed || (guard.breaker !== undefined && guard.breaker.state !== 'closed');
  }

  /** Calls `listener` at the next failed attempt of this credential; returns the unsubscribe. */
  onFailedAttempt(credentialId: string, listener: () => void): () => void {
    const handler = (event: ResilienceEvents['attemptFailed'][0]): void => {
      if (event.credentialId !== credentialId) return;
      this.events.off('attemptFailed', handler);
      listener();
    };
    this.events.on('attemptFailed', handler);
    return () => this.events.off('attemptFailed', handler);
  }

  /** Counters of every credential seen so far. */
  snapshot(): CredentialCounters[] {
    return [...this.guards.values()].map((guard) => ({
      ...guard.counters,
      breaker: guard.breaker?.state ?? 'closed',
      breakerOpens: guard.breaker?.opens ?? 0,
      queueLength: guard.limiter?.queueLength ?? 0,
    }));
  }

  /**
   * The UPSTREAM_UNAVAILABLE a call would get right now because the circuit of its credential is open, or
   * undefined. Lets the transport fail fast before it sets up a deadline.
   */
  openCircuit(credentialId: string): UpstreamError | undefined {
    const guard = this.guards.get(credentialId);
    const remaining = guard?.breaker?.openForMs();
    if (guard === undefined || remaining === undefined) return undefined;
    guard.counters.calls += 1;
    return this.circuitOpenError(guard, remaining);
  }

  /**
   * Runs `attempt` as often as the policy allows. Returns the last reply (a 5xx or 429 too, when retries are
   * exhausted, so the client maps it as always) or throws an UpstreamError: UPSTREAM_UNAVAILABLE while the
   * circuit is open, UPSTREAM_RATE_LIMITED from the local limiter, or the transport error of the last attempt.
   */
  async execute<R extends ReplyLike>(
    call: ResilientCall,
    attempt: (signal: AbortSignal) => Promise<R>,
  ): Promise<{ reply: R; attempts: number }> {
    const guard = this.guard(call.credentialId);
    guard.counters.calls += 1;
    guard.budget?.recordRequest();
    const attemptsMade = { count: 0 };
    const run = (): Promise<R> => this.attempts(guard, call, attempt, attemptsMade);
    try {
      const reply = guard.breaker ? await guard.breaker.execute(run) : await run();
      return { reply: this.withProbeDelay(guard, reply), attempts: attemptsMade.count };
    } catch (error) {
      if (error instanceof NotAFailure) throw error.inner;
      if (error instanceof CircuitOpen) throw this.circuitOpenError(guard, error.retryAfterMs);
      throw error;
    }
  }

  /**
   * A failed reply that left the circuit open (it tripped it, or was the probe that failed) says when the next
   * probe may go, as a refusal of the open circuit does: no call of this credential goes out before then.
   */
  private withProbeDelay<R extends ReplyLike>(guard: Guard, reply: R): R {
    if (!isFailedReply(reply.status) || reply.headers['retry-after'] !== undefined) return reply;
    const openForMs = guard.breaker?.openForMs();
    if (openForMs === undefined) return reply;
    const seconds = String(Math.max(1, Math.ceil(openForMs / 1000)));
    return { ...reply, headers: { ...reply.headers, 'retry-after': seconds } };
  }

  private circuitOpenError(guard: Guard, retryAfterMs: number): UpstreamError {
    guard.counters.breakerRejections += 1;
    return new UpstreamError({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: this.upstream,
      retryAfter: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      detail: 'circuit open',
    });
  }

  private async attempts<R extends ReplyLike>(
    guard: Guard,
    call: ResilientCall,
    attempt: (signal: AbortSignal) => Promise<R>,
    made: { count: number },
  ): Promise<R> {
    const { deadline } = call;
    for (let n = 1; ; n++) {
      const permit = await this.acquire(guard, call);
      made.count = n;
      guard.counters.attempts += 1;
      let outcome: Outcome<R>;
      const sentAt = performance.now();
      try {
        outcome = { value: await attempt(deadline.signal) };
      } catch (error) {
        // Cut by the caller, or by its deadline before the upstream's usual answer time: says nothing of the upstream.
        if (deadline.callerAborted || (deadline.expired && performance.now() - sentAt < guard.answerMs))
          throw new NotAFailure(error);
        outcome = { error };
      } finally {
        permit?.release();
      }
      guard.lastAttemptFailed = 'error' in outcome || isFailedReply(outcome.value.status);
      if (guard.lastAttemptFailed) {
        this.events.emit('attemptFailed', { upstream: this.upstream, credentialId: call.credentialId });
      } else {
        const ms = performance.now() - sentAt;
        guard.answerMs = guard.answerMs === 0 ? ms : ANSWER_MS_WEIGHT * ms + (1 - ANSWER_MS_WEIGHT) * guard.answerMs;
      }
      const retry = this.config.retry;
      const verdict = retry
        ? retryVerdict(retry, classify(this.upstream, outcome), n, {
            idempotent: call.idempotent,
            safeRetryCodes: call.safeRetryCodes,
            // A caller that gave up (deadline or disconnect), or was served a stale value, gets no further attempt.
            remainingMs: deadline.signal.aborted || deadline.retriesStopped ? 0 : deadline.remainingMs(),
          })
        : undefined;
      if (verdict?.retry !== true || (guard.budget !== undefined && !guard.budget.tryRetry())) {
        if (verdict?.retry === true) guard.counters.retriesDenied += 1;
        if ('value' in outcome) return outcome.value;
        throw outcome.error;
      }
      guard.counters.retries += 1;
      this.events.emit('retry', {
        upstream: this.upstream,
        credentialId: call.credentialId,
        code: verdict.code,
        attempt: n,
        delayMs: verdict.delayMs,
      });
      try {
        await deadline.sleep(verdict.delayMs);
      } catch (reason) {
        throw new NotAFailure(errorFromTransport(this.upstream, reason));
      }
    }
  }

  /** Waits for the limiter; its refusals and caller aborts while queued are not upstream failures. */
  private async acquire(guard: Guard, call: ResilientCall): Promise<Permit | undefined> {
    if (guard.limiter === undefined) return undefined;
    // A caller that already gave up must not take a window slot it will never use.
    if (call.deadline.signal.aborted)
      throw new NotAFailure(errorFromTransport(this.upstream, call.deadline.signal.reason));
    try {
      const local = await guard.limiter.acquire(call.deadline, call.checks, guard.answerMs);
      return await this.acquireShared(local, call);
    } catch (error) {
      if (isUpstreamError(error) && error.code === 'UPSTREAM_RATE_LIMITED') {
        guard.counters.rateLimited += 1;
        this.events.emit('rateLimited', {
          upstream: this.upstream,
          credentialId: call.credentialId,
          retryAfter: error.retryAfter,
        });
      }
      throw new NotAFailure(isUpstreamError(error) ? error : errorFromTransport(this.upstream, error));
    }
  }

  /** The slot of the limit shared with other processes, if configured; the local permit goes back on failure. */
  private async acquireShared(local: Permit, call: ResilientCall): Promise<Permit> {
    const rateLimit = this.config.rateLimit;
    if (rateLimit === false || rateLimit.shared === undefined) return local;
    const { credentialId, checks, deadline } = call;
    try {
      const shared = await rateLimit.shared.acquire({
        upstream: this.upstream,
        credentialId,
        checks,
        limits: rateLimit,
        deadline,
      });
      return {
        release: () => {
          local.release();
          shared.release();
        },
      };
    } catch (error) {
      local.release();
      throw error;
    }
  }

  private guard(credentialId: string): Guard {
    const existing = this.guards.get(credentialId);
    if (existing) return existing;
    const { rateLimit, breaker, retry } = this.config;
    const counters: CredentialCounters = {
      upstream: this.upstream,
      credentialId,
      breaker: 'closed',
      breakerOpens: 0,
      breakerRejections: 0,
      queueLength: 0,
      calls: 0,
      attempts: 0,
      retries: 0,
      retriesDenied: 0,
      rateLimited: 0,
    };
    const guard: Guard = {
      counters,
      answerMs: 0,
      lastAttemptFailed: false,
      limiter: rateLimit ? new RateLimiter(this.upstream, rateLimit) : undefined,
      breaker: breaker
        ? new Breaker(
            breaker,
            (error) => !(error instanceof NotAFailure),
            (value) => isReply(value) && isFailedReply(value.status),
            (state) => this.events.emit('breaker', { upstream: this.upstream, credentialId, state }),
          )
        : undefined,
      budget: retry === false || retry.budget === false ? undefined : new RetryBudget(retry.budget),
    };
    this.guards.set(credentialId, guard);
    return guard;
  }
}

function isReply(value: unknown): value is ReplyLike {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}
