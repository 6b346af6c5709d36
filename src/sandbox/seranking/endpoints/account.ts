// `/v1/account/*` endpoints (seranking.md §5.15): free, ignore licence expiry, read the caller's ledger.
import type { Endpoint } from './types.js';

/** Units as the real API writes them: strings like `"99828779.0"`. */
function units(n: number): string {
  return `${Math.max(0, n)}.0`;
}

function expiry(start: string): string {
  return `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
}

const subscription: Endpoint = {
  path: '/v1/account/subscription',
  methods: ['GET'],
  body: null,
  account: true,
  items: () => 0,
  run({ key }) {
    const status = key.disabled ? 'disabled' : key.license === 'expired' ? 'expired' : 'active';
    return {
      body: {
        subscription_info: {
          status,
          start_date: key.startedAt,
          expiraton_date: expiry(key.startedAt),
          units_limit: units(key.limit),
          units_left: units(key.limit - key.used),
        },
      },
    };
  },
};

const creditBalance: Endpoint = {
  path: '/v1/account/credit-balance',
  methods: ['GET'],
  body: null,
  account: true,
  items: () => 0,
  run({ key }) {
    return { body: { limit: key.limit, used: key.used } };
  },
};

export const ACCOUNT_ENDPOINTS: readonly Endpoint[] = [subscription, creditBalance];
