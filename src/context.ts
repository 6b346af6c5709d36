/**
 * The per-request GraphQL context: the gateway's services (configuration, upstream clients, the shared cache,
 * one-off checks, live updates), the request's ledger and deadline signal, and a typed registry of per-request DataLoaders that domain modules
 * declare with `defineLoader` and use with `ctx.loaders.get(ref)`.
 */
import { setMaxListeners } from 'node:events';
import type DataLoader from 'dataloader';
import { type GraphQLSchema, getVariableValues, type VariableDefinitionNode } from 'graphql';
import type { Config } from './config/index.js';
import type { LiveUpdates } from './live/updates.js';
import type { PricingInputs } from './security/estimate.js';
import type { CacheKey, FetchOptions, UpstreamCache } from './upstream/cache.js';
import { RequestLedger } from './upstream/ledger.js';
import type { CallObserver } from './upstream/observer.js';
import { knowDeadline } from './upstream/resilience/deadline.js';
import type { SerankingClient } from './upstream/seranking/client.js';
import type { SerpmetricsClient } from './upstream/serpmetrics/client.js';
import type { OneOffChecks } from './upstream/serpmetrics/one-offs.js';

/** The upstream clients (built by src/clients.ts); their `credentialId` scopes cache keys. */
export interface UpstreamClients {
  seranking: SerankingClient;
  serpmetrics: SerpmetricsClient;
  /** The observer of both clients' calls: the gateway's metrics watch it. */
  calls: CallObserver;
}

/**
 * What one request's reads build once and share between its loaders and its credit estimate (which price the
 * same keys). One per request, renewed with the ledger for each subscription event; each memo is made on first use.
 */
export class RequestMemos {
  /** Each keyword's metrics cache key, by database, then text (src/graph/keywords/data.ts `metricsKey`). */
  keywordMetricsKeys: Map<string, Map<string, CacheKey>> | undefined = undefined;
  /** The cost estimate's coerced variables, shared by the request's pricings (src/security/estimate.ts). */
  pricingInputs: PricingInputs | undefined = undefined;
  /** The request's variables coerced for its operation (`coercedVariables`). */
  coercedVariables: CoercedVariables | undefined = undefined;
  /** The request's variables as JSON (`variablesJson`). */
  variablesJson: { variables: unknown; json: string } | undefined = undefined;
}

/**
 * The request's variables as JSON, once per variables object: the result cache's key (read up to three times a
 * request) and the admission lane's key both hold them, and 10,000 keywords are 320 kB of JSON each time.
 */
export function variablesJson(memos: RequestMemos | undefined, variables: unknown): string {
  const known = memos?.variablesJson;
  if (known && known.variables === variables) return known.json;
  const json = JSON.stringify(variables ?? {});
  if (memos) memos.variablesJson = new VariablesJson(variables, json);
  return json;
}

/** A class, not a literal, like every per-request object that holds others (see `RequestScopeOf`). */
class VariablesJson {
  constructor(
    readonly variables: unknown,
    readonly json: string,
  ) {}
}

interface CoercedVariables {
  definitions: readonly VariableDefinitionNode[];
  variables: Record<string, unknown>;
  result: ReturnType<typeof getVariableValues>;
}

/**
 * The request's variables coerced for its operation's definitions, once: the choice of executor
 * (src/plugins/query-jit.ts) and the cost estimate both coerce them, and 10,000 keywords are a list copied with
 * a path object per item each time.
 */
export function coercedVariables(
  memos: RequestMemos,
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  variables: Record<string, unknown>,
): ReturnType<typeof getVariableValues> {
  const known = memos.coercedVariables;
  if (known && known.definitions === definitions && known.variables === variables) return known.result;
  const result = getVariableValues(schema, definitions, variables);
  memos.coercedVariables = new CoercedVariablesOf(definitions, variables, result);
  return result;
}

class CoercedVariablesOf implements CoercedVariables {
  constructor(
    readonly definitions: readonly VariableDefinitionNode[],
    readonly variables: Record<string, unknown>,
    readonly result: ReturnType<typeof getVariableValues>,
  ) {}
}

