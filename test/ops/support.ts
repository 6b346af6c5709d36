/**
 * Test support for the operations tests: a gateway over the in-process sandbox whose logs are captured
 * (JSON lines, as production writes them), a Prometheus text-format parser, and a main.ts child process.
 */
import { type ChildProcess, type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createUpstreamClients } from '../../src/clients.js';
import type { Config } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/index.js';
import { createGateway } from '../../src/server.js';
import { configOverSandbox } from '../support/gateway.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface OpsGateway {
  /** `http://127.0.0.1:<port>` (the GraphQL endpoint is `${base}/graphql`). */
  base: string;
  sandbox: TestSandbox;
  config: Config;
  /** Every log line written so far, parsed. */
  logs: Array<Record<string, unknown>>;
  /** The raw log text, for scanning for secrets. */
  logText(): string;
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Sandbox + gateway in-process on port 0, logging at `LOG_LEVEL` (default debug) into memory. */
export async function startOpsGateway(env: Record<string, string> = {}): Promise<OpsGateway> {
  const sandbox = await startTestSandbox();
  const config = configOverSandbox(sandbox, { LOG_LEVEL: 'debug', NODE_ENV: 'test', SANDBOX: '1', ...env });
  const lines: string[] = [];
  const logger = createLogger({ level: config.logLevel, destination: { write: (line: string) => lines.push(line) } });
  const upstream = createUpstreamClients(config, {
    resilience: { seranking: { retry: false }, serpmetrics: { retry: false } },
  });
  const gateway = createGateway(config, {
    clients: upstream.clients,
    resilience: upstream.resilience,
    logger,
    onClose: upstream.close,
  });
  const running = await gateway.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${running.port}`;
  return {
    base: origin,
    sandbox,
    config,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join(''),
    post: (query, variables, headers = {}) =>
      fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    close: async () => {
      await running.close();
      await sandbox.close();
    },
  };
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text exposition format (the subset prom-client writes). */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match?.[1] || match[3] === undefined) throw new Error(`not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      if (pair[1] !== undefined && pair[2] !== undefined) labels[pair[1]] = pair[2];
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** Sum of the samples of `name` whose labels include `labels`. */
export function metricValue(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

export async function scrape(base: string): Promise<{ text: string; samples: Sample[] }> {
  const res = await fetch(`${base}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  const text = await res.text();
  return { text, samples: parsePrometheus(text) };
}

export interface MainProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  output: { text: string };
  /** Resolves with the GraphQL URL once main.ts logs it. */
  listening: Promise<string>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Stops a child process that may already have exited, and waits for its exit. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await once(child, 'exit');
}

/** How to run the gateway: from source through tsx by default, or a build's `start.js` from its folder. */
export interface MainCommand {
  args: string[];
  cwd: string;
}

/** Runs `src/main.ts` (through tsx), or the given command, with PORT=0 and the given environment. */
export function startMain(
  env: Record<string, string>,
  command: MainCommand = { args: ['--import', 'tsx', 'src/main.ts'], cwd: repoRoot },
): MainProcess {
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.text += chunk.toString();
      const match = /listening on (http:\/\/\S+?)["\s]/.exec(output.text);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`main exited early (${code}): ${output.text}`)));
  });
  listening.catch(() => undefined);
  return { child, output, listening, exited };
}
