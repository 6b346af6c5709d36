// Entry point of the SE Ranking emulator: `startSerankingSandbox(options?)` → a running sandbox, loopback by default.
// Options take config fields (seranking.md §7.7) at top level, plus port, host, the default key and the admin token.
import { SANDBOX_KEYS } from '../keys.js';
import { makeConfig, type SerankingSandboxConfig } from './config.js';
import type { KeySummary } from './ledger.js';
import { SerankingState, serve } from './server.js';

export type { SerankingSandboxConfig } from './config.js';
export { DEFAULT_COSTS } from './config.js';
export { MESSAGES } from './errors.js';
export type { KeySummary } from './ledger.js';

export type SerankingSandboxOptions = Partial<SerankingSandboxConfig> & {
  /** 0 (default) = an ephemeral port */
  port?: number;
  /** bind address; loopback by default (the admin API then needs no token) */
  host?: string;
  /** key string of the `default` key (default `sandbox-seranking-key`) */
  defaultKey?: string;
  /** bearer token for the admin API when bound off loopback (default env SANDBOX_ADMIN_TOKEN) */
  adminToken?: string;
};

export interface RunningSerankingSandbox {
  upstream: 'seranking';
  url: string;
  port: number;
  close(): Promise<void>;
  config(): SerankingSandboxConfig;
  /** the ledger view of `GET /__sandbox/keys` */
  keys(): KeySummary[];
  /** what `POST /__sandbox/reset` with no body does */
  reset(): void;
  /** the emulator state, for in-process tests that need more */
  state: SerankingState;
}

const NOT_CONFIG = new Set(['port', 'host', 'defaultKey', 'adminToken']);

export async function startSerankingSandbox(options: SerankingSandboxOptions = {}): Promise<RunningSerankingSandbox> {
  const config = makeConfig(Object.fromEntries(Object.entries(options).filter(([k]) => !NOT_CONFIG.has(k))));
  const state = new SerankingState(config, options.defaultKey ?? SANDBOX_KEYS.seranking);
  const served = await serve(state, options);
  return {
    upstream: 'seranking',
    url: served.url,
    port: served.port,
    close: () => served.close(),
    config: () => state.config,
    keys: () => state.ledger.list(),
    reset: () => state.reset({ stats: true, ledgers: true, faults: true, rateLimits: true, config: false }),
    state,
  };
}
