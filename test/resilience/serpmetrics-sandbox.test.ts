// The resilience layer in front of the SERPmetrics sandbox, through the real client: a paid write whose
// connection drops after the upstream performed it is never retried (one charge), a 501 "write failed" is
// retried (nothing was written), and the check-weighted limiter keeps priority adds inside the upstream's
// 60-checks bucket, refusing locally instead of collecting 429s.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { type RunningSerpmetricsSandbox, startSerpmetricsSandbox } from '../../src/sandbox/serpmetrics/index.js';
import { isUpstreamError } from '../../src/upstream/errors.js';
import { deadlineSignal } from '../../src/upstream/resilience/index.js';
import { SerpmetricsClient } from '../../src/upstream/serpmetrics/client.js';

let sandbox: RunningSerpmetricsSandbox;

interface Stats {
  total: number;
  totals: { rateLimited: number; serpCreditsCharged?: number };
  calls: Array<{ at: number; path: string; status: number }>;
}

async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandbox.url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

const stats = () => admin<Stats>('GET', '/stats');

function client(): SerpmetricsClient {
  return new SerpmetricsClient({
    baseUrl: sandbox.url,
    apiKey: SANDBOX_KEYS.serpmetricsKey,
    apiSecret: SANDBOX_KEYS.serpmetricsSecret,
    resilience: {
      retry: { baseDelayMs: { UPSTREAM_WRITE_FAILED: 5, UPSTREAM_UNAVAILABLE: 5, UPSTREAM_RATE_LIMITED: 5 } },
    },
  });
}

beforeAll(async () => {
  sandbox = await startSerpmetricsSandbox({ demo: false });
});
afterAll(() => sandbox.close());
beforeEach(() => admin('POST', '/reset'));

describe('paid writes toward SERPmetrics', () => {
  it('a priority add whose connection drops after the upstream queued it is sent once and charged once', async () => {
    const c = client();
    await admin('PUT', '/faults', {
      forced: [{ endpoint: '/priority/add', action: 'reset', when: 'after', count: 1 }],
    });
    const [item] = await c.priorityAdd(['running shoes'], ['google_en-us']);
    expect(isUpstreamError(item)).toBe(true);
    sandbox.drain(['priority']);
    const after = await stats();
    expect(after.calls.filter((call) => call.path === '/priority/add')).toHaveLength(1);
    expect(after.totals.serpCreditsCharged).toBe(6);
    await c.close();
  });

  it('a 501 "write failed" is retried, since nothing was written, and charged once', async () => {
    const c = client();
    await admin('POST', '/faults', { forceStatus: { status: 501, count: 1 } });
    const [queued] = await c.priorityAdd(['running shoes'], ['google_en-us']);
    expect(isUpstreamError(queued)).toBe(false);
    sandbox.drain(['priority']);
    const after = await stats();
    expect(after.calls.filter((call) => call.path === '/priority/add').map((call) => call.status)).toEqual([501, 201]);
    expect(after.totals.serpCreditsCharged).toBe(6);
    await c.close();
  });

  it('priority adds beyond 60 checks a minute wait or are refused locally; the upstream sends no 429', async () => {
    const c = client();
    const keywords = Array.from({ length: 10 }, (_, i) => `shoe ${i}`);
    const batches = await Promise.all(
      Array.from({ length: 7 }, () => c.priorityAdd(keywords, ['google_en-us'], { signal: deadlineSignal(2_000) })),
    );
    // The seventh would wait ~10 s for the bucket: refused (UPSTREAM_RATE_LIMITED below), not timed out at 2 s.
    const refused = batches.filter((items) => items.every(isUpstreamError));
    expect(batches.filter((items) => !items.some(isUpstreamError))).toHaveLength(6);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.map((e) => isUpstreamError(e) && e.code)).toEqual(Array(10).fill('UPSTREAM_RATE_LIMITED'));
    const after = await stats();
    expect(after.totals.rateLimited).toBe(0);
    expect(after.calls.filter((call) => call.path === '/priority/add')).toHaveLength(6);
    await c.close();
  });
});
