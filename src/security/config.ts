/**
 * The edge's configuration from the environment: operation limits, credit budgets, gateway API keys
 * (with optional per-client upstream credentials), CORS, production switches and trusted documents.
 * Problems come back as `NAME: expectation` lines; keys and secrets are never echoed.
 *
 * Variables (default):
 * - GRAPHQL_MAX_DEPTH (10), GRAPHQL_MAX_ALIASES (20), GRAPHQL_MAX_DIRECTIVES (8), GRAPHQL_MAX_TOKENS (2000),
 *   GRAPHQL_MAX_FIELD_REPEATS (10), REQUEST_MAX_BYTES (100000).
 * - GRAPHQL_MAX_COST (1000000): the credit ceiling of one operation, whoever asks.
 * - CREDIT_BUDGET_PER_REQUEST (250000), CREDIT_BUDGET_PER_WINDOW (5000000), CREDIT_BUDGET_WINDOW_SECONDS (3600),
 *   RATE_LIMIT_PER_MINUTE (0 = off): anonymous callers, and the defaults of keys that do not set their own.
 * - GATEWAY_API_KEYS: `name:key[:creditsPerWindow[:requestsPerMinute]]` entries separated by commas, or a JSON
 *   array of `{ name, key, creditsPerRequest?, creditsPerWindow?, requestsPerMinute?, seranking?: { apiKey },
 *   serpmetrics?: { apiKey, apiSecret? } }`; GATEWAY_API_KEYS_FILE: a file holding either form (both add up).
 * - GATEWAY_AUTH_REQUIRED (on when keys are configured outside the sandbox).
 * - CORS_ORIGINS: comma-separated origins, or `*`; unset = no cross-origin access.
 * - GRAPHQL_INTROSPECTION, GRAPHIQL, GRAPHQL_FIELD_SUGGESTIONS, GRAPHQL_EXPOSE_LIMITS (on in development,
 *   off with NODE_ENV=production).
 * - TRUSTED_DOCUMENTS: `1` for the codegen manifests (DEFAULT_TRUSTED_DOCUMENTS), or comma-separated paths.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Credit budget and request rate of one client (0 = unlimited). */
export interface ClientLimits {
  /** Most credits one operation may be estimated at. */
  creditsPerRequest: number;
  /** Credits one client may spend per window (estimate reserved, actual kept). */
  creditsPerWindow: number;
  /** Requests per minute. */
  requestsPerMinute: number;
}

/** A client's own upstream credentials: its cache entries, limiter and breaker are its own. */
export interface TenantCredentials {
  seranking?: { apiKey: string } | undefined;
  serpmetrics?: { apiKey: string; apiSecret?: string | undefined } | undefined;
}

export interface GatewayClient extends ClientLimits {
  name: string;
  key: string;
  tenant?: TenantCredentials | undefined;
}

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** How often one selection set may select the same response key (graphql-cop's field duplication). */
  maxFieldRepeats: number;
  maxRequestBytes: number;
}

