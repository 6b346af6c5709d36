// Test support for the whole gateway: both sandbox emulators and the gateway in-process on loopback
// port 0, a graphql-request client for typed documents (test/generated), a raw poster that returns
// errors and extensions, and the sandbox admin helpers.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, type GraphQLFormattedError, print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { type ClientOptions, createUpstreamClients } from '../../src/clients.js';
import { type Config, loadConfig } from '../../src/config/index.js';
import type { SandboxOptions } from '../../src/sandbox/index.js';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { createGateway, type Gateway, type GatewayDeps } from '../../src/server.js';
import { startTestSandbox, type TestSandbox } from './sandbox.js';

export interface TestGatewayOptions {
  sandbox?: SandboxOptions;
  /** Extra environment for the configuration (`CACHE_TTL_SERP_SECONDS`, `SERANKING_KEYWORD_BATCH_SIZE` ...). */
  env?: Record<string, string>;
  /** Other sandbox credentials (e.g. the expired SE Ranking key); the default demo keys otherwise. */
  keys?: { seranking?: string; serpmetricsKey?: string; serpmetricsSecret?: string | undefined };
  /** Resilience of the clients; retries and breaker off by default so tests see single upstream calls. */
  resilience?: ClientOptions['resilience'];
  plugins?: GatewayDeps['plugins'];
}

export interface RawResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export interface TestGateway {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:40123/graphql`. */
  url: string;
  /** Throws a ClientError when the response has errors: for happy paths. */
  client: GraphQLClient;
  /** Posts a document and returns status, data, errors and extensions, never throwing on GraphQL errors. */
  post<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<RawResponse<TData>>;
  sandbox: TestSandbox;
  gateway: Gateway;
  config: Config;
  close(): Promise<void>;
}

/** The credentials a gateway signs in to both upstreams with. */
export interface UpstreamCredentials {
  seranking: string;
  serpmetricsKey: string;
  serpmetricsSecret: string | undefined;
}

/** The configuration of `env` with both upstreams pointed at the sandbox, signed in with `keys` (the demo keys). */
export function configOverSandbox(
  sandbox: Pick<TestSandbox, 'seranking' | 'serpmetrics'>,
  env: Record<string, string>,
  keys: UpstreamCredentials = SANDBOX_KEYS,
): Config {
  const base = loadConfig(env);
  return {
    ...base,
    seranking: { ...base.seranking, baseUrl: sandbox.seranking.url, apiKey: keys.seranking },
    serpmetrics: {
      ...base.serpmetrics,
      baseUrl: sandbox.serpmetrics.url,
      apiKey: keys.serpmetricsKey,
      apiSecret: keys.serpmetricsSecret,
    },
  };
}

// Retries and breakers change call counts and outcomes across tests; resilience tests opt in.
const PLAIN = { retry: false, breaker: false } as const;

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const sandbox = await startTestSandbox(options.sandbox);
  const config = configOverSandbox(
    sandbox,
    { LOG_LEVEL: 'silent', NODE_ENV: 'test', SANDBOX: '1', ...options.env },
    {
      seranking: options.keys?.seranking ?? SANDBOX_KEYS.seranking,
      serpmetricsKey: options.keys?.serpmetricsKey ?? SANDBOX_KEYS.serpmetricsKey,
      serpmetricsSecret:
        options.keys && 'serpmetricsSecret' in options.keys
          ? options.keys.serpmetricsSecret
          : SANDBOX_KEYS.serpmetricsSecret,
    },
  );
  const upstream = createUpstreamClients(config, {
    resilience: options.resilience ?? { seranking: PLAIN, serpmetrics: PLAIN },
  });
  const gateway = createGateway(config, {
    clients: upstream.clients,
    resilience: upstream.resilience,
    ...(options.plugins ? { plugins: options.plugins } : {}),
    onClose: upstream.close,
  });
  const running = await gateway.listen(0, '127.0.0.1');

  const post: TestGateway['post'] = async (document, variables, headers = {}) => {
    const query = typeof document === 'string' ? document : print(document);
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<RawResponse<never>, 'status'>) };
  };

  return {
    url: running.url,
    client: new GraphQLClient(running.url),
    post,
    sandbox,
    gateway,
    config,
    close: async () => {
      await running.close();
      await sandbox.close();
    },
  };
}

/** A gateway client mapped server-side to its own SE Ranking key. */
export interface Tenant {
  client: string;
  upstream: string;
}

/** Two tenants, for tests of what one tenant may see of the other. */
export const TENANTS = {
  a: { client: 'tenant-a-gateway-key-41d7', upstream: 'tenant-a-seranking-key-0b9e' },
  b: { client: 'tenant-b-gateway-key-c3f2', upstream: 'tenant-b-seranking-key-77a1' },
} as const satisfies Record<string, Tenant>;

/**
 * A gateway whose clients are these tenants (each named `tenant-<id>` in GATEWAY_API_KEYS, with its own SE Ranking
 * key), over a sandbox that accepts each tenant's key.
 */
export async function startTenantGateway(tenants: Readonly<Record<string, Tenant>>): Promise<TestGateway> {
  const entries = Object.entries(tenants);
  const gateway = await startTestGateway({
    env: {
      GATEWAY_API_KEYS: JSON.stringify(
        entries.map(([id, t]) => ({ name: `tenant-${id}`, key: t.client, seranking: { apiKey: t.upstream } })),
      ),
    },
  });
  for (const [id, t] of entries) await gateway.sandbox.seranking.admin.putKey(`tenant-${id}`, { key: t.upstream });
  return gateway;
}
