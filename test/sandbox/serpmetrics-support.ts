// Helpers of the SERPmetrics sandbox contract tests: a signing caller over real HTTP, an admin caller, and a loopback
// callback receiver.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import {
  type RunningSerpmetricsSandbox,
  type SerpmetricsSandboxOptions,
  startSerpmetricsSandbox,
} from '../../src/sandbox/serpmetrics/index.js';

export const KEY = 'sandbox-serpmetrics-key';
export const SECRET = 'sandbox-serpmetrics-secret';

export interface Envelope<D = unknown> {
  status: string;
  message?: string;
  request_time?: number;
  data?: D;
  failed?: boolean;
}

export interface Reply<D = unknown> {
  status: number;
  headers: Headers;
  text: string;
  /** the parsed body (undefined for an empty body) */
  body: Envelope<D>;
}

export interface CallOptions {
  key?: string;
  secret?: string;
  /** unix seconds; defaults to the sandbox clock */
  ts?: number | string;
  auth?: string;
  method?: 'GET' | 'POST';
  encoding?: 'form' | 'multipart' | 'query';
  /** `params` sent verbatim instead of JSON.stringify(params) */
  rawParams?: string;
  omit?: ReadonlyArray<'key' | 'ts' | 'auth'>;
}

export function sign(secret: string, ts: string): string {
  return createHmac('sha256', secret).update(ts).digest('base64');
}

export interface SandboxHarness {
  sandbox: RunningSerpmetricsSandbox;
  call<D = unknown>(path: string, params?: unknown, options?: CallOptions): Promise<Reply<D>>;
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function startHarness(options: SerpmetricsSandboxOptions = {}): Promise<SandboxHarness> {
  const sandbox = await startSerpmetricsSandbox(options);

  const call = async <D>(path: string, params?: unknown, o: CallOptions = {}): Promise<Reply<D>> => {
    const ts = String(o.ts ?? sandbox.clock.nowSeconds());
    const fields: Record<string, string> = {
      key: o.key ?? KEY,
      ts,
      auth: o.auth ?? sign(o.secret ?? SECRET, ts),
    };
    for (const name of o.omit ?? []) delete fields[name];
    const rawParams = o.rawParams ?? (params === undefined ? undefined : JSON.stringify(params));
    if (rawParams !== undefined) fields.params = rawParams;
    const encoding = o.encoding ?? (o.method === 'GET' ? 'query' : 'form');
    const url = new URL(path, sandbox.url);
    let body: string | FormData | undefined;
    if (encoding === 'query') for (const [k, v] of Object.entries(fields)) url.searchParams.set(k, v);
    else if (encoding === 'form') body = new URLSearchParams(fields).toString();
    else {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      body = form;
    }
    const res = await fetch(url, {
      method: o.method ?? 'POST',
      ...(body === undefined ? {} : { body }),
      ...(encoding === 'form' ? { headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      text,
      body: (text ? JSON.parse(text) : undefined) as Envelope<D>,
    };
  };

  const admin = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(new URL(`/__sandbox${path}`, sandbox.url), {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  return { sandbox, call, admin, close: () => sandbox.close() };
}

export interface ReceivedCallback {
  path: string;
  contentType: string;
  fields: Record<string, string>;
}

/** A loopback HTTP server that records callback POSTs (form or JSON) and answers 204. */
export interface CallbackReceiver {
  url: string;
  received: ReceivedCallback[];
  /** resolves once `n` callbacks arrived */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedCallback[]>;
  /** answer with this status from now on, after `delayMs` */
  respondWith(status: number, delayMs?: number): void;
  close(): Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks).toString('utf8');
}

export async function startReceiver(): Promise<CallbackReceiver> {
  const received: ReceivedCallback[] = [];
  const waiters: Array<() => void> = [];
  let status = 204;
  let delayMs = 0;
  const server: Server = createServer((req, res) => {
    void readAll(req).then(async (text) => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const contentType = req.headers['content-type'] ?? '';
      const fields = contentType.includes('json')
        ? (JSON.parse(text) as Record<string, string>)
        : Object.fromEntries(new URLSearchParams(text));
      received.push({ path: req.url ?? '', contentType, fields });
      res.writeHead(status).end();
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callbacks/serpmetrics/secret-token`,
    received,
    respondWith: (s, ms = 0) => {
      status = s;
      delayMs = ms;
    },
    waitFor: async (n, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} callbacks, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Harnesses and callback receivers that close after each test (registers the `afterEach`). */
export function closedAfterEach(): {
  harness(options?: SerpmetricsSandboxOptions): Promise<SandboxHarness>;
  receiver(): Promise<CallbackReceiver>;
} {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const x of open.splice(0)) await x.close();
  });
  const track = <T extends { close(): Promise<void> }>(x: T): T => {
    open.push(x);
    return x;
  };
  return {
    harness: async (options = {}) => track(await startHarness(options)),
    receiver: async () => track(await startReceiver()),
  };
}
