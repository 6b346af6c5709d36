/**
 * The credit meter: what each request was really charged upstream, from the calls it actually sent
 * (cache hits send none, so they cost nothing). A watcher of the call observer (src/upstream/observer.ts),
 * it prices each SE Ranking reply by the contract's billing rules (seranking.md §4.4):
 * only 2xx answers are billed, per target, per returned row or per request. SERPmetrics reads are free
 * and its checks are billed later, when their data arrives (serpmetrics.md §6.2): a request that queues
 * checks commits their credits (held in its client's window), and the live updates report each completed
 * check once, to its payer, as a deferred charge (the credit metric counts those).
 */
import { type Billing, priceOf, serankingEndpointOf } from '../pricing/index.js';
import type { UpstreamName } from '../upstream/errors.js';
import { countJsonArray } from '../upstream/json-array.js';
import type { RequestLedger } from '../upstream/ledger.js';
import type { CallWatcher } from '../upstream/observer.js';

/** The billing of an SE Ranking path (query string included) and the targets it sends; undefined when free. */
export function serankingPrice(path: string): { per: Billing; credits: number; targets: number } | undefined {
  const endpoint = serankingEndpointOf(path);
  const price = endpoint && priceOf(endpoint);
  if (!price || price.per === 'free') return undefined;
  const params = new URLSearchParams(path.split('?', 2)[1] ?? '');
  const targets = params.getAll('target').length + params.getAll('target[]').length;
  return { ...price, targets };
}

/** Rows of a reply: a bare array, or the first array property of an object (`{ total, keywords: [...] }`). */
export function rowsOf(body: string): number {
  const rows = countJsonArray(body);
  if (rows !== undefined) return rows;
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

/** Credits charged so far to the request this ledger belongs to. */
export const creditsCharged = (ledger: RequestLedger): number => ledger.creditsCharged;

/** SERPmetrics credits a request committed to (checks queued, billed when each completes). */
export const creditsCommitted = (ledger: RequestLedger): number => ledger.creditsCommitted;

export function commitCredits(ledger: RequestLedger, amount: number): void {
  if (amount > 0) ledger.creditsCommitted += amount;
}

/** Whom a request's spending is attributed to (a client name, safe for labels); set by the budget plugin. */
export const payerOf = (ledger: RequestLedger): string => ledger.payer;

export function attributeLedger(ledger: RequestLedger, payer: string): void {
  ledger.payer = payer;
}

/** The payer of the daily checks of tracked keywords: the deployment's shared list, no single client. */
export const TRACKING_PAYER = 'tracking';

export interface DeferredCharge {
  upstream: UpstreamName;
  payer: string;
  credits: number;
}

type ChargeListener = (charge: DeferredCharge) => void;

/** A gateway's charges billed after their request ended (SERPmetrics checks completing): live updates report them, metrics count them. */
export class DeferredCharges {
  private readonly listeners = new Set<ChargeListener>();

  /** Calls `listener` for every deferred charge; returns the unsubscribe function. */
  listen(listener: ChargeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(charge: DeferredCharge): void {
    if (charge.credits <= 0) return;
    for (const listener of this.listeners) listener(charge);
  }
}

/** Charges each request for the SE Ranking calls it sent: a 2xx answer other than 244, priced by endpoint. */
export const meterCredits: CallWatcher = (call) => {
  const { ledger } = call;
  if (call.upstream !== 'seranking' || !ledger) return undefined;
  const priced = serankingPrice(call.path);
  if (!priced) return undefined;
  return ({ status, body }) => {
    // 244 (target too large) and every error are free; only a 2xx answer is billed.
    if (status === undefined || status < 200 || status >= 300 || status === 244) return;
    const { per, credits, targets } = priced;
    const units = per === 'target' ? targets : per === 'row' ? rowsOf(body ?? '') : 1;
    ledger.creditsCharged += credits * units;
  };
};
