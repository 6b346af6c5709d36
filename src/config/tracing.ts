/**
 * The OpenTelemetry variables the gateway itself decides on (whether to trace, to which exporter, and the
 * sampler), read by the standard names. The SDK still reads what it owns: the OTLP exporters their
 * `OTEL_EXPORTER_OTLP_*` endpoint, headers, timeout and compression, and the env detector
 * `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES`. Unknown values fall back to the specification's defaults,
 * as OpenTelemetry SDKs do, rather than stopping the start.
 */
export type TracesExporter = 'http/protobuf' | 'http/json' | 'console';

export const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type SamplerName = (typeof SAMPLERS)[number];

export interface TracingConfig {
  /** Undefined: tracing is off. OTLP is named by the protocol it speaks. */
  exporter: TracesExporter | undefined;
  sampler: SamplerName;
  /** The ratio of the `traceidratio` samplers, within [0, 1]. */
  ratio: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function exporterFrom(env: Env): TracesExporter | undefined {
  if ((env.OTEL_SDK_DISABLED ?? '').toLowerCase() === 'true') return undefined;
  const exporter = (env.OTEL_TRACES_EXPORTER ?? 'otlp').split(',')[0]?.trim().toLowerCase();
  if (exporter === 'console') return 'console';
  if (exporter !== 'otlp') return undefined;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (endpoint === undefined || endpoint.trim() === '') return undefined;
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '')
    .trim()
    .toLowerCase();
  return protocol === 'http/json' ? 'http/json' : 'http/protobuf';
}

export function tracingConfig(env: Env): TracingConfig {
  const name = (env.OTEL_TRACES_SAMPLER ?? '').trim().toLowerCase();
  const ratio = Number(env.OTEL_TRACES_SAMPLER_ARG ?? '1');
  return {
    exporter: exporterFrom(env),
    sampler: (SAMPLERS as readonly string[]).includes(name) ? (name as SamplerName) : 'parentbased_always_on',
    ratio: Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 1,
  };
}
