/**
 * Liveness, readiness and logs over the sandbox: `/ready` reports both upstreams through free endpoints only
 * (no credit moves), caches their probe, names a failing upstream with its code without turning unready, and
 * turns false when shutdown begins; request ids are honoured or generated and echoed; captured JSON logs carry the request id and
 * never a key or secret.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamClients } from '../../src/clients.js';
import { createReadiness, createUpstreamHealth } from '../../src/observability/health.js';
import { createLogger } from '../../src/observability/index.js';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { Top100Document } from '../generated/graphql.js';
import { type OpsGateway, startOpsGateway } from './support.js';

let gw: OpsGateway;
beforeAll(async () => {
  gw = await startOpsGateway({ READY_CACHE_MS: '300' });
});
afterAll(async () => {
  await gw?.close();
});

const readyCalls = async () => {
  const [se, sm] = await Promise.all([gw.sandbox.seranking.admin.stats(), gw.sandbox.serpmetrics.admin.stats()]);
  return { se, sm };
};

describe('/health and /ready', () => {
  it('answers liveness without touching an upstream', async () => {
    const before = await gw.sandbox.calls();
    expect((await fetch(`${gw.base}/health`)).status).toBe(200);
    expect(await gw.sandbox.calls()).toEqual(before);
  });

  it('is ready through free endpoints only, and caches the answer', async () => {
    await gw.sandbox.reset();
    const keysBefore = await gw.sandbox.seranking.admin.keys();
    const res = await fetch(`${gw.base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ready: true,
      upstreams: { seranking: { ok: true }, serpmetrics: { ok: true } },
    });
    expect((await fetch(`${gw.base}/ready`)).status).toBe(200);
    const { se, sm } = await readyCalls();
    // Two probes within the cache window: one call to each upstream, both free.
    expect(se.calls.map((c) => c.path)).toEqual(['/v1/account/credit-balance']);
    expect(sm.calls.map((c) => c.path)).toEqual(['/users/time']);
    expect(await gw.sandbox.seranking.admin.keys()).toEqual(keysBefore);
  });

  it('stays ready while an upstream fails, naming it and its code in the body', async () => {
    await gw.sandbox.seranking.admin.setFaults({ errorRates: { '503': 1 } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 350));
      const res = await fetch(`${gw.base}/ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        ready: true,
        upstreams: { seranking: { ok: false, code: 'UPSTREAM_UNAVAILABLE' }, serpmetrics: { ok: true } },
      });
    } finally {
      await gw.sandbox.seranking.admin.clearFaults();
    }
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await fetch(`${gw.base}/ready`)).status).toBe(200);
  });
});

describe('request ids and logs', () => {
  it('honours a well-formed x-request-id, echoes it, and logs it on the access line', async () => {
    const res = await gw.post('{ sandbox }', undefined, { 'x-request-id': 'trace-42.a' });
    expect(res.headers.get('x-request-id')).toBe('trace-42.a');
    await res.json();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = gw.logs.find((l) => l.msg === 'request completed' && l.requestId === 'trace-42.a');
    expect(line).toMatchObject({ method: 'POST', route: '/graphql', status: 200, client: 'anonymous' });
  });

  it('generates an id when none or a malformed one is sent', async () => {
    const none = await gw.post('{ sandbox }');
    const bad = await gw.post('{ sandbox }', undefined, { 'x-request-id': 'has space"quote' });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(none.headers.get('x-request-id')).toMatch(uuid);
    expect(bad.headers.get('x-request-id')).toMatch(uuid);
  });

  it('never writes a key or secret, after a workload that touches both upstreams and fails some calls', async () => {
    await gw.post('{ targets(targets: ["seranking.com", "zero.example"]) { backlinkSummary { backlinks } } }');
    await gw.post('{ engines { code } account { serpmetrics { serpCredit } } }');
    await gw.sandbox.serpmetrics.admin.setFaults({ forceStatus: { status: 500, count: 3 } });
    await gw.post('{ engine(code: "google_en-us") { name } }');
    await gw.sandbox.serpmetrics.admin.clearFaults();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const text = gw.logText();
    expect(text.length).toBeGreaterThan(0);
    for (const secret of Object.values(SANDBOX_KEYS)) expect(text).not.toContain(secret);
  });

  it('redacts secrets by field name and inside strings, wherever a caller puts them', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (l: string) => lines.push(l) } });
    logger.info(
      {
        headers: { authorization: 'Token canary-1', 'x-api-key': 'canary-2' },
        upstream: {
          apiKey: 'canary-3',
          apiSecret: 'canary-4',
          request: { params: '{"k":"canary-5"}', auth: 'canary-6' },
        },
        key: 'canary-7',
      },
      'GET https://api.example/v1/x?apikey=canary-8&target=a.com with Authorization: Token canary-9',
    );
    logger.error({ err: new Error('upstream said no for ?key=canary-10&auth=canary-11') }, 'failed');
    const text = lines.join('');
    for (let i = 1; i <= 11; i++) expect(text).not.toContain(`canary-${i}`);
    expect(text).toContain('[redacted]');
    expect(text).toContain('target=a.com');
  });
});

describe('log levels', () => {
  const linesOf = async (res: Response) => {
    const requestId = res.headers.get('x-request-id');
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    // The access line is written when the response closes.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { body, lines: gw.logs.filter((l) => l.requestId === requestId) };
  };

  it('logs the too-large targets of a top-100 query at debug, without a stack, cold and warm', async () => {
    for (const round of ['cold', 'warm']) {
      const res = await gw.post(print(Top100Document), { keyword: 'running shoes', engine: 'google_en-us' });
      const { body, lines } = await linesOf(res);
      const tooLarge = (body.errors ?? []).filter((e) => e.extensions?.code === 'TARGET_TOO_LARGE');
      expect(tooLarge, round).toHaveLength(3);
      expect(
        lines.filter((l) => Number(l.level) >= 50),
        round,
      ).toEqual([]);
      const outcomes = lines.filter((l) => l.code === 'TARGET_TOO_LARGE');
      expect(outcomes, round).toHaveLength(3);
      for (const line of outcomes) {
        expect(line.level).toBe(20);
        expect(JSON.stringify(line)).not.toMatch(/stack|\s{4}at /);
      }
    }
  });

  it('still logs an unexpected failure at error, with its stack', async () => {
    await gw.sandbox.seranking.admin.replaceFaults({ forced: [{ endpoint: '*', action: 'malformed', count: 1 }] });
    try {
      const res = await gw.post('{ target(target: "malformed-answer.com") { backlinkSummary { backlinks } } }');
      const { body, lines } = await linesOf(res);
      expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
      const errors = lines.filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect((errors[0]?.err as { stack?: string } | undefined)?.stack).toMatch(/\n\s+at /);
    } finally {
      await gw.sandbox.seranking.admin.clearFaults();
    }
  });
});

describe('readiness during shutdown', () => {
  it('turns not ready as soon as shutdown begins', async () => {
    const upstream = createUpstreamClients(gw.config);
    const shutdown = new AbortController();
    const ready = createReadiness({
      upstreams: createUpstreamHealth({ clients: upstream.clients, cacheMs: 60_000, timeoutMs: 2_000 }),
      shutdown: shutdown.signal,
      overloaded: () => false,
    });
    try {
      expect(await ready()).toMatchObject({ ready: true, shuttingDown: false });
      shutdown.abort();
      expect(await ready()).toMatchObject({ ready: false, shuttingDown: true });
    } finally {
      await upstream.close();
    }
  });
});
