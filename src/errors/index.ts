/**
 * The `ErrorCode` list of the graph (upstream codes from upstream/errors.ts plus the gateway's own),
 * with a description per code, and the only constructors of errors the gateway returns:
 * `toGraphQLError` for UpstreamErrors, `gatewayError` / `userInputError` for everything the gateway
 * rejects itself, and `maskError` for Yoga (coded errors pass, anything unexpected is masked).
 */
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import { isUpstreamError, type UpstreamError, type UpstreamErrorCode } from '../upstream/errors.js';

const UPSTREAM_CODE_DESCRIPTIONS: Record<UpstreamErrorCode, string> = {
  AUTHENTICATION_FAILED:
    "The upstream rejected seograph's credentials (key missing, unknown or disabled; SERPmetrics signature or timestamp). Not retryable.",
  FORBIDDEN: 'The upstream account has no access to this resource. Not retryable.',
  LICENSE_EXPIRED: 'The SE Ranking licence or subscription has expired. Not retryable.',
  INSUFFICIENT_FUNDS: 'The SE Ranking credit balance is too low for this request. Not retryable.',
  PAYMENT_REQUIRED: 'The upstream account is past its payment grace period. Not retryable.',
  INVALID_SOURCE: 'The regional database is unknown or not served by this field. Not retryable.',
  INVALID_TARGET: 'A backlinks target is not a valid domain, host or URL. Not retryable.',
  INVALID_DOMAIN: 'The domain is not a valid hostname. Not retryable.',
  INVALID_KEYWORDS: 'A keyword is empty, too long or malformed. Not retryable.',
  INVALID_ENGINE: 'The search engine code is unknown (see `engines`). Not retryable.',
  INVALID_PARAMETER: 'An argument is out of range or not allowed (enum, bounds, sort, mode). Not retryable.',
  TOO_MANY_KEYWORDS: 'More keywords in one request than allowed. Not retryable: send fewer.',
  TOO_MANY_TARGETS: 'More targets in one request than allowed. Not retryable: send fewer.',
  TOO_MANY_CHECKS: 'More SERPmetrics checks (keywords × engines) in one request than allowed. Not retryable.',
  ROW_LIMIT_EXCEEDED: 'The requested number of rows is above the maximum of this field. Not retryable.',
  TARGET_TOO_LARGE:
    'The target is too large for the SE Ranking backlinks API; the answer is remembered for a while. Not retryable.',
  NOT_FOUND: 'The upstream does not know this resource (e.g. an untracked keyword pair). Not retryable.',
  PENDING:
    'The data is not ready yet (a check still in the queue): retryable, ask again after `retryAfter` seconds. ' +
    'This is not a failure.',
  CHECK_FAILED: 'A SERPmetrics priority or delayed check failed for good. Re-queueing is a new paid request.',
  BAD_REQUEST: 'The upstream rejected a request seograph built as malformed. Not retryable; report it.',
  UPSTREAM_RATE_LIMITED: "The upstream's rate limit was reached. Retry after `retryAfter` seconds.",
  UPSTREAM_WRITE_FAILED: 'SERPmetrics failed to record a write and asks for a retry. Retryable.',
  UPSTREAM_UNAVAILABLE:
    'The upstream is unavailable (5xx, maintenance, connection refused, circuit open). Retry after `retryAfter`.',
  UPSTREAM_TIMEOUT: 'The upstream did not answer within the deadline. Retryable for reads.',
  UPSTREAM_ERROR: 'The upstream failed unexpectedly. Retryable for reads.',
  UPSTREAM_BAD_RESPONSE: 'The upstream sent a response seograph could not read. Not retryable; report it.',
};