/** What a loader factory may use: everything of the context except the other loaders. */
export interface LoaderScope {
  config: Config;
  clients: UpstreamClients;
  cache: UpstreamCache;
  ledger: RequestLedger;
  /** Aborts at the request deadline (TimeoutError) or when the client goes away; the transport knows its deadline. */
  signal: AbortSignal;
  /** Epoch ms of the request deadline (brought forward when shutdown begins). */
  deadlineAt: number;
  /** `{ ledger, signal, gone, deadlineAt }`: the per-request part of every `cache.fetch` / `fetchMany` call
   *  (`{ cachedOnly }` when the cost estimate looks ahead through the cache). */
  fetchOptions: Pick<FetchOptions<unknown>, 'ledger' | 'signal' | 'gone' | 'deadlineAt' | 'cachedOnly' | 'consulted'>;
  memos: RequestMemos;
}

export interface LoaderRef<K, V, C = K> {
  readonly name: string;
  readonly create: (scope: LoaderScope) => DataLoader<K, V, C>;
}

/**
 * Declares a per-request DataLoader. Call once at module level in a domain module:
 * `export const targetSummaries = defineLoader('targetSummaries', (scope) => new DataLoader(...))`.
 */
export function defineLoader<K, V, C = K>(
  name: string,
  create: (scope: LoaderScope) => DataLoader<K, V, C>,
): LoaderRef<K, V, C> {
  return { name, create };
}

/** One request's loaders, created on first use so a request pays only for what it touches. */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderRef<unknown, unknown, unknown>, unknown>();

  constructor(private readonly scope: LoaderScope) {}

  get<K, V, C>(ref: LoaderRef<K, V, C>): DataLoader<K, V, C> {
    const key = ref as unknown as LoaderRef<unknown, unknown, unknown>;
    let loader = this.loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = ref.create(this.scope);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface Context extends LoaderScope {
  /** True when answers come from the built-in sandbox emulators. */
  sandbox: boolean;
  /** The priority and delayed checks this gateway requested: which pair each queued id is for, which are pending. */
  oneOffChecks: OneOffChecks;
  /** The gateway's live updates (subscriptions, callbacks, poller); undefined where a gateway has none. */
  live: LiveUpdates | undefined;
  loaders: LoaderRegistry;
  /** Calls `listener` once when the request's deadline passes or its client goes away; returns its removal. */
  whenEnded(listener: () => void): () => void;
  /**
   * Lets go of the request's deadline once its response is done (without aborting anything still shared):
   * otherwise the deadline set keeps the context, its loaders and their results alive until it passes.
   */
  release(): void;
}

/** The gateway's services every context holds. */
export interface ContextDeps {
  config: Config;
  clients: UpstreamClients;
  cache: UpstreamCache;
  oneOffChecks: OneOffChecks;
  live: LiveUpdates | undefined;
}

/** What InFlightDeadlines tracks of a request: its deadline, what ends it, and how it is brought forward. */
interface TrackedDeadline {
  readonly at: number;
  expire(): void;
  shorten(at: number): void;
}

/**
 * The deadlines of the requests in flight, on one timer: armed for the earliest, it expires the deadlines that
 * passed and re-arms for the next, so a request costs a set entry rather than its own timer. Shutdown brings
 * them all forward to what fits its budget; requests that arrive afterwards get that cap at once.
 */
export class InFlightDeadlines {
  private readonly tracked = new Set<TrackedDeadline>();
  private timer: NodeJS.Timeout | undefined;
  private armedAt = Number.POSITIVE_INFINITY;
  /** No request may end after this (epoch ms); infinite until shutdown begins. */
  latest = Number.POSITIVE_INFINITY;

  /** Watches a request's deadline (already capped at `latest`); returns its removal. */
  track(entry: TrackedDeadline): () => void {
    this.tracked.add(entry);
    if (entry.at < this.armedAt) this.arm(entry.at);
    // The timer may stay armed for a request that is gone: it then finds nothing due and re-arms for the next.
    return () => this.tracked.delete(entry);
  }

  /** Every request in flight, and every later one, ends by `at`. */
  cap(at: number): void {
    this.latest = Math.min(this.latest, at);
    for (const entry of this.tracked) if (entry.at > this.latest) entry.shorten(this.latest);
    if (this.latest < this.armedAt && this.tracked.size > 0) this.arm(this.latest);
  }

  get size(): number {
    return this.tracked.size;
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.armedAt = at;
    this.timer = setTimeout(() => this.expire(), Math.max(0, at - Date.now()));
    this.timer.unref();
  }

  private expire(): void {
    this.timer = undefined;
    this.armedAt = Number.POSITIVE_INFINITY;
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of [...this.tracked]) {
      if (entry.at <= now) {
        this.tracked.delete(entry);
        entry.expire();
      } else next = Math.min(next, entry.at);
    }
    if (next < Number.POSITIVE_INFINITY) this.arm(next);
  }
}

