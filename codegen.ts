/**
 * GraphQL Code Generator (`npm run codegen`): from schema.graphql and the operations of the tests
 * and examples, typed documents (client preset) for tests and frontends, and a typed graphql-request
 * SDK for server-to-server use. Output is committed; test/gateway/codegen.test.ts fails on drift.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const documents = ['test/operations/**/*.graphql', 'examples/**/*.graphql'];

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { DateTime: 'string' },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents,
  ignoreNoDocuments: true,
  // NodeNext ESM: relative imports in the output carry their `.js` suffix.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      // persisted-documents.json (sha256 hash → document): the allow-list of TRUSTED_DOCUMENTS mode.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: shared,
    },
    'src/generated/sdk.ts': {
      plugins: ['typescript', 'typescript-operations', 'typescript-graphql-request'],
      config: { ...shared, documentMode: 'documentNode' },
    },
  },
};

export default config;
