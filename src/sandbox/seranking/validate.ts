// Parameter validation of the SE Ranking emulator (seranking.md §3.4 rows, §5.1 target/domain rules). Each reader
// throws the ApiError of the first failing row; handlers call them in the §3.7 order.
import { hostOf } from '../common/catalogue.js';
import type { Params } from '../common/http.js';
import { ApiError, MESSAGES } from './errors.js';
import { SOURCE_CODES } from './reference.js';

const bad = (message: string, targets?: readonly string[]): ApiError => new ApiError(400, message, targets);

/** Step 6: every name must be present with a non-empty value. */
export function requireParams(p: Params, ...names: string[]): void {
  for (const name of names) {
    const values = p.all(name);
    if (values.length === 0 || values.every((v) => v.trim() === '')) throw bad(MESSAGES.missing(name));
  }
}

/** Step 7: a regional database; `worldwide` is 404 on every endpoint that needs one database. */
export function readSource(p: Params): string {
  const source = (p.get('source') ?? '').trim().toLowerCase();
  if (source === 'worldwide') throw new ApiError(404, MESSAGES.invalidSource);
  if (!SOURCE_CODES.has(source)) throw bad(MESSAGES.invalidSource);
  return source;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A hostname: labels [a-z0-9-] of 1–63 characters, at least one dot, alphabetic TLD, ≤ 253 characters. */
export function isHostname(s: string): boolean {
  const host = s.toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (!/^[a-z]{2,63}$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((l) => LABEL.test(l));
}

function isIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255);
}

/**
 * §5.1: a hostname, or an http(s) URL whose host is a hostname or an IPv4 address. A host followed by a path
 * without a scheme (`twitter.com/seranking`, §4.1) counts as an https URL.
 */
export function isValidTarget(raw: string): boolean {
  let t = raw.trim();
  if (t.length === 0 || t.length > 2_048) return false;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(t) && t.includes('/')) t = `https://${t}`;
  if (/^https?:\/\//i.test(t)) {
    try {
      const url = new URL(t);
      return isHostname(url.hostname) || isIpv4(url.hostname);
    } catch {
      return false;
    }
  }
  return isHostname(t);
}

/** Step 8: every target valid, else `Invalid target` listing the bad ones as sent. */
export function checkTargets(targets: readonly string[]): void {
  const invalid = targets.filter((t) => !isValidTarget(t));
  if (invalid.length > 0) throw bad(MESSAGES.invalidTarget, invalid);
}

/** Step 8 (domain analysis): a bare hostname, no scheme, path, port or spaces. */
export function readDomain(p: Params): string {
  const domain = (p.get('domain') ?? '').trim();
  if (!isHostname(domain)) throw bad(MESSAGES.invalidDomain);
  return hostOf(domain);
}

