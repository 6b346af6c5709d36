/**
 * Input checks run before any SE Ranking call (seranking.md §5.1, §8 item 2): a bad value gets the code the
 * upstream would answer, without spending a credit. Also the normalisations that match rows back to inputs.
 */
import { getDomain, getHostname } from 'tldts';
import { UpstreamError, type UpstreamErrorCode } from '../errors.js';
import { FIELD_DATABASES } from './sources.js';
import type { TargetMode } from './types.js';

const SOURCES: ReadonlySet<string> = new Set(FIELD_DATABASES.map((db) => db.code));
const MODES: ReadonlySet<string> = new Set<TargetMode>(['host', 'domain', 'url']);
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const invalidInput = (code: UpstreamErrorCode, detail: string): UpstreamError =>
  new UpstreamError({ code, upstream: 'seranking', detail });

/** A regional database code, lowercased; `worldwide` and unknown codes are INVALID_SOURCE. */
export function checkSource(source: string): string {
  const code = source.trim().toLowerCase();
  if (!SOURCES.has(code)) throw invalidInput('INVALID_SOURCE', 'source');
  return code;
}

export function checkMode(mode: string): TargetMode {
  if (!MODES.has(mode)) throw invalidInput('INVALID_PARAMETER', 'mode');
  return mode as TargetMode;
}

/** Labels of [a-z0-9-] (no hyphen at either end), 1–63 characters, at least one dot, alphabetic TLD, at most
 * 253 characters; a trailing dot is allowed. */
export function isHostname(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const labels = name.split('.');
  const tld = labels.at(-1) ?? '';
  return name.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^[a-z]{2,63}$/.test(tld);
}

function isIPv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** Verdicts of `checkTarget` by raw target (the valid value, or false): a top 100 checks the same hosts on
 * every request, twice (pricing and resolving), and a URL target costs a URL parse. Bounded by clearing. */
const checkedTargets = new Map<string, string | false>();
const CHECKED_TARGETS_MAX = 10_000;
const CHECKED_TARGET_CHARS = 256;

/** A backlinks target, trimmed: a bare hostname or an http(s) URL (a bare host with a path is not one, as the
 * sandbox rules of seranking.md §5.1 say); otherwise INVALID_TARGET. */
export function checkTarget(target: string): string {
  let verdict = checkedTargets.get(target);
  if (verdict === undefined) {
    verdict = validTarget(target);
    // Long ones (URLs with paths) are checked each time: they would make the bound a matter of megabytes.
    if (target.length <= CHECKED_TARGET_CHARS) {
      if (checkedTargets.size >= CHECKED_TARGETS_MAX) checkedTargets.clear();
      checkedTargets.set(target, verdict);
    }
  }
  if (verdict === false) throw invalidInput('INVALID_TARGET', 'target');
  return verdict;
}

function validTarget(target: string): string | false {
  const value = target.trim();
  if (value.length === 0 || value.length > 2048 || /\s/.test(value)) return false;
  if (SCHEME.test(value)) {
    let host: string;
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      host = url.hostname;
    } catch {
      return false;
    }
    return isHostname(host) || isIPv4(host) ? value : false;
  }
  return isHostname(value) ? value : false;
}

/** A domain-analysis domain: scheme, `www.`, port and path stripped, lowercased; otherwise INVALID_DOMAIN. */
export function checkDomain(domain: string): string {
  const value = domain.trim().toLowerCase();
  const host = SCHEME.test(value) ? (getHostname(value) ?? '') : (value.split(/[/?#:]/, 1)[0] ?? '');
  const bare = host.replace(/\.$/, '').replace(/^www\./, '');
  if (/\s/.test(value) || !isHostname(bare)) throw invalidInput('INVALID_DOMAIN', 'domain');
  return bare;
}

/** A keyword, trimmed: 1–255 characters, no control characters; otherwise INVALID_KEYWORDS. */
export function checkKeyword(keyword: string): string {
  const value = keyword.trim();
  if (value.length === 0 || value.length > 255 || CONTROL.test(value))
    throw invalidInput('INVALID_KEYWORDS', 'keyword');
  return value;
}

/** A row limit: below 1 is out of bounds, above the endpoint maximum is ROW_LIMIT_EXCEEDED. */
export function checkLimit(limit: number | undefined, max: number, name = 'limit'): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isInteger(limit) || limit < 1) throw invalidInput('INVALID_PARAMETER', name);
  if (limit > max) throw invalidInput('ROW_LIMIT_EXCEEDED', name);
  return limit;
}

/** An integer parameter within [min, max]; otherwise INVALID_PARAMETER. */
export function checkInt(value: number | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  if (value !== undefined && (!Number.isInteger(value) || value < min || value > max)) {
    throw invalidInput('INVALID_PARAMETER', name);
  }
  return value;
}

/** A calendar date YYYY-MM-DD; otherwise INVALID_PARAMETER. */
export function checkDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw invalidInput('INVALID_PARAMETER', name);
  }
  return value;
}

/** The key that matches a row's echoed target to the target sent: lowercase host, no trailing slash, no scheme
 * (nor `www.`) outside url mode. */
export function targetKey(target: string, mode: TargetMode): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)(.*)$/i.exec(target.trim());
  const scheme = mode === 'url' ? (match?.[1] ?? '').toLowerCase() : '';
  let host = (match?.[2] ?? '').toLowerCase();
  if (mode !== 'url') host = host.replace(/^www\./, '');
  return `${scheme}${host}${match?.[3] ?? ''}`.replace(/\/+$/, '');
}

/** The registrable domain of a target (`en.wikipedia.org` → `wikipedia.org`): the unit the 244 answers concern. */
export function siteOf(target: string): string {
  const value = target.trim().toLowerCase();
  const host = SCHEME.test(value) ? (getHostname(value) ?? value) : (value.split(/[/?#:]/, 1)[0] ?? value);
  return getDomain(host) ?? host;
}
