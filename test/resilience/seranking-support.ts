// Shared by the SE Ranking sandbox tests of the resilience layer: one in-process sandbox per file, a tiny
// admin client for its `/__sandbox/` knobs, and a real SE Ranking client with its own resilience layer.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { type RunningSerankingSandbox, startSerankingSandbox } from '../../src/sandbox/seranking/index.js';
import { Resilience, type ResilienceOptions } from '../../src/upstream/resilience/index.js';
import { SerankingClient } from '../../src/upstream/seranking/client.js';

export interface Stats {
  total: number;
  totals: { rateLimited: number };
  calls: Array<{ at: number; path: string; status: number }>;
}

export interface SandboxHandle {
  readonly url: string;
  admin<T>(method: string, path: string, body?: unknown): Promise<T>;
  stats(): Promise<Stats>;
  /** A client with its own resilience layer, kept at hand to read its counters. */
  client(options?: ResilienceOptions, baseUrl?: string): SerankingClient & { resilience: Resilience };
}

/** Starts the sandbox for the calling test file and resets it before each test. */
export function useSerankingSandbox(): SandboxHandle {
  let sandbox: RunningSerankingSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSerankingSandbox();
  });
  afterAll(() => sandbox?.close());
  const handle: SandboxHandle = {
    get url() {
      if (!sandbox) throw new Error('sandbox not started');
      return sandbox.url;
    },
    async admin<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${handle.url}/__sandbox${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as T;
    },
    stats: () => handle.admin<Stats>('GET', '/stats'),
    client(options = {}, baseUrl = handle.url) {
      const resilience = new Resilience('seranking', options);
      return Object.assign(
        new SerankingClient({ baseUrl, apiKey: SANDBOX_KEYS.seranking, resilience, maxChunksInFlight: 64 }),
        { resilience },
      );
    },
  };
  beforeEach(() => handle.admin('POST', '/reset'));
  return handle;
}

export const FAST_BACKOFF = {
  UPSTREAM_RATE_LIMITED: 5,
  UPSTREAM_UNAVAILABLE: 5,
  UPSTREAM_WRITE_FAILED: 5,
  UPSTREAM_ERROR: 5,
  UPSTREAM_TIMEOUT: 5,
};

/** One read per target, like independent GraphQL requests on cold keys; an item or the error it got. */
export function reads(c: SerankingClient, count: number, prefix = 'site'): Promise<unknown[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const [item] = await c.backlinkSummaries([`${prefix}-${i}.example.com`]).catch((e: unknown) => [e]);
      return item;
    }),
  );
}
