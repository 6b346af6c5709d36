/**
 * GraphQL Code Generator (`npm run codegen`): from schema.graphql and the operations of the tests
 * and examples, typed documents (client preset) for tests and frontends, and a typed graphql-request
 * SDK for server-to-server use. Output is committed; test/gateway/codegen.test.ts fails on drift.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

// Documents per output: codegen adds root-level documents to every output, and the dashboard's
// operations belong to the dashboard alone.
const documents = ['test/operations/**/*.graphql', 'examples/**/*.graphql'];

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { DateTime: 'string' },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // NodeNext ESM: relative imports in the output carry their `.js` suffix.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql/': {
      documents,
      preset: 'client',
      // persisted-documents.json (sha256 hash → document): the allow-list of TRUSTED_DOCUMENTS mode.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: shared,
    },
    'src/generated/sdk.ts': {
      documents,
      // typescript-operations 6 emits the enum and input types itself; the `typescript` plugin would repeat them.
      plugins: ['typescript-operations', 'typescript-graphql-request'],
      config: { ...shared, documentMode: 'documentNode' },
    },
    'web/generated/': {
      documents: ['web/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { ...shared, documentMode: 'string' },
    },
  },
};

export default config;
