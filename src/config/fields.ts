/**
 * The zod parsers of single environment variables. Each problem reads `what was expected, got "value"`;
 * secrets and URLs that may carry one are never echoed.
 */
import { z } from 'zod';

const MAX_ECHO = 60;
export const echo = (value: string): string =>
  JSON.stringify(value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);

/** An unset or blank variable counts as absent, so `PORT=` falls back to the default. */
export const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const integer = (min: number, max: number, fallback: number) =>
  optionalString.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const n = /^[+]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message: `expected an integer between ${min} and ${max}, got ${echo(raw)}` });
    return z.NEVER;
  });

export const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  optionalString.transform((raw, ctx): T => {
    if (raw === undefined) return fallback;
    const found = values.find((v) => v === raw.toLowerCase());
    if (found !== undefined) return found;
    ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}, got ${echo(raw)}` });
    return z.NEVER;
  });

export const TRUE = new Set(['1', 'true', 'yes', 'on']);
export const FALSE = new Set(['0', 'false', 'no', 'off']);

/** A switch; undefined when unset, so the caller picks a default that may depend on other variables. */
export const flag = optionalString.transform((raw, ctx): boolean | undefined => {
  if (raw === undefined) return undefined;
  const v = raw.toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  ctx.addIssue({ code: 'custom', message: `expected 1/0, true/false, yes/no or on/off, got ${echo(raw)}` });
  return z.NEVER;
});

export const baseUrl = (fallback: string) =>
  optionalString.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const url = URL.canParse(raw) ? new URL(raw) : undefined;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) {
      return raw.replace(/\/+$/, '');
    }
    // A URL with credentials in it is refused without echoing it.
    const shown = url && (url.username || url.password) ? 'a URL with credentials' : echo(raw);
    ctx.addIssue({ code: 'custom', message: `expected an http(s) URL without credentials, got ${shown}` });
    return z.NEVER;
  });

/** Secrets: only presence is checked; their value never appears in a message. */
export const secret = optionalString;

/** A redis:// or rediss:// URL; never echoed (it may carry a password). */
export const redisUrl = optionalString.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (url && (url.protocol === 'redis:' || url.protocol === 'rediss:')) return raw;
  ctx.addIssue({ code: 'custom', message: 'expected a redis:// or rediss:// URL' });
  return z.NEVER;
});

/** The callback path token: long and URL-safe, since it is the route's only protection; never echoed. */
export const callbackToken = optionalString.transform((raw, ctx) => {
  if (raw === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(raw)) return raw;
  ctx.addIssue({ code: 'custom', message: 'expected 16 to 256 characters of A-Z, a-z, 0-9, _ or -' });
  return z.NEVER;
});

/** CORS_ORIGINS: comma-separated origins, or `*`; unset = no cross-origin access. */
export const corsOrigins = optionalString.transform((raw, ctx) => {
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected * or origins like https://app.example.com, got ${echo(origin)}`,
      });
    }
  }
  return origins;
});

/** Default manifests of `TRUSTED_DOCUMENTS=1`: the client package's operations and the dashboard's (codegen output). */
export const DEFAULT_TRUSTED_DOCUMENTS = [
  'packages/client/src/generated/persisted-documents.json',
  'web/generated/persisted-documents.json',
] as const;

/** TRUSTED_DOCUMENTS: `1` for the codegen manifests, `0` or unset for any document, or comma-separated paths. */
export const trustedDocuments = optionalString.transform((raw): readonly string[] | undefined => {
  if (raw === undefined) return undefined;
  const lower = raw.toLowerCase();
  if (TRUE.has(lower)) return DEFAULT_TRUSTED_DOCUMENTS;
  if (FALSE.has(lower)) return undefined;
  return raw.split(',').map((p) => p.trim());
});
