// Trusted documents: with TRUSTED_DOCUMENTS=1 only the hashes of the production codegen manifests (the client
// package's operations, from examples/*.graphql, and the dashboard's) run; document texts, unknown hashes and
// the tests' own operations are refused with PERSISTED_QUERY_NOT_FOUND. The manifests' hashes are the sha256
// of their documents.
import { createHash } from 'node:crypto';
import { globSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRUSTED_DOCUMENTS } from '../../src/config/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { type RawResult, rawPost } from './support.js';

const manifest = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.resolve(file), 'utf8')) as Record<string, string>;
const hashOf = (document: string) => createHash('sha256').update(document).digest('hex');
const operationNames = (documents: readonly string[]) =>
  documents.flatMap((document) =>
    parse(document).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])),
  );
const sources = (pattern: string) => globSync(pattern).map((file) => readFileSync(file, 'utf8'));

const clientManifest = manifest(DEFAULT_TRUSTED_DOCUMENTS[0]);
const TRUSTED = Object.values(clientManifest).find((document) => document.startsWith('query CreditBalances ')) ?? '';

let trusted: TestGateway;
let custom: TestGateway;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seograph-trusted-'));
  const file = path.join(dir, 'allow.json');
  writeFileSync(file, JSON.stringify({ [hashOf('{ __typename }')]: '{ __typename }' }));
  [trusted, custom] = await Promise.all([
    startTestGateway({ env: { TRUSTED_DOCUMENTS: '1' } }),
    startTestGateway({ env: { TRUSTED_DOCUMENTS: file } }),
  ]);
});

afterAll(async () => {
  await Promise.all([trusted?.close(), custom?.close()]);
});

const byHash = (gateway: TestGateway, hash: string, variables: Record<string, unknown> = {}) =>
  rawPost(gateway.url, JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
const codes = (res: RawResult) => (res.json.errors ?? []).map((e) => e.extensions?.code);

describe('trusted documents', () => {
  it('ships manifests whose keys are the sha256 of their documents (gateway and dashboard)', () => {
    for (const file of DEFAULT_TRUSTED_DOCUMENTS) {
      const entries = Object.entries(manifest(file));
      expect(entries.length).toBeGreaterThan(0);
      for (const [hash, document] of entries) expect(hashOf(document), file).toBe(hash);
    }
    expect(DEFAULT_TRUSTED_DOCUMENTS[0]).toBe('packages/client/src/generated/persisted-documents.json');
    expect(TRUSTED).not.toBe('');
  });

  it('trusts the operations of examples/*.graphql and the dashboard, none of test/operations', () => {
    expect(operationNames(Object.values(clientManifest)).sort()).toEqual(
      operationNames(sources('examples/*.graphql')).sort(),
    );
    const production = DEFAULT_TRUSTED_DOCUMENTS.map(manifest);
    const productionNames = new Set(operationNames(production.flatMap((m) => Object.values(m))));
    const testNames = operationNames(sources('test/operations/**/*.graphql'));
    expect(testNames.length).toBeGreaterThanOrEqual(30);
    expect(testNames.filter((name) => productionNames.has(name))).toEqual([]);
    // The tests' manifest (test/generated) holds one hash per test operation; none is a production hash.
    const testHashes = Object.keys(manifest('test/generated/persisted-documents.json'));
    expect(testHashes).toHaveLength(testNames.length);
    expect(testHashes.filter((hash) => production.some((m) => hash in m))).toEqual([]);
  });

  it('runs a trusted document by its hash', async () => {
    const res = await byHash(trusted, hashOf(TRUSTED));
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data).toMatchObject({ account: { seranking: { unitsLeft: expect.any(Number) } } });
  });

  it("refuses the tests' operations by hash", async () => {
    const [hash] = Object.keys(manifest('test/generated/persisted-documents.json'));
    expect(codes(await byHash(trusted, hash ?? ''))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it("runs the dashboard's documents by hash", async () => {
    const [hash] = Object.keys(manifest('web/generated/persisted-documents.json'));
    const res = await byHash(trusted, hash ?? '', { engine: 'google_en-us' });
    expect(codes(res)).not.toContain('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a document text, even a trusted one, and an unknown hash', async () => {
    for (const res of [
      await rawPost(trusted.url, JSON.stringify({ query: '{ sandbox }' })),
      await rawPost(trusted.url, JSON.stringify({ query: TRUSTED })),
      await byHash(trusted, hashOf('{ sandbox }')),
      await rawPost(trusted.url, JSON.stringify({ variables: {} })),
    ]) {
      expect(codes(res)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(res.json.data ?? null).toBeNull();
      expect(res.status).toBe(400);
    }
  });

  it('takes its allow-list from the files TRUSTED_DOCUMENTS names', async () => {
    expect((await byHash(custom, hashOf('{ __typename }'))).json.data).toEqual({ __typename: 'Query' });
    expect(codes(await byHash(custom, hashOf(TRUSTED)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('is off by default: any document runs, and the manifests still run by hash alone', async () => {
    expect(trusted.config.security.trustedDocuments).toEqual(DEFAULT_TRUSTED_DOCUMENTS);
    const open = await startTestGateway();
    try {
      expect(open.config.security.trustedDocuments).toBeUndefined();
      expect((await open.post('{ sandbox }')).data).toEqual({ sandbox: true });
      // The dashboard sends its documents by hash in every mode: no refused first request on a page load.
      const byKnownHash = await byHash(open, hashOf(TRUSTED));
      expect(byKnownHash.status).toBe(200);
      expect(byKnownHash.json.data).not.toBeNull();
      expect((await byHash(open, hashOf('{ sandbox }'))).status).toBe(400);
    } finally {
      await open.close();
    }
  });
});
