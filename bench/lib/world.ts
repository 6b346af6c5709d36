/**
 * One benchmark world: the sandbox emulators in a child process (load-generator core), the gateway's
 * production build in another (its own core), and admin clients of both emulators. Every scenario starts
 * its own world so caches and emulator state never leak between scenarios.
 */
import type { SandboxOptions } from '../../src/sandbox/index.js';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { SerankingAdmin, SerpmetricsAdmin } from '../../test/support/sandbox.js';
import { type Child, CORE, freePort, startChild } from './proc.js';

export interface World {
  urls: { seranking: string; serpmetrics: string };
  seranking: SerankingAdmin;
  serpmetrics: SerpmetricsAdmin;
  sandbox: Child;
  gateway: Child;
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** The gateway's Prometheus metrics (`/metrics`), series name with labels → value; empty when not served. */
  metrics(): Promise<Map<string, number>>;
  /** Upstream calls since the last `resetStats()`. */
  calls(): Promise<{ seranking: number; serpmetrics: number }>;
  resetStats(): Promise<void>;
  /** Replaces the gateway (a cold cache), same sandbox, optionally other environment and Node flags. */
  restartGateway(env?: Record<string, string>, nodeArgs?: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface WorldOptions {
  sandbox?: SandboxOptions;
  /** Extra gateway environment (rate limits, cache budget, TTLs ...). */
  env?: Record<string, string>;
  nodeArgs?: string[];
}

/**
 * Production semantics that do not block the bench: NODE_ENV=production (no GraphiQL, no introspection),
 * info logs to a file, but no per-client credit budget or request rate (the load would exhaust them), and a
 * request-size limit that admits 10,000 keywords in one request.
 */
export function gatewayEnv(urls: { seranking: string; serpmetrics: string }, port: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PORT: String(port),
    SANDBOX: '0',
    SERANKING_API_KEY: SANDBOX_KEYS.seranking,
    SERPMETRICS_API_KEY: SANDBOX_KEYS.serpmetricsKey,
    SERPMETRICS_API_SECRET: SANDBOX_KEYS.serpmetricsSecret,
    SERANKING_BASE_URL: urls.seranking,
    SERPMETRICS_BASE_URL: urls.serpmetrics,
    CREDIT_BUDGET_PER_REQUEST: '0',
    CREDIT_BUDGET_PER_WINDOW: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    REQUEST_MAX_BYTES: '5000000',
  };
}

let generation = 0;

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  generation++;
  const sandbox = await startChild({
    name: `sandbox-${generation}`,
    script: 'bench/lib/sandbox-main.js',
    args: [JSON.stringify(options.sandbox ?? {})],
    core: CORE.load,
    readyLine: true,
  });
  const urls = { seranking: String(sandbox.ready.seranking), serpmetrics: String(sandbox.ready.serpmetrics) };
  const seranking = new SerankingAdmin(urls.seranking);
  const serpmetrics = new SerpmetricsAdmin(urls.serpmetrics);

  const startGateway = async (
    env: Record<string, string>,
    nodeArgs = options.nodeArgs,
  ): Promise<{ child: Child; url: string }> => {
    const port = await freePort();
    const fullEnv = { ...gatewayEnv(urls, port), ...options.env, ...env };
    // As `npm start` runs it: the launcher gives V8 the old-space limit derived from the cache budget.
    const child = await startChild({
      name: `gateway-${generation}`,
      script: 'src/start.js',
      env: fullEnv,
      core: CORE.server,
      healthUrl: `http://127.0.0.1:${port}/health`,
      ...(nodeArgs ? { nodeArgs } : {}),
    });
    return { child, url: `http://127.0.0.1:${port}/graphql` };
  };

  let gateway = await startGateway({});
  const world: World = {
    urls,
    seranking,
    serpmetrics,
    sandbox,
    gateway: gateway.child,
    url: gateway.url,
    metrics: async () => {
      const res = await fetch(world.url.replace(/\/graphql$/, '/metrics')).catch(() => undefined);
      const out = new Map<string, number>();
      if (!res?.ok) return out;
      for (const line of (await res.text()).split('\n')) {
        if (line.startsWith('#') || line.trim() === '') continue;
        const at = line.lastIndexOf(' ');
        out.set(line.slice(0, at), Number(line.slice(at + 1)));
      }
      return out;
    },
    calls: async () => ({ seranking: await seranking.total(), serpmetrics: await serpmetrics.total() }),
    resetStats: async () => {
      await Promise.all([
        seranking.reset({ stats: true, ledgers: false, faults: false, rateLimits: false }),
        serpmetrics.reset({
          stats: true,
          ledgers: false,
          faults: false,
          rateLimits: false,
          queues: false,
          keywords: false,
          clock: false,
        }),
      ]);
    },
    restartGateway: async (env = {}, nodeArgs = undefined) => {
      await gateway.child.stop();
      gateway = await startGateway(env, nodeArgs);
      world.gateway = gateway.child;
      world.url = gateway.url;
    },
    close: async () => {
      await gateway.child.stop();
      await sandbox.stop();
    },
  };
  return world;
}
