/**
 * The one error taxonomy of seograph toward its upstreams, and the single place that maps
 * SE Ranking and SERPmetrics replies (status + message) and transport failures to it.
 * Rules: ../shared/upstream/seranking.md §3.3–3.6 and serpmetrics.md §5.3–5.5.
 */

export const UPSTREAM_ERROR_CODES = [
  'AUTHENTICATION_FAILED',
  'FORBIDDEN',
  'LICENSE_EXPIRED',
  'INSUFFICIENT_FUNDS',
  'PAYMENT_REQUIRED',
  'INVALID_SOURCE',
  'INVALID_TARGET',
  'INVALID_DOMAIN',
  'INVALID_KEYWORDS',
  'INVALID_ENGINE',
  'INVALID_PARAMETER',
  'TOO_MANY_KEYWORDS',
  'TOO_MANY_TARGETS',
  'TOO_MANY_CHECKS',
  'ROW_LIMIT_EXCEEDED',
  'TARGET_TOO_LARGE',
  'NOT_FOUND',
  'PENDING',
  'CHECK_FAILED',
  'BAD_REQUEST',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_WRITE_FAILED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'UPSTREAM_BAD_RESPONSE',
] as const;

export type UpstreamErrorCode = (typeof UPSTREAM_ERROR_CODES)[number];

export type UpstreamName = 'seranking' | 'serpmetrics';

/** Codes the transport may retry on its own (reads; writes have stricter rules in the clients). */
const RETRYABLE: ReadonlySet<UpstreamErrorCode> = new Set([
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_WRITE_FAILED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
]);

/** A safe, user-facing sentence per code: upstream text never travels to GraphQL users. */
const SAFE_MESSAGES: Record<UpstreamErrorCode, string> = {
  AUTHENTICATION_FAILED: 'The upstream rejected the configured credentials.',
  FORBIDDEN: 'The upstream refused access to this resource.',
  LICENSE_EXPIRED: 'The upstream licence or subscription has expired.',
  INSUFFICIENT_FUNDS: 'The upstream credit balance is too low for this request.',
  PAYMENT_REQUIRED: 'The upstream account is past its payment grace period.',
  INVALID_SOURCE: 'Unknown regional database for this request.',
  INVALID_TARGET: 'A target is not a valid domain, host or URL.',
  INVALID_DOMAIN: 'The domain is not a valid hostname.',
  INVALID_KEYWORDS: 'A keyword is empty, too long or malformed.',
  INVALID_ENGINE: 'Unknown search engine code.',
  INVALID_PARAMETER: 'A parameter value is out of range or not allowed.',
  TOO_MANY_KEYWORDS: 'Too many keywords in one request.',
  TOO_MANY_TARGETS: 'Too many targets in one request.',
  TOO_MANY_CHECKS: 'Too many keyword checks in one request.',
  ROW_LIMIT_EXCEEDED: 'The requested row limit is above the maximum.',
  TARGET_TOO_LARGE: 'This target is too large for the backlinks API.',
  NOT_FOUND: 'The requested resource was not found upstream.',
  PENDING: 'The data is not ready yet; try again shortly.',
  CHECK_FAILED: 'The rank check failed for good.',
  BAD_REQUEST: 'The upstream rejected the request as malformed.',
  UPSTREAM_RATE_LIMITED: 'The upstream rate limit was reached; retry later.',
  UPSTREAM_WRITE_FAILED: 'The upstream failed to record the write; retry.',
  UPSTREAM_UNAVAILABLE: 'The upstream is unavailable; retry later.',
  UPSTREAM_TIMEOUT: 'The upstream did not answer in time.',
  UPSTREAM_ERROR: 'The upstream failed unexpectedly.',
  UPSTREAM_BAD_RESPONSE: 'The upstream sent a response seograph could not read.',
};

export interface UpstreamErrorInit {
  code: UpstreamErrorCode;
  upstream: UpstreamName;
  httpStatus?: number | undefined;
  retryAfter?: number | undefined;
  retryable?: boolean | undefined;
  /** Safe detail (never upstream text, URLs or keys), e.g. the zod path of a contract violation. */
  detail?: string | undefined;
  /** Items the error concerns, e.g. the targets a 244 named. */
  items?: readonly string[] | undefined;
  cause?: unknown;
}

export class UpstreamError extends Error {
  readonly code: UpstreamErrorCode;
  readonly upstream: UpstreamName;
  readonly httpStatus: number | undefined;
  readonly retryAfter: number | undefined;
  readonly retryable: boolean;
  readonly detail: string | undefined;
  readonly items: readonly string[] | undefined;

  constructor(init: UpstreamErrorInit) {
    super(init.detail ? `${SAFE_MESSAGES[init.code]} (${init.detail})` : SAFE_MESSAGES[init.code], {
      cause: init.cause,
    });
    this.name = 'UpstreamError';
    this.code = init.code;
    this.upstream = init.upstream;
    this.httpStatus = init.httpStatus;
    this.retryAfter = init.retryAfter;
    this.retryable = init.retryable ?? RETRYABLE.has(init.code);
    this.detail = init.detail;
    this.items = init.items;
  }
}

export const isUpstreamError = (value: unknown): value is UpstreamError => value instanceof UpstreamError;

type Rule = readonly [statuses: readonly number[] | 'any', pattern: RegExp, code: UpstreamErrorCode];

