/**
 * Prometheus metrics on `/metrics`: Yoga's Prometheus plugin (HTTP and GraphQL phase durations, operations)
 * plus seograph's own series: GraphQL errors by code, upstream calls by upstream / endpoint / status, upstream
 * latency, credits per upstream and client, cache outcomes, and the resilience layer's breaker state, limiter
 * queue, retries and refusals. Labels are bounded: codes from the ErrorCode list, route templates, configured
 * client names and credential hashes; never operation names, paths with parameters, keys or URLs.
 */
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../context.js';
import { isErrorCode } from '../errors/index.js';
import type { ResultCache } from '../result-cache.js';
import { identityOf } from '../security/auth.js';
import { creditsCharged, type DeferredCharges } from '../security/charges.js';
import type { UpstreamCache } from '../upstream/cache.js';
import type { UpstreamName } from '../upstream/errors.js';
import type { CallObserver } from '../upstream/observer.js';
import type { BreakerState, Resilience } from '../upstream/resilience/index.js';
import type { Admission } from './admission.js';
import type { UpstreamHealth } from './health.js';
import { droppedLogLines, LOG_BUFFER_MAX_BYTES } from './logging.js';

export const METRICS_PATH = '/metrics';

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, halfOpen: 1, open: 2 };

export interface MetricsSources {
  cache: UpstreamCache;
  /** The whole-result cache (src/result-cache.ts), when the gateway has one. */
  resultCache?: ResultCache | undefined;
  /** Where paid writes of unknown outcome are reported (warn, with the request id from the scope). */
  logger: Logger;
  /** The resilience layer of each upstream, when the clients share one (src/clients.ts). */
  resilience?: Partial<Record<UpstreamName, Resilience>> | undefined;
  admission?: Admission | undefined;
  /** The readiness probes of the upstreams: their last answer becomes `seograph_upstream_up`. */
  upstreams?: UpstreamHealth | undefined;
  /** The observer of the gateway's upstream calls (its clients' and its tenants'). */
  calls: CallObserver;
  /** Checks billed after their request ended, reported by live updates. */
  charges: DeferredCharges;
}

export interface Metrics {
  registry: Registry;
  plugins: Array<Plugin<Record<string, unknown>>>;
  /** Stops listening to upstream calls. */
  close(): void;
}

/** Counts the errors of each result by `extensions.code` (unknown codes count as INTERNAL_SERVER_ERROR). */
function useErrorCodeCounter(errors: Counter<'code'>): Plugin<Record<string, unknown>> {
  const count = (result: ExecutionResult): void => {
    for (const error of result.errors ?? []) {
      const code = error.extensions?.code;
      errors.inc({ code: isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR' });
    }
  };
  return {
    onResultProcess({ result }) {
      if (isAsyncIterable(result)) return;
      for (const single of Array.isArray(result) ? result : [result]) count(single);
    },
  };
}

/** Deprecated fields and arguments the document selects (what @envelop/prometheus counts). */
function deprecatedUses(document: DocumentNode, typeInfo: TypeInfo): number {
  let count = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument() {
        if (typeInfo.getFieldDef() && typeInfo.getArgument()?.deprecationReason != null) count += 1;
      },
      Field() {
        if (typeInfo.getFieldDef()?.deprecationReason != null) count += 1;
      },
    }),
  );
  return count;
}

/**
 * `graphql_envelop_deprecated_field` as the Prometheus plugin counts it (labels as configured there: the
 * operation type), but the document walk is done once per parsed document instead of on every request
 * (Yoga's parser cache returns one DocumentNode per text, which bounds the WeakMap).
 */
function useDeprecatedFieldCounter(counter: Counter<'operationType'>): Plugin<Record<string, unknown>> {
  const found = new WeakMap<DocumentNode, { schema: GraphQLSchema; count: number }>();
  let typeInfo: { schema: GraphQLSchema; info: TypeInfo } | undefined;
  return {
    onSchemaChange({ schema }) {
      typeInfo = { schema, info: new TypeInfo(schema) };
    },
    onParse({ params }) {
      return ({ result }) => {
        if (!typeInfo || result === null || result instanceof Error) return;
        const document = result as DocumentNode;
        let known = found.get(document);
        if (known?.schema !== typeInfo.schema) {
          known = { schema: typeInfo.schema, count: deprecatedUses(document, typeInfo.info) };
          found.set(document, known);
        }
        if (known.count === 0) return;
        const operationName = (params as { operationName?: string }).operationName;
        const operationType = getOperationAST(document, operationName)?.operation;
        counter.inc({ operationType: operationType ?? '' }, known.count);
      };
    },
  };
}

/**
 * A paid write whose outcome is unknown may have spent credits nobody asked twice for: each one is logged at warn
 * (the request id comes with the scope) and counted, per upstream and queue.
 */
