// Both emulators at once: `startSandbox(options?)` starts the SE Ranking and SERPmetrics sandboxes (loopback, port 0
// unless told otherwise) and closes them together. Used by `main.ts` without API keys, by the CLI and by tests.
// Exports: startSandbox, RunningSandbox, RunningSandboxes, SandboxOptions, SANDBOX_KEYS.
import {
  type RunningSerankingSandbox,
  type SerankingSandboxOptions,
  startSerankingSandbox,
} from './seranking/index.js';
import {
  type RunningSerpmetricsSandbox,
  type SerpmetricsSandboxOptions,
  startSerpmetricsSandbox,
} from './serpmetrics/index.js';

export { SANDBOX_KEYS, SERANKING_DEMO_KEYS } from './keys.js';
export type { RunningSerankingSandbox, SerankingSandboxOptions } from './seranking/index.js';
export { startSerankingSandbox } from './seranking/index.js';
export type { RunningSerpmetricsSandbox, SerpmetricsSandboxOptions } from './serpmetrics/index.js';
export { startSerpmetricsSandbox } from './serpmetrics/index.js';

/** What every running emulator offers. */
export interface RunningSandbox {
  upstream: 'seranking' | 'serpmetrics';
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface SandboxOptions {
  seranking?: SerankingSandboxOptions;
  serpmetrics?: SerpmetricsSandboxOptions;
  /** bind address of both (each emulator's own `host` wins) */
  host?: string;
}

export interface RunningSandboxes {
  seranking: RunningSerankingSandbox;
  serpmetrics: RunningSerpmetricsSandbox;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandboxes> {
  const host = options.host === undefined ? {} : { host: options.host };
  const seranking = await startSerankingSandbox({ ...host, ...options.seranking });
  let serpmetrics: RunningSerpmetricsSandbox;
  try {
    serpmetrics = await startSerpmetricsSandbox({ ...host, ...options.serpmetrics });
  } catch (err) {
    await seranking.close();
    throw err;
  }
  return {
    seranking,
    serpmetrics,
    close: async () => {
      await Promise.all([seranking.close(), serpmetrics.close()]);
    },
  };
}
