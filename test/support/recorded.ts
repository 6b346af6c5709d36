// The recorded upstream responses in ../shared/upstream/recorded/<upstream>/, read at run time (never copied).
// Exports: Recording, readRecordings.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One recorded answer, as the recording file holds it, named by its file. */
export interface Recording {
  file: string;
  path: string;
  params: Record<string, unknown>;
  status: number;
  evidence: 'wire' | 'docs';
  body?: unknown;
  rawBody?: string;
}

/** Every recording of `upstream`, sorted by file name. */
export function readRecordings<R extends Recording = Recording>(upstream: 'seranking' | 'serpmetrics'): R[] {
  const dir = path.resolve(repoRoot, '../shared/upstream/recorded', upstream);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Omit<R, 'file'>) }) as R);
}
