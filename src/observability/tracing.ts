/**
 * OpenTelemetry tracing, off by default. It starts when an OTLP endpoint is configured through the standard
 * variables (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`; the OTLP exporters read their
 * headers, timeout and compression from `OTEL_EXPORTER_OTLP_*` themselves) or `OTEL_TRACES_EXPORTER=console`;
 * `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` keep it off. OTLP speaks `http/protobuf` (the
 * specification's and the collector's default) or `http/json`, from `OTEL_EXPORTER_OTLP_TRACES_PROTOCOL` or
 * `OTEL_EXPORTER_OTLP_PROTOCOL`. `OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`, `OTEL_TRACES_SAMPLER` and
 * `OTEL_TRACES_SAMPLER_ARG` are honoured; the resource carries `service.version` from package.json. Spans: one
 * per HTTP request (continuing an incoming `traceparent`; none for probes and scrapes), one per GraphQL phase,
 * one per upstream call. Without a registered provider the OpenTelemetry API is a no-op, so the hooks cost next
 * to nothing.
 */
import { context, propagation, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { suppressTracing, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OTLPJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  type Sampler,
  type SpanExporter,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import packageJson from '../../package.json' with { type: 'json' };
import type { TracesExporter, TracingConfig } from '../config/tracing.js';
import { severityOf } from '../errors/index.js';
import type { CallWatcher } from '../upstream/observer.js';

export const TRACER_NAME = 'seograph';

export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

export interface Tracing {
  enabled: boolean;
  /** The exporter in use (`http/protobuf`, `http/json` or `console`), when enabled. */
  exporter?: TracesExporter;
  /** Flushes pending spans and stops the exporter. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };

function samplerOf(c: TracingConfig): Sampler {
  const byRatio = new TraceIdRatioBasedSampler(c.ratio);
  switch (c.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return byRatio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: byRatio });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

const EXPORTERS: Record<TracesExporter, () => SpanExporter> = {
  'http/protobuf': () => new OTLPProtoTraceExporter(),
  'http/json': () => new OTLPJsonTraceExporter(),
  console: () => new ConsoleSpanExporter(),
};

/** Registers the global tracer provider when the configuration asks for traces; once per process. */
export function startTracing(c: TracingConfig): Tracing {
  const kind = c.exporter;
  if (kind === undefined) return OFF;
  const exporter = EXPORTERS[kind]();
  const resource = resourceFromAttributes({
    'service.name': TRACER_NAME,
    'service.version': packageJson.version,
  }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new TracerProvider({
    resource,
    sampler: samplerOf(c),
    spanProcessors: [new BatchSpanProcessor({ exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return {
    enabled: true,
    exporter: kind,
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** Runs `fn` inside a server span for one HTTP request, continuing the caller's `traceparent` if any. */
export function withRequestSpan<T>(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  method: string,
  route: string,
  fn: (span: Span) => T,
): T {
  const parent = propagation.extract(context.active(), headers);
  const span = tracer().startSpan(
    `${method} ${route}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'http.route': route } },
    parent,
  );
  return context.with(trace.setSpan(parent, span), () => fn(span));
}

/** Runs `fn` with tracing suppressed: a probe or a scrape, and the upstream calls it makes, export no span. */
export function withoutSpans<T>(fn: () => T): T {
  return context.with(suppressTracing(context.active()), fn);
}

export function endRequestSpan(span: Span, status: number): void {
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

const operationOf = (args: ExecutionArgs): { type: string; name: string | undefined } => {
  const op = args.document.definitions.find((d) => d.kind === 'OperationDefinition');
  return op?.kind === 'OperationDefinition'
    ? { type: op.operation, name: op.name?.value }
    : { type: 'unknown', name: undefined };
};

/**
 * Spans for the GraphQL phases: parse, validate, execute (and subscribe). Execution runs inside its span, so
 * the upstream calls it makes become its children.
 */
export function useTracingPhases(): Plugin<Record<string, unknown>> {
  const phase = (name: string): Span => tracer().startSpan(`graphql.${name}`, { kind: SpanKind.INTERNAL });
  const finish = (span: Span, failed: boolean): void => {
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  return {
    // A document that does not parse or validate is the client's input rejected, not a failure of the gateway.
    onParse() {
      const span = phase('parse');
      return ({ result }) => {
        span.setAttribute('graphql.parse.ok', !(result instanceof Error));
        finish(span, false);
      };
    },
    onValidate() {
      const span = phase('validate');
      return ({ valid }) => {
        span.setAttribute('graphql.validation.ok', valid);
        finish(span, false);
      };
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const { type, name } = operationOf(args);
      const span = tracer().startSpan('graphql.execute', {
        kind: SpanKind.INTERNAL,
        // The operation name is the client's text: a span attribute (not a metric label), bounded in length.
        attributes: {
          'graphql.operation.type': type,
          ...(name ? { 'graphql.operation.name': name.slice(0, 100) } : {}),
        },
      });
      const active = trace.setSpan(context.active(), span);
      setExecuteFn((executeArgs) => context.with(active, () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result }) {
          const errors: readonly unknown[] = 'errors' in result && Array.isArray(result.errors) ? result.errors : [];
          span.setAttribute('graphql.errors', errors.length);
          // Answers of the contract (TARGET_TOO_LARGE, PENDING, bad input ...) are not failures of the operation.
          finish(
            span,
            errors.some((e) => severityOf(e) !== 'outcome'),
          );
        },
      };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const { name } = operationOf(args);
      const span = tracer().startSpan('graphql.subscribe', {
        kind: SpanKind.INTERNAL,
        attributes: {
          'graphql.operation.type': 'subscription',
          ...(name ? { 'graphql.operation.name': name.slice(0, 100) } : {}),
        },
      });
      const active = trace.setSpan(context.active(), span);
      setSubscribeFn((subscribeArgs) => context.with(active, () => subscribeFn(subscribeArgs)));
      return { onSubscribeResult: () => finish(span, false) };
    },
  };
}

/** A client span for each upstream HTTP call (a watcher of the call observer), child of the active span (execute). */
export const traceUpstreamCall: CallWatcher = (call) => {
  const span = tracer().startSpan(`${call.upstream} ${call.method} ${call.endpoint}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'http.request.method': call.method,
      'url.full': call.url,
      'seograph.upstream': call.upstream,
      'seograph.endpoint': call.endpoint,
    },
  });
  return ({ status, error }) => {
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    if (error !== undefined || (status !== undefined && status >= 500)) {
      span.setStatus({ code: SpanStatusCode.ERROR, ...(error ? { message: error.name } : {}) });
    }
    span.end();
  };
};
