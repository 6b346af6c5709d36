// Three gateway processes (child processes running src/main.ts, like a real deployment pointed at a standalone
// sandbox) sharing one redis-server: a query answered by A is answered by B from Redis with no upstream call;
// under load the three together stay within SE Ranking's 10 requests per second; a callback received by C
// reaches a subscriber connected to A, once.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_PATH } from '../../src/live/index.js';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { maxInWindow } from '../resilience/peer.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import {
  freePort,
  REQUIRE_REDIS,
  type RunningRedis,
  redisAvailable,
  type SseSubscription,
  sleep,
  sseSubscribe,
  startRedis,
} from './support.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = 'shared-deployment-token-0123456789';

interface Child {
  name: string;
  origin: string;
  url: string;
  process: ChildProcess;
  output: string[];
}

async function startChild(name: string, env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output.join('')}`);
    if (Date.now() > deadline) throw new Error(`${name} did not start: ${output.join('')}`);
    const ok = await fetch(`${origin}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }
  return { name, origin, url: `${origin}/graphql`, process: child, output };
}

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return;
  const exited = once(child.process, 'exit');
  child.process.kill('SIGTERM');
  await exited;
}

async function query<T = Record<string, unknown>>(
  child: Child,
  document: string,
  variables?: Record<string, unknown>,
): Promise<{
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}> {
  const res = await fetch(child.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await res.json()) as never;
}

const TOP_RESULTS = /* GraphQL */ `
  query Top($keyword: String!, $engine: String!) {
    serp(pair: { keyword: $keyword, engine: $engine }) {
      checkId
      results(first: 100) {
        position
        url
        target { backlinkSummary { inlinkRank domainInlinkRank backlinks refDomains } }
      }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  query Summary($target: String!) {
    target(target: $target) { backlinkSummary { backlinks refDomains } }
  }
`;

describe.skipIf(!redisAvailable && !REQUIRE_REDIS)('three gateway processes sharing one redis-server', () => {
  let redis: RunningRedis;
  let sandbox: TestSandbox;
  let a: Child;
  let b: Child;
  let c: Child;

  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), startTestSandbox()]);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SERANKING_API_KEY: SANDBOX_KEYS.seranking,
      SERPMETRICS_API_KEY: SANDBOX_KEYS.serpmetricsKey,
      SERPMETRICS_API_SECRET: SANDBOX_KEYS.serpmetricsSecret,
      SERANKING_BASE_URL: sandbox.seranking.url,
      SERPMETRICS_BASE_URL: sandbox.serpmetrics.url,
      REDIS_URL: redis.url,
      SERPMETRICS_CALLBACK_TOKEN: TOKEN,
      SERP_POLL_INTERVAL_MS: '0',
    };
    [a, b, c] = await Promise.all([startChild('A', env), startChild('B', env), startChild('C', env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a, b, c].filter((x) => x !== undefined).map(stopChild));
    await sandbox?.close();
    await redis?.stop();
  });

  it('answers on B from Redis what A fetched: no upstream call', async () => {
    await sandbox.reset();
    const vars = { keyword: 'running shoes', engine: 'google_en-us' };
    const first = await query<{ serp: { results: unknown[] } }>(a, TOP_RESULTS, vars);
    expect(first.data?.serp.results).toHaveLength(100);
    const cold = await sandbox.calls();
    expect(cold.serpmetrics + cold.seranking).toBeGreaterThan(0);

    const second = await query<{ serp: { results: unknown[] } }>(b, TOP_RESULTS, vars);
    expect(second.data).toEqual(first.data);
    expect(second.errors).toEqual(first.errors);
    expect(await sandbox.calls()).toEqual(cold);
  });

  it('keeps the three together within 10 SE Ranking requests per second under load', async () => {
    await sandbox.reset();
    const gateways = [a, b, c];
    const results = await Promise.all(
      Array.from({ length: 36 }, (_, i) => {
        const gateway = gateways[i % 3] as Child;
        return query<{ target: { backlinkSummary: { backlinks: number } | null } }>(gateway, SUMMARY, {
          target: `load-${i}.example.com`,
        });
      }),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const stats = await sandbox.seranking.admin.stats();
    expect(stats.total).toBe(36);
    expect(stats.calls.filter((call) => call.status === 429)).toHaveLength(0);
    const worst = maxInWindow(
      stats.calls.map((call) => call.at),
      1_000,
    );
    console.info(`max SE Ranking requests in any 1 s window, three processes: ${worst}`);
    expect(worst).toBeLessThanOrEqual(10);
  }, 30_000);

  it('delivers a callback received by C to a subscriber connected to A, once', async () => {
    await sandbox.reset();
    sandbox.sandbox.serpmetrics.setCallbackUrl(`${c.origin}${CALLBACK_PATH}${TOKEN}`);
    const document = /* GraphQL */ `
      subscription {
        serpUpdated(pair: { keyword: "running shoes", engine: "bing_en-us" }) { keyword checkId queue movement { flux } }
      }
    `;
    const sub: SseSubscription = sseSubscribe(a.url, document);
    expect(await sub.ready).toBe(200);
    // Redis SUBSCRIBE is asynchronous: give A's subscription a moment to reach the server.
    await sleep(300);
    await sandbox.serpmetrics.admin.drainQueues(['daily']);

    const event = await sub.next(10_000).catch((error: unknown) => {
      for (const child of [a, b, c]) console.error(child.name, child.output.join(''));
      throw error;
    });
    expect(event.data?.serpUpdated).toMatchObject({ keyword: 'running shoes', queue: 'DAILY' });
    const checkId = (event.data?.serpUpdated as { checkId?: string } | undefined)?.checkId;
    const delivered = (await sandbox.serpmetrics.admin.callbacks()).filter(
      (cb) => (cb.fields as Record<string, string>).check_id === checkId,
    );
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ outcome: 'delivered' });
    expect(String(delivered[0]?.url)).toContain(`:${new URL(c.origin).port}/`);
    // Every process heard the callback; only one published it.
    await sleep(500);
    sub.close();
    expect(sub.events).toHaveLength(1);
  });
});
