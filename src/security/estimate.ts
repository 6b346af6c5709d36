/**
 * The credit estimate of an operation, in two steps so the first can be cached per document:
 * `analyseOperation` turns the document into a plan (the selected fields with their schema definitions,
 * fragments inlined), and `priceOperation` prices the plan for one request. Only fields that declare a
 * `price` (src/pricing/fields.ts) spend; fields that declare `refs` tell the estimate their children (from
 * the arguments, the parent or data fresh in the cache), so a charge is named by its cache entry:
 * repeated entries are one charge, and a fresh entry costs nothing now. Where the children are not known
 * without spending (a page of rows not cached yet), each parent counts as the field's list multiplier of
 * distinct children, the cold worst case. `ceiling` prices the same plan as if the cache were empty.
 */
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type Context, coercedVariables, type RequestMemos } from '../context.js';
import { FieldPrice, FieldRefs, LIST_MULTIPLIER } from '../pricing/fields.js';
import { priceOf } from '../pricing/index.js';
import { type CacheKey, type Consulted, cacheKeyString, NotCached } from '../upstream/cache.js';
import type { UpstreamName } from '../upstream/errors.js';
import type { RequestLedger } from '../upstream/ledger.js';
import { creditsCharged } from './charges.js';

export type Credits = Record<UpstreamName, number>;

export interface Estimate {
  /** What this request will spend now: charges whose entries are not fresh in the cache. */
  estimated: Credits;
  /** The cold worst case: every charge, as if nothing were cached. */
  ceiling: Credits;
}

/** One selected field of the plan, with the fields selected under it. */
interface PlanField {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** Response path of the field, e.g. `domain.keywords`: names the children not known yet. */
  path: string;
  selections: PlanField[];
  /** The field or one below it declares a price. */
  pays: boolean;
}

export interface Plan {
  fields: PlanField[];
  /** Coerces the request's variables as execution does (enum values, scalars), for the fields' arguments. */
  coerce: (variables: Record<string, unknown>, memos: RequestMemos) => Record<string, unknown> | undefined;
  /**
   * Some paying field reads when staged (a price's `read` or `entries`, free refs): without one, a staged pricing
   * learns nothing the admission pricing did not know, and is not run.
   */
  reads: boolean;
}

/** Plans per schema, parsed document (Yoga's parser cache answers the same one) and operation name. */
const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Plan>>>();

/**
 * The plan of the operation a request selects; undefined when the document has no such operation. Analysed
 * once per document and operation: requests differing only in their variables share it.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): Plan | undefined {
  let byDocument = plans.get(schema);
  if (!byDocument) {
    byDocument = new WeakMap();
    plans.set(schema, byDocument);
  }
  let byName = byDocument.get(document);
  if (!byName) {
    byName = new Map();
    byDocument.set(document, byName);
  }
  const name = operationName ?? '';
  let plan = byName.get(name);
  if (plan) return plan;
  plan = analyse(schema, document, operationName);
  // Only operations the document has: a name it lacks is not kept, so the map stays as small as the document.
  if (plan) byName.set(name, plan);
  return plan;
}

function analyse(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): Plan | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const collect = (set: SelectionSetNode, type: GraphQLNamedType, prefix: string, seen: Set<string>): PlanField[] =>
    set.selections.flatMap((selection): PlanField[] => {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) return [];
        const field = type.getFields()[name];
        if (!field) return [];
        const path = `${prefix}${selection.alias?.value ?? name}`;
        let named = field.type;
        while (isListType(named) || isNonNullType(named)) named = named.ofType;
        const selections = selection.selectionSet ? collect(selection.selectionSet, named, `${path}.`, seen) : [];
        const pays = field.extensions.price instanceof FieldPrice || selections.some((s) => s.pays);
        return [{ field, node: selection, path, selections, pays }];
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      // A fragment spread inside itself is refused by validation; the guard only keeps this walk finite.
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) return [];
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      const inner = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
      return condition ? collect(fragment.selectionSet, condition, prefix, inner) : [];
    });
  const definitions = operation.variableDefinitions ?? [];
  const coerce = (variables: Record<string, unknown>, memos: RequestMemos) => {
    const coerced = coercedVariables(memos, schema, definitions, variables);
    return 'coerced' in coerced ? coerced.coerced : undefined;
  };
  const fields = collect(operation.selectionSet, root, '', new Set());
  const reads = (list: readonly PlanField[]): boolean =>
    list.some(({ field, selections, pays }) => {
      if (!pays) return false;
      const { price, refs } = field.extensions;
      if (price instanceof FieldPrice && (price.spec.read || price.spec.entries)) return true;
      return (refs instanceof FieldRefs && refs.free) || reads(selections);
    });
  return { fields, coerce, reads: reads(fields) };
}

/**
 * `count` parents the estimate does not know yet, named by `id`. A parent it knows is its value itself: no
 * wrapper per keyword of a bulk request.
 */
