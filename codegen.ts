/**
 * GraphQL Code Generator (`npm run codegen`): from schema.graphql, three sets of operations, each generated
 * apart so that none leaks into another's trusted-documents manifest:
 * - `examples/*.graphql` → the client package (packages/client): typed documents, the production manifest
 *   of TRUSTED_DOCUMENTS=1, and a typed graphql-request SDK over those documents;
 * - `test/operations/**` → test/generated: typed documents and an SDK for the tests only;
 * - `web/operations/**` → web/generated: the dashboard's documents and manifest.
 * Output is committed; test/gateway/codegen.test.ts fails on drift.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { DateTime: 'string', Date: 'string', Month: 'string', URL: 'string' },
};

// persisted-documents.json (sha256 hash → document): an allow-list for TRUSTED_DOCUMENTS mode.
const persisted = { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } } as const;

/** A graphql-request SDK whose methods send the typed documents of the client preset output next to it. */
const sdkOver = (documents: string) => ({
  documents,
  plugins: ['typescript-graphql-request'],
  config: {
    ...shared,
    documentMode: 'external',
    importDocumentNodeExternallyFrom: './graphql.js',
    importOperationTypesFrom: 'Operations',
  },
});

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // NodeNext ESM: relative imports in the output carry their `.js` suffix.
  emitLegacyCommonJSImports: false,
  generates: {
    'packages/client/src/generated/': {
      documents: 'examples/*.graphql',
      preset: 'client',
      presetConfig: persisted,
      config: shared,
    },
    'packages/client/src/generated/sdk.ts': sdkOver('examples/*.graphql'),
    'test/generated/': {
      documents: 'test/operations/**/*.graphql',
      preset: 'client',
      // The tests' manifest exists only to prove that none of its documents is trusted in production.
      presetConfig: persisted,
      config: shared,
    },
    'test/generated/sdk.ts': sdkOver('test/operations/**/*.graphql'),
    'web/generated/': {
      documents: 'web/operations/**/*.graphql',
      preset: 'client',
      presetConfig: persisted,
      config: { ...shared, documentMode: 'string' },
    },
  },
};

export default config;