export interface SecurityConfig {
  limits: OperationLimits;
  /** Budget of unauthenticated callers (when keys are not required). */
  anonymous: ClientLimits;
  /** Credits no single operation may exceed, whoever asks (COST_LIMIT_EXCEEDED); 0 = no ceiling. */
  maxOperationCredits: number;
  creditWindowSeconds: number;
  clients: readonly GatewayClient[];
  /** Whether every request must carry a valid gateway API key. */
  authRequired: boolean;
  /** Allowed CORS origins; empty = same origin only (no CORS headers). `*` = any (no credentials). */
  corsOrigins: readonly string[];
  introspection: boolean;
  graphiql: boolean;
  fieldSuggestions: boolean;
  /** Error messages name the limit that was hit (development only by default). */
  exposeLimits: boolean;
  /** Allow-list files of trusted documents (`{ hash: document }`); undefined = any document. */
  trustedDocuments: readonly string[] | undefined;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Default manifests of `TRUSTED_DOCUMENTS=1`: the client package's operations and the dashboard's (codegen output). */
export const DEFAULT_TRUSTED_DOCUMENTS = [
  'packages/client/src/generated/persisted-documents.json',
  'web/generated/persisted-documents.json',
] as const;

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

const ClientEntry = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'a name of letters, digits, _ . - (1 to 64)'),
  key: z.string().min(16, 'a key of at least 16 characters').max(256),
  creditsPerRequest: z.number().int().min(0).optional(),
  creditsPerWindow: z.number().int().min(0).optional(),
  requestsPerMinute: z.number().int().min(0).optional(),
  seranking: z.strictObject({ apiKey: z.string().min(1) }).optional(),
  serpmetrics: z.strictObject({ apiKey: z.string().min(1), apiSecret: z.string().min(1).optional() }).optional(),
});
type ClientEntry = z.infer<typeof ClientEntry>;

/** `name:key:creditsPerWindow:requestsPerMinute` entries separated by commas (budget and rate optional). */
function compactEntries(raw: string): ClientEntry[] | string {
  const entries: ClientEntry[] = [];
  for (const [i, part] of raw.split(',').entries()) {
    const fields = part.trim().split(':');
    const [name, key, budget, rate] = fields;
    const int = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
    if (fields.length < 2 || fields.length > 4 || !name || !key)
      return `entry ${i + 1} is not name:key[:budget[:rate]]`;
    const creditsPerWindow = int(budget);
    const requestsPerMinute = int(rate);
    entries.push({
      name,
      key,
      ...(creditsPerWindow !== undefined ? { creditsPerWindow } : {}),
      ...(requestsPerMinute !== undefined ? { requestsPerMinute } : {}),
    });
  }
  return entries;
}

/** Parses the keys: a JSON array or the compact list; the message never quotes a key. */
function parseClients(raw: string, source: string): { clients: ClientEntry[]; problem?: string } {
  const text = raw.trim();
  let candidate: unknown;
  if (text.startsWith('[')) {
    try {
      candidate = JSON.parse(text);
    } catch {
      return { clients: [], problem: `${source}: expected a JSON array of clients, got invalid JSON` };
    }
  } else {
    const compact = compactEntries(text);
    if (typeof compact === 'string') return { clients: [], problem: `${source}: ${compact}` };
    candidate = compact;
  }
  const parsed = z.array(ClientEntry).safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `client ${String(issue.path[0] ?? '?')} ${issue.path.slice(1).join('.')}`.trim() : 'client';
    return { clients: [], problem: `${source}: ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const c of parsed.data) {
    if (names.has(c.name)) return { clients: [], problem: `${source}: client name "${c.name}" appears twice` };
    if (keys.has(c.key)) return { clients: [], problem: `${source}: client "${c.name}" reuses another client's key` };
    names.add(c.name);
    keys.add(c.key);
  }
  return { clients: parsed.data };
}

export interface SecurityConfigResult {
  security: SecurityConfig;
  problems: string[];
}

