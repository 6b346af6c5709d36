// Shared helpers of the SE Ranking sandbox contract tests: one emulator per file, raw HTTP calls with either auth form.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SANDBOX_KEYS, SERANKING_DEMO_KEYS } from '../../src/sandbox/keys.js';
import { type RunningSerankingSandbox, startSerankingSandbox } from '../../src/sandbox/seranking/index.js';
import { SerankingAdmin } from '../support/sandbox.js';

export const DATA_DATE = '2026-03-01';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: contract tests poke into arbitrary JSON answers
  json: any;
}

export interface CallOptions {
  method?: string;
  /** key string sent as `Authorization: Token`; null = no credentials */
  key?: string | null;
  headers?: Record<string, string>;
  body?: string | FormData;
}

export function keyOf(id: string): string {
  const demo = SERANKING_DEMO_KEYS.find((k) => k.id === id);
  if (!demo) throw new Error(`no demo key ${id}`);
  return demo.key;
}

export interface SerankingHarness {
  sandbox: RunningSerankingSandbox;
  admin: SerankingAdmin;
  call(path: string, options?: CallOptions): Promise<Answer>;
}

export async function startHarness(
  options: Parameters<typeof startSerankingSandbox>[0] = {},
): Promise<SerankingHarness> {
  const sandbox = await startSerankingSandbox({ dataDate: DATA_DATE, ...options });
  const admin = new SerankingAdmin(sandbox.url);
  const call = async (path: string, o: CallOptions = {}): Promise<Answer> => {
    const key = o.key === undefined ? SANDBOX_KEYS.seranking : o.key;
    const res = await fetch(`${sandbox.url}${path}`, {
      method: o.method ?? 'GET',
      headers: { ...(key === null ? {} : { authorization: `Token ${key}` }), ...o.headers },
      body: o.body ?? null,
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
  return { sandbox, admin, call };
}

/** Everything back to the demo state (config too), with the default key's rate limit lifted: most tests count
 * calls, not the rolling second. */
export async function resetForTest(h: SerankingHarness): Promise<void> {
  await h.admin.reset({ config: true });
  await h.admin.patchKey('default', { rateLimitPerSecond: 100_000 });
}

/** One emulator for the file, reset for each test (`resetForTest`); `started` receives it before the first test. */
export function useHarness(started: (h: SerankingHarness) => void): void {
  let h: SerankingHarness | undefined;
  beforeAll(async () => {
    h = await startHarness();
    started(h);
  });
  afterAll(async () => {
    await h?.sandbox.close();
  });
  beforeEach(async () => {
    if (h) await resetForTest(h);
  });
}

export function form(keywords: readonly string[], extra: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const k of keywords) f.append('keywords[]', k);
  for (const [name, value] of Object.entries(extra)) f.set(name, value);
  return f;
}
