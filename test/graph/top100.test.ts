// Q_TOP100 end to end: the latest check of "running shoes" on google_en-us (SERPmetrics) with each of its 100
// results joined to its host's SE Ranking backlink summary; upstream calls counted by the sandbox itself.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HUGE_TARGETS, registrableDomain } from '../../src/sandbox/common/catalogue.js';
import { Top100Document, Top100HostsDocument } from '../generated/graphql.js';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

const PAIR = { keyword: 'running shoes', engine: 'google_en-us' };
const HUGE = new Set(DEFAULT_HUGE_TARGETS);

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

const codesAt = (
  errors: ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>,
) => new Map(errors.map((e) => [(e.path ?? []).join('.'), e.extensions?.code]));

describe('Q_TOP100', () => {
  it('answers cold in at most 3 SERPmetrics calls and one SE Ranking call (two with the 244 path), warm in none', async () => {
    const cold = await gw.post(Top100Document, PAIR);
    const results = cold.data?.serp?.results ?? [];
    expect(results).toHaveLength(100);
    expect(results.map((r) => r.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

    const huge = results.flatMap((r, i) => (HUGE.has(registrableDomain(r.host)) ? [i] : []));
    const calls = await gw.sandbox.calls();
    expect(calls.serpmetrics).toBeLessThanOrEqual(3);
    expect(calls.seranking).toBe(huge.length > 0 ? 2 : 1);
    const smEndpoints = (await gw.sandbox.serpmetrics.admin.stats()).calls.map((c) => c.path);
    expect(smEndpoints).toEqual(['/keywords/exists', '/keywords/check', '/keywords/serp']);

    // Huge hosts (the running-shoes SERP has YouTube and Wikipedia) carry TARGET_TOO_LARGE; all others have data.
    expect(huge.length).toBeGreaterThan(0);
    const errors = codesAt(cold.errors ?? []);
    for (const [i, r] of results.entries()) {
      const path = `serp.results.${i}.target.backlinkSummary`;
      if (huge.includes(i)) {
        expect(r.target?.backlinkSummary, r.host).toBeNull();
        expect(errors.get(path), r.host).toBe('TARGET_TOO_LARGE');
      } else {
        expect(r.target?.backlinkSummary, r.host).not.toBeNull();
        expect(errors.has(path)).toBe(false);
      }
    }
    expect(errors.size).toBe(huge.length);
    const too = cold.errors?.find((e) => e.extensions?.code === 'TARGET_TOO_LARGE');
    expect(too?.extensions).toMatchObject({ upstream: 'seranking', httpStatus: 244, retryable: false });
    console.info(
      `Q_TOP100 cold: ${calls.serpmetrics} SERPmetrics + ${calls.seranking} SE Ranking calls, ` +
        `${huge.length} results too large (${[...new Set(huge.map((i) => results[i]?.host))].join(', ')})`,
    );

    const warm = await gw.post(Top100Document, PAIR);
    expect(warm.data).toEqual(cold.data);
    expect(await gw.sandbox.calls()).toEqual(calls);
    expect(warm.extensions?.upstream).toMatchObject({ calls: { seranking: 0, serpmetrics: 0 } });
  });
});

describe('partial results', () => {
  it('keeps the SERP when SE Ranking is down: only target fields are null, each with its error', async () => {
    await gw.sandbox.seranking.admin.patchConfig({ maintenance: true });
    try {
      const res = await gw.post(Top100HostsDocument, PAIR);
      const results = res.data?.serp?.results ?? [];
      expect(results).toHaveLength(100);
      for (const r of results) {
        expect(r.host).toMatch(/\./);
        expect(r.target?.backlinkSummary ?? null).toBeNull();
      }
      expect(res.data?.account?.serpmetrics?.serpCredits).toBeGreaterThan(0);
      expect(res.data?.account?.seranking).toBeNull();
      const paths = (res.errors ?? []).map((e) => (e.path ?? []).join('.'));
      expect(paths.every((p) => /^serp\.results\.\d+\.target\.backlinkSummary$|^account\.seranking$/.test(p))).toBe(
        true,
      );
      expect(paths).toContain('account.seranking');
      for (const e of res.errors ?? []) {
        // Huge hosts are refused before SE Ranking is asked (remembered or not, they never reach it here).
        expect(['UPSTREAM_UNAVAILABLE', 'TARGET_TOO_LARGE']).toContain(e.extensions?.code);
        if (e.extensions?.code === 'UPSTREAM_UNAVAILABLE') {
          expect(e.extensions).toMatchObject({ upstream: 'seranking', httpStatus: 503, retryable: true });
        }
      }
    } finally {
      await gw.sandbox.seranking.admin.patchConfig({ maintenance: false });
    }
  });

  it('keeps SE Ranking fields when SERPmetrics is down: only the SERPmetrics fields are null', async () => {
    await gw.sandbox.serpmetrics.admin.patchConfig({ maintenance: true });
    try {
      const res = await gw.post(Top100HostsDocument, PAIR);
      expect(res.data?.serp).toBeNull();
      expect(res.data?.account?.serpmetrics).toBeNull();
      expect(res.data?.account?.seranking?.unitsLeft).toBeGreaterThan(0);
      const byPath = new Map((res.errors ?? []).map((e) => [(e.path ?? []).join('.'), e.extensions]));
      expect([...byPath.keys()].sort()).toEqual(['account.serpmetrics', 'serp']);
      for (const extensions of byPath.values()) {
        expect(extensions).toMatchObject({
          code: 'UPSTREAM_UNAVAILABLE',
          upstream: 'serpmetrics',
          httpStatus: 503,
          retryable: true,
        });
      }
    } finally {
      await gw.sandbox.serpmetrics.admin.patchConfig({ maintenance: false });
    }
  });
});
