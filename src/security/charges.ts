/**
 * The credit meter: what each request was really charged upstream, from the calls it actually sent
 * (cache hits send none, so they cost nothing). Watches undici's diagnostics channels like the request
 * ledger does, and prices each SE Ranking reply by the contract's billing rules (seranking.md §4.4):
 * only 2xx answers are billed, per target, per returned row or per request. SERPmetrics reads are free
 * and its checks are billed later, when their data arrives (serpmetrics.md §6.2): a request that queues
 * checks commits their credits (held in its client's window), and the live updates report each completed
 * check once, to its payer, as a deferred charge (the credit metric counts those).
 */
import { subscribe } from 'node:diagnostics_channel';
import { CREDITS } from '../schema/cost.js';
import type { UpstreamName } from '../upstream/errors.js';
import { currentLedger, type RequestLedger, upstreamOfOrigin } from '../upstream/ledger.js';

type Price = { per: 'target'; units: number } | { per: 'row'; units: number } | { per: 'request'; units: number };

const S = CREDITS.seranking;
const SERANKING_PRICES: ReadonlyArray<readonly [suffix: string, price: Price]> = [
  ['/backlinks/summary', { per: 'target', units: S.perTarget }],
  ['/backlinks/metrics', { per: 'target', units: S.perTarget }],
  ['/backlinks/authority', { per: 'target', units: S.perTarget }],
  ['/backlinks/history/count', { per: 'request', units: S.historyCount }],
  ['/backlinks/all', { per: 'row', units: S.perBacklinkRow }],
  ['/backlinks/refdomains', { per: 'row', units: S.perBacklinkRow }],
  ['/backlinks/anchors', { per: 'row', units: S.perBacklinkRow }],
  ['/backlinks/history', { per: 'row', units: S.perBacklinkRow }],
  ['/domain/overview/db', { per: 'request', units: S.domainOverview }],
  ['/domain/overview/worldwide', { per: 'request', units: S.domainOverview }],
  ['/domain/keywords', { per: 'row', units: S.perDomainKeywordRow }],
  ['/domain/competitors', { per: 'request', units: S.domainCompetitors }],
  ['/keywords/export', { per: 'row', units: S.perKeywordMetrics }],
  ['/keywords/similar', { per: 'row', units: S.perKeywordIdeaRow }],
  ['/keywords/related', { per: 'row', units: S.perKeywordIdeaRow }],
  ['/keywords/questions', { per: 'row', units: S.perKeywordIdeaRow }],
];

/** Price of an SE Ranking path (query string included), or undefined for free endpoints. */
export function serankingPrice(path: string): { price: Price; targets: number } | undefined {
  const [pathname = '', query = ''] = path.split('?', 2);
  const found = SERANKING_PRICES.find(([suffix]) => pathname.endsWith(suffix));
  if (!found) return undefined;
  const params = new URLSearchParams(query);
  const targets = params.getAll('target').length + params.getAll('target[]').length;
  return { price: found[1], targets };
}

/** Rows of a reply: a bare array, or the first array property of an object (`{ total, keywords: [...] }`). */
export function rowsOf(body: string): number {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 0;
  }
  if (Array.isArray(json)) return json.length;
  if (json === null || typeof json !== 'object') return 0;
  const list = Object.values(json).find((v) => Array.isArray(v));
  return Array.isArray(list) ? list.length : 0;
}

interface Pending {
  ledger: RequestLedger;
  price: Price;
  targets: number;
  status: number;
  chunks: Buffer[];
}

const credits = new WeakMap<RequestLedger, number>();
const pending = new WeakMap<object, Pending>();

/** Credits charged so far to the request this ledger belongs to. */
export const creditsCharged = (ledger: RequestLedger): number => credits.get(ledger) ?? 0;

const charge = (ledger: RequestLedger, amount: number): void => {
  if (amount > 0) credits.set(ledger, creditsCharged(ledger) + amount);
};

const committed = new WeakMap<RequestLedger, number>();
const payers = new WeakMap<RequestLedger, string>();

