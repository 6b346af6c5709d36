// SE Ranking error answers (seranking.md §3.2, §3.4, §7.6): the ApiError thrown by validation, the message of each
// row, and the reply for a status injected by a fault or by maintenance mode, in both dialects.
import { json, type Reply } from '../common/http.js';
import type { SerankingSandboxConfig } from './config.js';

export const MESSAGES = {
  huge: 'Results for huge websites like google.com or twitter.com are unavailable via API so far.',
  keywordsSize: (max: number) => `Exceeded keywords size. Max keywords for one request: ${max}`,
  targetsSize: (max: number) => `Exceeded targets size. Max targets for one request: ${max}`,
  invalidKeywords: 'Invalid keywords',
  invalidSource: 'Invalid source',
  invalidDomain: 'Invalid domain',
  invalidTarget: 'Invalid target',
  incorrectOrder: 'Incorrect order',
  incorrectOrderField: (field: string, order: string) => `Incorrect order field ${field} ${order}`,
  rowLimit: 'Row limit exceeded',
  noToken: 'No token',
  bounds: (name: string, value: string) => `${name}=${value} is not within required bounds!`,
  insufficientFunds: 'Insufficient funds',
  unsupportedFormat: (name: string) => `Unsupported '${name}' format.`,
  notFound: 'The requested resource could not be found.',
  authFailed: 'Authentication failed',
  invalidParam: (name: string) => `Parameter ${name} is invalid.`,
  missing: (name: string) => `Parameter ${name} is missing.`,
  licenseExpired: 'License expired',
  methodNotAllowed: 'Method Not Allowed.',
  rateLimited: 'Call rate limit reached.',
  unexpected: 'Unexpected error. Please try again later.',
  busy: 'System is busy. Please try again later.',
} as const;

const DESCRIPTIONS: Record<number, string> = {
  429: 'The call-rate limit has been reached. Please reduce your request frequency.',
};

/** A rejected call: status, exact message and, for 244 / Invalid target, the offending targets as sent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly targets?: readonly string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The spec-dialect message for a bare status (injected faults). */
function messageForStatus(status: number): string {
  switch (status) {
    case 244:
      return MESSAGES.huge;
    case 400:
      return MESSAGES.notFound;
    case 401:
      return 'Unauthorized';
    case 402:
      return MESSAGES.insufficientFunds;
    case 403:
      return MESSAGES.licenseExpired;
    case 404:
      return MESSAGES.notFound;
    case 405:
      return MESSAGES.methodNotAllowed;
    case 406:
      return MESSAGES.unsupportedFormat('output');
    case 429:
      return MESSAGES.rateLimited;
    case 503:
      return MESSAGES.busy;
    default:
      return MESSAGES.unexpected;
  }
}

/** Apply the `real` dialect's variants (§7.6) to a spec-dialect error. */
export function inDialect(err: ApiError, config: SerankingSandboxConfig): ApiError {
  if (config.dialect !== 'real') return err;
  const { message } = err;
  if (message === MESSAGES.noToken || message === MESSAGES.authFailed) {
    return new ApiError(401, 'Unauthorized', undefined, err.headers);
  }
  if (message === MESSAGES.insufficientFunds) return new ApiError(402, message, undefined, err.headers);
  if (err.status === 429) return new ApiError(429, 'Too Many Requests', undefined, err.headers);
  if (message === MESSAGES.notFound) return new ApiError(404, message, undefined, err.headers);
  return err;
}

export function errorReply(err: ApiError, config: SerankingSandboxConfig): Reply {
  const e = inDialect(err, config);
  const description = DESCRIPTIONS[e.status];
  return json(
    e.status,
    {
      error: {
        code: e.status,
        message: e.message,
        ...(description ? { description } : {}),
        ...(e.targets ? { targets: e.targets } : {}),
      },
    },
    e.headers,
  );
}

/** The body of a status injected by a fault rule (§7.8: the row's message for that status). */
export function injectedErrorReply(status: number, headers: Record<string, string>, config: SerankingSandboxConfig) {
  return errorReply(new ApiError(status, messageForStatus(status), undefined, headers), config);
}