class Unknown {
  constructor(
    readonly id: string,
    readonly count: number,
  ) {}
}

const zero = (): Credits => ({ seranking: 0, serpmetrics: 0 });

/** `fresh`: against the cache now; `cold`: as if it were empty (the ceiling); `staged`: see `stageEstimate`. */
type PricingMode = 'fresh' | 'cold' | 'staged';

/** How many children a list field may have per parent: its complexity multiplier, as the builder declares it. */
function multiplierOf(plan: PlanField, args: Record<string, unknown>, scope: Context): number {
  let option: unknown = plan.field.extensions.complexity;
  if (typeof option === 'function') option = option(args, scope, plan.field);
  if (option && typeof option === 'object' && 'multiplier' in option && typeof option.multiplier === 'number') {
    return Math.max(0, option.multiplier);
  }
  let type = plan.field.type;
  if (isNonNullType(type)) type = type.ofType;
  return isListType(type) ? LIST_MULTIPLIER : 1;
}

/** The values a refs function answered: lists flattened, null and failed items (invalid input) left out. */
async function valuesOf(answer: unknown): Promise<unknown[]> {
  // The answer itself rejecting (not cached, invalid input) is the caller's to handle; its items are not.
  const awaited: unknown = await answer;
  const items: unknown[] = Array.isArray(awaited) ? awaited : [awaited];
  // Values already (a page of results): no promise per item to settle.
  if (!items.some(isThenable)) return items.filter(usable);
  const settled = await Promise.allSettled(items);
  return settled.flatMap((s) => (s.status === 'fulfilled' && usable(s.value) ? [s.value] : []));
}

/** `valuesOf` without waiting when the answer and its items are values already; undefined when they are not. */
function valuesNow(answer: unknown): unknown[] | undefined {
  if (isThenable(answer)) return undefined;
  const items: unknown[] = Array.isArray(answer) ? answer : [answer];
  return items.some(isThenable) ? undefined : items.filter(usable);
}

const usable = (value: unknown): boolean => value != null && !(value instanceof Error);

const isThenable = (value: unknown): boolean =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';

/**
 * Cache key strings of charges, per price and parent value, when the price reads no arguments: the fields of
 * one entry (a keyword's four metrics) build its key once per pricing, not once per field.
 * null: the entry refused the parent (invalid input).
 */
type EntryNames = Map<FieldPrice, Map<object, string | null>>;

function entryName(
  price: FieldPrice,
  entry: NonNullable<FieldPrice['spec']['entry']>,
  value: unknown,
  args: Record<string, unknown>,
  scope: Context,
  names: EntryNames,
): string | null {
  // A Map, not a WeakMap: it lives as long as the request's pricings, and a WeakMap entry costs the collector more.
  let byParent: Map<object, string | null> | undefined;
  if (typeof value === 'object' && value !== null && hasNoKeys(args)) {
    byParent = names.get(price) ?? new Map<object, string | null>();
    names.set(price, byParent);
    const known = byParent.get(value);
    if (known !== undefined) return known;
  }
  let name: string | null;
  let keep = true;
  try {
    const key = entry(value, args, scope);
    // A key its builder memoises carries its string: asking again is as cheap as this map, so it is not kept
    // (a keyword's metrics key: 10,000 map entries per pricing of a bulk request).
    keep = key.id === undefined;
    name = cacheKeyString(key);
  } catch {
    name = null;
  }
  if (keep && byParent && typeof value === 'object' && value !== null) byParent.set(value, name);
  return name;
}