/** Trim, lowercase and collapse whitespace (seranking.md §7.2). */
export function normalizeKeyword(k: string): string {
  return k.trim().toLowerCase().replace(/\s+/g, ' ');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is rejected
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Step 8: 1–255 characters after trimming, no control characters. */
export function isValidKeyword(k: string): boolean {
  const t = k.trim();
  return t.length > 0 && t.length <= 255 && !CONTROL.test(t);
}

export function readKeyword(p: Params): string {
  const k = p.get('keyword') ?? '';
  if (!isValidKeyword(k)) throw bad(MESSAGES.invalidKeywords);
  return normalizeKeyword(k);
}

/** `mode`: host (default), domain or url. */
export function readMode(p: Params): 'host' | 'domain' | 'url' {
  const mode = p.get('mode');
  if (mode === undefined) return 'host';
  if (mode === 'host' || mode === 'domain' || mode === 'url') return mode;
  throw bad(MESSAGES.unsupportedFormat('mode'));
}

/** An optional parameter sent as an empty string is invalid (§2). */
function present(p: Params, name: string): string | undefined {
  const v = p.get(name);
  if (v === undefined) return undefined;
  if (v.trim() === '') throw bad(MESSAGES.invalidParam(name));
  return v.trim();
}

export interface IntRule {
  def: number;
  min: number;
  max?: number;
  /** above max answers `Row limit exceeded` (the `limit` parameter) */
  rowLimit?: boolean;
}

export function readInt(p: Params, name: string, rule: IntRule): number {
  const v = present(p, name);
  if (v === undefined) return rule.def;
  if (!/^-?\d+$/.test(v)) throw bad(MESSAGES.unsupportedFormat(name));
  const n = Number(v);
  if (rule.max !== undefined && n > rule.max && rule.rowLimit) throw bad(MESSAGES.rowLimit);
  if (n < rule.min || (rule.max !== undefined && n > rule.max)) throw bad(MESSAGES.bounds(name, v));
  return n;
}

/** A number (filter bound) within [min, max]. */
export function readNumber(p: Params, name: string, min: number, max: number): number | undefined {
  const v = present(p, name);
  if (v === undefined) return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw bad(MESSAGES.unsupportedFormat(name));
  const n = Number(v);
  if (n < min || n > max) throw bad(MESSAGES.bounds(name, v));
  return n;
}

export function readBool(p: Params, name: string, def: boolean): boolean {
  const v = present(p, name);
  if (v === undefined) return def;
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw bad(MESSAGES.unsupportedFormat(name));
}

export function readEnum<T extends string>(p: Params, name: string, values: readonly T[]): T | undefined {
  const v = present(p, name);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw bad(MESSAGES.invalidParam(name));
  return v as T;
}

/** `YYYY-MM-DD` that is a real date. */
export function readDate(p: Params, name: string): string | undefined {
  const v = present(p, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw bad(MESSAGES.unsupportedFormat(name));
  }
  if (new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) throw bad(MESSAGES.unsupportedFormat(name));
  return v;
}

/** `sort_order` / `order_type`: asc or desc, else `Incorrect order`. */
export function readOrder(p: Params, name: string): 'asc' | 'desc' {
  const v = p.get(name);
  if (v === undefined) return 'desc';
  if (v === 'asc' || v === 'desc') return v;
  throw bad(MESSAGES.incorrectOrder);
}

/** Sort field check (row 4): the message carries the received field and direction. */
export function readSortField<T extends string>(
  p: Params,
  name: string,
  orderName: string,
  allowed: readonly T[],
  def: T,
): T {
  const v = p.get(name);
  if (v === undefined) return def;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw bad(MESSAGES.incorrectOrderField(v, p.get(orderName) ?? 'desc'));
}

/** A comma list whose items must all be in `allowed`; `Parameter {name} is invalid.` otherwise. */
export function readCommaList(p: Params, name: string, allowed: readonly string[]): string[] | undefined {
  const v = present(p, name);
  if (v === undefined) return undefined;
  const items = v.split(',').map((s) => s.trim());
  if (items.some((i) => !allowed.includes(i))) throw bad(MESSAGES.invalidParam(name));
  return items;
}

/** Parameters the endpoint does not take but rejects on purpose (competitors: url, stats). */
export function rejectParams(p: Params, ...names: string[]): void {
  for (const name of names) if (p.has(name)) throw bad(MESSAGES.invalidParam(name));
}

/** `filter[<field>][from|to]` numeric ranges. */
export function readRangeFilters(
  p: Params,
  fields: Record<string, [number, number]>,
): Record<string, { from?: number; to?: number }> {
  const out: Record<string, { from?: number; to?: number }> = {};
  for (const [field, [min, max]] of Object.entries(fields)) {
    const from = readNumber(p, `filter[${field}][from]`, min, max);
    const to = readNumber(p, `filter[${field}][to]`, min, max);
    if (from !== undefined || to !== undefined)
      out[field] = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  }
  return out;
}

export function inRange(value: number, range: { from?: number; to?: number } | undefined): boolean {
  if (!range) return true;
  return (range.from === undefined || value >= range.from) && (range.to === undefined || value <= range.to);
}
