/**
 * The write-safety facts the resilience layer needs (issue 4): how safe it is to send each SERPmetrics call again.
 */
import { serpmetricsPath } from '../../pricing/index.js';
import type { UpstreamError, UpstreamErrorCode } from '../errors.js';

/**
 * How safe it is to repeat a call (issue 4): `read` always; `idempotent-write` (free, same state when repeated)
 * on any retryable error; `paid-write` (schedules paid checks) only when the upstream certainly wrote nothing.
 */
export type EndpointSafety = 'read' | 'idempotent-write' | 'paid-write';

export const SERPMETRICS_ENDPOINTS: Readonly<Record<string, EndpointSafety>> = {
  '/engines/codes': 'read',
  '/keywords/all': 'read',
  '/keywords/exists': 'read',
  '/keywords/check': 'read',
  '/keywords/serp': 'read',
  '/priority/status': 'read',
  '/delayed/status': 'read',
  '/flux/trend': 'read',
  '/users/credit': 'read',
  '/users/time': 'read',
  '/keywords/delete': 'idempotent-write',
  [serpmetricsPath('keywords/append_engines')]: 'idempotent-write',
  '/keywords/remove_engines': 'idempotent-write',
  [serpmetricsPath('keywords/add')]: 'paid-write',
  [serpmetricsPath('priority/add')]: 'paid-write',
  [serpmetricsPath('delayed/add')]: 'paid-write',
};

/** Failures after which a paid add was certainly not performed: 429 and 501/503 replies, or nothing sent. */
export const NOTHING_WRITTEN: ReadonlySet<UpstreamErrorCode> = new Set([
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_WRITE_FAILED',
  'UPSTREAM_UNAVAILABLE',
]);

/** Whether a failed call to `path` may be sent again without risking a second charge. */
export function mayRetry(path: string, error: UpstreamError): boolean {
  if (!error.retryable) return false;
  const safety = SERPMETRICS_ENDPOINTS[path] ?? 'paid-write';
  return safety !== 'paid-write' || NOTHING_WRITTEN.has(error.code);
}
