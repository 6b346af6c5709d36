/**
 * `npm run schema`: writes the sorted SDL of the Pothos schema to schema.graphql
 * (`-- --check` exits 1 instead, without writing, when the committed file differs).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { renderSchema, SCHEMA_FILE } from './schema-text.js';

const rendered = renderSchema();
if (process.argv.includes('--check')) {
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (current !== rendered) {
    process.stderr.write('schema.graphql is out of date: run `npm run schema`.\n');
    process.exit(1);
  }
} else {
  await writeFile(SCHEMA_FILE, rendered);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
