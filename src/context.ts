/**
 * The per-request GraphQL context: configuration, upstream clients, the shared cache, the request's
 * ledger and deadline signal, and a typed registry of per-request DataLoaders that domain modules
 * declare with `defineLoader` and use with `ctx.loaders.get(ref)`.
 */
import type DataLoader from 'dataloader';
import type { Config } from './config.js';
import type { UpstreamCache } from './upstream/cache.js';
import { RequestLedger } from './upstream/ledger.js';
import type { SerankingClient } from './upstream/seranking/client.js';
import type { SerpmetricsClient } from './upstream/serpmetrics/client.js';

/** The upstream clients (built by src/clients.ts); their `credentialId` scopes cache keys. */
export interface UpstreamClients {
  seranking: SerankingClient;
  serpmetrics: SerpmetricsClient;
}

/** What a loader factory may use: everything of the context except the other loaders. */
export interface LoaderScope {
  config: Config;
  clients: UpstreamClients;
  cache: UpstreamCache;
  ledger: RequestLedger;
  signal: AbortSignal;
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
  loaders: LoaderRegistry;
}

export interface ContextDeps {
  config: Config;
  clients: UpstreamClients;
  cache: UpstreamCache;
}

/** Builds one request's context; `signal` combines the request deadline and client disconnect. */
export function createContext(deps: ContextDeps, signal: AbortSignal, ledger = new RequestLedger()): Context {
  const scope: LoaderScope = { config: deps.config, clients: deps.clients, cache: deps.cache, ledger, signal };
  return { ...scope, sandbox: deps.config.sandbox, loaders: new LoaderRegistry(scope) };
}
