/**
 * HTTP transport toward one upstream origin: one keep-alive undici Pool, one deadline per call
 * (the caller's AbortSignal combined with a per-call timeout), and transport failures mapped to
 * UpstreamError. Retries, rate limiting and the circuit breaker wrap this layer (resilience issue).
 */
import { FormData, Pool } from 'undici';
import { errorFromTransport, type UpstreamName } from './errors.js';

export interface TransportOptions {
  upstream: UpstreamName;
  baseUrl: string;
  /** Per-call timeout when the caller gives none. */
  timeoutMs?: number;
  connections?: number;
}

export interface TransportRequest {
  method: 'GET' | 'POST';
  /** Path with its query string, e.g. `/v1/backlinks/summary?target=a.com`. */
  path: string;
  headers?: Record<string, string>;
  body?: string | FormData;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export { FormData };

export class Transport {
  readonly upstream: UpstreamName;
  readonly origin: string;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeoutMs: number;

  constructor(options: TransportOptions) {
    const url = new URL(options.baseUrl);
    this.upstream = options.upstream;
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.pool = new Pool(url.origin, { connections: options.connections ?? 32, pipelining: 1 });
  }

  async request(req: TransportRequest): Promise<TransportResponse> {
    const timeout = AbortSignal.timeout(req.timeoutMs ?? this.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    try {
      const res = await this.pool.request({
        method: req.method,
        path: `${this.basePath}${req.path}`,
        headers: req.headers,
        body: req.body,
        signal,
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, text };
    } catch (cause) {
      throw errorFromTransport(this.upstream, signal.aborted ? (signal.reason ?? cause) : cause);
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
