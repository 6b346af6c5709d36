/**
 * Operations wiring for one gateway: metrics (`/metrics`), readiness (`/ready`), tracing hooks, request ids
 * and the access log, and the shutdown signal that ends SSE streams and flips readiness. `createGateway`
 * adds `plugins` to Yoga and serves through `handler(yoga)`; `beginShutdown()` starts the drain.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Span } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Context, UpstreamClients } from '../context.js';
import type { ResultCache } from '../result-cache.js';
import { identityOf } from '../security/auth.js';
import type { DeferredCharges } from '../security/charges.js';
import type { UpstreamCache } from '../upstream/cache.js';
import type { UpstreamName } from '../upstream/errors.js';
import type { Resilience } from '../upstream/resilience/index.js';
import { Admission, useAdmission } from './admission.js';
import {
  createReadiness,
  createUpstreamHealth,
  READY_PATH,
  UPSTREAMS_HEALTH_PATH,
  useReadiness,
  useUpstreamsHealth,
} from './health.js';
import { REDACTED } from './logging.js';
import { createMetrics, METRICS_PATH, type Metrics } from './metrics.js';
import { currentScope, REQUEST_ID_HEADER, RequestScope, requestIdFrom, runInScope } from './scope.js';
import { useShutdownDrain } from './shutdown.js';
import { endRequestSpan, useTracingPhases, withoutSpans, withRequestSpan } from './tracing.js';

export { batchedStdout, createLogger, yogaLogging } from './logging.js';
export { startTracing, type Tracing } from './tracing.js';

export interface ObservabilityOptions {
  config: Config;
  logger: Logger;
  cache: UpstreamCache;
  resultCache?: ResultCache | undefined;
  clients: UpstreamClients;
  resilience?: Partial<Record<UpstreamName, Resilience>> | undefined;
  charges: DeferredCharges;
}

/** How often shutdown looks whether the last request was answered. */
const IDLE_POLL_MS = 20;

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface Observability {
  metrics: Metrics;
  /** Admission control of GraphQL operations (lanes, queue, refusals). */
  admission: Admission;
  plugins: Array<Plugin<Record<string, unknown>>>;
  /** Wraps the HTTP handler: request id (honoured or generated, echoed), request scope and span, access log. */
  handler(next: NodeHandler): NodeHandler;
  /**
   * Readiness turns false, queued operations are refused (SHUTTING_DOWN), SSE streams end, responses ask clients to
   * close their connections.
   */
  beginShutdown(): void;
  /** Resolves once no HTTP request is in flight, or at `timeoutMs`. */
  whenIdle(timeoutMs: number): Promise<void>;
  close(): void;
}

const PROBE_ROUTES = new Set([METRICS_PATH, READY_PATH, UPSTREAMS_HEALTH_PATH, '/health']);
const KNOWN_ROUTES = new Set(['/graphql', '/', ...PROBE_ROUTES]);

/** A bounded route label for logs and spans: known paths, `/callbacks/*`, or `other`. */
function routeOf(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  if (KNOWN_ROUTES.has(path)) return path;
  const first = path.split('/')[1];
  return first === 'callbacks' || first === 'assets' ? `/${first}/*` : 'other';
}

/** Attributes the request scope to the client the edge authenticated (its configured name). */
function useScopeClient(): Plugin<Record<string, unknown>> {
  return {
    onExecute({ args }) {
      const scope = currentScope();
      const request = (args.contextValue as Partial<Context> & { request?: Request }).request;
      if (scope && request) scope.client = identityOf(request)?.name ?? scope.client;
    },
  };
}

export function createObservability(options: ObservabilityOptions): Observability {
  const { config, logger } = options;
  const shutdown = new AbortController();
  const admission = new Admission(config.admission);
  const upstreams = createUpstreamHealth({
    clients: options.clients,
    cacheMs: config.observability.readyCacheMs,
    timeoutMs: config.observability.readyTimeoutMs,
  });
  const metrics = createMetrics({
    cache: options.cache,
    resultCache: options.resultCache,
    resilience: options.resilience,
    admission,
    upstreams,
    logger,
    calls: options.clients.calls,
    charges: options.charges,
  });
  const ready = createReadiness({ upstreams, shutdown: shutdown.signal, overloaded: () => admission.overloaded });
  const inFlight = new Set<ServerResponse>();
  // Tracing off (no exporter configured, so main.ts registers no provider): the OpenTelemetry API is a no-op,
  // and its spans and context switches per request and phase are work for nothing (~2 % of a warm request).
  const traced = config.tracing.exporter !== undefined;
  // The access line has no field a redaction path names (REDACT_PATHS): the same line without pino's
  // redaction walk, which cost ~5 % of a result-cache hit.
  const accessLog = logger.child({}, { redact: { paths: [], censor: REDACTED } });

  const handler =
    (next: NodeHandler): NodeHandler =>
    (req, res) => {
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      if (shutdown.signal.aborted) res.setHeader('connection', 'close');
      const method = req.method ?? 'GET';
      const route = routeOf(req.url);
      const started = performance.now();
      const scope = new RequestScope(requestId, Date.now());
      inFlight.add(res);
      const respond = (span: Span | undefined) => {
        res.once('close', () => {
          inFlight.delete(res);
          if (span) endRequestSpan(span, res.statusCode);
          const line = {
            requestId,
            method,
            route,
            status: res.statusCode,
            durationMs: Math.round(performance.now() - started),
            client: scope.client,
          };
          // Probes and scrapes every few seconds would drown the log at info.
          if (route === '/graphql' || route === 'other') accessLog.info(line, 'request completed');
          else accessLog.debug(line, 'request completed');
        });
        return next(req, res);
      };
      // Probes and scrapes every few seconds would drown the traces too: no span for them or their upstream calls.
      return runInScope(scope, () =>
        !traced
          ? respond(undefined)
          : PROBE_ROUTES.has(route)
            ? withoutSpans(() => respond(undefined))
            : withRequestSpan(req.headers, method, route, respond),
      );
    };

  return {
    metrics,
    admission,
    plugins: [
      useScopeClient(),
      ...metrics.plugins,
      ...(traced ? [useTracingPhases()] : []),
      useReadiness(ready),
      useUpstreamsHealth(upstreams),
      useShutdownDrain(shutdown.signal),
      useAdmission(admission),
    ],
    handler,
    beginShutdown() {
      if (shutdown.signal.aborted) return;
      shutdown.abort();
      admission.shutdown();
      // Keep-alive clients must not send new requests on connections that are about to close.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    },
    async whenIdle(timeoutMs) {
      const until = Date.now() + timeoutMs;
      while (inFlight.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    },
    close() {
      metrics.close();
    },
  };
}
