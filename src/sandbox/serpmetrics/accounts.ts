// SERPmetrics sandbox accounts and their credit ledger (serpmetrics.md §6.2, §10.1): demo accounts, charging at
// completion with block conversion, the good-standing value and the grace period behind 402 and held checks.
import { z } from 'zod';
import { SANDBOX_KEYS } from '../keys.js';

export interface Account {
  readonly id: string;
  key: string;
  /** null for accounts that never sign (`requireAuth: false`). */
  secret: string | null;
  requireAuth: boolean;
  disabled: boolean;
  callbackUrl: string | null;
  serpCredit: number;
  balance: number;
  apiCredit: number;
  topUp: number;
  blockPrice: number;
  graceSeconds: number;
  /** Sandbox ms since which the standing value has been ≤ 0; undefined while in good standing. */
  belowZeroSinceMs: number | undefined;
}

export const DEMO_ACCOUNT_KEYS = {
  broke: '00000000-5eed-4000-9000-000000000002',
  noauth: '00000000-5eed-4000-9000-000000000003',
  disabled: '00000000-5eed-4000-9000-000000000004',
} as const;

type AccountSeed = Omit<Account, 'belowZeroSinceMs'>;

/** What an account starts with, beside its id, key and secret: an empty ledger that signs its calls. */
const NEW_ACCOUNT: Omit<AccountSeed, 'id' | 'key' | 'secret'> = {
  requireAuth: true,
  disabled: false,
  callbackUrl: null,
  serpCredit: 0,
  balance: 0,
  apiCredit: 0,
  topUp: 0,
  blockPrice: 1,
  graceSeconds: 0,
};

const DEMO_ACCOUNTS: readonly AccountSeed[] = [
  {
    id: 'default',
    key: SANDBOX_KEYS.serpmetricsKey,
    secret: SANDBOX_KEYS.serpmetricsSecret,
    ...NEW_ACCOUNT,
    serpCredit: 100_000,
    balance: 100,
  },
  { id: 'broke', key: DEMO_ACCOUNT_KEYS.broke, secret: 'sandbox-secret-broke', ...NEW_ACCOUNT },
  {
    id: 'noauth',
    key: DEMO_ACCOUNT_KEYS.noauth,
    secret: null,
    ...NEW_ACCOUNT,
    requireAuth: false,
    serpCredit: 100_000,
    balance: 100,
  },
  {
    id: 'disabled',
    key: DEMO_ACCOUNT_KEYS.disabled,
    secret: 'sandbox-secret-disabled',
    ...NEW_ACCOUNT,
    disabled: true,
  },
];

/** Writable account fields, as accepted by `PUT`/`PATCH /__sandbox/accounts/{id}` and start options. */
export const AccountPatchSchema = z
  .object({
    key: z.string().min(1),
    secret: z.string().min(1).nullable(),
    requireAuth: z.boolean(),
    disabled: z.boolean(),
    callbackUrl: z.url().nullable(),
    serpCredit: z.number().int(),
    balance: z.number().finite(),
    apiCredit: z.number().finite(),
    topUp: z.number().finite(),
    blockPrice: z.number().positive(),
    graceSeconds: z.number().nonnegative(),
  })
  .partial()
  .strict();

export type AccountPatch = z.infer<typeof AccountPatchSchema>;

const LEDGER_FIELDS = ['serpCredit', 'balance', 'topUp', 'blockPrice', 'graceSeconds'] as const;

const cents = (x: number): number => Math.round(x * 100) / 100;

export class Accounts {
  private byId = new Map<string, Account>();

  constructor(overrides: Readonly<Record<string, AccountPatch>> = {}) {
    this.reset(overrides);
  }

  /** Restore the demo accounts, then apply `overrides` (start options survive a reset). */
  reset(overrides: Readonly<Record<string, AccountPatch>> = {}): void {
    this.byId = new Map(DEMO_ACCOUNTS.map((a) => [a.id, { ...a, belowZeroSinceMs: undefined }]));
    for (const [id, patch] of Object.entries(overrides)) this.upsert(id, patch);
  }

  list(): Account[] {
    return [...this.byId.values()];
  }

  get(id: string): Account | undefined {
    return this.byId.get(id);
  }

  byKey(key: string): Account | undefined {
    for (const a of this.byId.values()) if (a.key === key) return a;
    return undefined;
  }

  /** Create (secret `sandbox-secret-{id}` unless given) or update an account. */
  upsert(id: string, patch: AccountPatch): Account {
    const existing = this.byId.get(id);
    const account: Account = existing ?? {
      id,
      key: patch.key ?? `sandbox-serpmetrics-${id}`,
      secret: null,
      ...NEW_ACCOUNT,
      belowZeroSinceMs: undefined,
    };
    Object.assign(account, patch);
    if (patch.secret === undefined && existing === undefined && account.requireAuth) {
      account.secret = `sandbox-secret-${id}`;
    }
    this.byId.set(id, account);
    // a changed ledger starts a fresh grace period
    if (LEDGER_FIELDS.some((f) => patch[f] !== undefined)) account.belowZeroSinceMs = undefined;
    return account;
  }
}

/** S = balance + topUp + serpCredit × blockPrice / 1000 (§6.2 step 2). */
export function standingValue(a: Account): number {
  return a.balance + a.topUp + (a.serpCredit * a.blockPrice) / 1000;
}

export type Standing = 'good' | 'arrears' | 'pastGrace';

/** Good standing, arrears within grace, or past grace (402 on writes, checks held). */
export function standing(a: Account, nowMs: number): Standing {
  if (standingValue(a) > 0) {
    a.belowZeroSinceMs = undefined;
    return 'good';
  }
  a.belowZeroSinceMs ??= nowMs;
  return nowMs - a.belowZeroSinceMs >= a.graceSeconds * 1000 ? 'pastGrace' : 'arrears';
}

/** Charge a completed check; buy 1,000-credit blocks from the balance while credit is negative (§6.2 step 1). */
export function charge(a: Account, cost: number): void {
  a.serpCredit -= cost;
  while (a.serpCredit < 0 && a.balance >= a.blockPrice) {
    a.balance = cents(a.balance - a.blockPrice);
    a.serpCredit += 1000;
  }
}

/** Redact the path token (last segment) and the query of a callback URL. */
export function redactUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    const segments = u.pathname.split('/');
    if (segments.length > 1 && segments[segments.length - 1] !== '') segments[segments.length - 1] = 'REDACTED';
    return `${u.origin}${segments.join('/')}${u.search ? '?REDACTED' : ''}`;
  } catch {
    return 'REDACTED';
  }
}

/** The admin view of an account: no key, no secret, callback URL redacted. */
export function accountSummary(a: Account, nowMs: number): Record<string, unknown> {
  return {
    id: a.id,
    requireAuth: a.requireAuth,
    disabled: a.disabled,
    callbackUrl: redactUrl(a.callbackUrl),
    serpCredit: a.serpCredit,
    balance: a.balance,
    apiCredit: a.apiCredit,
    topUp: a.topUp,
    blockPrice: a.blockPrice,
    graceSeconds: a.graceSeconds,
    goodStanding: standing(a, nowMs) === 'good',
  };
}
