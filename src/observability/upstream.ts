/**
 * Every HTTP call to an upstream, observed from undici's diagnostics channels (as the request ledger and the
 * credit meter of src/security/charges.ts do): upstream, endpoint (the route template, never a query string),
 * status and duration. Each call also gets an OpenTelemetry client span whose URL carries no query string, so
 * no key. Listeners (the metrics) receive one event per finished call.
 */

import { subscribe } from 'node:diagnostics_channel';
import type { Span } from '@opentelemetry/api';
import type { UpstreamName } from '../upstream/errors.js';
import { endUpstreamSpan, startUpstreamSpan } from './tracing.js';

export interface UpstreamCall {
  upstream: UpstreamName;
  method: string;
  /** Route template, e.g. `/v1/backlinks/summary`; `other` for paths outside the known shape. */
  endpoint: string;
  /** HTTP status, or undefined when the call failed without an answer (reset, timeout, abort). */
  status: number | undefined;
  durationMs: number;
}

type Listener = (call: UpstreamCall) => void;

interface Origin {
  upstream: UpstreamName;
  basePath: string;
}

interface Pending {
  upstream: UpstreamName;
  method: string;
  endpoint: string;
  startedAt: number;
  status: number | undefined;
  span: Span;
}

const origins = new Map<string, Origin>();
const listeners = new Set<Listener>();
const pending = new WeakMap<object, Pending>();
/** Distinct endpoints seen per upstream; past the cap new ones are reported as `other` (bounded labels). */
const seen: Record<UpstreamName, Set<string>> = { seranking: new Set(), serpmetrics: new Set() };
const MAX_ENDPOINTS = 64;

/** Declares which origin (and base path) belongs to which upstream. */
export function registerUpstream(baseUrl: string, upstream: UpstreamName): void {
  if (!URL.canParse(baseUrl)) return;
  const url = new URL(baseUrl);
  origins.set(url.origin, { upstream, basePath: url.pathname.replace(/\/+$/, '') });
}

/** Calls `listener` for every finished upstream call; returns the unsubscribe function. */
export function onUpstreamCall(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The route template of a request path: base path and query string removed, unknown shapes folded. */
export function endpointOf(upstream: UpstreamName, basePath: string, path: string): string {
  let route = path.split('?', 1)[0] ?? '';
  if (basePath !== '' && route.startsWith(basePath)) route = route.slice(basePath.length);
  // Upstream routes are a version segment and a few lowercase words; anything else could carry an id.
  if (!/^(\/(v\d{1,2}|[a-z_-]{1,40})){1,6}$/.test(route)) return 'other';
  const known = seen[upstream];
  if (!known.has(route)) {
    if (known.size >= MAX_ENDPOINTS) return 'other';
    known.add(route);
  }
  return route;
}

interface UndiciRequest {
  origin?: unknown;
  method?: unknown;
  path?: unknown;
}

const requestOf = (message: unknown): UndiciRequest | undefined => {
  const request = (message as { request?: unknown }).request;
  return typeof request === 'object' && request !== null ? (request as UndiciRequest) : undefined;
};

subscribe('undici:request:create', (message) => {
  const request = requestOf(message);
  if (!request || request.origin == null) return;
  const originText = String(request.origin);
  const origin = origins.get(URL.canParse(originText) ? new URL(originText).origin : originText);
  if (!origin) return;
  const method = typeof request.method === 'string' ? request.method : 'GET';
  const endpoint = endpointOf(origin.upstream, origin.basePath, typeof request.path === 'string' ? request.path : '');
  const url = `${URL.canParse(originText) ? new URL(originText).origin : originText}${origin.basePath}${endpoint}`;
  pending.set(request, {
    upstream: origin.upstream,
    method,
    endpoint,
    startedAt: performance.now(),
    status: undefined,
    span: startUpstreamSpan(origin.upstream, method, endpoint, url),
  });
});

subscribe('undici:request:headers', (message) => {
  const request = requestOf(message);
  const call = request && pending.get(request);
  if (!call) return;
  const status = (message as { response?: { statusCode?: unknown } }).response?.statusCode;
  if (typeof status === 'number') call.status = status;
});

function finish(request: UndiciRequest, error: Error | undefined): void {
  const call = pending.get(request);
  if (!call) return;
  pending.delete(request);
  const status = error ? undefined : call.status;
  endUpstreamSpan(call.span, status, error);
  const event: UpstreamCall = {
    upstream: call.upstream,
    method: call.method,
    endpoint: call.endpoint,
    status,
    durationMs: performance.now() - call.startedAt,
  };
  for (const listener of listeners) listener(event);
}

subscribe('undici:request:trailers', (message) => {
  const request = requestOf(message);
  if (request) finish(request, undefined);
});

subscribe('undici:request:error', (message) => {
  const request = requestOf(message);
  const error = (message as { error?: unknown }).error;
  if (request) finish(request, error instanceof Error ? error : new Error('upstream request failed'));
});
