/**
 * OpenTelemetry end to end: main.ts with `OTEL_EXPORTER_OTLP_ENDPOINT` pointing at a loopback OTLP/HTTP
 * receiver. One query yields a server span (continuing the caller's `traceparent`), spans for the GraphQL
 * phases, and a client span per upstream call under the execute span, with a URL that carries no query
 * string and no key; probes and scrapes yield none; the resource names the service and its version; every log
 * line of the request carries its trace id. Spans are flushed at shutdown. OTLP/JSON and OTLP/protobuf (the
 * default) both reach the receiver.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { startMain, stopChild } from './support.js';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: Array<{ key: string; value: OtlpValue }>;
}
interface OtlpExport {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: OtlpValue }> };
    scopeSpans?: Array<{ spans?: OtlpSpan[] }>;
  }>;
}

const attr = (span: OtlpSpan, key: string): string | undefined => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : String(value.intValue));
};

/** A loopback OTLP/HTTP receiver keeping each export's content type and body. */
async function startReceiver() {
  const exports: Array<{ type: string; body: Buffer }> = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces')
        exports.push({ type: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
      // An empty ExportTraceServiceResponse is an empty body in both encodings.
      res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/json' }).end();
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  return {
    endpoint: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    exports,
    close: () => receiver.close(),
  };
}

const PROBES = ['/health', '/ready', '/metrics'];

describe('OpenTelemetry', () => {
  it('exports spans for the request, its GraphQL phases and each upstream call, without keys (OTLP/JSON)', async () => {
    const receiver = await startReceiver();
    const main = startMain({
      SANDBOX: '1',
      LOG_LEVEL: 'debug',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'seograph-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    try {
      const url = await main.listening;
      expect(main.output.text).toContain('OpenTelemetry tracing on');
      // Probes and a scrape before the query: they must leave no span (nor their upstream calls, /ready's).
      for (const path of PROBES) expect((await fetch(new URL(path, url))).status).toBe(200);
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const requestId = 'traced-request-1';
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        },
        body: JSON.stringify({
          query: '{ targets(targets: ["seranking.com", "stripe.com"]) { backlinkSummary { backlinks } } }',
        }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);

      expect(receiver.exports.every((e) => e.type.startsWith('application/json'))).toBe(true);
      const bodies = receiver.exports.map((e) => e.body.toString('utf8'));
      const exports = bodies.map((b) => JSON.parse(b) as OtlpExport);
      const spans = exports
        .flatMap((e) => e.resourceSpans ?? [])
        .flatMap((r) => r.scopeSpans ?? [])
        .flatMap((s) => s.spans ?? []);
      const resource = exports[0]?.resourceSpans?.[0]?.resource?.attributes ?? [];
      expect(resource.find((a) => a.key === 'service.name')?.value.stringValue).toBe('seograph-test');
      expect(resource.find((a) => a.key === 'service.version')?.value.stringValue).toBe(packageJson.version);
      const routes = spans.map((s) => attr(s, 'http.route'));
      for (const path of PROBES) expect(routes).not.toContain(path);
      // /ready's upstream calls (credit balance, server time) leave no span either.
      expect(spans.map((s) => s.name).filter((n) => /credit-balance|users\/time/.test(n))).toEqual([]);

      const ours = spans.filter((s) => s.traceId === traceId);
      const names = ours.map((s) => s.name);
      expect(names).toEqual(
        expect.arrayContaining(['POST /graphql', 'graphql.parse', 'graphql.validate', 'graphql.execute']),
      );
      const server = ours.find((s) => s.name === 'POST /graphql');
      expect(server?.parentSpanId).toBe('00f067aa0ba902b7');
      const execute = ours.find((s) => s.name === 'graphql.execute');
      const upstream = ours.find((s) => s.name === 'seranking GET /v1/backlinks/summary');
      expect(upstream, names.join(', ')).toBeDefined();
      if (!upstream || !execute) return;
      // The upstream call hangs under the execute phase (possibly through spans of its own).
      const byId = new Map(ours.map((s) => [s.spanId, s]));
      const ancestors: string[] = [];
      for (let p = upstream.parentSpanId; p !== undefined && byId.has(p); p = byId.get(p)?.parentSpanId) {
        ancestors.push(byId.get(p)?.name ?? '');
      }
      expect(ancestors).toContain('graphql.execute');
      expect(attr(upstream, 'http.response.status_code')).toBe('200');
      expect(attr(upstream, 'url.full')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/backlinks\/summary$/);

      const everything = bodies.join('');
      for (const secret of Object.values(SANDBOX_KEYS)) expect(everything).not.toContain(secret);

      // Every log line of the request (the access line included) carries its trace id and a span id.
      const lines = main.output.text
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.requestId === requestId);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        expect(line.trace_id, String(line.msg)).toBe(traceId);
        expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
      }
    } finally {
      await stopChild(main.child);
      receiver.close();
    }
  }, 60_000);

  it('speaks OTLP/protobuf by default (the collector default)', async () => {
    const receiver = await startReceiver();
    const main = startMain({
      SANDBOX: '1',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    try {
      const url = await main.listening;
      expect(main.output.text).toContain('"exporter":"http/protobuf"');
      const traceId = '0af7651916cd43dd8448eb211c80319c';
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-b7ad6b7169203331-01` },
        body: JSON.stringify({ query: '{ sandbox }' }),
      });
      expect(await res.json()).toMatchObject({ data: { sandbox: true } });
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);

      expect(receiver.exports.length).toBeGreaterThan(0);
      for (const e of receiver.exports) expect(e.type).toBe('application/x-protobuf');
      const body = Buffer.concat(receiver.exports.map((e) => e.body));
      // Protobuf carries strings and ids as raw bytes: the span name, the resource and the trace id are there.
      expect(body.includes('POST /graphql')).toBe(true);
      expect(body.includes('service.version')).toBe(true);
      expect(body.includes(packageJson.version)).toBe(true);
      expect(body.includes(Buffer.from(traceId, 'hex'))).toBe(true);
    } finally {
      await stopChild(main.child);
      receiver.close();
    }
  }, 60_000);
});
