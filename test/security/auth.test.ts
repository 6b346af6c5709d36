// Client authentication and rate limits over real HTTP: gateway API keys (required or optional), the
// key formats of GATEWAY_API_KEYS / GATEWAY_API_KEYS_FILE, per-client rate limits with Retry-After,
// and CORS (closed by default, open to the configured origins only).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { findClient } from '../../src/security/auth.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { type RawResult, rawPost, rawRequest } from './support.js';

const ALICE = 'alice-key-6f1c2b9e0d3a4f58';
const BOB = 'bob-key-93d0e7c1a2b84f6e';
const QUERY = JSON.stringify({ query: '{ __typename }' });

let required: TestGateway;
let optional: TestGateway;

beforeAll(async () => {
  [required, optional] = await Promise.all([
    startTestGateway({
      env: {
        GATEWAY_API_KEYS: `alice:${ALICE}:500000:3,bob:${BOB}`,
        GATEWAY_AUTH_REQUIRED: '1',
        CORS_ORIGINS: 'https://app.example.com',
      },
    }),
    startTestGateway({ env: { GATEWAY_API_KEYS: `alice:${ALICE}` } }),
  ]);
});

afterAll(async () => {
  await Promise.all([required?.close(), optional?.close()]);
});

const codes = (res: RawResult) => (res.json.errors ?? []).map((e) => e.extensions?.code);

describe('gateway API keys (required)', () => {
  it('refuses a request without a key: 401 UNAUTHENTICATED', async () => {
    const res = await rawPost(required.url, QUERY);
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a wrong key, and a right key with one character changed', async () => {
    for (const key of ['nope', `${BOB.slice(0, -1)}f`, `${BOB} `.repeat(2)]) {
      const res = await rawPost(required.url, QUERY, { 'x-api-key': key });
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.text).not.toContain(BOB);
    }
  });

  it('accepts the key as x-api-key or as a Bearer token', async () => {
    const a = await rawPost(required.url, QUERY, { 'x-api-key': BOB });
    const b = await rawPost(required.url, QUERY, { authorization: `Bearer ${BOB}` });
    expect(a.json.data).toEqual({ __typename: 'Query' });
    expect(b.json.data).toEqual({ __typename: 'Query' });
  });

  it('limits a client to its rate: the 4th request of 3 per minute is 429 RATE_LIMITED with Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await rawPost(required.url, QUERY, { 'x-api-key': ALICE });
      expect(ok.json.data).toEqual({ __typename: 'Query' });
    }
    const limited = await rawPost(required.url, QUERY, { 'x-api-key': ALICE });
    expect(limited.status).toBe(429);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.json.errors?.[0]?.extensions?.retryAfter).toBe(retryAfter);
    // Another client is not affected.
    expect((await rawPost(required.url, QUERY, { 'x-api-key': BOB })).json.data).toEqual({ __typename: 'Query' });
  });
});

describe('gateway API keys (optional, the sandbox default)', () => {
  it('is not required in sandbox mode unless asked for', () => {
    expect(optional.config.security.authRequired).toBe(false);
    expect(required.config.security.authRequired).toBe(true);
  });

  it('serves anonymous callers, but a wrong key is still UNAUTHENTICATED', async () => {
    expect((await rawPost(optional.url, QUERY)).json.data).toEqual({ __typename: 'Query' });
    expect((await rawPost(optional.url, QUERY, { 'x-api-key': ALICE })).json.data).toEqual({ __typename: 'Query' });
    expect(codes(await rawPost(optional.url, QUERY, { 'x-api-key': 'wrong-key-0000000000' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    rawRequest(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('is closed by default: no CORS headers for any origin', async () => {
    const res = await preflight(optional.url, 'https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the configured origins only', async () => {
    const allowed = await preflight(required.url, 'https://app.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await preflight(required.url, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('key configuration', () => {
  const base = { SANDBOX: '1' };

  it('reads the compact list: name:key[:creditsPerWindow[:requestsPerMinute]]', () => {
    const { security } = loadConfig({ ...base, GATEWAY_API_KEYS: `alice:${ALICE}:1000:5, bob:${BOB}` });
    expect(security.clients.map((c) => [c.name, c.creditsPerWindow, c.requestsPerMinute])).toEqual([
      ['alice', 1000, 5],
      ['bob', 5_000_000, 0],
    ]);
  });

  it('reads a JSON keys file with per-request budgets and tenant credentials', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seograph-keys-'));
    const file = path.join(dir, 'keys.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'acme', key: ALICE, creditsPerRequest: 5000, seranking: { apiKey: 'acme-se-ranking-key' } },
      ]),
    );
    const { security } = loadConfig({ ...base, GATEWAY_API_KEYS_FILE: file });
    expect(security.clients[0]).toMatchObject({
      name: 'acme',
      creditsPerRequest: 5000,
      tenant: { seranking: { apiKey: 'acme-se-ranking-key' } },
    });
  });

  it('names each bad variable on one line and never echoes a key', () => {
    let problems: readonly string[] = [];
    try {
      loadConfig({
        ...base,
        GATEWAY_API_KEYS: `alice:short,bob:${BOB}:x`,
        GATEWAY_AUTH_REQUIRED: 'maybe',
        CORS_ORIGINS: 'evil',
      });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems.some((p) => p.startsWith('GATEWAY_API_KEYS:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('GATEWAY_AUTH_REQUIRED:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('CORS_ORIGINS:'))).toBe(true);
    expect(problems.join('\n')).not.toContain(BOB);
    expect(problems.join('\n')).not.toContain('short');
  });

  it('requires keys when authentication is required', () => {
    expect(() => loadConfig({ ...base, GATEWAY_AUTH_REQUIRED: '1' })).toThrow(/GATEWAY_AUTH_REQUIRED/);
  });

  it('requires authentication by default outside the sandbox when keys are configured', () => {
    const { security } = loadConfig({
      SERANKING_API_KEY: 'a',
      SERPMETRICS_API_KEY: 'b',
      SERPMETRICS_API_SECRET: 'c',
      GATEWAY_API_KEYS: `alice:${ALICE}`,
    });
    expect(security.authRequired).toBe(true);
  });

  it('finds a client by comparing every key', () => {
    const clients = loadConfig({ ...base, GATEWAY_API_KEYS: `alice:${ALICE},bob:${BOB}` }).security.clients;
    expect(findClient(clients, BOB)?.name).toBe('bob');
    expect(findClient(clients, ALICE)?.name).toBe('alice');
    expect(findClient(clients, '')).toBeUndefined();
  });
});