function useWriteOutcomeReport(
  logger: Logger,
  unknown: Counter<'upstream' | 'queue'>,
): Plugin<Record<string, unknown>> {
  const report = (result: ExecutionResult): void => {
    for (const error of result.errors ?? []) {
      const e = error.extensions ?? {};
      if (e.code !== 'WRITE_OUTCOME_UNKNOWN') continue;
      const labels = { upstream: String(e.upstream), queue: String(e.queue) };
      unknown.inc(labels);
      logger.warn({ ...labels, pairs: e.pairs, credits: e.credits, cause: e.cause }, 'paid write of unknown outcome');
    }
  };
  return {
    onResultProcess({ result }) {
      if (isAsyncIterable(result)) return;
      for (const single of Array.isArray(result) ? result : [result]) report(single);
    },
  };
}

/** Adds what each operation was really charged (the edge's credit meter) to its client's counter. */
function useCreditCounter(credits: Counter<'upstream' | 'client'>): Plugin<Record<string, unknown>> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Partial<Context> & { request?: Request };
      return {
        onExecuteDone() {
          const charged = ctx.ledger ? creditsCharged(ctx.ledger) : 0;
          if (charged === 0) return;
          const client = (ctx.request && identityOf(ctx.request)?.name) ?? 'anonymous';
          credits.inc({ upstream: 'seranking', client }, charged);
        },
      };
    },
  };
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const graphqlErrors = new Counter({
    name: 'seograph_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const upstreamRequests = new Counter({
    name: 'seograph_upstream_requests_total',
    help: 'HTTP requests sent to an upstream (retries included), by route template and status ("error" = no answer).',
    labelNames: ['upstream', 'endpoint', 'status'] as const,
    registers: [registry],
  });
  const upstreamDuration = new Histogram({
    name: 'seograph_upstream_request_duration_seconds',
    help: 'Upstream HTTP request latency, from sending to the last byte.',
    labelNames: ['upstream', 'endpoint'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const credits = new Counter({
    name: 'seograph_upstream_credits_total',
    help:
      'Upstream credits spent, by client (SE Ranking units as billed per call; SERPmetrics checks as each ' +
      'completes, to the client that requested it, or "tracking" for the daily checks of tracked keywords).',
    labelNames: ['upstream', 'client'] as const,
    registers: [registry],
  });

  const writeOutcomeUnknown = new Counter({
    name: 'seograph_write_outcome_unknown_total',
    help: 'Paid writes answered WRITE_OUTCOME_UNKNOWN (the request may have reached the upstream), by queue.',
    labelNames: ['upstream', 'queue'] as const,
    registers: [registry],
  });

  /** A counter by `result`, set at each scrape from the counts its source keeps. */
  const byResult = (name: string, help: string, counts: () => Readonly<Record<string, number>>): void => {
    new Counter({
      name,
      help,
      labelNames: ['result'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [result, n] of Object.entries(counts())) this.inc({ result }, n);
      },
    });
  };
  /** A gauge read from its source at each scrape. */
  const scraped = (name: string, help: string, read: () => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  };

  new Counter({
    name: 'seograph_log_lines_dropped_total',
    help: `Log lines dropped because stdout did not drain (more than ${LOG_BUFFER_MAX_BYTES / 1024 / 1024} MiB of them unwritten).`,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(droppedLogLines());
    },
  });

  const { cache } = sources;
  byResult(
    'seograph_cache_requests_total',
    'Shared cache lookups by result: hit, miss, coalesced (joined a fetch in flight), stale (served after a failed refresh).',
    () => ({
      hit: cache.counters.hits,
      miss: cache.counters.misses,
      coalesced: cache.counters.coalesced,
      stale: cache.counters.stale,
    }),
  );
  new Counter({
    name: 'seograph_cache_refresh_failures_total',
    help: 'Refreshes of an expired cache entry that failed (stale-if-error candidates).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(cache.counters.refreshFailures);
    },
  });
  const { resultCache } = sources;
  if (resultCache) {
    byResult(
      'seograph_result_cache_requests_total',
      'Queries by result-cache outcome: hit (answered without executing), miss (executed), invalidated (a kept result dropped because an upstream entry it read changed).',
      () => ({
        hit: resultCache.counters.hits,
        miss: resultCache.counters.misses,
        invalidated: resultCache.counters.invalidations,
      }),
    );
  }
  scraped('seograph_cache_bytes', 'Approximate bytes held by the shared cache.', () => cache.bytes);
  scraped('seograph_cache_entries', 'Entries in the shared cache.', () => cache.entries);

  const snapshots = () => Object.values(sources.resilience ?? {}).flatMap((resilience) => resilience?.snapshot() ?? []);
  const perCredential = ['upstream', 'credential'] as const;
  new Gauge({
    name: 'seograph_upstream_breaker_state',
    help: 'Circuit breaker state per upstream credential: 0 closed, 1 half-open, 2 open.',
    labelNames: perCredential,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of snapshots())
        this.set({ upstream: s.upstream, credential: s.credentialId }, BREAKER_VALUE[s.breaker]);
    },
  });
  new Gauge({
    name: 'seograph_upstream_limiter_queue',
    help: 'Calls waiting in the outbound rate limiter per upstream credential.',
    labelNames: perCredential,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of snapshots()) this.set({ upstream: s.upstream, credential: s.credentialId }, s.queueLength);
    },
  });
  const cumulative = (
    name: string,
    help: string,
    pick: (s: ReturnType<Resilience['snapshot']>[number]) => number,
  ): void => {
    new Counter({
      name,
      help,
      labelNames: perCredential,
      registers: [registry],
      collect() {
        this.reset();
        for (const s of snapshots()) this.inc({ upstream: s.upstream, credential: s.credentialId }, pick(s));
      },
    });
  };
  cumulative('seograph_upstream_retries_total', 'Upstream retries made.', (s) => s.retries);
  cumulative('seograph_upstream_retries_denied_total', 'Retries refused by the retry budget.', (s) => s.retriesDenied);
  cumulative(
    'seograph_upstream_rate_limited_total',
    'Calls the outbound limiter refused (queue full or wait beyond the deadline).',
    (s) => s.rateLimited,
  );
  cumulative('seograph_upstream_breaker_opens_total', 'Times the circuit breaker opened.', (s) => s.breakerOpens);
  cumulative(
    'seograph_upstream_breaker_rejections_total',
    'Calls failed fast because the circuit was open.',
    (s) => s.breakerRejections,
  );

  const { admission, upstreams } = sources;
  if (admission) {
    const lanes = () => admission.snapshot();
    const perLane = (name: string, help: string, pick: (l: ReturnType<Admission['snapshot']>[number]) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['lane'] as const,
        registers: [registry],
        collect() {
          for (const l of lanes()) this.set({ lane: l.lane }, pick(l));
        },
      });
    perLane(
      'seograph_operations_in_flight',
      'GraphQL operations executing now, by admission lane (warm: answered from the cache last time).',
      (l) => l.inFlight,
    );
    perLane('seograph_operations_queued', 'GraphQL operations waiting for admission, by lane.', (l) => l.queued);
    new Counter({
      name: 'seograph_operations_refused_total',
      help: 'GraphQL operations refused before running (HTTP 503), by lane and reason: queueFull, deadline, shutdown.',
      labelNames: ['lane', 'reason'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const l of lanes())
          for (const [reason, n] of Object.entries(l.refused)) this.inc({ lane: l.lane, reason }, n);
      },
    });
  }
  if (upstreams) {
    new Gauge({
      name: 'seograph_upstream_up',
      help: "1 when the upstream's last readiness probe (a free endpoint) succeeded, 0 when it failed.",
      labelNames: ['upstream'] as const,
      registers: [registry],
      collect() {
        this.reset();
        // Starts a probe when the last is older than READY_CACHE_MS, for the next scrape: a scrape never waits on one.
        upstreams.report().catch(() => undefined);
        for (const [upstream, probe] of Object.entries(upstreams.last()?.upstreams ?? {}))
          this.set({ upstream }, probe.ok ? 1 : 0);
      },
    });
  }

  const stopCharges = sources.charges.listen((charge) =>
    credits.inc({ upstream: charge.upstream, client: charge.payer }, charge.credits),
  );
  const stopCalls = sources.calls.watch((call) => {
    const labels = { upstream: call.upstream, endpoint: call.endpoint };
    return ({ status, durationMs }) => {
      upstreamRequests.inc({ ...labels, status: status === undefined ? 'error' : String(status) });
      upstreamDuration.observe(labels, durationMs / 1000);
    };
  });

  const deprecatedFields = new Counter({
    name: 'graphql_envelop_deprecated_field',
    help: 'Counts the amount of deprecated fields used in selection sets',
    labelNames: ['operationType'] as const,
    registers: [registry],
  });
  const prometheus = usePrometheus({
    registry,
    endpoint: METRICS_PATH,
    metrics: {
      // Counted by useDeprecatedFieldCounter, which walks each document once rather than per request.
      graphql_envelop_deprecated_field: false,
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      // Yoga's default summary times what graphql_envelop_request_duration already does, in a t-digest per age
      // bucket: every request added objects that lived for minutes (old-generation garbage) and a CPU cost.
      graphql_envelop_request_time_summary: false,
      // Parse and validate are answered by Yoga's caches on nearly every request and the context is a few object
      // writes: their histograms recorded ~0 s per request, at three hooks, label objects and observations a request
      // (~3 % of a 1-keyword request's CPU). The request and execute durations time what varies.
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
    },
    // Operation names and URLs are chosen by clients: unbounded, so not labels.
    labels: { operationName: false, url: false, path: false, fieldName: false, typeName: false, returnType: false },
  }) as Plugin<Record<string, unknown>>;

  return {
    registry,
    plugins: [
      prometheus,
      useDeprecatedFieldCounter(deprecatedFields),
      useErrorCodeCounter(graphqlErrors),
      useCreditCounter(credits),
      useWriteOutcomeReport(sources.logger, writeOutcomeUnknown),
    ],
    close: () => {
      stopCalls();
      stopCharges();
    },
  };
}