const SERANKING_RULES: readonly Rule[] = [
  [[400], /^exceeded keywords size/i, 'TOO_MANY_KEYWORDS'],
  [[400], /^exceeded targets size/i, 'TOO_MANY_TARGETS'],
  [[400], /^invalid keywords?/i, 'INVALID_KEYWORDS'],
  [[400, 404], /^invalid source/i, 'INVALID_SOURCE'],
  [[400], /^invalid domain/i, 'INVALID_DOMAIN'],
  [[400], /^invalid target/i, 'INVALID_TARGET'],
  [[400], /^row limit exceeded/i, 'ROW_LIMIT_EXCEEDED'],
  [
    [400],
    /^incorrect order|not within required bounds|^unsupported '.+' format|^parameter .+ is invalid/i,
    'INVALID_PARAMETER',
  ],
  [[400, 402, 403], /insufficient (funds|credits)|limit reached/i, 'INSUFFICIENT_FUNDS'],
  [[400, 401], /^(no token|authentication failed|unauthorized)/i, 'AUTHENTICATION_FAILED'],
  [[400], /could not be found/i, 'NOT_FOUND'],
  [[403], /licen[cs]e expired|subscription/i, 'LICENSE_EXPIRED'],
  [[500], /can't be empty/i, 'BAD_REQUEST'],
];

const SERPMETRICS_RULES: readonly Rule[] = [
  [[401], /./, 'AUTHENTICATION_FAILED'],
  [[402], /./, 'PAYMENT_REQUIRED'],
  [[403], /./, 'FORBIDDEN'],
  [[404], /in queue|awaiting queue slot/i, 'PENDING'],
  [[406], /^missing required parameter/i, 'BAD_REQUEST'],
  [[406], /unknown engine/i, 'INVALID_ENGINE'],
  [[406], /too many checks/i, 'TOO_MANY_CHECKS'],
  // `keyword` only: `Invalid parameter: keyword_id` is a bad id, not a bad keyword.
  [[406], /^invalid parameter: keywords?\b/i, 'INVALID_KEYWORDS'],
  [[406], /^invalid parameter: /i, 'INVALID_PARAMETER'],
];

const SERANKING_FALLBACK: Record<number, UpstreamErrorCode> = {
  244: 'TARGET_TOO_LARGE',
  400: 'BAD_REQUEST',
  401: 'AUTHENTICATION_FAILED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'BAD_REQUEST',
  406: 'BAD_REQUEST',
  409: 'PENDING',
  429: 'UPSTREAM_RATE_LIMITED',
  500: 'UPSTREAM_ERROR',
  501: 'UPSTREAM_ERROR',
  502: 'UPSTREAM_UNAVAILABLE',
  503: 'UPSTREAM_UNAVAILABLE',
  504: 'UPSTREAM_TIMEOUT',
};

const SERPMETRICS_FALLBACK: Record<number, UpstreamErrorCode> = {
  204: 'PENDING',
  401: 'AUTHENTICATION_FAILED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  406: 'BAD_REQUEST',
  429: 'UPSTREAM_RATE_LIMITED',
  500: 'UPSTREAM_ERROR',
  501: 'UPSTREAM_WRITE_FAILED',
  502: 'UPSTREAM_UNAVAILABLE',
  503: 'UPSTREAM_UNAVAILABLE',
  504: 'UPSTREAM_TIMEOUT',
};

/** Maps a non-success reply (status + extracted message) to its code, per the contracts' tables. */
export function codeForReply(upstream: UpstreamName, status: number, message: string): UpstreamErrorCode {
  const rules = upstream === 'seranking' ? SERANKING_RULES : SERPMETRICS_RULES;
  const text = message.trim();
  for (const [statuses, pattern, code] of rules) {
    if ((statuses === 'any' || statuses.includes(status)) && pattern.test(text)) return code;
  }
  const fallback = upstream === 'seranking' ? SERANKING_FALLBACK : SERPMETRICS_FALLBACK;
  return fallback[status] ?? 'UPSTREAM_ERROR';
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), or undefined. */
export function parseRetryAfter(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export interface ReplyInit {
  upstream: UpstreamName;
  status: number;
  message: string;
  retryAfter?: string | string[] | undefined;
  items?: readonly string[] | undefined;
}

/** Builds the UpstreamError for an upstream reply. The upstream message is used for mapping only. */
export function errorFromReply(reply: ReplyInit): UpstreamError {
  return new UpstreamError({
    code: codeForReply(reply.upstream, reply.status, reply.message),
    upstream: reply.upstream,
    httpStatus: reply.status,
    retryAfter: parseRetryAfter(reply.retryAfter),
    items: reply.items,
  });
}

/** Maps a transport failure (undici or abort) to its code: seranking.md §3.6 step 1. */
export function errorFromTransport(upstream: UpstreamName, cause: unknown): UpstreamError {
  // The transport's own verdict on a reply (too large) is already in the taxonomy.
  if (cause instanceof UpstreamError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  const name = (cause as { name?: unknown } | null)?.name;
  let mapped: UpstreamErrorCode = 'UPSTREAM_ERROR';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') mapped = 'UPSTREAM_UNAVAILABLE';
  else if (
    name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'ETIMEDOUT'
  )
    mapped = 'UPSTREAM_TIMEOUT';
  // The cause is kept for logs only; its message may carry a URL, so it never reaches users.
  return new UpstreamError({ code: mapped, upstream, cause });
}
