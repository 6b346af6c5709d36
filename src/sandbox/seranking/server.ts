// The SE Ranking emulator's HTTP server: routing, the §3.7 validation order around each endpoint (route, faults,
// auth, rate limit, output, endpoint checks, 244, funds, charge), and the `/__sandbox/` admin API.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { registrableDomain } from '../common/catalogue.js';
import { FaultInjector } from '../common/faults.js';
import {
  contentType,
  json,
  Params,
  paramsFromJson,
  paramsFromMultipart,
  paramsFromQuery,
  paramsFromUrlencoded,
  type Reply,
  readBody,
  sendReply,
} from '../common/http.js';
import { type HandlerResult, runUpstreamCall } from '../common/pipeline.js';
import { type ServedSandbox, type ServeOptions, serveSandbox } from '../common/serve.js';
import { CallStats } from '../common/stats.js';
import { serankingAdminRoutes } from './admin.js';
import { presentedKey } from './auth.js';
import { dataDateOf, makeConfig, type SerankingSandboxConfig } from './config.js';
import { ACCOUNT_ENDPOINTS } from './endpoints/account.js';
import { BACKLINK_ENDPOINTS } from './endpoints/backlinks.js';
import { DOMAIN_ENDPOINTS } from './endpoints/domain.js';
import { KEYWORD_ENDPOINTS } from './endpoints/keywords.js';
import type { Endpoint, Outcome } from './endpoints/types.js';
import { ApiError, errorReply, injectedErrorReply, MESSAGES } from './errors.js';
import { KeyLedger, type KeyState } from './ledger.js';
import { SlidingWindowLimiter } from './ratelimit.js';
import { toXml } from './xml.js';

export type Counter = 'items' | 'credits';

const ENDPOINTS: ReadonlyMap<string, Endpoint> = new Map(
  [...BACKLINK_ENDPOINTS, ...KEYWORD_ENDPOINTS, ...DOMAIN_ENDPOINTS, ...ACCOUNT_ENDPOINTS].map((e) => [e.path, e]),
);

/** Everything the emulator remembers between calls; `reset` restores parts of it to the demo state. */
export class SerankingState {
  config: SerankingSandboxConfig;
  readonly initialConfig: SerankingSandboxConfig;
  readonly ledger: KeyLedger;
  readonly limiter = new SlidingWindowLimiter();
  readonly faults = new FaultInjector();
  readonly stats = new CallStats<Counter>({
    upstream: 'seranking',
    counters: ['items', 'credits'],
    maxCounters: ['items'],
  });

  constructor(config: SerankingSandboxConfig, defaultKey: string) {
    this.config = config;
    this.initialConfig = config;
    this.ledger = new KeyLedger(defaultKey);
  }

  reset(parts: { stats: boolean; ledgers: boolean; faults: boolean; rateLimits: boolean; config: boolean }): void {
    if (parts.stats) this.stats.reset();
    if (parts.ledgers) this.ledger.reset();
    if (parts.faults) this.faults.clear();
    if (parts.rateLimits) this.limiter.reset();
    if (parts.config) this.config = makeConfig(this.initialConfig);
  }
}

const NO_COUNTERS: Record<Counter, number> = { items: 0, credits: 0 };

function routePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

async function bodyParams(req: IncomingMessage, endpoint: Endpoint): Promise<Params> {
  if (req.method !== 'POST' || endpoint.body === null) return new Params([]);
  const body = await readBody(req);
  const type = contentType(req);
  if (endpoint.body === 'multipart') {
    if (type !== 'multipart/form-data') return new Params([]);
    // a body that is not valid multipart carries no parameters: the endpoint then answers "missing"
    return paramsFromMultipart(body, req.headers['content-type'] ?? '').catch(() => new Params([]));
  }
  if (type === 'application/json') {
    try {
      return paramsFromJson(body);
    } catch {
      return new Params([]);
    }
  }
  if (type === 'application/x-www-form-urlencoded') return paramsFromUrlencoded(body);
  return new Params([]);
}

function price(state: SerankingState, endpoint: Endpoint, outcome: Outcome): number {
  const cost = state.config.costs[endpoint.path];
  if (!cost) return 0;
  if (cost.per === 'target') return cost.units * (outcome.targets ?? 0);
  if (cost.per === 'row') return cost.units * (outcome.rows ?? 0);
  return cost.units;
}