/**
 * What the pricings of one request share: the coerced variables and each field's arguments (coerced once, not
 * once per pricing), and the entries' key strings. null arguments: the field's arguments are invalid.
 */
export interface Shared {
  coerced: Record<string, unknown>;
  args: Map<PlanField, Record<string, unknown> | null>;
  names: EntryNames;
}

function argsOf(plan: PlanField, shared: Shared): Record<string, unknown> | null {
  let args = shared.args.get(plan);
  if (args === undefined) {
    try {
      args = getArgumentValues(plan.field, plan.node, shared.coerced);
    } catch {
      args = null;
    }
    shared.args.set(plan, args);
  }
  return args;
}

/** A request's last pricing inputs (its memo on the context): the admission pricings and the staged one coerce the variables once. */
export interface PricingInputs {
  plan: Plan;
  variables: Record<string, unknown>;
  shared: Shared | undefined;
}

/** The shared inputs of a request's pricings; undefined when its variables are invalid. */
function sharedOf(plan: Plan, variables: Record<string, unknown>, context: Context): Shared | undefined {
  const known = context.memos.pricingInputs;
  if (known && known.plan === plan && known.variables === variables) return known.shared;
  const coerced = plan.coerce(variables, context.memos);
  const shared = coerced ? new SharedInputs(coerced) : undefined;
  context.memos.pricingInputs = new PricingInputsOf(plan, variables, shared);
  return shared;
}

/** Classes, not literals, like every per-request object that holds others (see src/context.ts `RequestScopeOf`). */
class SharedInputs implements Shared {
  readonly args: Shared['args'] = new Map();
  readonly names: EntryNames = new Map();

  constructor(readonly coerced: Record<string, unknown>) {}
}

class PricingInputsOf implements PricingInputs {
  constructor(
    readonly plan: Plan,
    readonly variables: Record<string, unknown>,
    readonly shared: Shared | undefined,
  ) {}
}

function hasNoKeys(record: Record<string, unknown>): boolean {
  for (const _ in record) return false;
  return true;
}

/**
 * Prices a plan for one request. `cold` prices it as if the cache were empty (the ceiling). The scope's
 * cache is only read (`cachedOnly`): nothing is loaded, counted or refreshed; `consulted` gets every key
 * the (warm) pricing looked at.
 */
