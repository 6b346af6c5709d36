/**
 * Retry decisions for one upstream call: which outcomes may be retried (reads: 429, 502/503, SERPmetrics 501,
 * 500 and timeouts once; writes: only the codes the caller declares safe), how long to wait (Retry-After
 * when given and under the cap, otherwise full-jitter exponential backoff from cockatiel's generator), and
 * never beyond the deadline. The loop that uses it lives in index.ts.
 */
import { fullJitterGenerator } from 'cockatiel';
import {
  codeForReply,
  isUpstreamError,
  parseRetryAfter,
  type UpstreamErrorCode,
  type UpstreamName,
} from '../errors.js';
import { RETRYABLE_CODES, type RetryableCode, type RetryOptions } from './options.js';

export interface ReplyLike {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export type Outcome<R extends ReplyLike> = { value: R } | { error: unknown };

/** Codes retried at most once: a 500 or a timeout on a read may already have been billed. */
const ONCE_ONLY: ReadonlySet<UpstreamErrorCode> = new Set(['UPSTREAM_ERROR', 'UPSTREAM_TIMEOUT']);

const isRetryableCode = (code: UpstreamErrorCode): code is RetryableCode =>
  (RETRYABLE_CODES as readonly UpstreamErrorCode[]).includes(code);

/** A reply the breaker samples as a failure when it is the final one: 429 and every 5xx. */
export const isFailedReply = (status: number): boolean => status === 429 || status >= 500;

/** The upstream message of an error body (seranking.md §3.2, serpmetrics.md §5.1), for the code mapping only. */
export function replyMessage(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null) {
      const error = (body as { error?: unknown }).error;
      if (typeof error === 'object' && error !== null) {
        const nested = (error as { message?: unknown }).message;
        if (typeof nested === 'string') return nested;
      }
      const message = (body as { message?: unknown }).message;
      if (typeof message === 'string') return message;
    }
  } catch {
    // Not JSON: proxies answer 5xx with HTML or nothing.
  }
  return text.slice(0, 200);
}

export interface Classified {
  code: UpstreamErrorCode;
  /** Seconds the upstream asked us to wait, if it said. */
  retryAfter: number | undefined;
}

/** The code of a non-success outcome, or undefined for an outcome that is final whatever happens. */
export function classify<R extends ReplyLike>(upstream: UpstreamName, outcome: Outcome<R>): Classified | undefined {
  if ('value' in outcome) {
    const { status, headers, text } = outcome.value;
    if (!isFailedReply(status)) return undefined;
    return {
      code: codeForReply(upstream, status, replyMessage(text)),
      retryAfter: parseRetryAfter(headers['retry-after']),
    };
  }
  return isUpstreamError(outcome.error)
    ? { code: outcome.error.code, retryAfter: outcome.error.retryAfter }
    : undefined;
}

export interface RetryContext {
  idempotent: boolean;
  safeRetryCodes: readonly UpstreamErrorCode[];
  remainingMs: number;
}

export type RetryVerdict =
  | { retry: true; delayMs: number; code: RetryableCode }
  | { retry: false; reason: 'final' | 'attempts' | 'retryAfterCap' | 'deadline' };

/** Whether attempt `attempt` (1-based) with this outcome is followed by another, and after how long. */
export function retryVerdict(
  options: RetryOptions,
  classified: Classified | undefined,
  attempt: number,
  context: RetryContext,
): RetryVerdict {
  if (classified === undefined) return { retry: false, reason: 'final' };
  const { code } = classified;
  if (!isRetryableCode(code)) return { retry: false, reason: 'final' };
  if (!context.idempotent && !context.safeRetryCodes.includes(code)) return { retry: false, reason: 'final' };
  const max = ONCE_ONLY.has(code) ? Math.min(2, options.maxAttempts) : options.maxAttempts;
  if (attempt >= max) return { retry: false, reason: 'attempts' };
  let delayMs: number;
  if (classified.retryAfter !== undefined) {
    delayMs = classified.retryAfter * 1000;
    if (delayMs > options.retryAfterCapMs) return { retry: false, reason: 'retryAfterCap' };
  } else {
    const [jittered] = fullJitterGenerator(attempt - 1, {
      generator: fullJitterGenerator,
      initialDelay: options.baseDelayMs[code],
      maxDelay: options.maxDelayMs,
      exponent: 2,
    });
    delayMs = jittered;
  }
  if (delayMs >= context.remainingMs) return { retry: false, reason: 'deadline' };
  return { retry: true, delayMs, code };
}
