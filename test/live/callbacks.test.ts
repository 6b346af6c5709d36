// Live SERP updates in one process: the SERPmetrics callback route (token, size, body checks without side
// effects), a priority check requested through the mutation arriving at a subscriber through the sandbox's
// callback, and the poller delivering a daily or a priority check whose callback was lost, exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_PATH } from '../../src/live/index.js';
import { MAX_CALLBACK_BYTES } from '../../src/upstream/serpmetrics/callbacks.js';
import { oneOffChecks } from '../../src/upstream/serpmetrics/one-offs.js';
import { type LiveGateway, sleep, startLiveGateway } from './support.js';

const SERP_UPDATED = /* GraphQL */ `
  subscription Updated($keyword: String!, $engine: String!) {
    serpUpdated(pair: { keyword: $keyword, engine: $engine }) {
      keyword
      checkId
      checkedAt
      queue
      engine { code }
      results(first: 3) { position url }
      movement { flux previous { checkId } results { url position previousPosition change } }
    }
  }
`;

const PRIORITY = /* GraphQL */ `
  mutation Priority($keywords: [String!]!, $engines: [String!]!) {
    requestPriorityCheck(input: { keywords: $keywords, engines: $engines }) {
      results { keyword request { requestId state } error { code } }
    }
  }
`;

type Snapshot = {
  keyword: string;
  checkId: string;
  queue: string;
  engine: { code: string };
  results: Array<{ position: number; url: string }>;
  movement: { flux: number; previous: { checkId: string }; results: unknown[] } | null;
};

describe('the callback route', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({ env: { SERP_POLL_INTERVAL_MS: '0' } });
    await gw.sandbox.reset();
  });
  afterAll(() => gw.close());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${gw.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
  const valid =
    'keyword_id=5146926072484b125b000000&engine_code=google_en-us&check_id=529976084513a7206600008c&timestamp=1385788936';

  it('rejects a wrong token (404), oversized (413), malformed (400) and unsupported (415) bodies, with no side effect', async () => {
    const right = new URL(gw.callbackUrl).pathname;
    expect((await post(`${CALLBACK_PATH}wrong-token-000000000000`, valid)).status).toBe(404);
    expect((await post(`${CALLBACK_PATH}`, valid)).status).toBe(404);
    expect((await post(`${right}/extra`, valid)).status).toBe(404);
    expect((await post(right, `${valid}&pad=${'x'.repeat(MAX_CALLBACK_BYTES)}`)).status).toBe(413);
    expect((await post(right, 'engine_code=google_en-us&check_id=abc')).status).toBe(400);
    expect((await post(right, '{"check_id": ', { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post(right, valid, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(`${gw.origin}${right}`)).status).toBe(405);
    await gw.gateway.live.updates.whenIdle();
    expect(gw.gateway.live.updates.counters).toMatchObject({ callbacks: 0, published: 0 });
    expect(await gw.sandbox.serpmetrics.admin.total()).toBe(0);
  });

  it('answers a valid callback with 204 at once and only queues the work', async () => {
    const res = await post(new URL(gw.callbackUrl).pathname, valid);
    expect(res.status).toBe(204);
    expect(gw.gateway.live.updates.counters.callbacks).toBe(1);
    await gw.gateway.live.updates.whenIdle();
    // An id this deployment does not track is a hint to ignore, never data.
    expect(gw.gateway.live.updates.counters).toMatchObject({ published: 0, unknown: 1 });
  });
});

describe('a priority check, end to end', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({
      // A short request deadline: the subscription must outlive it.
      env: { SERP_POLL_INTERVAL_MS: '0', REQUEST_DEADLINE_MS: '1000' },
      sandboxOptions: {
        // The sandbox clock runs 100× faster: the 3 s priority delay takes 30 ms.
        serpmetrics: { clock: { speed: 100 }, auth: { timestampWindowSeconds: 86_400 } },
      },
    });
  });
  afterAll(() => gw.close());

  it('reaches a subscriber through the sandbox callback, with movement against the last daily check', async () => {
    const sub = gw.subscribe(SERP_UPDATED, { keyword: 'running shoes', engine: 'google_en-us' });
    expect(await sub.ready).toBe(200);
    // Past the request deadline: the subscription's events still resolve (its context has no deadline).
    await sleep(1_200);
    const { data, errors } = await gw.post<{
      requestPriorityCheck: { results: Array<{ request: { requestId: string } | null }> };
    }>(PRIORITY, { keywords: ['running shoes'], engines: ['google_en-us'] });
    expect(errors).toBeUndefined();
    expect(data?.requestPriorityCheck.results[0]?.request?.requestId).toBeTruthy();

    const event = await sub.next(10_000);
    sub.close();
    expect(event.errors).toBeUndefined();
    const snapshot = event.data?.serpUpdated as Snapshot;
    expect(snapshot).toMatchObject({ keyword: 'running shoes', queue: 'PRIORITY', engine: { code: 'google_en-us' } });
    expect(snapshot.results).toHaveLength(3);
    expect(snapshot.movement?.previous.checkId).toMatch(/^[0-9a-f]{24}$/);
    expect(snapshot.movement?.results).toHaveLength(100);
    const callbacks = await gw.sandbox.serpmetrics.admin.callbacks();
    expect(callbacks[0]).toMatchObject({ outcome: 'delivered', fields: { check_id: snapshot.checkId } });
  });
});

