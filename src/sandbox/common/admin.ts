// The `/__sandbox/` admin API conventions of both emulators: JSON in and out, `{"ok":false,"error"}` with 400 on bad
// input, loopback-only unless `Authorization: Bearer <SANDBOX_ADMIN_TOKEN>`, and the routes both share.
// Exports: ADMIN_PREFIX, AdminError, AdminRequest, AdminRoute, AdminOptions, createAdminHandler, parseBody,
//   resetFlags, CommonAdminParts, commonAdminRoutes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ZodType, z } from 'zod';
import type { FaultInjector, FaultPlan } from './faults.js';
import { isLoopback, json, readBody, sendReply } from './http.js';
import type { CallStats } from './stats.js';

export const ADMIN_PREFIX = '/__sandbox';

/** A rejected admin request: answered `{"ok":false,"error":message}` with `status` (400 by default). */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface AdminRequest {
  method: string;
  /** path below the prefix, e.g. `/keys/default` */
  path: string;
  /** `:name` segments of the route */
  params: Record<string, string>;
  query: URLSearchParams;
  /** the parsed JSON body, undefined when empty */
  body: unknown;
}

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** below the prefix, with `:name` segments: `/keys/:id` */
  path: string;
  /** the returned value is sent as JSON with 200 */
  handler: (request: AdminRequest) => unknown;
}

export interface AdminOptions {
  routes: readonly AdminRoute[];
  /** host the emulator is bound to: off loopback, the admin API needs the bearer token */
  boundHost: string;
  adminToken?: string | undefined;
}

function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, seg] of want.entries()) {
    const actual = got[i] ?? '';
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(actual);
    else if (seg !== actual) return null;
  }
  return params;
}

function errorText(err: unknown): string {
  if (err instanceof z.ZodError) return z.prettifyError(err);
  return err instanceof Error ? err.message : String(err);
}

/** A request handler for everything under `/__sandbox/`. */
export function createAdminHandler(options: AdminOptions) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    const allowed =
      isLoopback(options.boundHost) || (options.adminToken !== undefined && bearer === options.adminToken);
    if (!allowed) {
      sendReply(res, json(403, { ok: false, error: 'admin API needs Authorization: Bearer <SANDBOX_ADMIN_TOKEN>' }));
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(ADMIN_PREFIX.length) || '/';
    const candidates = options.routes
      .map((route) => ({ route, params: matchRoute(route.path, path) }))
      .filter((c) => c.params !== null);
    const hit = candidates.find((c) => c.route.method === method);
    if (!hit?.params) {
      const status = candidates.length > 0 ? 405 : 404;
      sendReply(res, json(status, { ok: false, error: `no admin route ${method} ${ADMIN_PREFIX}${path}` }));
      return;
    }
    try {
      const raw = (await readBody(req)).toString('utf8').trim();
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        throw new AdminError('body is not valid JSON');
      }
      const value = await hit.route.handler({ method, path, params: hit.params, query: url.searchParams, body });
      sendReply(res, json(200, value));
    } catch (err) {
      const status = err instanceof AdminError ? err.status : 400;
      sendReply(res, json(status, { ok: false, error: errorText(err) }));
    }
  };
}

/** Parse an admin body with a zod schema (a ZodError becomes a 400 answer). */
export function parseBody<T>(schema: ZodType<T>, body: unknown): T {
  return schema.parse(body ?? {});
}

/** `POST /__sandbox/reset` flags: every part is reset unless set to false; `config` only when set to true. */
export function resetFlags<K extends string>(body: unknown, parts: readonly K[]): Record<K | 'config', boolean> {
  const schema = z.record(z.string(), z.boolean());
  const given = schema.parse(body ?? {});
  const flags = { config: given.config === true } as Record<K | 'config', boolean>;
  for (const part of parts) flags[part] = given[part] !== false;
  return flags;
}

export interface CommonAdminParts {
  upstream: string;
  faults: FaultInjector<ZodType<FaultPlan>>;
  stats: CallStats;
  /** extra top-level sections of the stats body */
  statsExtra?: () => Record<string, unknown>;
}

/** health, faults (GET/PUT/POST/DELETE), stats and calls: identical on both emulators. */
export function commonAdminRoutes(parts: CommonAdminParts): AdminRoute[] {
  return [
    { method: 'GET', path: '/health', handler: () => ({ ok: true, upstream: parts.upstream, version: 1 }) },
    { method: 'GET', path: '/faults', handler: () => parts.faults.plan },
    { method: 'PUT', path: '/faults', handler: ({ body }) => parts.faults.replace(body) },
    { method: 'POST', path: '/faults', handler: ({ body }) => parts.faults.add(body) },
    {
      method: 'DELETE',
      path: '/faults',
      handler: () => {
        parts.faults.clear();
        return { ok: true };
      },
    },
    { method: 'GET', path: '/stats', handler: () => parts.stats.snapshot(parts.statsExtra?.() ?? {}) },
    {
      method: 'GET',
      path: '/calls',
      handler: ({ query }) => {
        const limit = Number(query.get('limit') ?? '100');
        if (!Number.isInteger(limit) || limit < 0) throw new AdminError('limit must be a non-negative integer');
        return parts.stats.recent(limit);
      },
    },
  ];
}