async function pricePlan(
  plan: Plan,
  shared: Shared,
  context: Context,
  mode: PricingMode,
  consulted: Consulted | undefined,
): Promise<Credits> {
  const credits = zero();
  const { names } = shared;
  const charged = new Set<string>();
  let groups = 0;
  const cold = mode === 'cold';
  const staged = mode === 'staged';
  const scope: Context = {
    ...context,
    fetchOptions: cold ? { cachedOnly: 'cold' } : { cachedOnly: 'fresh', consulted },
  };

  /** Synchronous unless it reads (staged): the estimate charges every parent of a priced list field. */
  const charge = (
    price: FieldPrice,
    plan: PlanField,
    parent: unknown,
    args: Record<string, unknown>,
    prepaid: string | undefined,
  ): Promise<void> | undefined => {
    const { upstream, endpoint, units, entry, read } = price.spec;
    if (prepaid === endpoint) return;
    let name: string;
    let fresh = false;
    let count = 1;
    if (parent instanceof Unknown) {
      name = `${parent.id}|${endpoint}`;
      count = parent.count;
    } else if (entry) {
      const named = entryName(price, entry, parent, args, scope, names);
      // Invalid input: the resolver refuses it before any call.
      if (named === null) return;
      name = named;
      if (charged.has(name)) return;
      fresh = !cold && scope.cache.has(name, consulted);
    } else {
      name = `${plan.path}|${endpoint}`;
    }
    if (charged.has(name)) return;
    charged.add(name);
    if (fresh) return;
    const bill = priceOf(endpoint).credits * (units ? units(args) : 1) * count;
    if (staged && read && !(parent instanceof Unknown)) {
      return (async () => {
        try {
          // The request's own read, billed to its ledger by the meter (counted by the caller), cached for execution.
          await read(parent, args, context);
        } catch {
          // A failed read costs nothing now; execution may try again, so it stays priced as asked.
          credits[upstream] += bill;
        }
      })();
    }
    credits[upstream] += bill;
  };

  /** A field buying several entries (`entries`): each distinct entry not fresh is one charge. */
  const chargeEntries = async (
    price: FieldPrice,
    _plan: PlanField,
    parent: unknown,
    args: Record<string, unknown>,
    prepaid: string | undefined,
  ): Promise<void> => {
    const { upstream, endpoint, units, entries } = price.spec;
    if (!entries || prepaid === endpoint) return;
    const each = priceOf(endpoint).credits * (units ? units(args) : 1);
    let keys: readonly CacheKey[] | undefined;
    const known = !(parent instanceof Unknown);
    if (known) {
      try {
        keys = await entries.keys(parent, args, scope);
      } catch (error) {
        // Anything but not cached: the field fails before any call.
        if (!(error instanceof NotCached)) return;
        if (staged) {
          try {
            // Free reads (the request's own, cached for execution) tell the entries exactly.
            keys = await entries.keys(parent, args, context);
          } catch (failed) {
            // Refused input fails the field before any paid call; a failed read leaves the bound.
            if (failed instanceof GraphQLError) return;
          }
        }
      }
    }
    if (!keys) {
      // Not known without a read: the most entries the field may buy, per parent.
      credits[upstream] += each * entries.bound(args) * (known ? 1 : parent.count);
      return;
    }
    for (const key of keys) {
      const name = cacheKeyString(key);
      if (charged.has(name)) continue;
      charged.add(name);
      if (cold || !scope.cache.has(name, consulted)) credits[upstream] += each;
    }
  };

  /** Children not known without spending: each parent counts as the field's list multiplier of them. */
  const unknownChildren = (plan: PlanField, parent: unknown, args: Record<string, unknown>): Unknown => {
    const base = parent instanceof Unknown ? parent.count : 1;
    const id = `${plan.path}#${groups++}`;
    return new Unknown(id, base * multiplierOf(plan, args, scope));
  };

  /** Synchronous when the field's refs answer values (a result's target): no promise per parent. */
  const childrenOf = (
    plan: PlanField,
    parent: unknown,
    args: Record<string, unknown>,
  ): unknown[] | Promise<unknown[]> => {
    // A connection's `edges` and each edge's `node` are the rows its field already counted.
    if (plan.field.extensions?.passThrough === true) return [parent];
    const refs = plan.field.extensions.refs instanceof FieldRefs ? plan.field.extensions.refs : undefined;
    if (parent instanceof Unknown || !refs) return [unknownChildren(plan, parent, args)];
    let answer: unknown;
    try {
      answer = refs.children(parent, args, scope);
    } catch (error) {
      answer = Promise.reject(error);
    }
    // One value (a result's target): no array of values to filter.
    if (!Array.isArray(answer) && !isThenable(answer)) return usable(answer) ? [answer] : [];
    return valuesNow(answer) ?? childrenLater(plan, parent, args, refs, answer);
  };

  const childrenLater = async (
    plan: PlanField,
    parent: unknown,
    args: Record<string, unknown>,
    refs: FieldRefs,
    answer: unknown,
  ): Promise<unknown[]> => {
    try {
      return await valuesOf(answer);
    } catch (error) {
      // Not cached: the children are not known yet. Anything else: the field fails before any call.
      if (!(error instanceof NotCached)) return [];
    }
    // Only where it tells a price: a free read adds its latency before execution.
    if (staged && refs.free && plan.selections.some((s) => s.pays)) {
      try {
        // Free reads (the request's own, cached for execution) tell the children exactly.
        return await valuesOf(refs.children(parent, args, context));
      } catch {
        // The field will fail or answer nothing: the children stay unknown, priced as the worst case.
      }
    }
    return [unknownChildren(plan, parent, args)];
  };

  /** `prepaid`: the endpoint the parents' data came with (one for all: they are the children of one field). */
  const walk = async (
    fields: readonly PlanField[],
    parents: readonly unknown[],
    prepaid: string | undefined,
  ): Promise<void> => {
    for (const plan of fields) {
      // Neither priced nor above a priced field: it spends nothing.
      if (!plan.pays) continue;
      const args = argsOf(plan, shared);
      if (!args) continue;
      const price = plan.field.extensions.price;
      if (price instanceof FieldPrice) {
        const pay = price.spec.entries ? chargeEntries : charge;
        const pending: Array<Promise<void>> = [];
        // Index loops over the parents: in this async walk `for...of` made an iterator result per parent and
        // field (~3 MB for the two pricings of a 10,000-keyword request).
        for (let i = 0; i < parents.length; i++) {
          const paying = pay(price, plan, parents[i], args, prepaid);
          if (paying) pending.push(paying);
        }
        if (pending.length > 0) await Promise.all(pending);
      }
      if (plan.selections.length === 0) continue;
      // A connection's edges and nodes keep their parents' prepaid endpoint; children of refs get the refs' own.
      const passThrough = plan.field.extensions?.passThrough === true;
      const refs = plan.field.extensions.refs;
      const childPrepaid = passThrough ? prepaid : refs instanceof FieldRefs ? refs.prepaid : undefined;
      // One parent answering values (a bulk list's root): its array is the children, not copied.
      let children: unknown[] = [];
      let later: Array<unknown[] | Promise<unknown[]>> | undefined;
      for (let i = 0; i < parents.length; i++) {
        const answer = childrenOf(plan, parents[i], args);
        if (later) later.push(answer);
        else if (answer instanceof Promise) later = [answer];
        else if (parents.length === 1) children = answer;
        else for (let j = 0; j < answer.length; j++) children.push(answer[j]);
      }
      if (later) for (const answer of await Promise.all(later)) for (const child of answer) children.push(child);
      if (children.length > 0) await walk(plan.selections, children, childPrepaid);
    }
  };

  await walk(plan.fields, [undefined], undefined);
  return credits;
}

