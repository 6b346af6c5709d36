/**
 * Builds the dashboard for a test into a temporary folder (the production build, as `npm run build`
 * makes it) and serves it with the gateway's static plugin.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const VITE_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

export interface BuiltDashboard {
  root: string;
  remove(): Promise<void>;
}

/** Builds into `<temporary folder>/web`, so tests can put files beside the build that must never be served. */
export async function buildDashboard(): Promise<BuiltDashboard> {
  const parent = await mkdtemp(path.join(tmpdir(), 'seograph-web-'));
  const root = path.join(parent, 'web');
  await build({ configFile: VITE_CONFIG, logLevel: 'silent', build: { outDir: root, emptyOutDir: true } });
  return { root, remove: () => rm(parent, { recursive: true, force: true }) };
}