/** Reads the edge's variables; `production` and `sandbox` pick the defaults. */
export function loadSecurityConfig(env: Env, mode: { production: boolean; sandbox: boolean }): SecurityConfigResult {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const int = (name: string, min: number, max: number, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    problems.push(`${name}: expected an integer between ${min} and ${max}, got ${JSON.stringify(raw.slice(0, 60))}`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = value(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (TRUE.has(raw)) return true;
    if (FALSE.has(raw)) return false;
    problems.push(`${name}: expected 1/0, true/false, yes/no or on/off, got ${JSON.stringify(raw.slice(0, 60))}`);
    return fallback;
  };

  const limits: OperationLimits = {
    maxDepth: int('GRAPHQL_MAX_DEPTH', 1, 100, 10),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 0, 1000, 20),
    maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 0, 1000, 8),
    maxTokens: int('GRAPHQL_MAX_TOKENS', 10, 1_000_000, 2_000),
    maxFieldRepeats: int('GRAPHQL_MAX_FIELD_REPEATS', 1, 1000, 10),
    maxRequestBytes: int('REQUEST_MAX_BYTES', 1_024, 100_000_000, 100_000),
  };
  const anonymous: ClientLimits = {
    creditsPerRequest: int('CREDIT_BUDGET_PER_REQUEST', 0, Number.MAX_SAFE_INTEGER, 250_000),
    creditsPerWindow: int('CREDIT_BUDGET_PER_WINDOW', 0, Number.MAX_SAFE_INTEGER, 5_000_000),
    requestsPerMinute: int('RATE_LIMIT_PER_MINUTE', 0, 10_000_000, 0),
  };

  let entries: ClientEntry[] = [];
  const inline = value('GATEWAY_API_KEYS');
  const file = value('GATEWAY_API_KEYS_FILE');
  if (inline !== undefined) {
    const parsed = parseClients(inline, 'GATEWAY_API_KEYS');
    if (parsed.problem) problems.push(parsed.problem);
    entries = parsed.clients;
  }
  if (file !== undefined) {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      problems.push(`GATEWAY_API_KEYS_FILE: cannot read ${JSON.stringify(file)}`);
    }
    if (text !== undefined) {
      const parsed = parseClients(text, 'GATEWAY_API_KEYS_FILE');
      if (parsed.problem) problems.push(parsed.problem);
      entries = [...entries, ...parsed.clients];
    }
  }
  const clients: GatewayClient[] = entries.map((c) => ({
    name: c.name,
    key: c.key,
    creditsPerRequest: c.creditsPerRequest ?? anonymous.creditsPerRequest,
    creditsPerWindow: c.creditsPerWindow ?? anonymous.creditsPerWindow,
    requestsPerMinute: c.requestsPerMinute ?? anonymous.requestsPerMinute,
    ...(c.seranking || c.serpmetrics ? { tenant: { seranking: c.seranking, serpmetrics: c.serpmetrics } } : {}),
  }));

  const authRequired = flag('GATEWAY_AUTH_REQUIRED', clients.length > 0 && !mode.sandbox);
  if (authRequired && clients.length === 0) {
    problems.push('GATEWAY_AUTH_REQUIRED: needs at least one key in GATEWAY_API_KEYS or GATEWAY_API_KEYS_FILE');
  }

  const corsOrigins = (value('CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS: expected * or origins like https://app.example.com, got ${JSON.stringify(origin)}`);
    }
  }

  const trustedRaw = value('TRUSTED_DOCUMENTS');
  let trustedDocuments: readonly string[] | undefined;
  if (trustedRaw !== undefined) {
    const lower = trustedRaw.toLowerCase();
    if (TRUE.has(lower)) trustedDocuments = DEFAULT_TRUSTED_DOCUMENTS;
    else if (!FALSE.has(lower)) trustedDocuments = trustedRaw.split(',').map((p) => p.trim());
  }

  const dev = !mode.production;
  return {
    security: {
      limits,
      anonymous,
      maxOperationCredits: int('GRAPHQL_MAX_COST', 0, Number.MAX_SAFE_INTEGER, 1_000_000),
      creditWindowSeconds: int('CREDIT_BUDGET_WINDOW_SECONDS', 1, 31 * 24 * 3600, 3600),
      clients,
      authRequired,
      corsOrigins,
      introspection: flag('GRAPHQL_INTROSPECTION', dev),
      graphiql: flag('GRAPHIQL', dev),
      fieldSuggestions: flag('GRAPHQL_FIELD_SUGGESTIONS', dev),
      exposeLimits: flag('GRAPHQL_EXPOSE_LIMITS', dev),
      trustedDocuments,
    },
    problems,
  };
}
