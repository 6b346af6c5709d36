// The fault plan of both emulators (seranking.md §7.8, serpmetrics.md §10.7): latency, random error rates and
// forced one-shot faults, drawn from a seeded PRNG so runs reproduce.
// Exports: FaultPlanSchema (zod; extend it for emulator-specific sections), FaultShorthandSchema, FaultPlan,
//   FaultShorthand, Injection, FaultDecision, CallTarget, FaultInjector (replace / add / clear / decide),
//   endpointMatches.
import { z } from 'zod';
import { type Rng, rng } from './rng.js';

const LatencySpec = z.strictObject({
  fixedMs: z.number().min(0).default(0),
  jitterMs: z.number().min(0).default(0),
});

const Headers = z.record(z.string(), z.string());

const RateRule = z.strictObject({
  endpoint: z.string().default('*'),
  method: z.string().nullable().default(null),
  key: z.string().nullable().default(null),
  status: z.number().int().min(100).max(599),
  probability: z.number().min(0).max(1),
  body: z.unknown().optional(),
  headers: Headers.optional(),
});

const ForcedRule = z
  .strictObject({
    endpoint: z.string().default('*'),
    method: z.string().nullable().default(null),
    key: z.string().nullable().default(null),
    action: z.enum(['status', 'hang', 'reset', 'malformed']).optional(),
    status: z.number().int().min(100).max(599).optional(),
    when: z.enum(['before', 'after']).default('before'),
    count: z.number().int().min(1).default(1),
    hangMs: z.number().int().min(0).default(30_000),
    body: z.unknown().optional(),
    headers: Headers.optional(),
  })
  .refine((r) => (r.action ?? 'status') !== 'status' || r.status !== undefined, {
    message: 'a forced rule needs a status or an action',
  });

export const FaultPlanSchema = z.strictObject({
  seed: z.number().int().optional(),
  latency: LatencySpec.extend({ endpoints: z.record(z.string(), LatencySpec).optional() }).optional(),
  rates: z.array(RateRule).default([]),
  forced: z.array(ForcedRule).default([]),
});
export type FaultPlan = z.output<typeof FaultPlanSchema>;
type ForcedRuleT = z.output<typeof ForcedRule>;

/** `POST /__sandbox/faults` shorthand (the fixed minimum of both contracts); every field applies to every endpoint. */
export const FaultShorthandSchema = z.strictObject({
  latencyMs: z.number().min(0).optional(),
  jitterMs: z.number().min(0).optional(),
  errorRates: z.record(z.string().regex(/^[1-5]\d\d$/, 'status codes as keys'), z.number().min(0).max(1)).optional(),
  forceStatus: z
    .strictObject({
      status: z.number().int().min(100).max(599),
      count: z.number().int().min(1).default(1),
      retryAfter: z.number().min(0).optional(),
    })
    .optional(),
  dropConnection: z.strictObject({ count: z.number().int().min(1).default(1) }).optional(),
});
export type FaultShorthand = z.output<typeof FaultShorthandSchema>;
const SHORTHAND_KEYS = new Set(Object.keys(FaultShorthandSchema.shape));

export type Injection =
  | { action: 'status'; status: number; headers: Record<string, string>; body?: unknown }
  | { action: 'malformed'; status: number; headers: Record<string, string> }
  | { action: 'hang'; hangMs: number }
  | { action: 'reset' };

export interface FaultDecision {
  latencyMs: number;
  /** applied instead of the handler */
  before: Injection | null;
  /** applied to the handler's reply (the handler ran and charged) */
  after: Injection | null;
}

/** What a fault rule can match on: path (no query), method and key id (null when the call carried none). */
export interface CallTarget {
  method: string;
  path: string;
  key: string | null;
}