/** The deadlines of contexts made without a gateway's set (live jobs, tests). */
const UNSHARED_DEADLINES = new InFlightDeadlines();

const deadlinePassed = (): DOMException => new DOMException('The request deadline passed.', 'TimeoutError');

/**
 * One request's deadline. Its AbortSignal is made on first use (an upstream call, a queued admission), so a
 * request answered from the cache allocates none: no AbortController, timer, listener or DOMException.
 */
class RequestDeadline implements TrackedDeadline {
  private controller: AbortController | undefined;
  /** Why the request ended (deadline, client gone), once it did. */
  private reason: unknown;
  private ended = false;
  private listeners: Array<() => void> | undefined;
  private readonly untrack: () => void;

  constructor(
    public at: number,
    deadlines: InFlightDeadlines,
    private readonly disconnect: AbortSignal | undefined,
  ) {
    this.untrack = deadlines.track(this);
  }

  /** Aborts at the deadline (TimeoutError) or when the client goes away. */
  get signal(): AbortSignal {
    if (this.controller) return this.controller.signal;
    const controller = new AbortController();
    this.controller = controller;
    // Every pending upstream fetch of the request listens to this signal: hundreds is normal.
    setMaxListeners(0, controller.signal);
    knowDeadline(controller.signal, this.at);
    if (this.ended) controller.abort(this.reason);
    else {
      const { disconnect } = this;
      if (disconnect?.aborted) this.end(disconnect.reason);
      else disconnect?.addEventListener('abort', () => this.end(disconnect.reason), { once: true });
    }
    return controller.signal;
  }

  /** Whether `signal` has aborted (or would be, once made): the deadline passed or the client went away. */
  gone(): boolean {
    return this.ended || this.disconnect?.aborted === true;
  }

  expire(): void {
    this.end(deadlinePassed());
  }

  shorten(at: number): void {
    if (at >= this.at || this.ended) return;
    this.at = at;
    if (this.controller) knowDeadline(this.controller.signal, at);
  }

  /** Calls `listener` once when the request ends (deadline, client gone); returns its removal. */
  whenEnded(listener: () => void): () => void {
    if (this.ended) {
      listener();
      return () => undefined;
    }
    this.listeners ??= [];
    this.listeners.push(listener);
    return () => {
      const at = this.listeners?.indexOf(listener) ?? -1;
      if (at >= 0) this.listeners?.splice(at, 1);
    };
  }

  /** The request's response is done: its deadline no longer matters (nothing is aborted). */
  release(): void {
    this.untrack();
    this.listeners = undefined;
  }

  private end(reason: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.reason = reason;
    this.untrack();
    this.controller?.abort(reason);
    const listeners = this.listeners;
    this.listeners = undefined;
    for (const listener of listeners ?? []) listener();
  }
}

/** Where a context's objects keep their request's deadline, for the accessors they share. */
const DEADLINE = Symbol('requestDeadline');

/**
 * A request's loader scope. Per-request objects that hold other per-request objects are class instances, never
 * object literals: V8 tracks each literal's allocation site and, once most of a site's objects outlive a young-
 * generation collection (as they do while cold requests wait on the upstream and fill the cache), allocates every
 * later object of that site straight in the old space. Each request's context, scope, fetch options, memos and cache
 * keys were then born old and kept the rest of the request alive through the next two scavenges: warm 1-keyword
 * requests after 300 cold ones had 7.6 % of the bytes they allocated survive a scavenge (12.5 ms pause and 19 ms of
 * helper threads per scavenge), 3.2 % with these made classes (5.8 ms and 4.7 ms), 1.5 % with V8's pretenuring off.
 * `new` of a class has no allocation site.
 */
class RequestScopeOf {
  readonly config: Config;
  readonly clients: UpstreamClients;
  readonly cache: UpstreamCache;
  readonly ledger: RequestLedger;
  readonly fetchOptions: LoaderScope['fetchOptions'];
  readonly memos: RequestMemos;
  readonly [DEADLINE]: RequestDeadline;

  constructor(
    deps: ContextDeps,
    ledger: RequestLedger,
    fetchOptions: LoaderScope['fetchOptions'],
    memos: RequestMemos,
    deadline: RequestDeadline,
  ) {
    this.config = deps.config;
    this.clients = deps.clients;
    this.cache = deps.cache;
    this.ledger = ledger;
    this.fetchOptions = fetchOptions;
    this.memos = memos;
    this[DEADLINE] = deadline;
  }
}

