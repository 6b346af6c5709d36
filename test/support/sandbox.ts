// Test support for the sandbox: start both emulators in-process on loopback port 0, and a small admin client per
// emulator (`/__sandbox/` stats, reset, faults, keys, config, ...) so tests read like stories.

import type { CallRecord } from '../../src/sandbox/common/stats.js';
import { type RunningSandboxes, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';
import type { KeySummary } from '../../src/sandbox/seranking/index.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One `calls` entry of `GET /__sandbox/stats`: the emulators' own record, read back as JSON. */
export type SandboxCall = CallRecord & { [extra: string]: unknown };

export interface SandboxStats {
  upstream: string;
  since: string;
  total: number;
  totals: { calls: number; rateLimited: number; injected: number; [counter: string]: unknown };
  byEndpoint: Record<string, { calls: number; byStatus: Record<string, number>; [counter: string]: unknown }>;
  byKey: Record<string, { calls: number; byStatus: Record<string, number>; [counter: string]: unknown }>;
  calls: SandboxCall[];
  [section: string]: unknown;
}

/** The `POST /__sandbox/faults` shorthand (plan sections such as `forced` may be mixed in). */
export interface FaultShorthand {
  latencyMs?: number;
  jitterMs?: number;
  errorRates?: Record<string, number>;
  forceStatus?: { status: number; count?: number; retryAfter?: number };
  dropConnection?: { count?: number };
  [planSection: string]: unknown;
}

export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what}: ${status} ${body}`);
  }
}

/** A client of one emulator's `/__sandbox/` API. */
export class SandboxAdmin {
  constructor(readonly baseUrl: string) {}

  /** Any admin call; throws AdminError on a non-2xx answer. */
  async request<T = Json>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}/__sandbox/${path.replace(/^\//, '')}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new AdminError(res.status, text, `${method} /__sandbox/${path}`);
    return JSON.parse(text) as T;
  }

  health() {
    return this.request<{ ok: boolean; upstream: string; version: number }>('GET', 'health');
  }

  stats(): Promise<SandboxStats> {
    return this.request<SandboxStats>('GET', 'stats');
  }

  /** Upstream calls since the last reset. */
  async total(): Promise<number> {
    return (await this.stats()).total;
  }

  /** The last calls, newest first. */
  calls(limit = 100) {
    return this.request<SandboxCall[]>('GET', `calls?limit=${limit}`);
  }

  /** No body: everything back to the demo state. */
  async reset(parts?: Record<string, boolean>): Promise<void> {
    await this.request('POST', 'reset', parts);
  }

  /** Add the shorthand (and/or plan sections) to the fault plan. */
  setFaults(faults: FaultShorthand) {
    return this.request('POST', 'faults', faults);
  }

  /** Replace the whole fault plan. */
  replaceFaults(plan: Record<string, unknown>) {
    return this.request('PUT', 'faults', plan);
  }

  faults() {
    return this.request('GET', 'faults');
  }

  async clearFaults(): Promise<void> {
    await this.request('DELETE', 'faults');
  }

  config<T = Record<string, Json>>() {
    return this.request<T>('GET', 'config');
  }

  patchConfig<T = Record<string, Json>>(patch: Record<string, unknown>) {
    return this.request<T>('PATCH', 'config', patch);
  }
}

/** One key of `GET /__sandbox/keys`, as the emulator's ledger lists it. */
export type SerankingKeySummary = KeySummary;

export class SerankingAdmin extends SandboxAdmin {
  keys() {
    return this.request<SerankingKeySummary[]>('GET', 'keys');
  }

  patchKey(id: string, patch: Partial<Omit<SerankingKeySummary, 'id' | 'used' | 'limit'>> & { key?: string }) {
    return this.request<SerankingKeySummary>('PATCH', `keys/${encodeURIComponent(id)}`, patch);
  }

  putKey(id: string, key: Partial<Omit<SerankingKeySummary, 'id' | 'used' | 'limit'>> & { key: string }) {
    return this.request<SerankingKeySummary>('PUT', `keys/${encodeURIComponent(id)}`, key);
  }
}

export class SerpmetricsAdmin extends SandboxAdmin {
  accounts() {
    return this.request<Array<Record<string, Json>>>('GET', 'accounts');
  }

  patchAccount(id: string, patch: Record<string, unknown>) {
    return this.request<Record<string, Json>>('PATCH', `accounts/${encodeURIComponent(id)}`, patch);
  }

  advanceClock(seconds: number) {
    return this.request<Record<string, Json>>('POST', 'clock/advance', { seconds });
  }

  drainQueues(queues?: string[]) {
    return this.request<{ completed: number }>('POST', 'queue/drain', queues ? { queues } : {});
  }

  queue() {
    return this.request<Record<string, Json>>('GET', 'queue');
  }

  callbacks(limit = 100) {
    return this.request<Array<Record<string, Json>>>('GET', `callbacks?limit=${limit}`);
  }
}

export interface TestSandbox {
  sandbox: RunningSandboxes;
  seranking: { url: string; admin: SerankingAdmin };
  serpmetrics: { url: string; admin: SerpmetricsAdmin };
  /** upstream calls since the last reset, per emulator */
  calls(): Promise<{ seranking: number; serpmetrics: number }>;
  /** both emulators back to the demo state */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Both emulators in-process on loopback, ephemeral ports. */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({
    ...options,
    seranking: { port: 0, ...options.seranking },
    serpmetrics: { port: 0, ...options.serpmetrics },
  });
  const seranking = { url: sandbox.seranking.url, admin: new SerankingAdmin(sandbox.seranking.url) };
  const serpmetrics = { url: sandbox.serpmetrics.url, admin: new SerpmetricsAdmin(sandbox.serpmetrics.url) };
  return {
    sandbox,
    seranking,
    serpmetrics,
    calls: async () => ({ seranking: await seranking.admin.total(), serpmetrics: await serpmetrics.admin.total() }),
    reset: async () => {
      await Promise.all([seranking.admin.reset(), serpmetrics.admin.reset()]);
    },
    close: () => sandbox.close(),
  };
}
