/**
 * The gateway: graphql-yoga over the Pothos schema with the per-request context, masked errors,
 * the upstream ledger in every response's `extensions`, GraphiQL with an example joining both APIs,
 * `/health`, and a node:http server that closes gracefully.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakePromise, unfakePromise } from '@whatwg-node/promise-helpers';
import { handleErrorFromRequestHandler, type ServerAdapterInitialContext, sendNodeResponse } from '@whatwg-node/server';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type Plugin, useExecutionCancellation, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from './config/index.js';
import { type Context, InFlightDeadlines, type UpstreamClients } from './context.js';
import { maskError } from './errors/index.js';
import { schema as defaultSchema } from './graph/index.js';
import { renderLocalGraphiQL, useGraphiQLAssets } from './graphiql.js';
import { createGatewayLive, type GatewayLive } from './live/index.js';
import { createLogger, createObservability, yogaLogging } from './observability/index.js';
import { useDeadlineBackstop } from './plugins/deadline-backstop.js';
import { useIncrementalDelivery } from './plugins/defer-stream.js';
import { useGatewayErrorCodes } from './plugins/error-codes.js';
import { useQueryJit } from './plugins/query-jit.js';
import { useRequestContext } from './plugins/request-context.js';
import { useUpstreamLedger } from './plugins/upstream-ledger.js';
import type { RedisConnections } from './redis.js';
import { createResultCache } from './result-cache.js';
import type { ClientsFactory } from './security/auth.js';
import { DeferredCharges } from './security/charges.js';
import { answerClientErrors, requestTimeouts } from './security/client-errors.js';
import { createEdge } from './security/index.js';
import { UpstreamCache, type UpstreamOutages } from './upstream/cache.js';
import { RedisCacheTier } from './upstream/cache-tier.js';
import type { UpstreamName } from './upstream/errors.js';
import type { Resilience } from './upstream/resilience/index.js';
import { OneOffChecks } from './upstream/serpmetrics/one-offs.js';

/** The GraphiQL default: one request joining SERPmetrics (the SERP) and SE Ranking (each result's backlinks). */
export const EXAMPLE_QUERY = `# seograph: one graph over SE Ranking and SERPmetrics.
# The top results of a tracked keyword (SERPmetrics), each with its backlink profile (SE Ranking),
# fetched in one SERP lookup and one batched backlinks call.
query TopResultsWithBacklinks {
  serp(pair: { keyword: "running shoes", engine: "google_en-us" }) {
    results(first: 10) {
      position
      url
      target {
        backlinkSummary {
          inlinkRank
          domainInlinkRank
          backlinks
          refDomains
        }
      }
    }
  }
}
`;

export interface GatewayDeps {
  clients: UpstreamClients;
  /** The shared cache; built from the configuration when absent. */
  cache?: UpstreamCache;
  logger?: Logger;
  /** Extra Yoga / envelop plugins (limits, auth, metrics, tracing), applied after the core ones. */
  plugins?: ReadonlyArray<Plugin<Record<string, unknown>>>;
  /** Replaces the schema (tests of the core use small schemas of their own). */
  schema?: GraphQLSchema;
  /** Released when the gateway closes, after in-flight requests drained (client pools, sandbox ...). */
  onClose?: () => Promise<void>;
  /** Builds a tenant's own upstream clients (clients with their own credentials); createUpstreamClients by default. */
  tenantClients?: ClientsFactory;
  /** The clients' resilience layers (BuiltClients.resilience), for the breaker and limiter metrics. */
  resilience?: Partial<Record<UpstreamName, Resilience>>;
  /** Redis shared with the deployment's other processes (src/redis.ts): second cache tier, pub/sub, live store. */
  redis?: RedisConnections;
  /** Tests: how long after its last check a tracked pair counts as overdue for the poller (default 24 h). */
  liveDailyIntervalMs?: number;
}

