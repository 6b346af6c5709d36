// Operation limits over real HTTP: each limit accepts a document exactly at it and rejects one just
// over it with its ErrorCode; in production the message names no number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { aliases, bodyOfBytes, depth, directives, rawPost, repeats, tokens } from './support.js';

let gateway: TestGateway;
let production: TestGateway;

beforeAll(async () => {
  [gateway, production] = await Promise.all([
    startTestGateway(),
    startTestGateway({ env: { NODE_ENV: 'production' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([gateway?.close(), production?.close()]);
});

const codes = (res: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

describe('operation limits', () => {
  it('has the documented defaults', () => {
    expect(gateway.config.security.limits).toEqual({
      maxDepth: 10,
      maxAliases: 20,
      maxDirectives: 8,
      maxTokens: 2000,
      maxFieldRepeats: 10,
      maxRequestBytes: 500_000,
    });
  });

  const cases = [
    { code: 'DEPTH_LIMIT_EXCEEDED', limit: () => gateway.config.security.limits.maxDepth, doc: depth },
    { code: 'ALIAS_LIMIT_EXCEEDED', limit: () => gateway.config.security.limits.maxAliases, doc: aliases },
    { code: 'DIRECTIVE_LIMIT_EXCEEDED', limit: () => gateway.config.security.limits.maxDirectives, doc: directives },
    { code: 'TOKEN_LIMIT_EXCEEDED', limit: () => gateway.config.security.limits.maxTokens, doc: tokens },
    {
      code: 'DUPLICATE_FIELD_LIMIT_EXCEEDED',
      limit: () => gateway.config.security.limits.maxFieldRepeats,
      doc: repeats,
    },
  ] as const;

  for (const { code, limit, doc } of cases) {
    it(`${code}: accepts a document at the limit, rejects one just over it`, async () => {
      const at = await gateway.post(doc(limit()));
      expect(at.errors).toBeUndefined();
      expect(at.status).toBe(200);
      const over = await gateway.post(doc(limit() + 1));
      expect(codes(over)).toEqual([code]);
      expect(over.data ?? null).toBeNull();
      expect(over.errors?.[0]?.message).toContain(String(limit()));
    });

    it(`${code}: in production the message names no limit`, async () => {
      const over = await production.post(doc(limit() + 1));
      expect(codes(over)).toEqual([code]);
      expect(over.errors?.[0]?.message).not.toMatch(/\d/);
    });
  }

  it('REQUEST_TOO_LARGE: accepts a body of exactly the limit, rejects one byte more with 413', async () => {
    const max = gateway.config.security.limits.maxRequestBytes;
    const at = await rawPost(gateway.url, bodyOfBytes(max));
    expect(at.status).toBe(200);
    expect(at.json.data).toEqual({ __typename: 'Query' });
    const over = await rawPost(gateway.url, bodyOfBytes(max + 1));
    expect(over.status).toBe(413);
    expect(codes(over.json)).toEqual(['REQUEST_TOO_LARGE']);
  });

  it('REQUEST_TOO_LARGE: the default admits 10,000 realistic keywords; the keyword count refuses 10,001', async () => {
    const words = ['waterproof', 'trail', 'running', 'shoes', 'for', 'women', 'best', 'cheap', 'near me', 'review'];
    const keyword = (i: number) => `${words[i % 10]} ${words[(i >> 2) % 10]} ${words[(i >> 4) % 10]} ${i}`;
    const query = 'query K($texts: [String!]!) { keywords(texts: $texts, database: US) { text } }';
    const body = JSON.stringify({ query, variables: { texts: Array.from({ length: 10_001 }, (_, i) => keyword(i)) } });
    // About 27 characters a keyword: more than twice the old 100 kB default.
    expect(body.length).toBeGreaterThan(250_000);
    const res = await rawPost(gateway.url, body);
    expect(res.status).toBe(200);
    expect(codes(res.json)).toEqual(['TOO_MANY_KEYWORDS']);
  });

  it('BATCHING_DISABLED: one operation per request; an array of two is refused', async () => {
    const one = await rawPost(gateway.url, JSON.stringify({ query: '{ __typename }' }));
    expect(one.json.data).toEqual({ __typename: 'Query' });
    const batch = await rawPost(
      gateway.url,
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expect(batch.status).toBeLessThan(500);
    expect(codes(batch.json)).toEqual(['BATCHING_DISABLED']);
  });
});
