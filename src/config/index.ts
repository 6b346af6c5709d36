/**
 * Environment → typed `Config`: the one parser of every variable of the gateway, the edge and live updates, a
 * single zod schema. Every bad variable yields one line `NAME: what was expected, got "value"`; secret variables
 * are never echoed.
 */
import { z } from 'zod';
import type { CacheKind } from '../upstream/cache.js';
import type { ResilienceOptions } from '../upstream/resilience/index.js';
import { type ClientLimits, fileClients, type GatewayClient, gatewayClients, inlineClients } from './clients.js';
import {
  baseUrl,
  callbackToken,
  corsOrigins,
  flag,
  integer,
  oneOf,
  redisUrl,
  secret,
  trustedDocuments,
} from './fields.js';
import { type TracingConfig, tracingConfig } from './tracing.js';

export type { ClientLimits, GatewayClient, TenantCredentials } from './clients.js';
export { DEFAULT_TRUSTED_DOCUMENTS } from './fields.js';
export type { TracesExporter, TracingConfig } from './tracing.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `pretty` pretty-prints (pino-pretty, a dev dependency) when stdout is a terminal, and is JSON otherwise. */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const DEFAULT_SERANKING_BASE_URL = 'https://api.seranking.com';
export const DEFAULT_SERPMETRICS_BASE_URL = 'http://api.serpmetrics.com';

/** TTL variable and default (seconds) per cache kind: the public names of the cache knobs. */
export const CACHE_TTL_VARIABLES: Record<CacheKind, { variable: string; defaultSeconds: number }> = {
  backlinks: { variable: 'CACHE_TTL_BACKLINKS_SECONDS', defaultSeconds: 6 * 3600 },
  authority: { variable: 'CACHE_TTL_AUTHORITY_SECONDS', defaultSeconds: 6 * 3600 },
  keywordMetrics: { variable: 'CACHE_TTL_KEYWORDS_SECONDS', defaultSeconds: 24 * 3600 },
  keywordIdeas: { variable: 'CACHE_TTL_KEYWORD_IDEAS_SECONDS', defaultSeconds: 24 * 3600 },
  domain: { variable: 'CACHE_TTL_DOMAIN_SECONDS', defaultSeconds: 12 * 3600 },
  serpKeywordId: { variable: 'CACHE_TTL_SERP_KEYWORD_ID_SECONDS', defaultSeconds: 600 },
  serpCheckId: { variable: 'CACHE_TTL_SERP_CHECK_ID_SECONDS', defaultSeconds: 300 },
  // A SERP is cached until its next check; this is the ceiling when the next check time is unknown.
  serp: { variable: 'CACHE_TTL_SERP_SECONDS', defaultSeconds: 24 * 3600 },
  engines: { variable: 'CACHE_TTL_ENGINES_SECONDS', defaultSeconds: 24 * 3600 },
  flux: { variable: 'CACHE_TTL_FLUX_SECONDS', defaultSeconds: 3600 },
  account: { variable: 'CACHE_TTL_ACCOUNT_SECONDS', defaultSeconds: 60 },
  hugeTargets: { variable: 'CACHE_TTL_HUGE_TARGETS_SECONDS', defaultSeconds: 24 * 3600 },
};

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** How often one selection set may select the same response key (graphql-cop's field duplication). */
  maxFieldRepeats: number;
  maxRequestBytes: number;
}

