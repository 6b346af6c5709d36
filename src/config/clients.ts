/**
 * Gateway API keys (GATEWAY_API_KEYS, GATEWAY_API_KEYS_FILE): `name:key[:creditsPerWindow[:requestsPerMinute]]`
 * entries separated by commas, or a JSON array of `{ name, key, creditsPerRequest?, creditsPerWindow?,
 * requestsPerMinute?, seranking?: { apiKey }, serpmetrics?: { apiKey, apiSecret? } }`; the file holds either form
 * and both add up. Problems never quote a key.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { echo, optionalString } from './fields.js';

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
function parseClients(raw: string): { clients: ClientEntry[]; problem?: string } {
  const text = raw.trim();
  let candidate: unknown;
  if (text.startsWith('[')) {
    try {
      candidate = JSON.parse(text);
    } catch {
      return { clients: [], problem: 'expected a JSON array of clients, got invalid JSON' };
    }
  } else {
    const compact = compactEntries(text);
    if (typeof compact === 'string') return { clients: [], problem: compact };
    candidate = compact;
  }
  const parsed = z.array(ClientEntry).safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `client ${String(issue.path[0] ?? '?')} ${issue.path.slice(1).join('.')}`.trim() : 'client';
    return { clients: [], problem: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const c of parsed.data) {
    if (names.has(c.name)) return { clients: [], problem: `client name "${c.name}" appears twice` };
    if (keys.has(c.key)) return { clients: [], problem: `client "${c.name}" reuses another client's key` };
    names.add(c.name);
    keys.add(c.key);
  }
  return { clients: parsed.data };
}

/** Parses one source of keys, or records its problem. */
function clientsOrIssue(text: string, ctx: z.RefinementCtx): ClientEntry[] {
  const parsed = parseClients(text);
  if (parsed.problem !== undefined) ctx.addIssue({ code: 'custom', message: parsed.problem });
  return parsed.clients;
}

/** GATEWAY_API_KEYS: the keys themselves. */
export const inlineClients = optionalString.transform((raw, ctx) =>
  raw === undefined ? [] : clientsOrIssue(raw, ctx),
);

/** GATEWAY_API_KEYS_FILE: the path of a file holding the keys. */
export const fileClients = optionalString.transform((path, ctx) => {
  if (path === undefined) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    ctx.addIssue({ code: 'custom', message: `cannot read ${echo(path)}` });
    return [];
  }
  return clientsOrIssue(text, ctx);
});

/** The configured clients, each with the anonymous limits where it sets none of its own. */
export function gatewayClients(entries: readonly ClientEntry[], defaults: ClientLimits): GatewayClient[] {
  return entries.map((c) => ({
    name: c.name,
    key: c.key,
    creditsPerRequest: c.creditsPerRequest ?? defaults.creditsPerRequest,
    creditsPerWindow: c.creditsPerWindow ?? defaults.creditsPerWindow,
    requestsPerMinute: c.requestsPerMinute ?? defaults.requestsPerMinute,
    ...(c.seranking || c.serpmetrics ? { tenant: { seranking: c.seranking, serpmetrics: c.serpmetrics } } : {}),
  }));
}
