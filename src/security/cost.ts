/**
 * Credits at the edge. An operation's estimated cost is its Pothos complexity (fields declare their
 * credit prices from src/schema/cost.ts), computed once validation passed and before any resolver
 * runs; the client's budgets then apply: per operation, an absolute ceiling for everyone, and per time
 * window (the estimate is reserved, and all but the actual charge handed back afterwards). Every
 * response carries `extensions.cost = { estimated, actual }`, `actual` being what the upstreams really
 * billed this request (the credit meter; cache hits cost nothing).
 */
import { createComplexityRule } from '@pothos/plugin-complexity';
import { type DocumentNode, type ExecutionResult, Kind, validate, visit } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { gatewayError } from '../schema/errors.js';
import { RequestLedger } from '../upstream/ledger.js';
import { type ClientIdentity, identityOf } from './auth.js';
import { creditsCharged } from './charges.js';

export interface CostReport {
  /** Credits the operation was priced at before it ran. */
  estimated: number;
  /** Credits the upstreams billed for this request (0 when every answer came from the cache). */
  actual: number;
}

interface CostRecord {
  estimated: number;
  ledger?: RequestLedger | undefined;
  /** Credits reserved from the client's window, handed back down to `actual` when execution ends. */
  reserved: number;
  identity?: ClientIdentity | undefined;
}

export interface CostOptions {
  /** Absolute ceiling per operation, whoever asks (COST_LIMIT_EXCEEDED). 0 = none. */
  maxCost: number;
  windowSeconds: number;
  anonymous: ClientIdentity;
}

interface YogaContext {
  request?: Request;
  params?: { variables?: Record<string, unknown> | null; operationName?: string | null };
  ledger?: unknown;
}

const requestOf = (context: unknown): Request | undefined => (context as YogaContext | undefined)?.request;

/**
 * Estimated credits of the operation the request selects: undefined when its variables do not coerce
 * (execution refuses them), NaN when a field's price cannot be computed (the edge refuses the operation).
 */
export function estimateCredits(
  schema: Parameters<typeof validate>[0],
  document: DocumentNode,
  context: object,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
): number | undefined {
  let estimated: number | undefined;
  const rule = createComplexityRule({
    context,
    variableValues: variables,
    operationName: operationName ?? null,
    validate: () => undefined,
    onResult: (result) => {
      estimated = result.complexity;
    },
  });
  try {
    validate(schema, withoutMetaFields(document), [rule]);
  } catch {
    // A field's price function failed: the operation cannot be priced, so it will not run.
    return Number.NaN;
  }
  return estimated;
}

/** Meta fields (`__typename`, introspection) never reach an upstream: they are left out of the price. */
function withoutMetaFields(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.FIELD]: (node) => (node.name.value.startsWith('__') ? null : undefined),
  });
}

const budgetError = (message: string, estimated: number, extra: Record<string, unknown> = {}) =>
  gatewayError('CREDIT_BUDGET_EXCEEDED', message, { cost: { estimated, actual: 0 }, ...extra });

export function useCreditBudget(options: CostOptions): Plugin<Record<string, unknown>> {
  const records = new WeakMap<Request, CostRecord>();
  const windows = new Map<number, RateLimiterMemory>();
  const windowFor = (points: number): RateLimiterMemory => {
    let limiter = windows.get(points);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points, duration: options.windowSeconds });
      windows.set(points, limiter);
    }
    return limiter;
  };

  /** Checks the budgets and reserves the estimate; a rejection as an error, or undefined when it may run. */
  const admit = async (record: CostRecord) => {
    const { estimated } = record;
    const identity = record.identity ?? options.anonymous;
    if (!Number.isFinite(estimated)) {
      record.estimated = 0;
      return gatewayError('COST_LIMIT_EXCEEDED', 'The operation could not be priced; nothing was sent upstream.', {
        cost: { estimated: 0, actual: 0 },
      });
    }
    if (options.maxCost > 0 && estimated > options.maxCost) {
      return gatewayError('COST_LIMIT_EXCEEDED', 'The operation costs more credits than this gateway allows.', {
        cost: { estimated, actual: 0 },
      });
    }
    if (identity.creditsPerRequest > 0 && estimated > identity.creditsPerRequest) {
      return budgetError("The operation's estimated credits exceed this client's per-request budget.", estimated);
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
        return budgetError("The operation's estimated credits exceed this client's remaining budget.", estimated, {
          retryable: true,
          retryAfter,
        });
      }
    }
    return undefined;
  };

  const settle = async (record: CostRecord): Promise<void> => {
    const identity = record.identity ?? options.anonymous;
    const refund = record.reserved - actualOf(record);
    record.reserved = 0;
    if (refund > 0 && identity.creditsPerWindow > 0)
      await windowFor(identity.creditsPerWindow).reward(identity.key, refund);
  };

  const actualOf = (record: CostRecord): number => (record.ledger ? creditsCharged(record.ledger) : 0);

  const guard = async (
    context: unknown,
    args: { schema: Parameters<typeof validate>[0]; document: Parameters<typeof validate>[1] },
    stop: (result: ExecutionResult) => void,
  ) => {
    const request = requestOf(context);
    if (!request) return undefined;
    const yoga = context as YogaContext;
    let record = records.get(request);
    if (!record) {
      const estimated =
        estimateCredits(
          args.schema,
          args.document,
          context as object,
          yoga.params?.variables ?? {},
          yoga.params?.operationName,
        ) ?? 0;
      record = { estimated, reserved: 0 };
      records.set(request, record);
    }
    record.identity = identityOf(request);
    record.ledger = yoga.ledger instanceof RequestLedger ? yoga.ledger : undefined;
    const refused = await admit(record);
    if (refused) stop({ errors: [refused] });
    return record;
  };

  return {
    onValidate({ params, context }) {
      return ({ valid }) => {
        const request = requestOf(context);
        if (!valid || !request) return;
        const yoga = context as YogaContext;
        const estimated = estimateCredits(
          params.schema,
          params.documentAST,
          context,
          yoga.params?.variables ?? {},
          yoga.params?.operationName,
        );
        records.set(request, { estimated: estimated ?? 0, reserved: 0 });
      };
    },
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
    },
    onResultProcess({ request, result, setResult }) {
      if (isAsyncIterable(result)) return;
      const record = records.get(request);
      const cost: CostReport = { estimated: record?.estimated ?? 0, actual: record ? actualOf(record) : 0 };
      const add = (r: ExecutionResult): ExecutionResult => ({ ...r, extensions: { ...r.extensions, cost } });
      setResult(Array.isArray(result) ? result.map(add) : add(result));
    },
  };
}