/** The edge (src/security): operation limits, credit budgets, gateway API keys, CORS, production switches. */
export interface SecurityConfig {
  limits: OperationLimits;
  /** Budget of unauthenticated callers (when keys are not required), and the defaults of keys without their own. */
  anonymous: ClientLimits;
  /** Credits no single operation may exceed, whoever asks (COST_LIMIT_EXCEEDED); 0 = no ceiling. */
  maxOperationCredits: number;
  creditWindowSeconds: number;
  clients: readonly GatewayClient[];
  /** Whether every request must carry a valid gateway API key (default: keys configured outside the sandbox). */
  authRequired: boolean;
  /** Allowed CORS origins; empty = same origin only (no CORS headers). `*` = any (no credentials). */
  corsOrigins: readonly string[];
  /** These four are on in development and off with NODE_ENV=production unless set. */
  introspection: boolean;
  graphiql: boolean;
  fieldSuggestions: boolean;
  /** Error messages name the limit that was hit. */
  exposeLimits: boolean;
  /** Allow-list files of trusted documents (`{ hash: document }`); undefined = any document. */
  trustedDocuments: readonly string[] | undefined;
}

export interface Config {
  port: number;
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** OpenTelemetry, from the standard OTEL_* variables (off unless they ask for traces). */
  tracing: TracingConfig;
  /** True when the gateway runs against the in-process sandbox instead of the real APIs. */
  sandbox: boolean;
  requestDeadlineMs: number;
  seranking: { baseUrl: string; apiKey: string | undefined; keywordBatchSize: number };
  serpmetrics: { baseUrl: string; apiKey: string | undefined; apiSecret: string | undefined };
  cache: {
    maxBytes: number;
    maxStaleMs: number;
    ttlMs: Record<CacheKind, number>;
    /** Bound of the whole-result cache for repeated queries (src/result-cache.ts); 0 switches it off. */
    resultMaxBytes: number;
  };
  /** Retries, outbound rate limits and circuit breakers per upstream (src/upstream/resilience). */
  resilience: Record<'seranking' | 'serpmetrics', ResilienceOptions>;
  /** The edge: limits, credit budgets, gateway API keys, CORS, production switches. */
  security: SecurityConfig;
  /** Readiness probe and shutdown (src/observability). */
  observability: { readyCacheMs: number; readyTimeoutMs: number; shutdownTimeoutMs: number };
  /** Admission control (src/observability/admission.ts): operations running and waiting per lane. */
  admission: { warmConcurrency: number; coldConcurrency: number; maxQueued: number };
  /** Live updates (src/live): callback route, SERP poller, optional Redis shared by several processes. */
  live: {
    redisUrl: string | undefined;
    /** The callback route's path token; generated per process when absent. */
    callbackToken: string | undefined;
    /** The gateway's public base URL (callback URLs); derived from the listen address when absent. */
    publicUrl: string | undefined;
    /** Fallback poll of overdue tracked pairs; 0 switches it off. */
    pollIntervalMs: number;
    /** How long a priority / delayed check may stay pending before the poller asks for its status. */
    oneOffOverdueMs: { priority: number; delayed: number };
  };
}

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const ttlShape = Object.fromEntries(
  Object.values(CACHE_TTL_VARIABLES).map(({ variable, defaultSeconds }) => [
    variable,
    integer(0, 365 * 24 * 3600, defaultSeconds),
  ]),
);

