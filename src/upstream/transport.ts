/**
 * HTTP transport toward one upstream origin: one keep-alive undici Pool, one deadline per call (the
 * caller's AbortSignal combined with a single timer that bounds every attempt and wait), transport failures
 * mapped to UpstreamError, and, opt-in, the resilience layer (retries, rate limiter, circuit breaker) of
 * `./resilience/`. Every attempt is reported to the call observer (request ledger, credit meter, metrics, tracing).
 */
import { Pool } from 'undici';
import { errorFromTransport, type UpstreamErrorCode, type UpstreamName } from './errors.js';
import type { CallObserver } from './observer.js';
import { type CheckWeight, Deadline, Resilience, type ResilienceOptions } from './resilience/index.js';

export interface TransportOptions {
  upstream: UpstreamName;
  baseUrl: string;
  /** Deadline of a call when the caller gives none (default 15 s). */
  timeoutMs?: number;
  connections?: number;
  /** Identity the limiter and breaker are keyed by (a short hash, never the key); default `default`. */
  credentialId?: string;
  /**
   * Opt-in resilience. Options build a private instance; a `Resilience` instance can be shared by several
   * transports so that every caller of one credential in the process shares one limiter and one breaker.
   */
  resilience?: ResilienceOptions | Resilience;
  /** Sees every attempt sent; none when absent. */
  observer?: CallObserver | undefined;
}

export interface TransportRequest {
  method: 'GET' | 'POST';
  /** Path with its query string, e.g. `/v1/backlinks/summary?target=a.com`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  /** Default true. A write that may spend credits passes false: then only `safeRetryCodes` are retried. */
  idempotent?: boolean;
  /** Codes the caller knows are safe to retry for this write, e.g. `UPSTREAM_WRITE_FAILED` (SERPmetrics 501). */
  safeRetryCodes?: readonly UpstreamErrorCode[];
  /** SERPmetrics priority/delayed adds: the checks (keywords × engines) the request spends from its bucket. */
  checks?: CheckWeight;
  /** Overrides the transport's credentialId for this call. */
  credentialId?: string;
  /** false: one plain attempt, no limiter, breaker or retry (e.g. a clock sync). */
  resilience?: boolean;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Upstream attempts made (1 without retries). */
  attempts?: number;
}

export class Transport {
  readonly upstream: UpstreamName;
  readonly origin: string;
  /** The resilience layer, when enabled; `resilience.snapshot()` gives its counters. */
  readonly resilience: Resilience | undefined;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeoutMs: number;
  private readonly credentialId: string;
  private readonly observer: CallObserver | undefined;

  constructor(options: TransportOptions) {
    const url = new URL(options.baseUrl);
    this.upstream = options.upstream;
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.credentialId = options.credentialId ?? 'default';
    this.observer = options.observer;
    this.pool = new Pool(url.origin, { connections: options.connections ?? 32, pipelining: 1 });
    const { resilience } = options;
    this.resilience =
      resilience === undefined || resilience instanceof Resilience
        ? resilience
        : new Resilience(options.upstream, resilience);
  }

  async request(req: TransportRequest): Promise<TransportResponse> {
    const credentialId = req.credentialId ?? this.credentialId;
    const open = req.resilience === false ? undefined : this.resilience?.openCircuit(credentialId);
    if (open) throw open;
    const deadline = new Deadline(req.timeoutMs ?? this.timeoutMs, req.signal);
    try {
      if (this.resilience === undefined || req.resilience === false) {
        return { ...(await this.attempt(req, deadline)), attempts: 1 };
      }
      const { reply, attempts } = await this.resilience.execute(
        {
          credentialId,
          deadline,
          idempotent: req.idempotent ?? true,
          safeRetryCodes: req.safeRetryCodes ?? [],
          checks: req.checks,
        },
        () => this.attempt(req, deadline),
      );
      return { ...reply, attempts };
    } finally {
      deadline.dispose();
    }
  }

  private async attempt(req: TransportRequest, deadline: Deadline): Promise<TransportResponse> {
    const { signal } = deadline;
    if (signal.aborted) throw errorFromTransport(this.upstream, signal.reason);
    const end = this.observer?.start(this.upstream, req.method, `${this.origin}${this.basePath}`, req.path);
    try {
      const res = await this.pool.request({
        method: req.method,
        path: `${this.basePath}${req.path}`,
        headers: req.headers,
        body: req.body,
        signal,
      });
      const text = await res.body.text();
      end?.({ status: res.statusCode, body: text, error: undefined });
      return { status: res.statusCode, headers: res.headers, text };
    } catch (cause) {
      const error = errorFromTransport(this.upstream, signal.aborted ? (signal.reason ?? cause) : cause);
      end?.({ status: undefined, body: undefined, error });
      throw error;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
