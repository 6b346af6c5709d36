/**
 * OpenTelemetry end to end: main.ts with `OTEL_EXPORTER_OTLP_ENDPOINT` pointing at a loopback OTLP/HTTP
 * receiver. One query yields a server span (continuing the caller's `traceparent`), spans for the GraphQL
 * phases, and a client span per upstream call under the execute span, with a URL that carries no query
 * string and no key. Spans are flushed at shutdown.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { startMain } from './support.js';

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

describe('OpenTelemetry', () => {
  it('exports spans for the request, its GraphQL phases and each upstream call, without keys', async () => {
    const bodies: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.url === '/v1/traces') bodies.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    const main = startMain({
      SANDBOX: '1',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_SERVICE_NAME: 'seograph-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    try {
      const url = await main.listening;
      expect(main.output.text).toContain('OpenTelemetry tracing on');
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        },
        body: JSON.stringify({
          query: '{ targets(targets: ["seranking.com", "stripe.com"]) { backlinkSummary { backlinks } } }',
        }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);

      const exports = bodies.map((b) => JSON.parse(b) as OtlpExport);
      const spans = exports
        .flatMap((e) => e.resourceSpans ?? [])
        .flatMap((r) => r.scopeSpans ?? [])
        .flatMap((s) => s.spans ?? []);
      const service = exports[0]?.resourceSpans?.[0]?.resource?.attributes?.find((a) => a.key === 'service.name');
      expect(service?.value.stringValue).toBe('seograph-test');

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
    } finally {
      if (main.child.exitCode === null && main.child.signalCode === null) {
        main.child.kill('SIGKILL');
        await once(main.child, 'exit');
      }
      receiver.close();
    }
  }, 60_000);
});
