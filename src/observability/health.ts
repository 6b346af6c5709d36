/**
 * Readiness means "this process can serve": `/ready` answers 200 unless the process is shutting down or its
 * admission queue is full, whatever the upstreams do (an upstream outage is every replica's outage: taking
 * replicas out would turn it into a total one, while they still serve cached, stale and other-upstream data).
 * Upstream health is reported, not acted on: in the `/ready` body, on `/health/upstreams` and as the metric
 * `seograph_upstream_up`. It comes from a free endpoint of each upstream through the gateway's own clients
 * (SE Ranking `GET /v1/account/credit-balance`, cost 0; SERPmetrics `/users/time`), never a paid call, cached
 * for a few seconds so probes cannot hammer the upstreams or their rate limits. Liveness (`/health`) is Yoga's.
 */
import type { Plugin } from 'graphql-yoga';
import type { UpstreamClients } from '../context.js';
import { useRoute } from '../plugins/route.js';
import { isUpstreamError, type UpstreamName } from '../upstream/errors.js';

export const READY_PATH = '/ready';
export const UPSTREAMS_HEALTH_PATH = '/health/upstreams';

export interface UpstreamProbe {
  ok: boolean;
  latencyMs: number;
  /** The error code when the probe failed (`UPSTREAM_UNAVAILABLE`, `AUTHENTICATION_FAILED` ...). */
  code?: string;
}

export interface UpstreamsReport {
  checkedAt: string;
  upstreams: Record<UpstreamName, UpstreamProbe>;
}

export interface ReadyReport extends UpstreamsReport {
  ready: boolean;
  shuttingDown: boolean;
  overloaded: boolean;
}

export interface UpstreamProbeOptions {
  clients: UpstreamClients;
  cacheMs: number;
  timeoutMs: number;
}

export interface UpstreamHealth {
  /** The latest report, probing when it is older than `cacheMs` (a probe already running is joined). */
  report(): Promise<UpstreamsReport>;
  /** The last finished report, without probing (metrics). */
  last(): UpstreamsReport | undefined;
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

export function createUpstreamHealth(options: UpstreamProbeOptions): UpstreamHealth {
  // `at` is when the probe finished (while it runs, it is joined): the report is reused for `cacheMs` after that.
  let pending: { at: number; report: Promise<UpstreamsReport> } | undefined;
  let finished: UpstreamsReport | undefined;
  const check = async (): Promise<UpstreamsReport> => {
    const [seranking, serpmetrics] = await Promise.all([
      probe((signal) => options.clients.seranking.creditBalance({ signal }), options.timeoutMs),
      probe((signal) => options.clients.serpmetrics.time({ signal }), options.timeoutMs),
    ]);
    finished = { checkedAt: new Date().toISOString(), upstreams: { seranking, serpmetrics } };
    if (pending) pending.at = Date.now();
    return finished;
  };
  return {
    report() {
      const now = Date.now();
      if (pending === undefined || now - pending.at >= options.cacheMs) {
        pending = { at: Number.POSITIVE_INFINITY, report: check() };
      }
      return pending.report;
    },
    last: () => finished,
  };
}

export interface ReadinessOptions {
  upstreams: UpstreamHealth;
  /** Aborted when shutdown begins: readiness turns false at once. */
  shutdown: AbortSignal;
  /** True while the process refuses work for lack of capacity. */
  overloaded: () => boolean;
}

export function createReadiness(options: ReadinessOptions): () => Promise<ReadyReport> {
  return async () => {
    const shuttingDown = options.shutdown.aborted;
    const overloaded = options.overloaded();
    // A process that is not ready says so at once, without waiting for a probe of the upstreams.
    const last = options.upstreams.last();
    const report = (shuttingDown || overloaded) && last ? last : await options.upstreams.report();
    return { ready: !shuttingDown && !overloaded, shuttingDown, overloaded, ...report };
  };
}

const json = (fetchAPI: { Response: typeof Response }, body: unknown, status: number): Response =>
  new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

/**
 * `/ready` as Yoga's `useReadinessCheck` answers it (any URL ending in the path; 200 when ready, else 503; a failed
 * check is a 503 with its message), without its URLPattern test per request.
 */
export const useReadiness = (ready: () => Promise<ReadyReport>): Plugin<Record<string, unknown>> =>
  useRoute(
    (request, url) => request.url.endsWith(READY_PATH) || url.pathname === READY_PATH,
    ({ endResponse, fetchAPI }) =>
      ready().then(
        (report) => endResponse(json(fetchAPI, report, report.ready ? 200 : 503)),
        (error: unknown) =>
          endResponse(
            error instanceof Error
              ? new fetchAPI.Response(error.message, {
                  status: 503,
                  headers: { 'content-type': 'text/plain; charset=utf-8' },
                })
              : new fetchAPI.Response(null, { status: 503 }),
          ),
      ),
  );

/** `/health/upstreams`: the upstreams' report as JSON, always 200 (reported, not acted on). */
export const useUpstreamsHealth = (upstreams: UpstreamHealth): Plugin<Record<string, unknown>> =>
  useRoute(
    (_, url) => url.pathname === UPSTREAMS_HEALTH_PATH,
    ({ endResponse, fetchAPI }) => upstreams.report().then((report) => endResponse(json(fetchAPI, report, 200))),
  );
