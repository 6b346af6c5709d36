// Request authentication (serpmetrics.md §3): `auth` = base64 HMAC-SHA256(secret, ts), `ts` within the window of
// the sandbox clock, keys looked up by value, accounts without auth, disabled accounts → 403.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Account, Accounts } from './accounts.js';
import { ApiError, MESSAGES } from './envelope.js';
import type { RequestFields } from './params.js';

export function sign(secret: string, ts: string): string {
  return createHmac('sha256', secret).update(ts).digest('base64');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The calling account, or the 401/403 ApiError. */
export function authenticate(
  fields: RequestFields,
  accounts: Accounts,
  nowSeconds: number,
  windowSeconds: number,
): Account {
  const key = fields.key?.trim();
  if (!key) throw new ApiError(401, MESSAGES.authMissing);
  const account = accounts.byKey(key);
  if (account?.requireAuth === false) return checkEnabled(account);
  if (fields.ts === undefined || fields.ts === '' || fields.auth === undefined || fields.auth === '') {
    throw new ApiError(401, MESSAGES.authMissing);
  }
  if (!account) throw new ApiError(401, MESSAGES.authUnknownKey);
  const ts = fields.ts.trim();
  if (!/^\d{1,12}$/.test(ts) || Math.abs(nowSeconds - Number(ts)) > windowSeconds) {
    throw new ApiError(401, MESSAGES.authTimestamp);
  }
  if (account.secret === null || !sameText(sign(account.secret, ts), fields.auth.trim())) {
    throw new ApiError(401, MESSAGES.authSignature);
  }
  return checkEnabled(account);
}

function checkEnabled(account: Account): Account {
  if (account.disabled) throw new ApiError(403, MESSAGES.forbiddenDisabled);
  return account;
}
