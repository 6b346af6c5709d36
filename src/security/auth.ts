/**
 * Who is calling: gateway API keys (`x-api-key` or `Authorization: Bearer`), compared in constant
 * time; the anonymous client when keys are optional; per-client request rate limits
 * (rate-limiter-flexible) with `Retry-After`; and per-tenant upstream client sets, built lazily,
 * when a client brings its own SE Ranking / SERPmetrics credentials.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { BuiltClients } from '../clients.js';
import type { ClientLimits, Config, GatewayClient } from '../config/index.js';
import type { UpstreamClients } from '../context.js';
import { gatewayError } from '../errors/index.js';
import type { CallObserver } from '../upstream/observer.js';
import type { ClientWindows } from './windows.js';

export interface ClientIdentity extends ClientLimits {
  /** The client's name, or `anonymous`. Safe for logs and metric labels. */
  name: string;
  /** Rate-limit and budget key: the name, or the caller's address for anonymous callers. */
  key: string;
  authenticated: boolean;
  client?: GatewayClient | undefined;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** The presented key, from `x-api-key` or `Authorization: Bearer <key>`. */
export function presentedKey(request: Request): string | undefined {
  const header = request.headers.get('x-api-key')?.trim();
  if (header) return header;
  const auth = request.headers.get('authorization')?.trim();
  const match = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
  return match?.[1];
}

/** Finds the client of a key: every key is compared (as sha256 digests, in constant time). */
export function findClient(clients: readonly GatewayClient[], key: string): GatewayClient | undefined {
  const presented = digest(key);
  let found: GatewayClient | undefined;
  for (const client of clients) {
    if (timingSafeEqual(presented, digest(client.key)) && found === undefined) found = client;
  }
  return found;
}

const identities = new WeakMap<Request, ClientIdentity>();

/** The identity the auth plugin gave this request (anonymous when none). */
export const identityOf = (request: Request): ClientIdentity | undefined => identities.get(request);

const addressOf = (serverContext: unknown): string => {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
};

/** Authenticates every GraphQL request and applies its rate limit, before anything is parsed. */
export function useClientAuth(config: Config, windows: ClientWindows): Plugin<Record<string, unknown>> {
  const { clients, authRequired, anonymous } = config.security;
  const limiterFor = (perMinute: number) => windows('requests', perMinute, 60);
  /** Counts the request against the client's rate limit; refused with RATE_LIMITED when over it. */
  const limit = async (identity: ClientIdentity): Promise<void> => {
    try {
      await limiterFor(identity.requestsPerMinute).consume(identity.key, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw gatewayError('RATE_LIMITED', 'Too many requests for this client; retry later.', {
        retryable: true,
        retryAfter,
        http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
      });
    }
  };
  return {
    // Not async: a request without a rate limit goes on without waiting for a promise.
    onRequestParse({ request, serverContext }) {
      const key = presentedKey(request);
      let identity: ClientIdentity;
      if (key !== undefined) {
        const client = findClient(clients, key);
        if (!client) throw unauthenticated('The gateway API key is not valid.');
        identity = { ...client, key: `client:${client.name}`, authenticated: true, client };
      } else if (authRequired) {
        throw unauthenticated('A gateway API key is required (header x-api-key or Authorization: Bearer).');
      } else {
        identity = { ...anonymous, name: 'anonymous', key: `anon:${addressOf(serverContext)}`, authenticated: false };
      }
      identities.set(request, identity);
      return identity.requestsPerMinute > 0 ? limit(identity) : undefined;
    },
  };
}

const unauthenticated = (message: string) =>
  gatewayError('UNAUTHENTICATED', message, {
    http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="seograph"' } },
  });

/** Builds a tenant's clients, reporting their calls to the gateway's observer. */
export type ClientsFactory = (config: Config, calls: CallObserver) => BuiltClients;

/**
 * Upstream clients per tenant: a client with its own credentials gets its own client set (built on
 * first use, closed with the gateway); its `credentialId` scopes the cache, coalescing, limiter and breaker.
 */
export class TenantClients {
  private readonly built = new Map<string, BuiltClients>();

  constructor(
    private readonly config: Config,
    private readonly factory: (config: Config) => BuiltClients,
  ) {}

  /** The clients of this request's tenant, or undefined to use the gateway's own. */
  clientsFor(request: Request): UpstreamClients | undefined {
    const client = identities.get(request)?.client;
    if (!client?.tenant) return undefined;
    const { seranking, serpmetrics } = client.tenant;
    // One client set per credential, not per client: clients sharing upstream keys share its limiter and breaker.
    const id = digest(
      JSON.stringify([seranking?.apiKey ?? null, serpmetrics?.apiKey ?? null, serpmetrics?.apiSecret ?? null]),
    ).toString('hex');
    let set = this.built.get(id);
    if (!set) {
      set = this.factory({
        ...this.config,
        seranking: { ...this.config.seranking, apiKey: seranking?.apiKey ?? this.config.seranking.apiKey },
        serpmetrics: {
          ...this.config.serpmetrics,
          apiKey: serpmetrics?.apiKey ?? this.config.serpmetrics.apiKey,
          apiSecret: serpmetrics ? serpmetrics.apiSecret : this.config.serpmetrics.apiSecret,
        },
      });
      this.built.set(id, set);
    }
    return set.clients;
  }

  async close(): Promise<void> {
    const sets = [...this.built.values()];
    this.built.clear();
    await Promise.all(sets.map((s) => s.close()));
  }
}