/** Steps 3–13 of §3.7 for a routed call. */
async function handle(
  state: SerankingState,
  req: IncomingMessage,
  url: URL,
  endpoint: Endpoint,
  key: KeyState | undefined,
  sentKey: string | null,
): Promise<HandlerResult<Counter>> {
  const config = state.config;
  let items = endpoint.items(paramsFromQuery(url.searchParams));
  const fail = (err: ApiError): HandlerResult<Counter> => ({
    reply: errorReply(err, config),
    counters: { items, credits: 0 },
  });
  try {
    if (config.maintenance) throw new ApiError(503, MESSAGES.busy);
    if (sentKey === null) throw new ApiError(400, MESSAGES.noToken);
    if (!key || key.disabled) throw new ApiError(400, MESSAGES.authFailed);
    if (key.license === 'expired' && !endpoint.account) throw new ApiError(403, MESSAGES.licenseExpired);
    if (!state.limiter.tryAcquire(key.id, key.rateLimitPerSecond)) {
      throw new ApiError(
        429,
        MESSAGES.rateLimited,
        undefined,
        config.rateLimit.retryAfterHeader ? { 'retry-after': '1' } : {},
      );
    }
    const output = url.searchParams.get('output') ?? 'json';
    if (output !== 'json' && output !== 'xml') throw new ApiError(406, MESSAGES.unsupportedFormat('output'));
    const params = paramsFromQuery(url.searchParams).concat(await bodyParams(req, endpoint));
    items = endpoint.items(params);
    const huge = new Set(config.hugeTargets.map((d) => d.toLowerCase()));
    const outcome = endpoint.run({
      params,
      config,
      salt: config.seedSalt,
      dataDate: dataDateOf(config),
      key,
      checkHuge(targets) {
        const matching = targets.filter((t) => huge.has(registrableDomain(t)));
        if (matching.length > 0) throw new ApiError(244, MESSAGES.huge, matching);
      },
    });
    const cost = price(state, endpoint, outcome);
    if (!state.ledger.charge(key, cost)) throw new ApiError(400, MESSAGES.insufficientFunds);
    const status = outcome.status ?? 200;
    const reply: Reply =
      output === 'xml'
        ? { status, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: toXml(outcome.body) }
        : json(status, outcome.body);
    return { reply, counters: { items, credits: cost } };
  } catch (err) {
    if (err instanceof ApiError) return fail(err);
    throw err;
  }
}

/** The query string for the call log, without the `apikey` a client may send in it. */
function loggedQuery(query: URLSearchParams): string {
  const logged = new URLSearchParams(query);
  logged.delete('apikey');
  return logged.toString();
}

/** Steps 1–2 of §3.7 and the pipeline (faults, latency, stats) around `handle`. */
async function route(state: SerankingState, req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal) {
  const method = (req.method ?? 'GET').toUpperCase();
  const path = routePath(url.pathname);
  const endpoint = ENDPOINTS.get(path);
  const sentKey = presentedKey(req, url.searchParams);
  const key = sentKey === null ? undefined : state.ledger.byKey(sentKey);
  const keyId = key?.id ?? (sentKey === null ? 'anonymous' : 'unknown');
  const endpointName = `${method} ${endpoint?.path ?? path}`;
  if (!endpoint || !(endpoint.methods as readonly string[]).includes(method)) {
    const started = Date.now();
    const err = endpoint ? new ApiError(405, MESSAGES.methodNotAllowed) : new ApiError(400, MESSAGES.notFound);
    const reply = errorReply(err, state.config);
    sendReply(res, reply);
    state.stats.record({
      at: started,
      method,
      path,
      endpoint: endpointName,
      key: keyId,
      status: reply.status,
      ms: Date.now() - started,
      injected: false,
      counters: NO_COUNTERS,
    });
    return;
  }
  await runUpstreamCall<Counter>({
    res,
    method,
    path,
    query: loggedQuery(url.searchParams),
    endpoint: endpointName,
    key: keyId,
    faults: state.faults,
    stats: state.stats,
    noCounters: NO_COUNTERS,
    errorReply: (status, headers) => injectedErrorReply(status, headers, state.config),
    signal,
    handle: () => handle(state, req, url, endpoint, key, sentKey),
  });
}

export function serve(state: SerankingState, options: ServeOptions): Promise<ServedSandbox> {
  return serveSandbox(options, {
    adminRoutes: serankingAdminRoutes(state),
    // Batched GETs may carry up to 64 KiB of query string (seranking.md §2).
    serverOptions: { maxHeaderSize: 80 * 1024 },
    api: (req, res, url, closing) => route(state, req, res, url, closing),
    failed: (res) => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    },
  });
}
