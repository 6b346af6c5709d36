// The pure parts of live updates: SERP movement and flux, and the live configuration variables.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { serpMovement } from '../../src/live/movement.js';

const serp = (...urls: string[]) => urls.map((url, i) => ({ url, position: i + 1 }));

describe('SERP movement', () => {
  it('is zero for an identical SERP', () => {
    const m = serpMovement(serp('a', 'b', 'c'), serp('a', 'b', 'c'));
    expect(m.flux).toBe(0);
    expect(m.results.map((r) => r.change)).toEqual([0, 0, 0]);
    expect(m.dropped).toEqual([]);
  });

  it('weights movement toward the top', () => {
    const top = serpMovement(serp('b', 'a', 'c', 'd'), serp('a', 'b', 'c', 'd'));
    const bottom = serpMovement(serp('a', 'b', 'd', 'c'), serp('a', 'b', 'c', 'd'));
    expect(top.flux).toBe(2);
    expect(bottom.flux).toBeCloseTo(2 / 3, 2);
    expect(top.results[0]).toEqual({ url: 'b', position: 1, previousPosition: 2, change: 1 });
  });

  it('counts URLs that entered or left from just below the list', () => {
    const m = serpMovement(serp('a', 'new'), serp('a', 'old'));
    expect(m.results[1]).toEqual({ url: 'new', position: 2, previousPosition: null, change: null });
    expect(m.dropped).toEqual([{ url: 'old', position: null, previousPosition: 2, change: null }]);
    // Each moved 1 place (2 ↔ 3, the slot below the list), divided by 2.
    expect(m.flux).toBe(1);
  });
});

describe('live configuration', () => {
  const base = { SANDBOX: '1' };

  it('has defaults: no Redis, a generated token, a derived public URL, a poll every 5 minutes', () => {
    expect(loadConfig(base).live).toEqual({
      redisUrl: undefined,
      callbackToken: undefined,
      publicUrl: undefined,
      pollIntervalMs: 300_000,
      oneOffOverdueMs: { priority: 300_000, delayed: 86_400_000 },
    });
  });

  it('reads REDIS_URL, SERPMETRICS_CALLBACK_TOKEN, PUBLIC_URL, SERP_POLL_INTERVAL_MS and the one-off overdue times', () => {
    const live = loadConfig({
      ...base,
      REDIS_URL: 'redis://:pw@127.0.0.1:6379/0',
      SERPMETRICS_CALLBACK_TOKEN: 'abcdefghijklmnop_-1234',
      PUBLIC_URL: 'https://seo.example.com/',
      SERP_POLL_INTERVAL_MS: '0',
      SERP_PRIORITY_OVERDUE_MS: '60000',
      SERP_DELAYED_OVERDUE_MS: '3600000',
    }).live;
    expect(live).toEqual({
      redisUrl: 'redis://:pw@127.0.0.1:6379/0',
      callbackToken: 'abcdefghijklmnop_-1234',
      publicUrl: 'https://seo.example.com',
      pollIntervalMs: 0,
      oneOffOverdueMs: { priority: 60_000, delayed: 3_600_000 },
    });
  });

  it('names each bad variable without echoing secrets', () => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ ...base, REDIS_URL: 'http://:secretpw@x', SERPMETRICS_CALLBACK_TOKEN: 'short/secret' });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/REDIS_URL/);
    expect(problems.join('\n')).toMatch(/SERPMETRICS_CALLBACK_TOKEN/);
    expect(problems.join('\n')).not.toMatch(/secret/);
  });
});
