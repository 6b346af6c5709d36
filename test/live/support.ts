// Test support for live updates: a real redis-server on a free loopback port (skipped when it is not on PATH,
// a failure with REQUIRE_REDIS=1), a gateway wired like main.ts (callback URL given to the sandbox, optional
// Redis), and a small SSE client for GraphQL subscriptions (Yoga's "distinct connections" mode).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { pino } from 'pino';
import { createUpstreamClients } from '../../src/clients.js';
import type { Config } from '../../src/config/index.js';
import { connectRedis, type RedisConnections } from '../../src/redis.js';
import type { SandboxOptions } from '../../src/sandbox/index.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { withSharedRateLimit } from '../../src/upstream/resilience/redis-limiter.js';
import { configOverSandbox } from '../support/gateway.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

export const REQUIRE_REDIS = process.env.REQUIRE_REDIS === '1';

/** Whether `redis-server` can be run here. */
export const redisAvailable = spawnSync('redis-server', ['--version']).status === 0;

if (REQUIRE_REDIS && !redisAvailable) {
  throw new Error('REQUIRE_REDIS=1 but redis-server is not on PATH (apt-get install redis-server)');
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

/** A throwaway redis-server: loopback only, no persistence. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface LiveGatewayOptions {
  /** An already running sandbox (several gateways share one); a new one otherwise. */
  sandbox?: TestSandbox;
  sandboxOptions?: SandboxOptions;
  env?: Record<string, string>;
  redisUrl?: string;
  dailyIntervalMs?: number;
  /** false: leave the sandbox account's callback URL alone (another gateway receives the callbacks). */
  ownCallbacks?: boolean;
}

export interface LiveGateway {
  origin: string;
  url: string;
  gateway: Gateway;
  config: Config;
  sandbox: TestSandbox;
  redis: RedisConnections | undefined;
  callbackUrl: string;
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  subscribe(query: string, variables?: Record<string, unknown>): SseSubscription;
  close(): Promise<void>;
}

export async function startLiveGateway(options: LiveGatewayOptions = {}): Promise<LiveGateway> {
  const ownSandbox = options.sandbox === undefined;
  const sandbox = options.sandbox ?? (await startTestSandbox(options.sandboxOptions));
  const base = configOverSandbox(sandbox, { LOG_LEVEL: 'silent', NODE_ENV: 'test', SANDBOX: '1', ...options.env });
  const config: Config = {
    ...base,
    live: { ...base.live, ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}) },
  };
  const logger = pino({ level: 'silent' });
  const redis = config.live.redisUrl ? await connectRedis(config.live.redisUrl, logger) : undefined;
  const resilience = redis
    ? {
        seranking: withSharedRateLimit(config.resilience.seranking, redis, logger),
        serpmetrics: withSharedRateLimit(config.resilience.serpmetrics, redis, logger),
      }
    : undefined;
  const upstream = createUpstreamClients(config, resilience ? { resilience } : {});
  const gateway = createGateway(config, {
    clients: upstream.clients,
    logger,
    ...(redis ? { redis } : {}),
    ...(options.dailyIntervalMs === undefined ? {} : { liveDailyIntervalMs: options.dailyIntervalMs }),
    onClose: async () => {
      await upstream.close();
      await redis?.close();
    },
  });
  const running = await gateway.listen(0, '127.0.0.1');
  const origin = new URL(running.url).origin;
  const callbackUrl = gateway.live.callbackUrl(origin);
  if (options.ownCallbacks !== false) sandbox.sandbox.serpmetrics.setCallbackUrl(callbackUrl);
  return {
    origin,
    url: running.url,
    gateway,
    config,
    sandbox,
    redis,
    callbackUrl,
    post: async (query, variables) => {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    subscribe: (query, variables) => sseSubscribe(running.url, query, variables),
    close: async () => {
      await running.close(1_000);
      if (ownSandbox) await sandbox.close();
    },
  };
}

export interface SseEvent {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export interface SseSubscription {
  /** Resolves once the response headers arrived (the subscription is set up on the server). */
  ready: Promise<number>;
  events: SseEvent[];
  /** The next event not yet taken, waiting up to `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/** GraphQL over SSE as GraphiQL speaks it: POST with `Accept: text/event-stream`, `event: next` per result. */
export function sseSubscribe(url: string, query: string, variables?: Record<string, unknown>): SseSubscription {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  let taken = 0;
  let wake: (() => void) | undefined;
  const ready = (async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    if (res.body === null) throw new Error(`no SSE body (${res.status})`);
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split('\n');
            const type = lines
              .find((l) => l.startsWith('event:'))
              ?.slice(6)
              .trim();
            const data = lines
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join('\n');
            if (type === 'next' && data) {
              events.push(JSON.parse(data) as SseEvent);
              wake?.();
            }
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
    return res.status;
  })();
  return {
    ready,
    events,
    next: async (timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (events.length <= taken) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no SSE event within ${timeoutMs} ms (${events.length} so far)`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const event = events[taken];
      taken += 1;
      if (event === undefined) throw new Error('lost an SSE event');
      return event;
    },
    close: () => controller.abort(),
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
