/**
 * SERPmetrics replies (serpmetrics.md §5.5): read once into status, envelope and message; errors mapped, 204 and
 * pending 404s as PENDING, `failed` as CHECK_FAILED, data parsed by ./schemas.ts with the failing path named.
 */
import type { z } from 'zod';
import { errorFromReply, UpstreamError, type UpstreamErrorCode } from '../errors.js';
import type { TransportResponse } from '../transport.js';
import { type AddItem, Envelope, KeywordData } from './schemas.js';
import type { TrackedKeyword } from './types.js';

/** One reply, read once: status, the envelope when the body is a JSON object, and the message for mapping. */
export interface Reply {
  status: number;
  envelope: Envelope | undefined;
  message: string;
  retryAfter: string | string[] | undefined;
}

export async function readReply(res: TransportResponse): Promise<Reply> {
  const base = { status: res.status, retryAfter: res.headers['retry-after'] };
  // A 204 has no body worth reading (the spec's "not processed yet").
  if (res.status === 204) return { ...base, envelope: undefined, message: '' };
  const parsed = Envelope.safeParse(parseJson(res.text));
  const envelope = parsed.success ? parsed.data : undefined;
  return { ...base, envelope, message: envelope?.message ?? looseMessage(res.text) };
}

/** The message of a body that is not valid JSON (PHP warnings, documented examples with trailing commas). */
function looseMessage(text: string): string {
  return /"message"\s*:\s*"([^"]{0,200})"/.exec(text)?.[1] ?? text.slice(0, 200);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** §5.5: 204 and the pending 404s → PENDING, `failed` → CHECK_FAILED, errors mapped, 2xx data parsed with zod. */
export function parseData<S extends z.ZodType>(reply: Reply, schema: S, ignoreStatus: boolean): z.output<S> {
  const { status, envelope } = reply;
  if (status === 204) throw itemError('PENDING', undefined, 204);
  if (status < 200 || status >= 300) throw errorFromReply({ upstream: 'serpmetrics', ...reply });
  if (envelope === undefined) throw badResponse('body', status);
  if (envelope.failed === true) throw itemError('CHECK_FAILED', undefined, status);
  if (envelope.status === 'error' && !ignoreStatus) throw badResponse('status', status);
  return parseAt(schema, envelope.data, 'data', status);
}

/** Parses a whole 2xx body (`/users/time` has no envelope data). */
export function parseBody<S extends z.ZodType>(reply: Reply, schema: S, at: string): z.output<S> {
  if (reply.status < 200 || reply.status >= 300) throw errorFromReply({ upstream: 'serpmetrics', ...reply });
  return parseAt(schema, reply.envelope, at, reply.status);
}

function parseAt<S extends z.ZodType>(schema: S, value: unknown, at: string, status?: number): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const path = [at, ...(result.error.issues[0]?.path ?? [])].filter((p) => p !== '').join('.');
  throw badResponse(path || 'body', status);
}

/** A multi-add item: each keyword has the status it would have had alone (§5.4). */
export function addItemResult(item: AddItem, index: number): TrackedKeyword | UpstreamError {
  const { http_status: status, response } = item;
  const at = `data.${index}.response`;
  if (status >= 300) return errorFromReply({ upstream: 'serpmetrics', status, message: response.message ?? '' });
  if (response.status === 'error') return badResponse(`${at}.status`, status);
  try {
    return parseAt(KeywordData, response.data, `${at}.data`, status);
  } catch (error) {
    return asUpstreamError(error);
  }
}

export function expectLength<T>(items: T[], expected: number): T[] {
  if (items.length !== expected) throw badResponse('data.length');
  return items;
}

export function asUpstreamError(error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  throw error;
}

export function itemError(code: UpstreamErrorCode, detail?: string, httpStatus?: number): UpstreamError {
  return new UpstreamError({ code, upstream: 'serpmetrics', detail, httpStatus });
}

export function badResponse(detail: string, httpStatus?: number): UpstreamError {
  return itemError('UPSTREAM_BAD_RESPONSE', detail, httpStatus);
}

export function throwError(error: UpstreamError): never {
  throw error;
}
