// Configuration: defaults, sandbox detection, and one clear line per bad variable without secrets.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

const KEYS = { SERANKING_API_KEY: 'k1', SERPMETRICS_API_KEY: 'k2', SERPMETRICS_API_SECRET: 's2' };

describe('loadConfig', () => {
  it('defaults to sandbox mode on port 4000 when no keys are configured', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.sandbox).toBe(true);
    expect(config.requestDeadlineMs).toBe(15_000);
    expect(config.seranking).toMatchObject({ baseUrl: 'https://api.seranking.com', keywordBatchSize: 5000 });
    expect(config.serpmetrics.baseUrl).toBe('http://api.serpmetrics.com');
    expect(config.cache.ttlMs.backlinks).toBe(6 * 3600 * 1000);
    expect(config.cache.ttlMs.keywordMetrics).toBe(24 * 3600 * 1000);
  });

  it('uses the real APIs when all keys are set, unless SANDBOX forces the sandbox', () => {
    expect(loadConfig(KEYS).sandbox).toBe(false);
    expect(loadConfig({ ...KEYS, SANDBOX: 'on' }).sandbox).toBe(true);
    expect(loadConfig({ SANDBOX: '0', ...KEYS }).sandbox).toBe(false);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...KEYS,
      PORT: '8080',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SERANKING_BASE_URL: 'http://127.0.0.1:4010/',
      SERPMETRICS_BASE_URL: 'http://127.0.0.1:4011',
      SERANKING_KEYWORD_BATCH_SIZE: '1000',
      REQUEST_DEADLINE_MS: '5000',
      CACHE_MAX_BYTES: '10485760',
      CACHE_MAX_STALE_SECONDS: '60',
      CACHE_TTL_SERP_SECONDS: '120',
    });
    expect(config).toMatchObject({
      port: 8080,
      nodeEnv: 'production',
      logLevel: 'warn',
      requestDeadlineMs: 5000,
      seranking: { baseUrl: 'http://127.0.0.1:4010', apiKey: 'k1', keywordBatchSize: 1000 },
      serpmetrics: { baseUrl: 'http://127.0.0.1:4011', apiKey: 'k2', apiSecret: 's2' },
      cache: { maxBytes: 10485760, maxStaleMs: 60_000 },
    });
    expect(config.cache.ttlMs.serp).toBe(120_000);
  });

  it('reports each bad variable on its own line, all at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      SANDBOX: 'maybe',
      SERANKING_BASE_URL: 'ftp://x',
      SERANKING_KEYWORD_BATCH_SIZE: '20000',
      REQUEST_DEADLINE_MS: '1.5',
      CACHE_TTL_BACKLINKS_SECONDS: '-1',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT: expected an integer between 0 and 65535, got "abc"',
        'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"',
        'SANDBOX: expected 1/0, true/false, yes/no or on/off, got "maybe"',
        'SERANKING_BASE_URL: expected an http(s) URL without credentials, got "ftp://x"',
        'SERANKING_KEYWORD_BATCH_SIZE: expected an integer between 1 and 10000, got "20000"',
        'REQUEST_DEADLINE_MS: expected an integer between 100 and 600000, got "1.5"',
        'CACHE_TTL_BACKLINKS_SECONDS: expected an integer between 0 and 31536000, got "-1"',
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('asks for every missing credential when the sandbox is off, never echoing the ones given', () => {
    const problems = problemsOf({ SANDBOX: 'false', SERANKING_API_KEY: 'secret-canary-123' });
    expect(problems).toEqual([
      'SERPMETRICS_API_KEY, SERPMETRICS_API_SECRET: required when the sandbox is off ' +
        '(set all three upstream credentials, or SANDBOX=1)',
    ]);
    expect(problems.join('\n')).not.toContain('secret-canary-123');
  });

  it('never falls back to the sandbox in production: missing keys are one line naming them', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'SERANKING_API_KEY, SERPMETRICS_API_KEY, SERPMETRICS_API_SECRET: required when the sandbox is off ' +
        '(NODE_ENV=production starts the sandbox only with SANDBOX=1)',
    ]);
    expect(loadConfig({ NODE_ENV: 'production', SANDBOX: '1' }).sandbox).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...KEYS }).sandbox).toBe(false);
  });

  it('refuses a base URL carrying credentials without echoing it', () => {
    const problems = problemsOf({ SERPMETRICS_BASE_URL: 'http://user:hunter2@api.serpmetrics.com' });
    expect(problems).toEqual([
      'SERPMETRICS_BASE_URL: expected an http(s) URL without credentials, got a URL with credentials',
    ]);
  });

  it('maps the resilience variables onto both upstreams, with the issue-4 defaults', () => {
    const defaults = loadConfig({}).resilience;
    expect(defaults.seranking).toMatchObject({
      retry: { maxAttempts: 8, retryAfterCapMs: 5_000, budget: { ratio: 0.5 } },
      rateLimit: { requestsPerSecond: 9, maxQueue: 500 },
      breaker: { threshold: 0.5, windowMs: 10_000, halfOpenAfterMs: 5_000 },
    });
    expect(defaults.serpmetrics).toMatchObject({ rateLimit: { requestsPerSecond: 10, priorityChecksPerMinute: 60 } });
    const tuned = loadConfig({ SERANKING_RATE_LIMIT_PER_SECOND: '1', RETRY_BUDGET_PERCENT: '20' }).resilience;
    expect(tuned.seranking).toMatchObject({ rateLimit: { requestsPerSecond: 1 }, retry: { budget: { ratio: 0.2 } } });
    expect(() => loadConfig({ BREAKER_THRESHOLD_PERCENT: '100' })).toThrow(
      /BREAKER_THRESHOLD_PERCENT: expected an integer between 1 and 99/,
    );
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', SERANKING_API_KEY: '  ' }).port).toBe(4000);
    expect(loadConfig({ PORT: '', SERANKING_API_KEY: '  ' }).sandbox).toBe(true);
  });

  it('lists the problems in the error message', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(
      'Invalid configuration:\n  PORT: expected an integer between 0 and 65535, got "70000"',
    );
  });
});