const EnvSchema = z.object({
  PORT: integer(0, 65535, 4000),
  NODE_ENV: oneOf(NODE_ENVS, 'development'),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  LOG_FORMAT: oneOf(LOG_FORMATS, 'json'),
  SANDBOX: flag,
  SERANKING_API_KEY: secret,
  SERPMETRICS_API_KEY: secret,
  SERPMETRICS_API_SECRET: secret,
  SERANKING_BASE_URL: baseUrl(DEFAULT_SERANKING_BASE_URL),
  SERPMETRICS_BASE_URL: baseUrl(DEFAULT_SERPMETRICS_BASE_URL),
  SERANKING_KEYWORD_BATCH_SIZE: integer(1, 10_000, 5_000),
  REQUEST_DEADLINE_MS: integer(100, 600_000, 15_000),
  CACHE_MAX_BYTES: integer(1024 * 1024, Number.MAX_SAFE_INTEGER, 256 * 1024 * 1024),
  CACHE_MAX_STALE_SECONDS: integer(0, 30 * 24 * 3600, 6 * 3600),
  RESULT_CACHE_MAX_BYTES: integer(0, Number.MAX_SAFE_INTEGER, 32 * 1024 * 1024),
  ...ttlShape,
  SERANKING_RATE_LIMIT_PER_SECOND: integer(1, 1000, 9),
  SERPMETRICS_RATE_LIMIT_PER_SECOND: integer(1, 1000, 10),
  SERPMETRICS_PRIORITY_CHECKS_PER_MINUTE: integer(1, 100_000, 60),
  SERPMETRICS_DELAYED_CHECKS_PER_MINUTE: integer(1, 100_000, 200),
  RATE_LIMIT_MAX_QUEUE: integer(0, 100_000, 500),
  RETRY_MAX_ATTEMPTS: integer(1, 20, 8),
  RETRY_AFTER_CAP_MS: integer(0, 600_000, 5_000),
  RETRY_BUDGET_PERCENT: integer(0, 1000, 50),
  BREAKER_THRESHOLD_PERCENT: integer(1, 99, 50),
  BREAKER_WINDOW_MS: integer(100, 600_000, 10_000),
  BREAKER_HALF_OPEN_AFTER_MS: integer(10, 600_000, 5_000),
  READY_CACHE_MS: integer(0, 600_000, 5_000),
  READY_TIMEOUT_MS: integer(100, 60_000, 3_000),
  // Longer than the default request deadline plus a second, so a default request never needs shortening.
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000, 20_000),
  MAX_CONCURRENT_OPERATIONS: integer(1, 10_000, 32),
  MAX_CONCURRENT_COLD_OPERATIONS: integer(1, 10_000, 16),
  MAX_QUEUED_OPERATIONS: integer(0, 100_000, 128),
  REDIS_URL: redisUrl,
  SERPMETRICS_CALLBACK_TOKEN: callbackToken,
  // Empty means unset: the gateway derives it from its listen address.
  PUBLIC_URL: baseUrl(''),
  SERP_POLL_INTERVAL_MS: integer(0, 86_400_000, 300_000),
  // The upstream's usual latency: priority 2–5 min, delayed usually under 24 h.
  SERP_PRIORITY_OVERDUE_MS: integer(0, 86_400_000, 300_000),
  SERP_DELAYED_OVERDUE_MS: integer(0, 604_800_000, 86_400_000),
  // The edge (src/security).
  GRAPHQL_MAX_DEPTH: integer(1, 100, 10),
  GRAPHQL_MAX_ALIASES: integer(0, 1000, 20),
  GRAPHQL_MAX_DIRECTIVES: integer(0, 1000, 8),
  GRAPHQL_MAX_TOKENS: integer(10, 1_000_000, 2_000),
  GRAPHQL_MAX_FIELD_REPEATS: integer(1, 1000, 10),
  // 10,000 realistic keywords (~30 characters each) fit: the keyword count, not the body, limits a keyword list.
  REQUEST_MAX_BYTES: integer(1_024, 100_000_000, 500_000),
  GRAPHQL_MAX_COST: integer(0, Number.MAX_SAFE_INTEGER, 1_000_000),
  CREDIT_BUDGET_PER_REQUEST: integer(0, Number.MAX_SAFE_INTEGER, 250_000),
  CREDIT_BUDGET_PER_WINDOW: integer(0, Number.MAX_SAFE_INTEGER, 5_000_000),
  CREDIT_BUDGET_WINDOW_SECONDS: integer(1, 31 * 24 * 3600, 3600),
  RATE_LIMIT_PER_MINUTE: integer(0, 10_000_000, 0),
  GATEWAY_API_KEYS: inlineClients,
  GATEWAY_API_KEYS_FILE: fileClients,
  GATEWAY_AUTH_REQUIRED: flag,
  CORS_ORIGINS: corsOrigins,
  GRAPHQL_INTROSPECTION: flag,
  GRAPHIQL: flag,
  GRAPHQL_FIELD_SUGGESTIONS: flag,
  GRAPHQL_EXPOSE_LIMITS: flag,
  TRUSTED_DOCUMENTS: trustedDocuments,
});

