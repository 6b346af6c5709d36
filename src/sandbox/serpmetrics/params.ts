// Request fields and the `params` JSON (serpmetrics.md §4): query, urlencoded or multipart fields (the last
// duplicate wins), HTML-entity decoding, `null` as absent, and typed readers that throw the §5.3 406 errors.
import type { IncomingMessage } from 'node:http';
import {
  contentType,
  type Params,
  paramsFromMultipart,
  paramsFromQuery,
  paramsFromUrlencoded,
} from '../common/http.js';
import { ENGINE_CODES } from './engines.js';
import { ApiError, errors, MESSAGES } from './envelope.js';

export interface RequestFields {
  key?: string;
  ts?: string;
  auth?: string;
  params?: string;
}

function last(params: Params, name: string): string | undefined {
  const all = params.all(name);
  return all[all.length - 1];
}

/** The four protocol fields from the query string and the body together; the body is read after the query. */
export async function readFields(req: IncomingMessage, url: URL, body: Buffer): Promise<RequestFields> {
  let params = paramsFromQuery(url.searchParams);
  const type = contentType(req);
  if (body.length > 0) {
    if (type === 'multipart/form-data')
      params = params.concat(await paramsFromMultipart(body, req.headers['content-type'] ?? ''));
    else if (type === '' || type === 'application/x-www-form-urlencoded' || type === 'text/plain') {
      params = params.concat(paramsFromUrlencoded(body));
    }
  }
  const out: RequestFields = {};
  for (const name of ['key', 'ts', 'auth', 'params'] as const) {
    const v = last(params, name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };

/** Decode the HTML entities PHP's htmlentities() produces (named, decimal and hex). */
export function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** `params` as an object: absent, empty or `None` → {}; tried as JSON first, then HTML-entity decoded. */
export function parseParams(raw: string | undefined): Record<string, unknown> {
  const trimmed = raw?.trim() ?? '';
  if (trimmed === '' || trimmed === 'None' || trimmed === 'null') return {};
  const attempt = (s: string): unknown => {
    try {
      return JSON.parse(s);
    } catch {
      return undefined;
    }
  };
  const value = attempt(trimmed) ?? attempt(decodeHtmlEntities(trimmed));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError(406, MESSAGES.invalidJson);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/** Typed access to decoded params; every reader throws the endpoint's 406 on a bad value. */
export class ParamReader {
  constructor(private readonly params: Record<string, unknown>) {}

  has(name: string): boolean {
    return this.params[name] !== undefined;
  }

  optionalString(name: string): string | undefined {
    const v = this.params[name];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    throw errors.invalid(name);
  }

  string(name: string): string {
    const v = this.optionalString(name);
    if (v === undefined || v.trim() === '') throw errors.missing(name);
    return v;
  }

  /** A string or an array of strings (`keyword`, `keyword_id`). */
  stringList(name: string): { values: string[]; array: boolean } {
    const v = this.params[name];
    if (v === undefined) throw errors.missing(name);
    if (typeof v === 'string' || typeof v === 'number') return { values: [String(v)], array: false };
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
      if (v.length === 0) throw errors.missing(name);
      return { values: v.map(String), array: true };
    }
    throw errors.invalid(name);
  }

  /** Known engine codes; a single string is wrapped into a list (§4). */
  engines(name = 'engines'): string[] {
    const v = this.params[name];
    if (v === undefined) throw errors.missing(name);
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw errors.invalid(name);
    if (list.length === 0) throw errors.missing(name);
    const unique = [...new Set(list.map((x) => x.trim()))];
    for (const code of unique) if (!ENGINE_CODES.has(code)) throw errors.unknownEngine(code);
    return unique;
  }

  engine(name: string): string {
    const code = this.string(name).trim();
    if (!ENGINE_CODES.has(code)) throw errors.unknownEngine(code);
    return code;
  }

  device(): Device {
    const v = this.optionalString('device');
    if (v === undefined || v === '') return 'desktop';
    const d = v.trim().toLowerCase();
    if (d === 'desktop' || d === 'tablet' || d === 'mobile') return d;
    throw errors.invalid('device');
  }

  /** An integer in [min, max], numeric strings accepted; `fallback` when absent. */
  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.params[name];
    if (v === undefined || v === '') return fallback;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) throw errors.invalid(name);
    return n;
  }
}

export type Device = 'desktop' | 'tablet' | 'mobile';

/** A keyword as sent (trimmed); 1–255 characters, else `Invalid parameter: keyword`. */
export function validKeyword(raw: string): string | ApiError {
  const phrase = raw.trim().replace(/\s+/g, ' ');
  if (phrase.length === 0 || [...phrase].length > 255) return errors.invalid('keyword');
  return phrase;
}

/** Identity form of a phrase: trimmed, lowercased, whitespace collapsed (§10.4). */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/\s+/g, ' ');
}
