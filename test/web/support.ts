/**
 * Builds the dashboard for a test into a temporary folder (the production build, as `npm run build`
 * makes it) and serves it with the gateway's static plugin.
 */
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema, createYoga } from 'graphql-yoga';
import { build } from 'vite';
import { useDashboard } from '../../src/web/static.js';

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

export interface ServedDashboard {
  /** `http://127.0.0.1:<port>` */
  base: string;
  close(): Promise<void>;
}

/** Serves a build on loopback beside a one-field schema (`sandbox`), so no dashboard field resolves. */
export async function serveDashboard(root: string): Promise<ServedDashboard> {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { sandbox: Boolean! }',
      resolvers: { Query: { sandbox: () => true } },
    }),
    plugins: [useDashboard({ root })],
    landingPage: false,
  });
  const server = createServer(yoga);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