export interface RunningGateway {
  url: string;
  port: number;
  /**
   * Stops accepting, brings every in-flight request's deadline forward to fit `drainMs`, answers each one (data or
   * a typed error) before its connection closes, then releases resources.
   */
  close(drainMs?: number): Promise<void>;
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  cache: UpstreamCache;
  /** The priority and delayed checks this gateway requested (each request's context holds it too). */
  oneOffChecks: OneOffChecks;
  logger: Logger;
  /** Live updates: callback route token and URL, subscriptions' source, poller. */
  live: GatewayLive;
  listen(port?: number, host?: string): Promise<RunningGateway>;
}

const GRAPHQL_PATH = '/graphql';
/** Of the shutdown budget, what is kept for writing the last answers once their deadlines passed. */
const SHUTDOWN_RESERVE_MS = 750;
/** Least time given to releasing resources after the last connection closed. */
const RELEASE_MIN_MS = 300;

/** Upstream health as the cache reads it, from the shared resilience layers (tenants' own clients have none). */
function outagesOf(resilience: GatewayDeps['resilience']): UpstreamOutages {
  return {
    failing: (upstream, credentialId) => resilience?.[upstream]?.failing(credentialId) ?? false,
    onFailure: (upstream, credentialId, listener) =>
      resilience?.[upstream]?.onFailedAttempt(credentialId, listener) ?? (() => undefined),
  };
}

