/**
 * Readiness means "this process can serve": with SE Ranking in maintenance, `/ready` stays 200 and reports the
 * outage in its body (so do `/health/upstreams` and `seograph_upstream_up`), SERP queries are answered, and
 * `/ready` turns 503 as soon as shutdown begins (answered on the listener, which stays open while a request is
 * in flight).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue, type OpsGateway, scrape, startOpsGateway } from './support.js';

let gw: OpsGateway;
/** Set by the shutdown test, which closes the gateway itself. */
let closing: Promise<void> | undefined;
beforeAll(async () => {
  gw = await startOpsGateway({ READY_CACHE_MS: '0' });
});
afterAll(async () => {
  await (closing ?? gw?.close());
});

const SERP =
  '{ serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { results(first: 3) { position url } } }';

describe('SE Ranking in maintenance', () => {
  it('keeps the replica ready, reports the outage, and answers SERP queries', async () => {
    await gw.sandbox.seranking.admin.patchConfig({ maintenance: true });
    const ready = await fetch(`${gw.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      shuttingDown: false,
      overloaded: false,
      upstreams: { seranking: { ok: false, code: 'UPSTREAM_UNAVAILABLE' }, serpmetrics: { ok: true } },
    });
    const upstreams = await fetch(`${gw.base}/health/upstreams`);
    expect(upstreams.status).toBe(200);
    expect(await upstreams.json()).toMatchObject({
      upstreams: { seranking: { ok: false, code: 'UPSTREAM_UNAVAILABLE' }, serpmetrics: { ok: true } },
    });
    const { samples } = await scrape(gw.base);
    expect(metricValue(samples, 'seograph_upstream_up', { upstream: 'seranking' })).toBe(0);
    expect(metricValue(samples, 'seograph_upstream_up', { upstream: 'serpmetrics' })).toBe(1);

    const serp = (await (await gw.post(SERP)).json()) as {
      data?: { serp?: { results?: unknown[] } };
      errors?: unknown;
    };
    expect(serp.errors).toBeUndefined();
    expect(serp.data?.serp?.results).toHaveLength(3);
  });

  it('turns /ready to 503 as soon as shutdown begins', async () => {
    // A request in flight (a probe of a slowed SERPmetrics) keeps the listener open while shutdown waits for it.
    await gw.sandbox.serpmetrics.admin.setFaults({ latencyMs: 1_500 });
    const inFlight = fetch(`${gw.base}/health/upstreams`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    closing = gw.close();
    const ready = await fetch(`${gw.base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, shuttingDown: true });
    // The request in flight was answered, not cut.
    expect((await inFlight).status).toBe(200);
    await closing;
  });
});
