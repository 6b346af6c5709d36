// Codegen runs in the test pipeline: generating from schema.graphql and the operations in memory must reproduce
// every committed generated file, in packages/client, test/generated and web/generated (run `npm run codegen`
// after changing either).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { GraphQLClient } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { GatewayModeDocument } from '../generated/graphql.js';
import { getSdk } from '../generated/sdk.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('codegen', () => {
  it('reproduces the committed generated files', async () => {
    const outputs = await generate({ ...config, cwd: repoRoot, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(repoRoot, output.filename), 'utf8').catch(() => '(missing)');
      expect(committed, `${output.filename} is stale: run \`npm run codegen\``).toBe(output.content);
    }
  }, 60_000);

  it('exports typed documents and an SDK usable with graphql-request', () => {
    expect(GatewayModeDocument.definitions[0]).toMatchObject({
      kind: 'OperationDefinition',
      name: { value: 'GatewayMode' },
    });
    expect(typeof getSdk(new GraphQLClient('http://127.0.0.1:1/graphql')).GatewayMode).toBe('function');
  });
});