export function createGateway(config: Config, deps: GatewayDeps): Gateway {
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const cache =
    deps.cache ??
    new UpstreamCache({
      maxBytes: config.cache.maxBytes,
      ttlMs: config.cache.ttlMs,
      maxStaleMs: config.cache.maxStaleMs,
      secondTier: deps.redis ? new RedisCacheTier(deps.redis.commands, logger) : undefined,
      outages: outagesOf(deps.resilience),
    });
  // Checks billed after their request ended: live updates report them, the metrics count them.
  const charges = new DeferredCharges();
  const oneOffChecks = new OneOffChecks();
  const live = createGatewayLive({
    config,
    charges,
    oneOffChecks,
    clients: deps.clients,
    cache,
    logger,
    redis: deps.redis,
    dailyIntervalMs: deps.liveDailyIntervalMs,
  });
  const resultCache = createResultCache({ cache, maxBytes: config.cache.resultMaxBytes });
  // The hardened edge (src/security): limits, auth, budgets, CSRF, CORS, trusted documents.
  const edge = createEdge(config, {
    calls: deps.clients.calls,
    redis: deps.redis?.commands,
    estimates: resultCache.estimates,
    ...(deps.tenantClients ? { clientsFactory: deps.tenantClients } : {}),
  });
  // Metrics, readiness, tracing, request ids and the shutdown drain (src/observability).
  const observability = createObservability({
    config,
    logger,
    cache,
    resultCache,
    clients: deps.clients,
    resilience: deps.resilience,
    charges,
  });

  // Every request's deadline, so shutdown can bring them forward to fit its budget.
  const deadlines = new InFlightDeadlines();

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: deps.schema ?? defaultSchema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: edge.graphiql ? { title: 'seograph', defaultQuery: EXAMPLE_QUERY } : false,
    // GraphiQL's assets come from the installed package, not a CDN (src/graphiql.ts).
    renderGraphiQL: renderLocalGraphiQL,
    cors: edge.cors,
    // The edge limits request bodies itself, without a stream per request (src/security/body-limit.ts).
    maxRequestBodySize: false,
    batching: false,
    // The schema takes no uploads: a multipart request body is refused rather than parsed into files.
    multipart: false,
    maskedErrors: {
      isDev: false,
      // Yoga logs every error the mask replaced (through `logging.error` below), so the mask itself does not.
      maskError,
    },
    logging: yogaLogging(logger),
    // A client that goes away stops execution (and, through ctx.signal, its upstream calls).
    plugins: [
      useRequestContext(
        (request) => ({
          config,
          clients: edge.clientsFor(request) ?? deps.clients,
          cache,
          oneOffChecks,
          live: live.updates,
        }),
        { deadlineMs: config.requestDeadlineMs, deadlines },
      ),
      useExecutionCancellation(),
      useQueryJit(),
      useUpstreamLedger(),
      useDeadlineBackstop(),
      useGatewayErrorCodes(),
      // `@defer` / `@stream`: a client asking for multipart gets the SERP first and slow fields as they resolve.
      ...useIncrementalDelivery(),
      // Before the edge: SERPmetrics' callback POST carries no gateway key; its path token guards it.
      ...live.plugins,
      ...observability.plugins,
      ...(edge.graphiql ? [useGraphiQLAssets()] : []),
      ...edge.plugins,
      // After the edge: a repeated query is still authenticated, limited and priced before it is answered.
      resultCache.plugin,
      ...(deps.plugins ?? []),
    ],
  });

  async function listen(port = config.port, host?: string): Promise<RunningGateway> {
    const server: Server = createServer(
      requestTimeouts(config.requestDeadlineMs),
      observability.handler(nodeHandler(yoga, logger)),
    );
    answerClientErrors(server);
    server.listen(port, host);
    await once(server, 'listening');
    const address = server.address() as AddressInfo;
    const shownHost = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    let closing: Promise<void> | undefined;
    const close = (drainMs = config.observability.shutdownTimeoutMs): Promise<void> => {
      closing ??= (async () => {
        const started = Date.now();
        // Readiness turns false, queued operations are refused, SSE streams end so their connections drain too.
        observability.beginShutdown();
        // Every request in flight (and any still arriving on an open connection) ends in time to be answered.
        deadlines.cap(started + Math.max(0, drainMs - SHUTDOWN_RESERVE_MS));
        // The listener stays open until the last request in flight is answered: what arrives meanwhile is answered
        // too (`/ready` 503, operations SHUTTING_DOWN), so a balancer's probe sees 503 rather than a refused connection.
        await observability.whenIdle(Math.max(0, drainMs - SHUTDOWN_RESERVE_MS / 2));
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Keep-alive connections are idle now (or as their last answer goes out): close them as they become so.
        server.closeIdleConnections();
        const sweep = setInterval(() => server.closeIdleConnections(), 20);
        // A last resort only: every request was answered by now, so no connection is cut mid-request.
        const force = setTimeout(() => server.closeAllConnections(), Math.max(0, started + drainMs - Date.now()));
        await closed;
        clearInterval(sweep);
        clearTimeout(force);
        // Releasing resources (upstream pools wait for calls still out, e.g. background refreshes) is bounded.
        const release = (async () => {
          await yoga.dispose();
          await live.close();
          await edge.close();
          observability.close();
          await deps.onClose?.();
        })();
        const budget = Math.max(RELEASE_MIN_MS, started + drainMs - Date.now());
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          release.then(() => false),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(true), budget);
          }),
        ]);
        clearTimeout(timer);
        if (timedOut) logger.warn({ budgetMs: budget }, 'shutdown: resources not released in time, exiting anyway');
      })();
      return closing;
    };
    return { url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}`, port: address.port, close };
  }

  return { yoga, cache, oneOffChecks, logger, live, listen };
}

/**
 * The server context Yoga answers a request with, which becomes the request's GraphQL context: a class instance.
 * Yoga's own `(req, res)` listener makes it an object literal, and V8 pretenures a literal's allocation site once
 * most of its objects outlive a young-generation collection (requests waiting on an upstream do): every request's
 * context was then born in the old space and kept the whole request alive through the next two scavenges (see
 * src/context.ts `RequestScopeOf`).
 */
class NodeServerContext {
  /** Yoga and src/context.ts add the request, its parameters and the gateway's services. */
  [key: string]: unknown;
  waitUntil: ServerAdapterInitialContext['waitUntil'] | undefined = undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {}
}

/** Yoga as a Node request listener, as its own listener does it but with a `NodeServerContext`. */
function nodeHandler(yoga: YogaServerInstance<Record<string, unknown>, Context>, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse): unknown =>
    unfakePromise(
      fakePromise()
        .then(() => yoga.handleNodeRequestAndResponse(req, res, new NodeServerContext(req, res)))
        .catch((error: unknown) => handleErrorFromRequestHandler(error, yoga.fetchAPI.Response))
        .then((response) => sendNodeResponse(response, res, req, true))
        .catch((error: unknown) => logger.error({ err: error }, 'sending a response failed')),
    );
}
