// schema.graphql is the printed Pothos schema: a change to the graph must come with `npm run schema`.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_FILE } from '../../scripts/schema-text.js';

describe('schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema` after changing the graph)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });
});
