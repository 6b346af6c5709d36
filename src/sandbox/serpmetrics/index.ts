// Entry point of the SERPmetrics emulator: `startSerpmetricsSandbox(options?)` → a running sandbox on loopback.
// Options take config fields at top level (serpmetrics.md §10.6), plus accounts, the demo callback URL and the clock.
import type { SandboxClock } from './clock.js';
import type { ConfigPatch, SerpmetricsConfig } from './config.js';
import { SerpmetricsState, type SerpmetricsStateOptions, serve } from './server.js';
import type { QueueName } from './store.js';

export type { AccountPatch } from './accounts.js';
export { DEMO_ACCOUNT_KEYS } from './accounts.js';
export { sign } from './auth.js';
export type { ConfigPatch, SerpmetricsConfig } from './config.js';
export { defaultConfig } from './config.js';
export { DEMO_KEYWORDS } from './demo.js';
export { MESSAGES } from './envelope.js';

export type SerpmetricsSandboxOptions = ConfigPatch &
  Omit<SerpmetricsStateOptions, 'config'> & {
    port?: number;
    /** bind address; loopback by default (the admin API then needs no token) */
    host?: string;
    /** bearer token for the admin API when bound off loopback */
    adminToken?: string;
  };

export interface RunningSerpmetricsSandbox {
  upstream: 'serpmetrics';
  url: string;
  port: number;
  close(): Promise<void>;
  /** the sandbox clock (ms/seconds, offset, speed) */
  clock: SandboxClock;
  config(): SerpmetricsConfig;
  /** move the sandbox clock forward and complete everything due (like `POST /__sandbox/clock/advance`) */
  advance(seconds: number): { completed: number; failed: number; callbacksQueued: number };
  /** complete the queued items of these queues now (like `POST /__sandbox/queue/drain`) */
  drain(queues?: readonly QueueName[]): { completed: number; failed: number };
  /** set an account's callback URL (default account unless named) */
  setCallbackUrl(url: string | null, accountId?: string): void;
  /** the emulator state, for in-process tests that need more */
  state: SerpmetricsState;
}

const STATE_KEYS = new Set(['accounts', 'callbackUrl', 'startAt', 'demo', 'port', 'host', 'adminToken']);

export async function startSerpmetricsSandbox(
  options: SerpmetricsSandboxOptions = {},
): Promise<RunningSerpmetricsSandbox> {
  const config = Object.fromEntries(Object.entries(options).filter(([k]) => !STATE_KEYS.has(k))) as ConfigPatch;
  const state = new SerpmetricsState({
    config,
    ...(options.accounts ? { accounts: options.accounts } : {}),
    ...(options.callbackUrl !== undefined ? { callbackUrl: options.callbackUrl } : {}),
    ...(options.startAt !== undefined ? { startAt: options.startAt } : {}),
    ...(options.demo !== undefined ? { demo: options.demo } : {}),
  });
  const served = await serve(state, options);
  return {
    upstream: 'serpmetrics',
    url: served.url,
    port: served.port,
    close: () => served.close(),
    clock: state.clock,
    config: () => state.config,
    advance: (seconds) => state.queues.advance(seconds),
    drain: (queues = ['priority', 'delayed', 'daily']) => state.queues.drain(queues),
    setCallbackUrl: (url, accountId = 'default') => {
      state.accounts.upsert(accountId, { callbackUrl: url });
    },
    state,
  };
}