/** The per-request part of every cache fetch of a request (a class: see `RequestScopeOf`). */
class RequestFetchOptions {
  readonly ledger: RequestLedger;
  readonly gone: () => boolean;
  readonly [DEADLINE]: RequestDeadline;

  constructor(ledger: RequestLedger, deadline: RequestDeadline) {
    this.ledger = ledger;
    this.gone = () => deadline.gone();
    this[DEADLINE] = deadline;
  }
}

interface Deadlined {
  readonly [DEADLINE]: RequestDeadline;
}

/**
 * The lazy `signal` and `deadlineAt` of a context and its fetch options: one getter for every request, which reads
 * the object's deadline. Getters made per request kept each request's context alive through the next scavenge
 * (bare Yoga with this context: 683 bytes promoted to the old space per request with them, 10 without).
 */
const LAZY = {
  signal: {
    get(this: Deadlined): AbortSignal {
      return this[DEADLINE].signal;
    },
    enumerable: true,
    configurable: true,
  },
  deadlineAt: {
    get(this: Deadlined): number {
      return this[DEADLINE].at;
    },
    enumerable: true,
    configurable: true,
  },
} satisfies PropertyDescriptorMap;

/**
 * The same accessors on Yoga's context, not enumerable there: it doubles as the server context, which plugins copy
 * with a spread.
 */
const HIDDEN_LAZY = {
  signal: { ...LAZY.signal, enumerable: false },
  deadlineAt: { ...LAZY.deadlineAt, enumerable: false },
} satisfies PropertyDescriptorMap;

/**
 * Builds one request's context. The client's disconnect signal and the request deadline become the
 * one signal every upstream call of the request observes. The deadline runs from `arrivedAt`, when the
 * HTTP request arrived, so time spent before execution (body, parse, admission queue) counts against it.
 * `signal` and `deadlineAt` are accessors (the signal is made when first read): `into`, when given, is the
 * object that becomes the context (Yoga's own, which envelop would otherwise merge ours into by copying
 * values, reading the signal at once).
 */
export function createContext(
  deps: ContextDeps,
  options: {
    disconnect?: AbortSignal | undefined;
    deadlineMs: number;
    arrivedAt?: number | undefined;
    deadlines?: InFlightDeadlines | undefined;
    ledger?: RequestLedger | undefined;
  },
  into: object = {},
): Context {
  const ledger = options.ledger ?? new RequestLedger();
  const deadlines = options.deadlines ?? UNSHARED_DEADLINES;
  const deadline = new RequestDeadline(
    Math.min((options.arrivedAt ?? Date.now()) + options.deadlineMs, deadlines.latest),
    deadlines,
    options.disconnect,
  );
  const fetchOptions = withLazy(new RequestFetchOptions(ledger, deadline), LAZY);
  const memos = new RequestMemos();
  const scope = withLazy(new RequestScopeOf(deps, ledger, fetchOptions, memos, deadline), LAZY);
  // Assignments and one shared descriptor per accessor: `Object.defineProperties` with a descriptor map made per
  // request cost 4.6 µs a context (a micro-benchmark of this function), this way 0.65 µs. Assigned properties are
  // configurable, as a subscription's context is made again on the same object (src/live/index.ts).
  const context = into as Record<PropertyKey, unknown>;
  context[DEADLINE] = deadline;
  context.config = deps.config;
  context.clients = deps.clients;
  context.cache = deps.cache;
  context.ledger = ledger;
  context.fetchOptions = fetchOptions;
  context.memos = memos;
  context.sandbox = deps.config.sandbox;
  context.oneOffChecks = deps.oneOffChecks;
  context.live = deps.live;
  context.loaders = new LoaderRegistry(scope);
  context.whenEnded = (listener: () => void) => deadline.whenEnded(listener);
  context.release = () => deadline.release();
  return withLazy(context, HIDDEN_LAZY) as unknown as Context;
}

/** `target` with the shared `signal` and `deadlineAt` accessors defined on it (it carries its `[DEADLINE]`). */
function withLazy<T extends object>(
  target: T,
  accessors: Record<'signal' | 'deadlineAt', PropertyDescriptor>,
): T & Pick<LoaderScope, 'signal' | 'deadlineAt'> {
  Object.defineProperty(target, 'signal', accessors.signal);
  Object.defineProperty(target, 'deadlineAt', accessors.deadlineAt);
  return target as T & Pick<LoaderScope, 'signal' | 'deadlineAt'>;
}
