/**
 * Readiness on `/ready`: both upstreams (or their sandboxes) answer a FREE endpoint through the gateway's own
 * clients (SE Ranking `GET /v1/account/credit-balance`, cost 0; SERPmetrics `/users/time`), never a paid
 * call. The answer is cached for a few seconds so probes cannot hammer the upstreams or their rate limits,
 * and turns 503 as soon as shutdown begins. Liveness (`/health`) is Yoga's own health check.
 */
import type { Plugin } from 'graphql-yoga';
import type { UpstreamClients } from '../context.js';
import { isUpstreamError, type UpstreamName } from '../upstream/errors.js';

export const READY_PATH = '/ready';

export interface UpstreamProbe {
  ok: boolean;
  latencyMs: number;
  /** The error code when the probe failed (`UPSTREAM_UNAVAILABLE`, `AUTHENTICATION_FAILED` ...). */
  code?: string;
}

export interface ReadyReport {
  ready: boolean;
  shuttingDown: boolean;
  checkedAt: string;
  upstreams: Record<UpstreamName, UpstreamProbe>;
}

export interface ReadinessOptions {
  clients: UpstreamClients;
  cacheMs: number;
  timeoutMs: number;
  /** Aborted when shutdown begins: readiness turns false at once. */
  shutdown: AbortSignal;
}

async function probe(call: (signal: AbortSignal) => Promise<unknown>, timeoutMs: number): Promise<UpstreamProbe> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    await call(signal);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      code: isUpstreamError(error) ? error.code : signal.aborted ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_ERROR',
    };
  }
}

export function createReadiness(options: ReadinessOptions): () => Promise<ReadyReport> {
  let last: { at: number; report: Promise<ReadyReport> } | undefined;
  const check = async (): Promise<ReadyReport> => {
    const [seranking, serpmetrics] = await Promise.all([
      probe((signal) => options.clients.seranking.creditBalance({ signal }), options.timeoutMs),
      probe((signal) => options.clients.serpmetrics.time({ signal }), options.timeoutMs),
    ]);
    return {
      ready: seranking.ok && serpmetrics.ok,
      shuttingDown: false,
      checkedAt: new Date().toISOString(),
      upstreams: { seranking, serpmetrics },
    };
  };
  return async () => {
    const now = Date.now();
    if (last === undefined || now - last.at >= options.cacheMs) last = { at: now, report: check() };
    const report = await last.report;
    return options.shutdown.aborted ? { ...report, ready: false, shuttingDown: true } : report;
  };
}

/** Serves `/ready`: 200 when ready, 503 otherwise, with the report as JSON. */
export function useReadiness(ready: () => Promise<ReadyReport>): Plugin<Record<string, unknown>> {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== READY_PATH) return;
      const report = await ready();
      endResponse(
        new fetchAPI.Response(JSON.stringify(report), {
          status: report.ready ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