type ParsedEnv = z.infer<typeof EnvSchema>;

function resilienceOptions(e: ParsedEnv, upstream: 'seranking' | 'serpmetrics'): ResilienceOptions {
  return {
    retry: {
      maxAttempts: e.RETRY_MAX_ATTEMPTS,
      retryAfterCapMs: e.RETRY_AFTER_CAP_MS,
      budget: { ratio: e.RETRY_BUDGET_PERCENT / 100 },
    },
    rateLimit: {
      requestsPerSecond:
        upstream === 'seranking' ? e.SERANKING_RATE_LIMIT_PER_SECOND : e.SERPMETRICS_RATE_LIMIT_PER_SECOND,
      priorityChecksPerMinute: e.SERPMETRICS_PRIORITY_CHECKS_PER_MINUTE,
      delayedChecksPerMinute: e.SERPMETRICS_DELAYED_CHECKS_PER_MINUTE,
      maxQueue: e.RATE_LIMIT_MAX_QUEUE,
    },
    breaker: {
      threshold: e.BREAKER_THRESHOLD_PERCENT / 100,
      windowMs: e.BREAKER_WINDOW_MS,
      halfOpenAfterMs: e.BREAKER_HALF_OPEN_AFTER_MS,
    },
  };
}

const CREDENTIALS = ['SERANKING_API_KEY', 'SERPMETRICS_API_KEY', 'SERPMETRICS_API_SECRET'] as const;

const isProduction = (env: Env): boolean => env.NODE_ENV?.trim().toLowerCase() === 'production';

/**
 * Whether the gateway answers from the sandbox: SANDBOX when set; otherwise when no credential is set, except in
 * production, where a secret that failed to mount must stop the start rather than serve generated data.
 */
function sandboxMode(env: Env): boolean | undefined {
  const sandboxFlag = flag.safeParse(env.SANDBOX);
  if (!sandboxFlag.success) return undefined;
  const noCredentials = CREDENTIALS.every((name) => (env[name]?.trim() ?? '') === '');
  return sandboxFlag.data ?? (noCredentials && !isProduction(env));
}

/** Without the sandbox all three credentials are needed: one line naming the missing ones. */
function credentialProblems(env: Env): string[] {
  const sandbox = sandboxMode(env);
  if (sandbox !== false) return [];
  const missing = CREDENTIALS.filter((name) => (env[name]?.trim() ?? '') === '');
  if (missing.length === 0) return [];
  const why =
    flag.safeParse(env.SANDBOX).data === undefined && isProduction(env)
      ? 'NODE_ENV=production starts the sandbox only with SANDBOX=1'
      : 'set all three upstream credentials, or SANDBOX=1';
  return [`${missing.join(', ')}: required when the sandbox is off (${why})`];
}

function securityConfig(e: ParsedEnv, mode: { production: boolean; sandbox: boolean }): SecurityConfig {
  const anonymous: ClientLimits = {
    creditsPerRequest: e.CREDIT_BUDGET_PER_REQUEST,
    creditsPerWindow: e.CREDIT_BUDGET_PER_WINDOW,
    requestsPerMinute: e.RATE_LIMIT_PER_MINUTE,
  };
  const clients = gatewayClients([...e.GATEWAY_API_KEYS, ...e.GATEWAY_API_KEYS_FILE], anonymous);
  const dev = !mode.production;
  return {
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxFieldRepeats: e.GRAPHQL_MAX_FIELD_REPEATS,
      maxRequestBytes: e.REQUEST_MAX_BYTES,
    },
    anonymous,
    maxOperationCredits: e.GRAPHQL_MAX_COST,
    creditWindowSeconds: e.CREDIT_BUDGET_WINDOW_SECONDS,
    clients,
    authRequired: e.GATEWAY_AUTH_REQUIRED ?? (clients.length > 0 && !mode.sandbox),
    corsOrigins: e.CORS_ORIGINS,
    introspection: e.GRAPHQL_INTROSPECTION ?? dev,
    graphiql: e.GRAPHIQL ?? dev,
    fieldSuggestions: e.GRAPHQL_FIELD_SUGGESTIONS ?? dev,
    exposeLimits: e.GRAPHQL_EXPOSE_LIMITS ?? dev,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
  };
}