/** SERPmetrics credits a request committed to (checks queued, billed when each completes). */
export const creditsCommitted = (ledger: RequestLedger): number => committed.get(ledger) ?? 0;

export function commitCredits(ledger: RequestLedger, amount: number): void {
  if (amount > 0) committed.set(ledger, creditsCommitted(ledger) + amount);
}

/** Whom a request's spending is attributed to (a client name, safe for labels); set by the budget plugin. */
export const payerOf = (ledger: RequestLedger): string => payers.get(ledger) ?? 'anonymous';

export function attributeLedger(ledger: RequestLedger, payer: string): void {
  payers.set(ledger, payer);
}

/** The payer of the daily checks of tracked keywords: the deployment's shared list, no single client. */
export const TRACKING_PAYER = 'tracking';

/** The credits one completed check of a queue costs (serpmetrics.md §6.2). */
export const CHECK_CREDITS = {
  daily: CREDITS.serpmetrics.dailyCheckPerPair,
  priority: CREDITS.serpmetrics.priorityCheckPerPair,
  delayed: CREDITS.serpmetrics.delayedCheckPerPair,
} as const;

export interface DeferredCharge {
  upstream: UpstreamName;
  payer: string;
  credits: number;
}

type ChargeListener = (charge: DeferredCharge) => void;
/** Listeners per gateway, keyed by an object the gateway owns (its shared cache): gateways in one process stay apart. */
const deferredListeners = new WeakMap<object, Set<ChargeListener>>();

/** Calls `listener` for every charge billed after its request ended; returns the unsubscribe function. */
export function onDeferredCharge(owner: object, listener: ChargeListener): () => void {
  let set = deferredListeners.get(owner);
  if (!set) {
    set = new Set();
    deferredListeners.set(owner, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** A charge billed after its request ended (a SERPmetrics check completing), reported once by the gateway. */
export function chargeDeferred(owner: object, charge: DeferredCharge): void {
  if (charge.credits <= 0) return;
  for (const listener of deferredListeners.get(owner) ?? []) listener(charge);
}

interface UndiciRequest {
  origin?: unknown;
  path?: unknown;
}

let installed = false;

/** Starts metering (idempotent): called once by the edge. */
export function installCreditMeter(): void {
  if (installed) return;
  installed = true;
  subscribe('undici:request:create', (message) => {
    const request = (message as { request?: UndiciRequest }).request;
    const ledger = currentLedger();
    if (!request || !ledger || request.origin == null || typeof request.path !== 'string') return;
    if (upstreamOfOrigin(String(request.origin)) !== 'seranking') return;
    const priced = serankingPrice(request.path);
    if (priced) pending.set(request, { ledger, ...priced, status: 0, chunks: [] });
  });
  subscribe('undici:request:headers', (message) => {
    const { request, response } = message as { request: object; response: { statusCode: number } };
    const p = pending.get(request);
    if (p) p.status = response.statusCode;
  });
  subscribe('undici:request:bodyChunkReceived', (message) => {
    const { request, chunk } = message as { request: object; chunk: Buffer };
    const p = pending.get(request);
    if (p && p.price.per === 'row' && p.status >= 200 && p.status < 300) p.chunks.push(chunk);
  });
  subscribe('undici:request:trailers', (message) => {
    const { request } = message as { request: object };
    const p = pending.get(request);
    if (!p) return;
    pending.delete(request);
    // 244 (target too large) and every error are free; only a 2xx answer is billed.
    if (p.status < 200 || p.status >= 300 || p.status === 244) return;
    if (p.price.per === 'target') charge(p.ledger, p.price.units * p.targets);
    else if (p.price.per === 'request') charge(p.ledger, p.price.units);
    else charge(p.ledger, p.price.units * rowsOf(Buffer.concat(p.chunks).toString('utf8')));
  });
  subscribe('undici:request:error', (message) => {
    pending.delete((message as { request: object }).request);
  });
}