const GATEWAY_CODE_DESCRIPTIONS = {
  BAD_USER_INPUT: 'An argument or variable is invalid; nothing was sent upstream. Fix the input.',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not validate against the schema.',
  UNAUTHENTICATED: 'A gateway API key is required and was missing or wrong.',
  RATE_LIMITED: 'The client exceeded its gateway rate limit. Retry after `retryAfter` seconds.',
  CREDIT_BUDGET_EXCEEDED: "The operation's computed credit cost exceeds the client's budget; nothing was spent.",
  WRITE_OUTCOME_UNKNOWN:
    'A paid write may have reached the upstream before its answer was lost (connection dropped, timeout): credits ' +
    'may have been spent. Not retryable (a retry may pay twice); `extensions` name the pairs, the queue and where ' +
    'the result will appear if it was queued.',
  DEPTH_LIMIT_EXCEEDED: 'The operation is nested deeper than allowed.',
  ALIAS_LIMIT_EXCEEDED: 'The operation uses more aliases than allowed.',
  DIRECTIVE_LIMIT_EXCEEDED: 'The operation uses more directives than allowed.',
  TOKEN_LIMIT_EXCEEDED: 'The document has more tokens than allowed.',
  DUPLICATE_FIELD_LIMIT_EXCEEDED: 'A selection repeats the same field more times than allowed.',
  COST_LIMIT_EXCEEDED: "The operation's computed complexity exceeds the limit.",
  REQUEST_TOO_LARGE: 'The request body is larger than allowed.',
  BATCHING_DISABLED: 'Several operations in one HTTP request (batching) are not accepted.',
  PERSISTED_QUERY_NOT_FOUND: 'The persisted (trusted) document id is unknown, or arbitrary documents are refused.',
  METHOD_NOT_ALLOWED: 'The HTTP method is not allowed for this operation (e.g. a mutation over GET).',
  CSRF_REJECTED: 'The request lacks the header that proves it is not a cross-site request forgery.',
  INTERNAL_SERVER_ERROR: 'Unexpected gateway failure; details are logged, never returned. Retry may help.',
  OVERLOADED:
    'The gateway is at capacity and refused the operation before running it (HTTP 503); nothing was sent upstream. Retry after `retryAfter` seconds.',
  SHUTTING_DOWN:
    'This gateway process is shutting down and did not run the operation (HTTP 503); nothing was sent upstream. Retry at once: another replica answers.',
} as const;

export type GatewayErrorCode = keyof typeof GATEWAY_CODE_DESCRIPTIONS;
export type ErrorCode = UpstreamErrorCode | GatewayErrorCode;

/** Every `ErrorCode` of the schema, with its description: the single list clients can rely on. */
export const ERROR_CODES: Readonly<Record<ErrorCode, string>> = {
  ...UPSTREAM_CODE_DESCRIPTIONS,
  ...GATEWAY_CODE_DESCRIPTIONS,
};

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);

/**
 * What an error means for operators. `outcome`: an answer of the contract (bad input, limits, not found, pending,
 * too large): the client's business, logged at debug without a stack and never a span error. `transient`: upstream
 * trouble the resilience layer expects (rate limits, 5xx, timeouts): a warning without a stack. `failure`:
 * anything else, logged at error with its stack.
 */
export type Severity = 'outcome' | 'transient' | 'failure';

const UPSTREAM_SEVERITY: Record<UpstreamErrorCode, Severity> = {
  AUTHENTICATION_FAILED: 'failure',
  FORBIDDEN: 'failure',
  LICENSE_EXPIRED: 'failure',
  INSUFFICIENT_FUNDS: 'failure',
  PAYMENT_REQUIRED: 'failure',
  INVALID_SOURCE: 'outcome',
  INVALID_TARGET: 'outcome',
  INVALID_DOMAIN: 'outcome',
  INVALID_KEYWORDS: 'outcome',
  INVALID_ENGINE: 'outcome',
  INVALID_PARAMETER: 'outcome',
  TOO_MANY_KEYWORDS: 'outcome',
  TOO_MANY_TARGETS: 'outcome',
  TOO_MANY_CHECKS: 'outcome',
  ROW_LIMIT_EXCEEDED: 'outcome',
  TARGET_TOO_LARGE: 'outcome',
  NOT_FOUND: 'outcome',
  PENDING: 'outcome',
  CHECK_FAILED: 'outcome',
  BAD_REQUEST: 'failure',
  UPSTREAM_RATE_LIMITED: 'transient',
  UPSTREAM_WRITE_FAILED: 'transient',
  UPSTREAM_UNAVAILABLE: 'transient',
  UPSTREAM_TIMEOUT: 'transient',
  UPSTREAM_ERROR: 'failure',
  UPSTREAM_BAD_RESPONSE: 'failure',
};