describe('a lost callback', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({
      env: { SERP_POLL_INTERVAL_MS: '250' },
      // Any pair whose last check is older than 1 s counts as overdue, so the poller looks at every round.
      dailyIntervalMs: 1_000,
    });
  });
  afterAll(() => gw.close());

  it('is made good by the poller: exactly one event for the check', async () => {
    const live = gw.gateway.live.updates;
    // The first round records each pair's current check as its baseline.
    await live.pollOnce(250);
    const sub = gw.subscribe(SERP_UPDATED, { keyword: 'best crm software', engine: 'google_en-gb' });
    expect(await sub.ready).toBe(200);
    await gw.sandbox.serpmetrics.admin.setFaults({ callbacks: { forceDrop: 100 } });
    const drained = await gw.sandbox.serpmetrics.admin.drainQueues(['daily']);
    expect(drained.completed).toBeGreaterThanOrEqual(5);

    const event = await sub.next(10_000);
    const snapshot = event.data?.serpUpdated as Snapshot;
    expect(snapshot).toMatchObject({ keyword: 'best crm software', queue: 'DAILY', engine: { code: 'google_en-gb' } });
    const dropped = (await gw.sandbox.serpmetrics.admin.callbacks()).filter((c) => c.outcome === 'dropped');
    expect(dropped.map((c) => (c.fields as Record<string, string>).check_id)).toContain(snapshot.checkId);

    // More rounds and a late duplicate of the callback change nothing: one check, one event.
    const fields = dropped.find((c) => (c.fields as Record<string, string>).check_id === snapshot.checkId)?.fields;
    await fetch(gw.callbackUrl, { method: 'POST', body: new URLSearchParams(fields as Record<string, string>) });
    await sleep(800);
    await live.whenIdle();
    sub.close();
    expect(sub.events).toHaveLength(1);
    expect(live.counters.duplicates).toBeGreaterThanOrEqual(1);
  });
});

describe('a lost callback of a priority check', () => {
  let gw: LiveGateway;

  beforeAll(async () => {
    gw = await startLiveGateway({
      // Polled from the first round on: a requested priority check counts as overdue at once.
      env: { SERP_POLL_INTERVAL_MS: '250', SERP_PRIORITY_OVERDUE_MS: '0' },
      sandboxOptions: {
        serpmetrics: { clock: { speed: 100 }, auth: { timestampWindowSeconds: 86_400 } },
      },
    });
  });
  afterAll(() => gw.close());

  it('is made good by the poller asking /priority/status: exactly one event for the check', async () => {
    const live = gw.gateway.live.updates;
    const sub = gw.subscribe(SERP_UPDATED, { keyword: 'running shoes', engine: 'google_en-us' });
    expect(await sub.ready).toBe(200);
    await gw.sandbox.serpmetrics.admin.setFaults({ callbacks: { forceDrop: 100 } });
    const { data, errors } = await gw.post<{
      requestPriorityCheck: { results: Array<{ request: { requestId: string } | null }> };
    }>(PRIORITY, { keywords: ['running shoes'], engines: ['google_en-us'] });
    expect(errors).toBeUndefined();
    const id = data?.requestPriorityCheck.results[0]?.request?.requestId;
    expect(id).toBeTruthy();

    const event = await sub.next(10_000);
    const snapshot = event.data?.serpUpdated as Snapshot;
    expect(snapshot).toMatchObject({ keyword: 'running shoes', queue: 'PRIORITY', engine: { code: 'google_en-us' } });
    const dropped = (await gw.sandbox.serpmetrics.admin.callbacks()).filter((c) => c.outcome === 'dropped');
    const lost = dropped.find((c) => (c.fields as Record<string, string>).check_id === snapshot.checkId)?.fields;
    expect(lost).toBeDefined();
    expect(live.counters.polledOneOffs).toBeGreaterThanOrEqual(1);

    // More rounds and a late duplicate of the callback change nothing: one check, one event, nothing pending.
    await fetch(gw.callbackUrl, { method: 'POST', body: new URLSearchParams(lost as Record<string, string>) });
    await sleep(800);
    await live.whenIdle();
    sub.close();
    expect(sub.events).toHaveLength(1);
    expect(live.counters.duplicates).toBeGreaterThanOrEqual(1);
    expect(oneOffChecks(gw.gateway).pending(live.credentialId)).toEqual([]);
  });
});
