/**
 * Credits at the edge. Before any resolver runs, the operation is priced (src/security/estimate.ts): its
 * plan is analysed from the document, then priced for this request against the cache, so `estimated` is
 * what the request will spend now (0 when its data is cached) and `ceiling` the cold worst case. The
 * client's budgets apply to `estimated`: per operation, an absolute ceiling for everyone, and per time
 * window (the estimate is reserved, and all but the actual charge and the SERPmetrics checks the request
 * queued, billed when they complete, handed back afterwards). Every response
 * carries `extensions.cost = { estimated, ceiling, actual, upstreams }`, `actual` being what the upstreams
 * really billed this request (the credit meter; cache hits cost nothing), per upstream in `upstreams`.
 */
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Context } from '../context.js';
import { gatewayError } from '../errors/index.js';
import type { Consulted } from '../upstream/cache.js';
import type { UpstreamName } from '../upstream/errors.js';
import { RequestLedger } from '../upstream/ledger.js';
import { type ClientIdentity, identityOf } from './auth.js';
import { attributeLedger, creditsCharged, creditsCommitted } from './charges.js';
import { analyseOperation, type Credits, type Estimate, priceOperation, stageEstimate, totalOf } from './estimate.js';
import type { ClientWindows } from './windows.js';

type UpstreamCost = { estimated: number; ceiling: number; actual: number };

export interface CostReport extends UpstreamCost {
  /** The same figures per upstream. */
  upstreams: Record<UpstreamName, UpstreamCost>;
}

interface CostRecord {
  estimate: Estimate;
  ledger?: RequestLedger | undefined;
  /** Credits reserved from the client's window, handed back down to `actual` when execution ends. */
  reserved: number;
  identity?: ClientIdentity | undefined;
}

/**
 * Estimates known without pricing again: the result cache keeps the estimate of a result it serves while every
 * cache entry the pricing consulted is one that result depends on (src/result-cache.ts).
 */
export interface KnownEstimates {
  /** The request's estimate when it is known, otherwise undefined (it is priced). */
  get(context: unknown): Estimate | undefined;
  /** The request was priced; `consulted`: the cache keys the pricing looked at, with the fresh entries it read. */
  priced(context: unknown, estimate: Estimate, consulted: Consulted): void;
}

export interface CostOptions {
  /** Absolute ceiling per operation, whoever asks (COST_LIMIT_EXCEEDED). 0 = none. */
  maxCost: number;
  windowSeconds: number;
  anonymous: ClientIdentity;
  windows: ClientWindows;
  known?: KnownEstimates | undefined;
}

interface YogaContext {
  request?: Request;
  params?: { variables?: Record<string, unknown> | null; operationName?: string | null };
  ledger?: unknown;
}

const requestOf = (context: unknown): Request | undefined => (context as YogaContext | undefined)?.request;

const zero = (): Credits => ({ seranking: 0, serpmetrics: 0 });
const UNPRICED: Estimate = { estimated: zero(), ceiling: zero() };

/** The estimate of the operation a request selects; undefined when it cannot be priced (refused at the edge). */
export async function estimateCredits(
  schema: GraphQLSchema,
  document: DocumentNode,
  context: Context,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  consulted?: Consulted,
): Promise<Estimate | undefined> {
  const plan = analyseOperation(schema, document, operationName);
  if (!plan) return UNPRICED;
  try {
    return await priceOperation(plan, variables, context, consulted);
  } catch {
    // A field's price function failed: the operation cannot be priced, so it will not run.
    return undefined;
  }
}

/** Credits billed to the request so far, per upstream (SE Ranking from the meter; SERPmetrics bills later). */
const actualOf = (record: CostRecord | undefined): Credits => ({
  seranking: record?.ledger ? creditsCharged(record.ledger) : 0,
  serpmetrics: 0,
});

function reportOf(record: CostRecord | undefined): CostReport {
  const { estimated, ceiling } = record?.estimate ?? UNPRICED;
  const actual = actualOf(record);
  const per = (u: UpstreamName): UpstreamCost => ({ estimated: estimated[u], ceiling: ceiling[u], actual: actual[u] });
  return {
    estimated: totalOf(estimated),
    ceiling: totalOf(ceiling),
    actual: totalOf(actual),
    upstreams: { seranking: per('seranking'), serpmetrics: per('serpmetrics') },
  };
}

/**
 * The cost of one subscription event: what was billed for it, per upstream: the check it delivers (SERPmetrics
 * bills a check as it emerges, once, whoever receives it) and the reads that resolved its fields (SE Ranking).
 */
const eventCost = (
  ledger: RequestLedger,
): Pick<CostReport, 'actual'> & { upstreams: Record<UpstreamName, { actual: number }> } => {
  const seranking = creditsCharged(ledger);
  const serpmetrics = ledger.checkCredits;
  return {
    actual: seranking + serpmetrics,
    upstreams: { seranking: { actual: seranking }, serpmetrics: { actual: serpmetrics } },
  };
};

const budgetError = (message: string, record: CostRecord, extra: Record<string, unknown> = {}) =>
  gatewayError('CREDIT_BUDGET_EXCEEDED', message, { cost: reportOf(record), ...extra });

