/**
 * The SE Ranking wire: one call (method, path, query, body) sent through the transport with the key's header,
 * its reply parsed by a zod schema, and every failure (status, 244, unreadable body) made an UpstreamError
 * (seranking.md §3.6).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { errorFromReply, UpstreamError } from '../errors.js';
import type { CallObserver } from '../observer.js';
import type { Resilience, ResilienceOptions } from '../resilience/index.js';
import { Transport, type TransportResponse } from '../transport.js';
import { ErrorBody } from './schemas.js';
import type { CallOptions } from './types.js';

export type Query = Record<string, string | number | boolean | undefined>;

export interface Call {
  method: 'GET' | 'POST';
  path: string;
  query?: Query;
  body?: string;
  headers?: Record<string, string>;
  heavy?: boolean;
}

export const UPSTREAM = 'seranking';

export interface WireOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  heavyTimeoutMs: number;
  connections?: number | undefined;
  resilience?: ResilienceOptions | Resilience | undefined;
  observer?: CallObserver | undefined;
  transport?: Transport | undefined;
}

export class SerankingWire {
  /** Short hash of the key: identifies the credential in cache keys without revealing it. */
  readonly credentialId: string;
  private readonly transport: Transport;
  private readonly ownsTransport: boolean;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly heavyTimeoutMs: number;

  constructor(options: WireOptions) {
    this.credentialId = createHash('sha256').update(options.apiKey).digest('hex').slice(0, 16);
    this.headers = { authorization: `Token ${options.apiKey}`, accept: 'application/json' };
    this.timeoutMs = options.timeoutMs;
    this.heavyTimeoutMs = options.heavyTimeoutMs;
    this.ownsTransport = options.transport === undefined;
    this.transport =
      options.transport ??
      new Transport({
        upstream: UPSTREAM,
        baseUrl: options.baseUrl,
        timeoutMs: this.timeoutMs,
        credentialId: this.credentialId,
        connections: options.connections,
        resilience: options.resilience,
        observer: options.observer,
      });
  }

  close(): Promise<void> {
    return this.ownsTransport ? this.transport.close() : Promise.resolve();
  }

  /**
   * Sends one call and parses its body; every failure becomes an UpstreamError. `plain` reads a body's text in its
   * usual form without the schema (undefined: the schema decides; throws: the text is not JSON).
   */
  async fetch<T>(
    call: Call,
    schema: z.ZodType<T>,
    options: CallOptions | undefined,
    plain?: (text: string) => T | undefined,
  ): Promise<T> {
    const res = await this.transport.request({
      method: call.method,
      path: withQuery(call.path, call.query),
      headers: { ...this.headers, ...call.headers },
      body: call.body,
      signal: options?.signal,
      timeoutMs: call.heavy ? this.heavyTimeoutMs : this.timeoutMs,
      credentialId: this.credentialId,
    });
    // 244 is a 2xx status: test it before any success parsing.
    if (res.status === 244 || res.status < 200 || res.status >= 300) throw replyError(res);
    let json: unknown;
    try {
      const read = plain?.(res.text);
      if (read !== undefined) return read;
      json = JSON.parse(res.text);
    } catch {
      throw badResponse('body');
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const path = parsed.error.issues[0]?.path ?? [];
    throw badResponse(path.length > 0 ? path.map(String).join('.') : 'body');
  }
}

/**
 * The export's multipart form (`keywords[]` fields, as undici's FormData encodes them) as one string: FormData
 * encodes and streams each of 5,000 fields on its own (objects and a promise per field). Keywords are validated
 * (no control characters, so no line breaks); the boundary is random and checked against them.
 */
export function keywordForm(keywords: readonly string[]): { body: string; contentType: string } {
  let boundary = formBoundary();
  while (keywords.some((k) => k.includes(boundary))) boundary = formBoundary();
  const field = `--${boundary}\r\nContent-Disposition: form-data; name="keywords[]"\r\n\r\n`;
  const body = `${field}${keywords.join(`\r\n${field}`)}\r\n--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A random prefix drawn once per process and a counter: boundaries differ between exports without asking the CSPRNG
 * for bytes on every call (a tenth of a millisecond of a small export). The prefix only has to be absent from the
 * keywords, which `keywordForm` checks.
 */
const BOUNDARY_PREFIX = `----seograph-${randomBytes(12).toString('hex')}-`;
let boundaries = 0;
const formBoundary = (): string => `${BOUNDARY_PREFIX}${(boundaries++).toString(36)}`;

function withQuery(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(name, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function replyError(res: TransportResponse): UpstreamError {
  let json: unknown;
  try {
    json = JSON.parse(res.text);
  } catch {
    json = undefined;
  }
  const body = ErrorBody.safeParse(json);
  const message =
    (body.success ? (body.data.error?.message ?? body.data.message) : undefined) ?? res.text.slice(0, 200);
  return errorFromReply({
    upstream: UPSTREAM,
    status: res.status,
    message,
    retryAfter: res.headers['retry-after'],
    items: body.success ? body.data.error?.targets : undefined,
  });
}

export const badResponse = (detail: string) =>
  new UpstreamError({ code: 'UPSTREAM_BAD_RESPONSE', upstream: UPSTREAM, detail });
