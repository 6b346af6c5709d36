/**
 * The one pricing table: each upstream endpoint seograph calls, by its identity (the path the client calls, the
 * cache keys' `endpoint`), with what it bills (seranking.md §4.4, serpmetrics.md §6.2). The clients build their
 * paths from it, the cache keys name it, the meter (src/security/charges.ts) bills each call by it and the
 * estimate (src/pricing/fields.ts, src/security/estimate.ts) prices fields by it.
 */

/** How an endpoint bills one successful answer: per target sent, per row returned, per request or per pair. */
export type Billing = 'target' | 'row' | 'request' | 'pair' | 'free';

interface EndpointPrice {
  per: Billing;
  /** Credits per unit (target, row, request, pair). */
  credits: number;
}

const price = (per: Billing, credits: number): EndpointPrice => ({ per, credits });
const UNBILLED = price('free', 0);

/** SE Ranking endpoints, by their path after `/v1/`. */
export const SERANKING_PRICES = {
  'backlinks/summary': price('target', 100),
  'backlinks/metrics': price('target', 100),
  'backlinks/authority': price('target', 100),
  'backlinks/all': price('row', 1),
  'backlinks/refdomains': price('row', 1),
  'backlinks/anchors': price('row', 1),
  'backlinks/history': price('row', 1),
  'backlinks/history/count': price('request', 100),
  'domain/overview/db': price('request', 100),
  'domain/overview/worldwide': price('request', 100),
  'domain/overview/history': UNBILLED,
  // Per returned keyword; the figure is the sandbox's (the real one is not published).
  'domain/keywords': price('row', 1),
  'domain/competitors': price('request', 100),
  // Sandbox choice between the two published models: per returned row, so the ledger follows batch size.
  'keywords/export': price('row', 10),
  'keywords/similar': price('row', 10),
  'keywords/related': price('row', 10),
  'keywords/questions': price('row', 10),
  'keywords/longtail': UNBILLED,
  'account/subscription': UNBILLED,
  'account/credit-balance': UNBILLED,
} as const satisfies Record<string, EndpointPrice>;

export type SerankingEndpoint = keyof typeof SERANKING_PRICES;

/** The path of an SE Ranking endpoint. */
export const serankingPath = (endpoint: SerankingEndpoint): `/v1/${SerankingEndpoint}` => `/v1/${endpoint}`;

/**
 * SERPmetrics endpoints that spend: the adds, billed per keyword pair when each check emerges from its queue
 * (daily checks of tracked pairs, every day). Its reads are free.
 */
export const SERPMETRICS_PRICES = {
  'keywords/add': price('pair', 1),
  // Engines added to a tracked keyword: daily checks of the new pairs.
  'keywords/append_engines': price('pair', 1),
  'priority/add': price('pair', 6),
  'delayed/add': price('pair', 1),
} as const satisfies Record<string, EndpointPrice>;

export type SerpmetricsEndpoint = keyof typeof SERPMETRICS_PRICES;

/** The path of a SERPmetrics endpoint that spends. */
export const serpmetricsPath = <E extends SerpmetricsEndpoint>(endpoint: E): `/${E}` => `/${endpoint}`;

/** What one completed check of a queue costs: the price of the add that queued it. */
export const CHECK_CREDITS = {
  daily: SERPMETRICS_PRICES['keywords/add'].credits,
  priority: SERPMETRICS_PRICES['priority/add'].credits,
  delayed: SERPMETRICS_PRICES['delayed/add'].credits,
} as const;

/** The price of an endpoint of either upstream. */
export function priceOf(endpoint: SerankingEndpoint | SerpmetricsEndpoint): EndpointPrice {
  return endpoint in SERANKING_PRICES
    ? SERANKING_PRICES[endpoint as SerankingEndpoint]
    : SERPMETRICS_PRICES[endpoint as SerpmetricsEndpoint];
}

/** The SE Ranking endpoint of a path the client called (query string allowed), if it is one of the table. */
export function serankingEndpointOf(path: string): SerankingEndpoint | undefined {
  const pathname = path.split('?', 1)[0] ?? '';
  const at = pathname.indexOf('/v1/');
  const endpoint = at < 0 ? pathname.replace(/^\//, '') : pathname.slice(at + 4);
  return endpoint in SERANKING_PRICES ? (endpoint as SerankingEndpoint) : undefined;
}