/** Exact path, a prefix ending in `*`, or `*`. */
export function endpointMatches(pattern: string, path: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

function ruleMatches(rule: { endpoint: string; method: string | null; key: string | null }, call: CallTarget): boolean {
  return (
    endpointMatches(rule.endpoint, call.path) &&
    (rule.method === null || rule.method.toUpperCase() === call.method.toUpperCase()) &&
    (rule.key === null || rule.key === call.key)
  );
}

function toInjection(rule: ForcedRuleT): Injection {
  const action = rule.action ?? 'status';
  const headers = rule.headers ?? {};
  switch (action) {
    case 'hang':
      return { action, hangMs: rule.hangMs };
    case 'reset':
      return { action };
    case 'malformed':
      return { action, status: rule.status ?? 200, headers };
    case 'status':
      return { action, status: rule.status ?? 500, headers, ...(rule.body === undefined ? {} : { body: rule.body }) };
  }
}

/**
 * Holds one fault plan and decides, call by call, what to inject. Generic over the plan schema so an emulator can
 * add sections (`FaultPlanSchema.extend({ callbacks: ... })`); the sections this class knows stay typed.
 */
export class FaultInjector<S extends z.ZodType<FaultPlan> = typeof FaultPlanSchema> {
  #plan: z.output<S>;
  #random: Rng;

  constructor(readonly schema: S = FaultPlanSchema as unknown as S) {
    this.#plan = schema.parse({});
    this.#random = rng('faults', '0');
  }

  get plan(): z.output<S> {
    return this.#plan;
  }

  /** PUT: replace the plan (throws a ZodError on bad input). */
  replace(input: unknown): z.output<S> {
    this.#plan = this.schema.parse(input ?? {});
    this.#reseed();
    return this.#plan;
  }

  /** POST: add plan sections and/or the shorthand to the current plan (rules appended, scalars replaced). */
  add(input: unknown): z.output<S> {
    const body = input ?? {};
    if (typeof body !== 'object' || Array.isArray(body)) throw new TypeError('fault body must be a JSON object');
    const entries = Object.entries(body);
    const short = FaultShorthandSchema.parse(Object.fromEntries(entries.filter(([k]) => SHORTHAND_KEYS.has(k))));
    const given = Object.fromEntries(entries.filter(([k]) => !SHORTHAND_KEYS.has(k)));
    const partial = this.schema.parse(given);
    const current = this.#plan;
    const next: z.output<S> = {
      ...current,
      ...Object.fromEntries(Object.keys(given).map((k) => [k, (partial as Record<string, unknown>)[k]])),
      rates: [...current.rates, ...partial.rates, ...shorthandRates(short)],
      forced: [...current.forced, ...partial.forced, ...shorthandForced(short)],
    };
    if (short.latencyMs !== undefined || short.jitterMs !== undefined) {
      next.latency = {
        ...next.latency,
        fixedMs: short.latencyMs ?? next.latency?.fixedMs ?? 0,
        jitterMs: short.jitterMs ?? next.latency?.jitterMs ?? 0,
      };
    }
    this.#plan = next;
    if (given.seed !== undefined) this.#reseed();
    return this.#plan;
  }

  /** DELETE: an empty plan. */
  clear(): void {
    this.replace({});
  }

  /** Decide the faults of one call; forced rules are consumed here. */
  decide(call: CallTarget): FaultDecision {
    const plan = this.#plan;
    const decision: FaultDecision = { latencyMs: this.#latency(call), before: null, after: null };
    const index = plan.forced.findIndex((rule) => ruleMatches(rule, call));
    const rule = plan.forced[index];
    if (rule) {
      if (rule.count <= 1) plan.forced.splice(index, 1);
      else rule.count -= 1;
      decision[rule.when] = toInjection(rule);
      return decision;
    }
    for (const rate of plan.rates) {
      if (!ruleMatches(rate, call)) continue;
      if (this.#random() < rate.probability) {
        decision.before = {
          action: 'status',
          status: rate.status,
          headers: rate.headers ?? {},
          ...(rate.body === undefined ? {} : { body: rate.body }),
        };
        break;
      }
    }
    return decision;
  }

  /** A uniform draw from the fault PRNG, for emulator-specific sections (e.g. callback drops). */
  draw(): number {
    return this.#random();
  }

  #latency(call: CallTarget): number {
    const latency = this.#plan.latency;
    if (!latency) return 0;
    const specific = Object.entries(latency.endpoints ?? {}).find(([pattern]) => endpointMatches(pattern, call.path));
    const spec = specific ? specific[1] : latency;
    if (spec.fixedMs === 0 && spec.jitterMs === 0) return 0;
    return spec.fixedMs + spec.jitterMs * this.#random();
  }

  #reseed(): void {
    this.#random = rng('faults', String(this.#plan.seed ?? 0));
  }
}

function shorthandRates(short: FaultShorthand): FaultPlan['rates'] {
  return Object.entries(short.errorRates ?? {}).map(([status, probability]) => ({
    endpoint: '*',
    method: null,
    key: null,
    status: Number(status),
    probability,
  }));
}

function shorthandForced(short: FaultShorthand): FaultPlan['forced'] {
  const rules: FaultPlan['forced'] = [];
  if (short.forceStatus) {
    const { status, count, retryAfter } = short.forceStatus;
    rules.push({
      endpoint: '*',
      method: null,
      key: null,
      action: 'status',
      status,
      when: 'before',
      count,
      hangMs: 30_000,
      ...(retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } }),
    });
  }
  if (short.dropConnection) {
    rules.push({
      endpoint: '*',
      method: null,
      key: null,
      action: 'reset',
      when: 'after',
      count: short.dropConnection.count,
      hangMs: 30_000,
    });
  }
  return rules;
}
