// The gateway over the in-process sandbox, as tests and `npm start` without keys use it: typed
// documents through graphql-request, the ledger in extensions, and main.ts end to end.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayModeDocument } from '../generated/graphql.js';
import { getSdk } from '../generated/sdk.js';
import { stopChild } from '../ops/support.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});

describe('gateway over the sandbox', () => {
  it('answers a typed document through graphql-request and the generated SDK', async () => {
    expect(await gw.client.request(GatewayModeDocument)).toEqual({ sandbox: true });
    expect(await getSdk(gw.client).GatewayMode()).toEqual({ sandbox: true });
  });

  it('reports upstream calls and cache use in extensions (none for gateway fields)', async () => {
    const res = await gw.post(GatewayModeDocument);
    expect(res).toMatchObject({ status: 200, data: { sandbox: true } });
    expect(res.extensions).toMatchObject({
      upstream: { calls: { seranking: 0, serpmetrics: 0 }, cache: { hits: 0, misses: 0, coalesced: 0, stale: 0 } },
      cost: { estimated: 0, actual: 0 },
    });
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });
});

/** Runs main.ts with the given environment until it logs its URL. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output.text += chunk.toString();
      const match = /listening on (http:\/\/\S+?)["\s]/.exec(output.text);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`main exited early (${code}): ${output.text}`)));
  });
  return { child, output, listening };
}

/** What the gateway at `url` says of `Query.sandbox`. */
async function sandboxFlag(url: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sandbox }' }),
  });
  const body = (await res.json()) as { data?: { sandbox?: unknown } };
  return body.data?.sandbox;
}

describe('main.ts', () => {
  it('uses configured base URLs and keys like a real deployment (here: a standalone sandbox)', async () => {
    const { child, output, listening } = startMain({
      SERANKING_API_KEY: 'sandbox-seranking-key',
      SERPMETRICS_API_KEY: 'sandbox-serpmetrics-key',
      SERPMETRICS_API_SECRET: 'sandbox-serpmetrics-secret',
      SERANKING_BASE_URL: gw.sandbox.seranking.url,
      SERPMETRICS_BASE_URL: gw.sandbox.serpmetrics.url,
    });
    try {
      const url = await listening;
      expect(output.text).not.toContain('SANDBOX MODE');
      expect(output.text).toContain(gw.sandbox.seranking.url);
      expect(output.text).not.toContain('sandbox-serpmetrics-secret');
      expect(await sandboxFlag(url)).toBe(false);
    } finally {
      await stopChild(child, 'SIGTERM');
    }
  }, 30_000);

  it('starts in sandbox mode without keys, says so, serves, and exits 0 on SIGTERM', async () => {
    const { child, output, listening } = startMain({});
    try {
      const url = await listening;
      expect(output.text).toContain('SANDBOX MODE');
      expect(await sandboxFlag(url)).toBe(true);
      expect((await fetch(new URL('/health', url))).status).toBe(200);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);

  it('in production without keys, refuses to start: exit 1 and one line naming the variables', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, PORT: '0', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toEqual([
      'Invalid configuration:',
      '  SERANKING_API_KEY, SERPMETRICS_API_KEY, SERPMETRICS_API_SECRET: required when the sandbox is off ' +
        '(NODE_ENV=production starts the sandbox only with SANDBOX=1)',
    ]);
    expect(out).not.toContain('SANDBOX MODE');
  }, 30_000);

  it('in production with SANDBOX=1, starts in sandbox mode and says so', async () => {
    const { child, output, listening } = startMain({ NODE_ENV: 'production', SANDBOX: '1' });
    try {
      const url = await listening;
      expect(output.text).toContain('SANDBOX MODE');
      expect(await sandboxFlag(url)).toBe(true);
    } finally {
      await stopChild(child, 'SIGTERM');
    }
  }, 30_000);

  it('refuses bad configuration with one line per variable and exit code 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, PORT: 'abc', SANDBOX: '0', SERANKING_API_KEY: 'canary-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(err).toContain('PORT: expected an integer between 0 and 65535, got "abc"');
    expect(err).toContain('SERPMETRICS_API_KEY, SERPMETRICS_API_SECRET: required when the sandbox is off');
    expect(err).not.toContain('canary-secret');
  }, 30_000);
});
