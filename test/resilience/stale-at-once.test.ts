// Issue 14, upstream down: SE Ranking's host refuses connections. 100 warm-but-expired keys are answered stale and
// marked at once (at most one upstream attempt per key, never a retry or a backoff), cold keys are refused
// UPSTREAM_UNAVAILABLE with no upstream attempt once the breaker is open, and service returns with the host.
// Counts only; the times (stale p99, refusal p99) are in the bench (`npm run bench -- --only=outage`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamClients } from '../../src/clients.js';
import { createGateway } from '../../src/server.js';
import { metricValue, scrape } from '../ops/support.js';
import { configOverSandbox } from '../support/gateway.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import { type Switch, startSwitch } from './peer.js';

const SUMMARY = 'query Summary($target: String!) { target(target: $target) { backlinkSummary { backlinks } } }';
const MANY = 'query Many($targets: [String!]!) { targets(targets: $targets) { backlinkSummary { backlinks } } }';

interface Answer {
  status: number;
  data?: { target: { backlinkSummary: { backlinks: number } | null } | null } | null;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
  extensions?: { upstream?: { cache?: { stale?: number }; stale?: Array<Record<string, unknown>> } };
}

let sandbox: TestSandbox;
let upstreamSwitch: Switch;
let base: string;
let close: () => Promise<void>;

const post = async (query: string, variables: Record<string, unknown>): Promise<Answer> => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
};

/** Upstream HTTP requests the gateway made to SE Ranking (answered or not), from its own metrics. */
const gatewayAttempts = async (): Promise<number> =>
  metricValue((await scrape(base)).samples, 'seograph_upstream_requests_total', { upstream: 'seranking' });

const breakerRejections = async (): Promise<number> =>
  metricValue((await scrape(base)).samples, 'seograph_upstream_breaker_rejections_total', { upstream: 'seranking' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  sandbox = await startTestSandbox();
  upstreamSwitch = await startSwitch(sandbox.seranking.url);
  const config = configOverSandbox(sandbox, {
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    SANDBOX: '1',
    // Summaries expire after 1 s, so the outage meets expired values, not fresh hits.
    CACHE_TTL_BACKLINKS_SECONDS: '1',
    CACHE_MAX_STALE_SECONDS: '3600',
  });
  config.seranking.baseUrl = upstreamSwitch.url;
  const upstream = createUpstreamClients(config, {
    resilience: {
      seranking: {
        // Retries with real backoffs: a client that waited through them would show up in the attempt counts.
        retry: { maxAttempts: 4, baseDelayMs: { UPSTREAM_UNAVAILABLE: 300 }, budget: false },
        rateLimit: { requestsPerSecond: 1_000 },
        breaker: { threshold: 0.5, windowMs: 10_000, minimumRps: 1, halfOpenAfterMs: 4_000 },
      },
      serpmetrics: { retry: false, breaker: false },
    },
  });
  const gateway = createGateway(config, {
    clients: upstream.clients,
    resilience: upstream.resilience,
    onClose: upstream.close,
  });
  const running = await gateway.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${running.port}`;
  close = () => running.close(1_000);
});

afterAll(async () => {
  await close?.();
  await upstreamSwitch?.refuse();
  await sandbox?.close();
});

describe('SE Ranking refusing connections, through the gateway', () => {
  it('answers warm keys stale at once, refuses cold keys without an attempt, and recovers', async () => {
    const warm = Array.from({ length: 100 }, (_, i) => `warm-${i}.example.com`);
    const warmed = await post(MANY, { targets: warm });
    expect(warmed.errors).toBeUndefined();
    const fresh = new Map(
      warm.map((target, i) => [
        target,
        (warmed.data as unknown as { targets: Array<{ backlinkSummary: { backlinks: number } }> }).targets[i]
          ?.backlinkSummary.backlinks,
      ]),
    );
    await sleep(1_100);
    await upstreamSwitch.refuse();
    const sandboxBefore = await sandbox.seranking.admin.total();
    const attemptsBefore = await gatewayAttempts();

    // One request per key, ten clients at a time.
    const answers: Answer[] = [];
    for (let i = 0; i < warm.length; i += 10) {
      answers.push(...(await Promise.all(warm.slice(i, i + 10).map((target) => post(SUMMARY, { target })))));
    }
    answers.forEach((answer, i) => {
      expect(answer.errors, warm[i]).toBeUndefined();
      expect(answer.data?.target?.backlinkSummary?.backlinks).toBe(fresh.get(warm[i] as string));
      // The mark: `extensions.upstream.stale` lists what was served stale, `extensions.upstream.cache.stale` counts it.
      expect(answer.extensions?.upstream?.cache?.stale).toBe(1);
      expect(answer.extensions?.upstream?.stale).toEqual([
        expect.objectContaining({ upstream: 'seranking', kind: 'backlinks', fetchedAt: expect.any(String) }),
      ]);
    });
    // Background refreshes make their single attempt; give them a moment to be counted.
    await sleep(200);
    const attempts = (await gatewayAttempts()) - attemptsBefore;
    console.info(`100 warm keys, host refusing connections: ${attempts} upstream attempts by the gateway`);
    expect(attempts).toBeLessThanOrEqual(warm.length);
    // Nothing reached SE Ranking: the host refused every connection.
    expect((await sandbox.seranking.admin.total()) - sandboxBefore).toBe(0);

    // The breaker opened on those failures: cold keys are refused without an attempt.
    const breaker = metricValue((await scrape(base)).samples, 'seograph_upstream_breaker_state', {
      upstream: 'seranking',
    });
    expect(breaker).toBe(2);
    const coldBefore = await gatewayAttempts();
    const rejectionsBefore = await breakerRejections();
    for (let n = 0; n < 20; n++) {
      const cold = await post(SUMMARY, { target: `cold-${n}.example.com` });
      expect(cold.data?.target?.backlinkSummary ?? null).toBeNull();
      expect(cold.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    }
    // Every cold key but at most one half-open probe (the breaker lets one through every 4 s) was refused by the
    // open circuit, without an upstream attempt; the probe makes its attempt and retries (4 at most).
    expect((await breakerRejections()) - rejectionsBefore).toBeGreaterThanOrEqual(19);
    expect((await gatewayAttempts()) - coldBefore).toBeLessThanOrEqual(4);

    // The host is back: after the half-open wait, a probe closes the circuit and cold keys are served again.
    await upstreamSwitch.accept();
    let back: Answer | undefined;
    for (const until = Date.now() + 20_000; Date.now() < until; await sleep(250)) {
      back = await post(SUMMARY, { target: 'after-outage.example.com' });
      if (back.errors === undefined) break;
    }
    expect(back?.errors).toBeUndefined();
    expect(back?.data?.target?.backlinkSummary?.backlinks).toEqual(expect.any(Number));
  }, 60_000);
});
