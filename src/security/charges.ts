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

/**
 * Elements of a JSON array text, counted without building them: a 10,000-keyword export would otherwise be parsed
 * a second time into 10,000 rows only to be counted. Undefined when the text is not one balanced array.
 */
function arrayLength(text: string): number | undefined {
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_LIST) return undefined;
  const empty = text.charCodeAt(skipSpace(text, at + 1)) === CLOSE_LIST;
  let depth = 0;
  let commas = 0;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      // Past the string: a backslash escapes the character after it.
      for (at++; at < text.length && text.charCodeAt(at) !== QUOTE; at++) if (text.charCodeAt(at) === BACKSLASH) at++;
    } else if (c === OPEN_LIST || c === OPEN_OBJECT) {
      depth++;
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && c === COMMA) {
      commas++;
    }
  }
  // Unclosed, or followed by more than whitespace.
  if (depth !== 0 || skipSpace(text, at + 1) !== text.length) return undefined;
  return empty ? 0 : commas + 1;
}

const skipSpace = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
};

const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const [OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Rows of a reply: a bare array, or the first array property of an object (`{ total, keywords: [...] }`). */
export function rowsOf(body: string): number {
  const rows = arrayLength(body);
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