/** The code an error carries: an UpstreamError's own, or a coded GraphQL error's, through wrapping errors. */
export function codeOf(error: unknown): ErrorCode | undefined {
  for (let e = error; e !== undefined && e !== null; e = e instanceof GraphQLError ? e.originalError : undefined) {
    if (isUpstreamError(e)) return e.code;
    const code = e instanceof GraphQLError ? e.extensions?.code : undefined;
    if (isErrorCode(code)) return code;
  }
  return undefined;
}

export function severityOf(error: unknown): Severity {
  const code = codeOf(error);
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') return 'failure';
  return Object.hasOwn(UPSTREAM_SEVERITY, code) ? UPSTREAM_SEVERITY[code as UpstreamErrorCode] : 'outcome';
}

export interface ErrorExtensions {
  code: ErrorCode;
  upstream?: string;
  httpStatus?: number;
  retryable?: boolean;
  /** Seconds to wait before retrying, when known. */
  retryAfter?: number;
  [key: string]: unknown;
}

type Located = Pick<GraphQLError, 'nodes' | 'source' | 'positions' | 'path'>;

const location = (from: Located | undefined) =>
  from ? { nodes: from.nodes, source: from.source, positions: from.positions, path: from.path } : {};

/**
 * When to ask again for data that is not ready (`PENDING`): a check in the queue. The transport never retries it
 * (waiting is the client's), so the hint is given here.
 */
export const PENDING_RETRY_AFTER_SECONDS = 30;

/** An UpstreamError as a GraphQL error: its safe message and the extensions clients switch on. */
export function toGraphQLError(error: UpstreamError, at?: Located): GraphQLError {
  const pending = error.code === 'PENDING';
  const retryAfter = error.retryAfter ?? (pending ? PENDING_RETRY_AFTER_SECONDS : undefined);
  const extensions: ErrorExtensions = {
    code: error.code,
    upstream: error.upstream,
    retryable: pending || error.retryable,
    ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
  return createGraphQLError(error.message, { ...location(at), extensions });
}

/** An error the gateway raises itself. `message` must be the gateway's own words, never upstream text. */
export function gatewayError(
  code: GatewayErrorCode | UpstreamErrorCode,
  message: string,
  extra: Omit<ErrorExtensions, 'code'> = {},
): GraphQLError {
  return createGraphQLError(message, { extensions: { ...extra, code, retryable: extra.retryable ?? false } });
}

/**
 * Input rejected before any upstream call. Use the code the upstream would have produced
 * (`INVALID_SOURCE`, `TOO_MANY_KEYWORDS`, ...) or `BAD_USER_INPUT`.
 */
export function userInputError(code: GatewayErrorCode | UpstreamErrorCode, message: string): GraphQLError {
  return gatewayError(code, message);
}

/**
 * Yoga's `maskError`: UpstreamErrors (thrown anywhere in a resolver or loader) become coded errors,
 * coded GraphQL errors pass through, everything else becomes `Unexpected error.` with
 * `INTERNAL_SERVER_ERROR` and no details, whatever NODE_ENV says.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isUpstreamError(original)) return toGraphQLError(original, error instanceof GraphQLError ? error : undefined);
  // The relay plugin decodes global ids before any resolver runs; a string that is none is the client's error.
  if (original instanceof PothosValidationError && original.message.startsWith('Invalid global ID')) {
    return createGraphQLError('The id is not a global id of this API.', {
      ...location(error instanceof GraphQLError ? error : undefined),
      extensions: { code: 'BAD_USER_INPUT', retryable: false },
    });
  }
  return yogaMaskError(error, message, false);
}

/**
 * A list item that failed, in place of its value: the executor completes an Error value as that item's error
 * (null at its path), as it would a rejected promise; graphql-jit mishandles rejected list items, not Error values.
 */
export const failedItem = <T>(error: unknown): T =>
  (error instanceof Error ? error : new Error(String(error))) as unknown as T;
