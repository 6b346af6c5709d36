/**
 * How fields spend credits, for the estimate (src/security/estimate.ts): a field that calls a paid endpoint
 * declares a `price` naming the endpoint (its credits per unit come from the pricing table, ./index.ts) and how
 * many units the field's arguments ask for; every other field is free. The Pothos `complexity` of a field only
 * says how many children a list field may have (its multiplier). The graph declares these on its fields; the
 * estimate reads them: both import them from here, so security/ depends on pricing/, not on graph/.
 */
import type { Context } from '../context.js';
import type { CacheKey } from '../upstream/cache.js';
import type { UpstreamName } from '../upstream/errors.js';
import type { SerankingEndpoint, SerpmetricsEndpoint } from './index.js';

/** Children per parent of a list field that declares no multiplier (the estimate's cold assumption). */
export const LIST_MULTIPLIER = 10;

/**
 * Where a field spends credits, for the estimate (src/security/estimate.ts): declared in the field's
 * `extensions.price`. A charge is one upstream entry (a target's summary, a keyword's export row, a page of
 * rows): fields reading the same entry share it, and an entry fresh in the cache costs nothing now.
 */
export interface PriceSpec<Parent, Args> {
  upstream: UpstreamName;
  /** The endpoint billed (its price is in src/pricing): with the parent it names one charge when the parent is not known yet. */
  endpoint: SerankingEndpoint | SerpmetricsEndpoint;
  /** Units of one charge (targets, rows asked for, requests, pairs), from the field's arguments; 1 by default. */
  units?: (args: Args) => number;
  /** The cache entry the charge pays for. None: the field spends on every request (paid writes). */
  entry?: (parent: Parent, args: Args, scope: Context) => CacheKey;
  /**
   * The read of that entry, for a list billed per returned row: what it costs is known only from its answer
   * (fewer rows than asked, or none), so once the request is admitted at the rows asked for, the estimate reads
   * it (the request's own read, through the cache) and counts what it was billed (src/security/estimate.ts).
   */
  read?: (parent: Parent, args: Args, scope: Context) => Promise<unknown>;
  /**
   * Several entries the field buys at once, one charge of `units` each (instead of `entry`): e.g. the keyword
   * metrics of every pair an order compares, shared with the same entries elsewhere in the request. `keys` reads
   * like a `refs` function (cache-only; `NotCached` when they are not known without a read, which the staged
   * estimate may then make: only free reads); unknown, they are priced as `bound` entries.
   */
  entries?: {
    keys: (parent: Parent, args: Args, scope: Context) => Promise<readonly CacheKey[]>;
    bound: (args: Args) => number;
  };
}

export class FieldPrice {
  constructor(readonly spec: PriceSpec<unknown, Record<string, unknown>>) {}
}

/**
 * How the estimate learns a field's children without spending: the function reads only through the
 * scope's cache (the estimate runs it cache-only, `NotCached` when the data is not fresh) or from the
 * parent and arguments. Children of an idea row arrive with their keyword metrics (`prepaid`).
 */
export class FieldRefs {
  constructor(
    readonly children: (parent: unknown, args: Record<string, unknown>, scope: Context) => unknown,
    readonly prepaid?: string,
    /** The children are read from free endpoints (SERPmetrics reads): the estimate may load them. */
    readonly free = false,
  ) {}
}

/** `extensions: { price: priced<Parent, Args>({...}) }` on a field that calls a paid endpoint. */
export const priced = <Parent, Args>(spec: PriceSpec<Parent, Args>): FieldPrice =>
  // The estimate calls it with this field's parent values and coerced arguments only.
  new FieldPrice(spec as unknown as PriceSpec<unknown, Record<string, unknown>>);

/** `extensions: { refs: refsOf<Parent, Args>(fn) }` on a field between the root and a priced field. */
export const refsOf = <Parent, Args>(
  children: (parent: Parent, args: Args, scope: Context) => unknown,
  prepaid?: string,
  free?: boolean,
): FieldRefs =>
  new FieldRefs(
    children as unknown as (parent: unknown, args: Record<string, unknown>, scope: Context) => unknown,
    prepaid,
    free,
  );

/** `refsOf` for children read from free endpoints (SERPmetrics reads): the estimate may load them. */
export const freeRefsOf = <Parent, Args>(
  children: (parent: Parent, args: Args, scope: Context) => unknown,
): FieldRefs => refsOf(children, undefined, true);
