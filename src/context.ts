/**
 * The per-request GraphQL context: the gateway's services (configuration, upstream clients, the shared cache,
 * one-off checks, live updates), the request's ledger and deadline signal, and a typed registry of per-request DataLoaders that domain modules
 * declare with `defineLoader` and use with `ctx.loaders.get(ref)`.
 */
import { setMaxListeners } from 'node:events';
import type DataLoader from 'dataloader';
import type { Config } from './config/index.js';
import type { LiveUpdates } from './live/updates.js';
import type { OneOffChecks } from './loaders/serpmetrics.js';
import type { FetchOptions, UpstreamCache } from './upstream/cache.js';
import { RequestLedger } from './upstream/ledger.js';
import type { CallObserver } from './upstream/observer.js';
import { deadlineSignal, releaseDeadline } from './upstream/resilience/deadline.js';
import type { SerankingClient } from './upstream/seranking/client.js';
import type { SerpmetricsClient } from './upstream/serpmetrics/client.js';

/** The upstream clients (built by src/clients.ts); their `credentialId` scopes cache keys. */
export interface UpstreamClients {
  seranking: SerankingClient;
  serpmetrics: SerpmetricsClient;
  /** The observer of both clients' calls: the gateway's metrics watch it. */
  calls: CallObserver;
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
  /** `{ ledger, signal, deadlineAt }`: the per-request part of every `cache.fetch` / `fetchMany` call
   *  (`{ cachedOnly }` when the cost estimate looks ahead through the cache). */
  fetchOptions: Pick<FetchOptions<unknown>, 'ledger' | 'signal' | 'deadlineAt' | 'cachedOnly' | 'consulted'>;
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
  /**
   * Lets go of the request's deadline timers once its response is done (without aborting anything still
   * shared): otherwise they keep the context, its loaders and their results alive until the deadline.
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

/**
 * The deadlines of the requests in flight, so that shutdown can bring them all forward to what fits its budget;
 * requests that arrive afterwards get that cap at once.
 */
export class InFlightDeadlines {
  private readonly shorteners = new Set<(at: number) => void>();
  /** No request may end after this (epoch ms); infinite until shutdown begins. */
  latest = Number.POSITIVE_INFINITY;

  /** Registers a request's `shorten`; returns its removal. */
  track(shorten: (at: number) => void): () => void {
    this.shorteners.add(shorten);
    return () => this.shorteners.delete(shorten);
  }

  /** Every request in flight, and every later one, ends by `at`. */
  cap(at: number): void {
    this.latest = Math.min(this.latest, at);
    for (const shorten of this.shorteners) shorten(this.latest);
  }

  get size(): number {
    return this.shorteners.size;
  }
}

const deadlinePassed = (): DOMException => new DOMException('The request deadline passed.', 'TimeoutError');

/**
 * Builds one request's context. The client's disconnect signal and the request deadline become the
 * one signal every upstream call of the request observes. The deadline runs from `arrivedAt`, when the
 * HTTP request arrived, so time spent before execution (body, parse, admission queue) counts against it.
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
): Context {
  const ledger = options.ledger ?? new RequestLedger();
  const { deadlines } = options;
  let deadlineAt = Math.min(
    (options.arrivedAt ?? Date.now()) + options.deadlineMs,
    deadlines?.latest ?? Number.POSITIVE_INFINITY,
  );
  // Our own timer and controller own the deadline: an AbortSignal.timeout() inside AbortSignal.any()
  // can be garbage-collected on Node 20 before it fires, and the request would never time out.
  const owner = new AbortController();
  const arm = (): NodeJS.Timeout => {
    const armed = setTimeout(() => owner.abort(deadlinePassed()), Math.max(0, deadlineAt - Date.now()));
    armed.unref();
    return armed;
  };
  let timer = arm();
  const untrack = deadlines?.track((at) => {
    if (at >= deadlineAt || owner.signal.aborted) return;
    deadlineAt = at;
    clearTimeout(timer);
    timer = arm();
  });
  owner.signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      untrack?.();
    },
    { once: true },
  );
  const { disconnect } = options;
  if (disconnect?.aborted) owner.abort(disconnect.reason);
  else disconnect?.addEventListener('abort', () => owner.abort(disconnect.reason), { once: true });
  setMaxListeners(0, owner.signal);
  // Wrapped so the transport knows the deadline (its limiter refuses waits that would pass it).
  const signal = deadlineSignal(Math.max(0, deadlineAt - Date.now()), owner.signal);
  // Every pending upstream fetch of the request listens to this signal: hundreds is normal.
  setMaxListeners(0, signal);
  const scope: LoaderScope = {
    config: deps.config,
    clients: deps.clients,
    cache: deps.cache,
    ledger,
    signal,
    get deadlineAt() {
      return deadlineAt;
    },
    fetchOptions: {
      ledger,
      signal,
      get deadlineAt() {
        return deadlineAt;
      },
    },
  };
  const release = (): void => {
    clearTimeout(timer);
    untrack?.();
    releaseDeadline(signal);
  };
  const { oneOffChecks, live } = deps;
  return { ...scope, sandbox: deps.config.sandbox, oneOffChecks, live, loaders: new LoaderRegistry(scope), release };
}