/**
 * An admitted request's estimate priced again once its lists billed per row are read (`stageEstimate`); the
 * admitted estimate when that pricing fails (it stays a safe upper bound). The reservation is not changed: it is
 * settled down to the actual spend when execution ends.
 */
async function staged(
  args: { schema: GraphQLSchema; document: DocumentNode },
  yoga: YogaContext,
  context: Context,
  admitted: Estimate,
  ledger: RequestLedger,
): Promise<Estimate> {
  const plan = analyseOperation(args.schema, args.document, yoga.params?.operationName);
  // Nothing to read: pricing again would only repeat the admission pricing (a bulk keyword query: a third walk).
  if (!plan?.reads) return admitted;
  try {
    const estimated = await stageEstimate(plan, yoga.params?.variables ?? {}, context, ledger);
    return { estimated, ceiling: admitted.ceiling };
  } catch {
    return admitted;
  }
}

export function useCreditBudget(options: CostOptions): Plugin<Record<string, unknown>> {
  const records = new WeakMap<Request, CostRecord>();
  const windowFor = (points: number) => options.windows('credits', points, options.windowSeconds);

  /** Checks the budgets and reserves the estimate; a rejection as an error, or undefined when it may run. */
  const admit = async (record: CostRecord, priced: boolean) => {
    const estimated = totalOf(record.estimate.estimated);
    const identity = record.identity ?? options.anonymous;
    if (!priced) {
      return gatewayError('COST_LIMIT_EXCEEDED', 'The operation could not be priced; nothing was sent upstream.', {
        cost: reportOf(record),
      });
    }
    if (options.maxCost > 0 && estimated > options.maxCost) {
      return gatewayError('COST_LIMIT_EXCEEDED', 'The operation costs more credits than this gateway allows.', {
        cost: reportOf(record),
      });
    }
    if (identity.creditsPerRequest > 0 && estimated > identity.creditsPerRequest) {
      return budgetError("The operation's estimated credits exceed this client's per-request budget.", record);
    }
    if (identity.creditsPerWindow > 0 && estimated > 0) {
      const limiter = windowFor(identity.creditsPerWindow);
      try {
        await limiter.consume(identity.key, estimated);
        record.reserved = estimated;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        // A refused reservation must not count against the window.
        await limiter.reward(identity.key, estimated);
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return budgetError("The operation's estimated credits exceed this client's remaining budget.", record, {
          retryable: true,
          retryAfter,
        });
      }
    }
    return undefined;
  };

  const settle = async (record: CostRecord): Promise<void> => {
    const identity = record.identity ?? options.anonymous;
    const committed = record.ledger ? creditsCommitted(record.ledger) : 0;
    const refund = record.reserved - totalOf(actualOf(record)) - committed;
    record.reserved = 0;
    if (refund > 0 && identity.creditsPerWindow > 0)
      await windowFor(identity.creditsPerWindow).reward(identity.key, refund);
  };

  const guard = async (
    context: unknown,
    args: { schema: GraphQLSchema; document: DocumentNode },
    stop: (result: ExecutionResult) => void,
  ) => {
    const request = requestOf(context);
    if (!request) return undefined;
    const yoga = context as YogaContext;
    let estimate = options.known?.get(context);
    const fresh = estimate === undefined;
    if (!estimate) {
      const consulted: Consulted = new Map();
      estimate = await estimateCredits(
        args.schema,
        args.document,
        context as Context,
        yoga.params?.variables ?? {},
        yoga.params?.operationName,
        consulted,
      );
      if (estimate) options.known?.priced(context, estimate, consulted);
    }
    const record: CostRecord = { estimate: estimate ?? UNPRICED, reserved: 0 };
    records.set(request, record);
    record.identity = identityOf(request);
    record.ledger = yoga.ledger instanceof RequestLedger ? yoga.ledger : undefined;
    if (record.ledger) attributeLedger(record.ledger, (record.identity ?? options.anonymous).name);
    const refused = await admit(record, estimate !== undefined);
    if (refused) {
      stop({ errors: [refused] });
      return record;
    }
    if (fresh && record.ledger && totalOf(record.estimate.estimated) > 0) {
      record.estimate = await staged(args, yoga, context as Context, record.estimate, record.ledger);
    }
    return record;
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const record = await guard(
        args.contextValue,
        { schema: args.schema, document: args.document },
        setResultAndStopExecution,
      );
      if (!record) return;
      return {
        async onExecuteDone() {
          await settle(record);
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      await guard(args.contextValue, { schema: args.schema, document: args.document }, setResultAndStopExecution);
      return {
        onSubscribeResult: () => ({
          // Each event resolves with a ledger of its own (src/graph/live/subscriptions.ts): it reports what was billed for it.
          onNext: ({ args: { contextValue }, result, setResult }) => {
            const ledger = (contextValue as YogaContext).ledger;
            if (ledger instanceof RequestLedger) {
              setResult({ ...result, extensions: { ...result.extensions, cost: eventCost(ledger) } });
            }
          },
        }),
      };
    },
    onResultProcess({ request, result, setResult }) {
      if (isAsyncIterable(result)) return;
      const cost = reportOf(records.get(request));
      const add = (r: ExecutionResult): ExecutionResult => ({ ...r, extensions: { ...r.extensions, cost } });
      setResult(Array.isArray(result) ? result.map(add) : add(result));
    },
  };
}
