// Turns GraphQL errors into what a person reads in a panel: which upstream, what happened, whether to retry.
import type { GraphQLErrorShape } from './graphql.js';

const UPSTREAMS: Readonly<Record<string, string>> = { seranking: 'SE Ranking', serpmetrics: 'SERPmetrics' };

/** What each `ErrorCode` means to someone looking at the page; `{upstream}` is the failing API. */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  UPSTREAM_UNAVAILABLE: '{upstream} is unavailable right now.',
  UPSTREAM_TIMEOUT: '{upstream} did not answer in time.',
  UPSTREAM_ERROR: '{upstream} failed unexpectedly.',
  UPSTREAM_RATE_LIMITED: "{upstream}'s rate limit was reached.",
  UPSTREAM_BAD_RESPONSE: '{upstream} sent an answer the gateway could not read.',
  UPSTREAM_WRITE_FAILED: '{upstream} could not record the request.',
  AUTHENTICATION_FAILED: "{upstream} rejected the gateway's credentials.",
  INSUFFICIENT_FUNDS: 'The SE Ranking credit balance is too low.',
  PAYMENT_REQUIRED: 'The SERPmetrics account is past its payment grace period.',
  LICENSE_EXPIRED: 'The SE Ranking licence has expired.',
  FORBIDDEN: 'The {upstream} account has no access to this.',
  NOT_FOUND: '{upstream} does not know this keyword pair.',
  PENDING: 'The check is still in the queue.',
  CHECK_FAILED: 'The priority check failed.',
  TARGET_TOO_LARGE: 'The site is too large for the SE Ranking backlinks API.',
  CREDIT_BUDGET_EXCEEDED: "The request would exceed this client's credit budget; nothing was spent.",
  RATE_LIMITED: 'Too many requests from this dashboard.',
  TOO_MANY_CHECKS: 'Too many checks in one request.',
  INVALID_ENGINE: 'The search engine code is unknown.',
  INVALID_DOMAIN: 'That is not a valid domain.',
  BAD_USER_INPUT: 'The input is not valid.',
  UNAUTHENTICATED: 'The gateway requires an API key.',
  PERSISTED_QUERY_NOT_FOUND: 'The gateway does not trust this version of the dashboard.',
  GRAPHQL_VALIDATION_FAILED: "The gateway's schema does not offer this yet.",
  NETWORK_ERROR: 'The gateway cannot be reached.',
  INTERNAL_SERVER_ERROR: 'The gateway failed unexpectedly.',
};

export interface Problem {
  code: string;
  upstream: string | undefined;
  text: string;
  retryAfter: number | undefined;
}

export function describe(error: GraphQLErrorShape): Problem {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const upstream = error.extensions?.upstream;
  const name = upstream ? (UPSTREAMS[upstream] ?? upstream) : 'The upstream API';
  const template = EXPLANATIONS[code] ?? 'The request failed.';
  const retryAfter = error.extensions?.retryAfter;
  const retry = retryAfter ? ` Retry in ${retryAfter} s.` : '';
  return { code, upstream, text: template.replace('{upstream}', name) + retry, retryAfter };
}

/** Errors under a response path prefix (e.g. `['serp']`), or with no path when `includeGlobal`. */
export function errorsAt(
  errors: readonly GraphQLErrorShape[],
  prefix: ReadonlyArray<string | number>,
  includeGlobal = true,
): GraphQLErrorShape[] {
  return errors.filter((error) =>
    error.path ? prefix.every((part, index) => error.path?.[index] === part) : includeGlobal,
  );
}

/** The distinct problems of a list of errors, most frequent first (100 rows failing alike read as one). */
export function summarize(errors: readonly GraphQLErrorShape[]): Array<Problem & { count: number }> {
  const byKey = new Map<string, Problem & { count: number }>();
  for (const error of errors) {
    const problem = describe(error);
    const key = `${problem.code}/${problem.upstream ?? ''}`;
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else byKey.set(key, { ...problem, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