/** Parses the environment; throws a ConfigError naming every bad variable, one line each. */
export function loadConfig(env: Env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  problems.push(...credentialProblems(env));
  const sandbox = sandboxMode(env) ?? false;
  const security = parsed.success ? securityConfig(parsed.data, { production: isProduction(env), sandbox }) : undefined;
  if (security?.authRequired && security.clients.length === 0) {
    problems.push('GATEWAY_AUTH_REQUIRED: needs at least one key in GATEWAY_API_KEYS or GATEWAY_API_KEYS_FILE');
  }
  if (!parsed.success || security === undefined || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const ttl = (kind: CacheKind): number => {
    const value = e[CACHE_TTL_VARIABLES[kind].variable as keyof typeof e];
    return typeof value === 'number' ? value * 1000 : CACHE_TTL_VARIABLES[kind].defaultSeconds * 1000;
  };
  const ttlMs = Object.fromEntries(
    (Object.keys(CACHE_TTL_VARIABLES) as CacheKind[]).map((kind) => [kind, ttl(kind)]),
  ) as Record<CacheKind, number>;
  return {
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    tracing: tracingConfig(env),
    sandbox,
    requestDeadlineMs: e.REQUEST_DEADLINE_MS,
    seranking: {
      baseUrl: e.SERANKING_BASE_URL,
      apiKey: e.SERANKING_API_KEY,
      keywordBatchSize: e.SERANKING_KEYWORD_BATCH_SIZE,
    },
    serpmetrics: {
      baseUrl: e.SERPMETRICS_BASE_URL,
      apiKey: e.SERPMETRICS_API_KEY,
      apiSecret: e.SERPMETRICS_API_SECRET,
    },
    cache: {
      maxBytes: e.CACHE_MAX_BYTES,
      maxStaleMs: e.CACHE_MAX_STALE_SECONDS * 1000,
      ttlMs,
      resultMaxBytes: e.RESULT_CACHE_MAX_BYTES,
    },
    resilience: { seranking: resilienceOptions(e, 'seranking'), serpmetrics: resilienceOptions(e, 'serpmetrics') },
    security,
    observability: {
      readyCacheMs: e.READY_CACHE_MS,
      readyTimeoutMs: e.READY_TIMEOUT_MS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    admission: {
      warmConcurrency: e.MAX_CONCURRENT_OPERATIONS,
      coldConcurrency: e.MAX_CONCURRENT_COLD_OPERATIONS,
      maxQueued: e.MAX_QUEUED_OPERATIONS,
    },
    live: {
      redisUrl: e.REDIS_URL,
      callbackToken: e.SERPMETRICS_CALLBACK_TOKEN,
      publicUrl: e.PUBLIC_URL === '' ? undefined : e.PUBLIC_URL,
      pollIntervalMs: e.SERP_POLL_INTERVAL_MS,
      oneOffOverdueMs: { priority: e.SERP_PRIORITY_OVERDUE_MS, delayed: e.SERP_DELAYED_OVERDUE_MS },
    },
  };
}

/**
 * V8's old-space limit for a cache budget (src/start.ts): the cache may fill its budget, and a 10,000-keyword
 * request, the largest one the limits admit, needs up to about as much again while it runs, over a base.
 */
export function heapLimitMiB(config: { cache: Pick<Config['cache'], 'maxBytes'> }): number {
  return Math.ceil((2 * config.cache.maxBytes) / (1024 * 1024)) + 256;
}
