/**
 * `npm start`: runs what is built, building first only when `dist/` is missing or older than its inputs
 * (a fresh clone, a pull, an edit), so a restart takes seconds. Needs the dev dependencies only to build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, DEFAULT_OUT, inputsHash } from './build.mjs';

const info = await readFile(path.join(DEFAULT_OUT, 'build-info.json'), 'utf8').then(JSON.parse, () => undefined);
if (info?.inputs !== (await inputsHash())) {
  process.stdout.write(
    info
      ? 'sources changed since the last build: building (a few seconds)…\n'
      : 'no build yet: building (a few seconds)…\n',
  );
  const started = performance.now();
  await build();
  process.stdout.write(`built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
await import(path.join(DEFAULT_OUT, 'start.js'));
