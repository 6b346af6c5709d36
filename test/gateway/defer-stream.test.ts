// `@defer` and `@stream` over real HTTP (Yoga's defer/stream plugin): a client asking for `multipart/mixed` gets the
// SERP in the first part and each result's SE Ranking authority in later parts, with the edge's cost, ledger and
// error handling still applied; a client that accepts only JSON is refused before anything is spent.
import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../graph/support.js';
import type { TestGateway } from '../support/gateway.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

interface Part {
  data?: { serp?: { checkId: string; results: Array<{ position: number; url: string; target?: unknown }> } };
  incremental?: Array<{
    path: Array<string | number>;
    data?: Record<string, unknown>;
    items?: unknown[];
    errors?: Array<{ path?: Array<string | number>; extensions?: { code?: string; upstream?: string } }>;
  }>;
  hasNext: boolean;
  errors?: unknown[];
  extensions?: Record<string, unknown>;
}

/** The JSON parts of a `multipart/mixed` answer, in the order they were sent. */
async function multipart(query: string): Promise<{ contentType: string; parts: Part[] }> {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
    body: JSON.stringify({ query }),
  });
  expect(res.status).toBe(200);
  const contentType = res.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1] ?? '-';
  const body = await res.text();
  const parts = body
    .split(`--${boundary}`)
    .map((chunk) => chunk.slice(chunk.indexOf('\r\n\r\n') + 4).trim())
    .filter((json) => json.startsWith('{'))
    .map((json) => JSON.parse(json) as Part);
  return { contentType, parts };
}

const DEFERRED = `{
  serp(pair: { keyword: "running shoes", engine: "google_en-us" }) {
    checkId
    results(first: 5) {
      position
      url
      ... @defer(label: "authority") { target { authority { domainInlinkRank } } }
    }
  }
}`;

describe('@defer', () => {
  it('sends the SERP first, then each result’s authority in later parts', async () => {
    const { contentType, parts } = await multipart(DEFERRED);
    expect(contentType).toMatch(/^multipart\/mixed/);
    expect(parts.length).toBeGreaterThan(1);
    const [first, ...rest] = parts;
    const results = first?.data?.serp?.results ?? [];
    expect(results.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    for (const r of results) expect(r.target).toBeUndefined();
    expect(first?.hasNext).toBe(true);

    const deferred = rest.flatMap((p) => p.incremental ?? []);
    const paths = deferred.map((d) => d.path.join('.')).sort();
    expect(paths).toEqual([0, 1, 2, 3, 4].map((i) => `serp.results.${i}`));
    // Huge sites of the SERP have no authority (TARGET_TOO_LARGE); the others do.
    const withRank = deferred.filter(
      (d) => (d.data?.target as { authority?: { domainInlinkRank?: number } } | undefined)?.authority,
    );
    expect(withRank.length).toBeGreaterThan(0);
    expect(parts.at(-1)?.hasNext).toBe(false);
    // The authority of the five hosts was still fetched in one batched call (plus a re-issue after a 244).
    const answered = (await gw.sandbox.seranking.admin.stats()).calls.filter((c) => c.status === 200);
    expect(answered.map((c) => c.endpoint)).toEqual(['GET /v1/backlinks/authority']);
  });

  it('gives a deferred field’s error its code, as the first part’s errors have', async () => {
    await gw.sandbox.seranking.admin.setFaults({ errorRates: { 503: 1 } });
    const { parts } = await multipart(DEFERRED);
    const errors = parts.flatMap((p) => p.incremental ?? []).flatMap((i) => i.errors ?? []);
    expect(errors.length).toBeGreaterThan(0);
    // Huge sites are refused before any call (TARGET_TOO_LARGE); the others met the outage.
    for (const error of errors) {
      expect(error.path?.slice(0, 4)).toEqual(['serp', 'results', error.path?.[2], 'target']);
      expect(error.extensions?.upstream).toBe('seranking');
      expect(['TARGET_TOO_LARGE', 'UPSTREAM_UNAVAILABLE']).toContain(error.extensions?.code);
    }
    expect(errors.some((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE')).toBe(true);
  });

  it('is refused before execution for a client accepting only JSON: nothing is fetched or spent', async () => {
    const res = await gw.post<unknown>(DEFERRED);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/multipart\/mixed/);
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });
});

describe('@stream', () => {
  it('streams the results of a SERP after the first one', async () => {
    const { parts } = await multipart(`{
      serp(pair: { keyword: "running shoes", engine: "google_en-us" }) {
        results(first: 5) @stream(initialCount: 1) { position }
      }
    }`);
    expect(parts[0]?.data?.serp?.results.map((r) => r.position)).toEqual([1]);
    const streamed = parts.flatMap((p) => p.incremental ?? []).flatMap((i) => i.items ?? []);
    expect(streamed).toEqual([2, 3, 4, 5].map((position) => ({ position })));
    expect(parts.at(-1)?.hasNext).toBe(false);
  });

  it('streams keywords with their metrics, as the same list answers in one part', async () => {
    const list = 'keywords(texts: ["running shoes", "trail shoes", "zzz nothing"], database: US)';
    const whole = await gw.post(`{ ${list} { text volume difficulty } }`);
    const keywords = (whole.data as { keywords: unknown[] }).keywords;
    expect(keywords).toHaveLength(3);
    const { parts } = await multipart(`{ ${list} @stream(initialCount: 1) { text volume difficulty } }`);
    const first = (parts[0]?.data as { keywords?: unknown[] } | undefined)?.keywords;
    const streamed = parts.flatMap((p) => p.incremental ?? []).flatMap((i) => i.items ?? []);
    expect([...(first ?? []), ...streamed]).toEqual(keywords);
    expect(first).toHaveLength(1);
  });
});
