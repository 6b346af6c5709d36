// The SERPmetrics response envelope (serpmetrics.md §5.1, §5.3): API errors with the exact sandbox messages,
// PHP-style JSON (escaped slashes, `[]` for empty maps) and the reply builders every endpoint uses.
import type { Reply } from '../common/http.js';
import type { SerpmetricsConfig } from './config.js';

/** An error reply of the API; `omitRequestTime` mirrors the real 404s that carry no `request_time`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: { omitRequestTime?: boolean; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const MESSAGES = {
  authTimestamp: 'Authentication failed: out of band timestamp',
  authSignature: 'Authentication failed: invalid signature',
  authUnknownKey: 'Authentication failed: unknown API key',
  authMissing: 'Authentication failed: missing key, auth or ts',
  paymentRequired: 'Payment required: credit and funds below zero, grace period exceeded',
  forbiddenPair: 'Forbidden: no access to keyword pair',
  forbiddenDisabled: 'Forbidden: account disabled',
  notFound: 'not found',
  invalidJson: 'Invalid params: not valid JSON',
  tooManyRequests: 'Too Many Requests',
  writeFailed: 'Write failed, please retry',
  unavailable: 'Service unavailable, please try again',
  checkFailed: 'Check failed',
  priorityPendingReal: 'Currently in queue, please retry shortly',
  delayedPendingReal: 'Awaiting queue slot.',
} as const;

export const errors = {
  missing: (name: string) => new ApiError(406, `Missing required parameter: ${name}`),
  invalid: (name: string) => new ApiError(406, `Invalid parameter: ${name}`),
  unknownEngine: (code: string) => new ApiError(406, `Unknown engine code: ${code}`),
  tooManyChecks: (n: number, max: number) => new ApiError(406, `Too many checks in one request: ${n} (max ${max})`),
  idNotFound: (kind: 'check_id' | 'keyword_id' | 'priority_id' | 'delayed_id', id: string, omitRequestTime = false) =>
    new ApiError(404, `Supplied ${kind} not found: ${id}`, { omitRequestTime }),
  unknownEndpoint: (path: string) => new ApiError(404, `Unknown endpoint: ${path}`),
  forbiddenPair: () => new ApiError(403, MESSAGES.forbiddenPair),
};

/** The sandbox message for an injected or emitted status (§5.3). */
export function messageForStatus(status: number): string {
  switch (status) {
    case 401:
      return MESSAGES.authSignature;
    case 402:
      return MESSAGES.paymentRequired;
    case 403:
      return MESSAGES.forbiddenPair;
    case 404:
      return MESSAGES.notFound;
    case 406:
      return 'Invalid parameter: params';
    case 429:
      return MESSAGES.tooManyRequests;
    case 501:
      return MESSAGES.writeFailed;
    case 502:
    case 503:
      return MESSAGES.unavailable;
    case 504:
      return 'Gateway timeout';
    default:
      return 'Internal server error';
  }
}

/**
 * A JSON object whose members keep their insertion order even when the keys are integers (JavaScript objects
 * would sort them): `/keywords/check` lists timestamps newest first.
 */
export class OrderedMap {
  constructor(readonly entries: ReadonlyArray<readonly [string, unknown]>) {}
}

/** A map member: `[]` when empty under the PHP quirk, otherwise an object in the given order. */
export function phpMap(config: SerpmetricsConfig, entries: ReadonlyArray<readonly [string, unknown]>): OrderedMap | [] {
  return config.quirks.emptyMapAsArray && entries.length === 0 ? [] : new OrderedMap(entries);
}

function stringify(value: unknown): string {
  if (value instanceof OrderedMap) {
    const members = value.entries
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${stringify(v)}`);
    return `{${members.join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stringify(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${stringify(v)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=UTF-8',
  'cache-control': 'no-store, no-cache, must-revalidate',
  pragma: 'no-cache',
};

/** Serialize like PHP's json_encode: `/` escaped when the quirk is on (`/` only ever occurs inside strings). */
export function encodeJson(config: SerpmetricsConfig, value: unknown): string {
  const body = stringify(value);
  return config.quirks.escapedSlashes ? body.replaceAll('/', '\\/') : body;
}

export function jsonReply(
  config: SerpmetricsConfig,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Reply {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: encodeJson(config, value) };
}

/** `{"status":"ok","request_time":…,"data":…}`. */
export function okReply(
  config: SerpmetricsConfig,
  requestTime: number,
  data: unknown,
  options: { status?: number; omitRequestTime?: boolean } = {},
): Reply {
  const body = options.omitRequestTime ? { status: 'ok', data } : { status: 'ok', request_time: requestTime, data };
  return jsonReply(config, options.status ?? 200, body);
}

export function errorReply(config: SerpmetricsConfig, requestTime: number, err: ApiError): Reply {
  if (err.status === 204) return { status: 204, headers: {}, body: '' };
  const body = err.options.omitRequestTime
    ? { status: 'error', message: err.message }
    : { status: 'error', message: err.message, request_time: requestTime };
  const headers: Record<string, string> =
    err.options.retryAfterSeconds !== undefined ? { 'retry-after': String(err.options.retryAfterSeconds) } : {};
  return jsonReply(config, err.status, body, headers);
}

/** 204 No Content: no body and no Content-Type (§5.3). */
export function noContent(): Reply {
  return { status: 204, headers: {}, body: '' };
}