/**
 * The estimate of one request: the plan priced against the cache now, and cold. Of the cache, it depends on
 * the entries it looked at (`consulted`): another request of the same document, operation, variables and
 * credentials gets the same estimate while those entries are the same.
 */
export async function priceOperation(
  plan: Plan,
  variables: Record<string, unknown>,
  context: Context,
  consulted?: Consulted,
): Promise<Estimate> {
  const shared = sharedOf(plan, variables, context);
  // Invalid variables: the request is refused before execution, and nothing is spent.
  if (!shared) return { estimated: zero(), ceiling: zero() };
  const [estimated, ceiling] = await Promise.all([
    pricePlan(plan, shared, context, 'fresh', consulted),
    pricePlan(plan, shared, context, 'cold', undefined),
  ]);
  return { estimated, ceiling };
}

/**
 * The estimate of an admitted request, priced again with what only an answer tells: its lists billed per
 * returned row are read (they may hold fewer rows than asked, or none) and count what they were billed, and
 * free reads (a SERP) tell which children follow, so distinct children are counted once. These are the
 * request's own reads, through the cache: execution then finds them there. Never below what the request will
 * spend.
 */
export async function stageEstimate(
  plan: Plan,
  variables: Record<string, unknown>,
  context: Context,
  ledger: RequestLedger,
): Promise<Credits> {
  const before = creditsCharged(ledger);
  const shared = sharedOf(plan, variables, context);
  if (!shared) return zero();
  const credits = await pricePlan(plan, shared, context, 'staged', undefined);
  // Only SE Ranking bills reads (SERPmetrics reads are free).
  credits.seranking += creditsCharged(ledger) - before;
  return credits;
}

export const totalOf = (credits: Credits): number => credits.seranking + credits.serpmetrics;
