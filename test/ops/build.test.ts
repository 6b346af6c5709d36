/**
 * The production build as the image ships it (issue 12): scripts/build.mjs writes a folder that runs with no
 * node_modules at all, and the Dockerfile's runtime stage copies exactly that folder and the trusted-document
 * manifests. The test builds into a temporary folder outside the checkout (so nothing can resolve from the
 * checkout's node_modules), starts it there on this Node, and checks what it serves: the graph in sandbox
 * mode, GraphiQL's assets precompressed, and GraphiQL itself in Chromium with no request beyond loopback.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRUSTED_DOCUMENTS } from '../../src/config/index.js';
import { blockOffLoopback, launchBrowser, skipBrowserTests, watchPageErrors } from '../support/browser.js';
import { type MainProcess, repoRoot, startMain } from './support.js';

/** The runtime stage's COPY lines besides dist/: the manifests of TRUSTED_DOCUMENTS=1 (checked against the Dockerfile). */
const MANIFESTS = DEFAULT_TRUSTED_DOCUMENTS;
/** Packages that exist only to build GraphiQL's bundle; none may reach production. */
const BUILD_ONLY =
  /(^|\/)(@graphql-yoga\/graphiql|@graphiql\/[^/]+|graphiql|react|react-dom|monaco-editor|monaco-graphql)$/;

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

describe('the production build', () => {
  let app: string;
  let main: MainProcess;
  let url: string;

  beforeAll(async () => {
    app = await mkdtemp(path.join(tmpdir(), 'seograph-image-'));
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--out', path.join(app, 'dist')], {
      cwd: repoRoot,
    });
    for (const manifest of MANIFESTS) await cp(path.join(repoRoot, manifest), path.join(app, manifest));
    main = startMain({ CACHE_MAX_BYTES: String(64 * 1024 * 1024) }, { args: ['dist/start.js'], cwd: app });
    url = await main.listening;
  }, 120_000);

  afterAll(async () => {
    main?.child.kill('SIGTERM');
    await main?.exited;
    if (app) await rm(app, { recursive: true, force: true });
  });

  it('runs outside the checkout with no node_modules, on Node 24, with a heap limit from the cache budget', async () => {
    expect(main.output.text).toContain('SANDBOX MODE');
    expect(main.output.text).toMatch(/listening on \S+ \(Node v24\./);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ target(target: "seranking.com") { backlinkSummary { backlinks } } }' }),
    });
    const body = (await res.json()) as { data?: { target?: { backlinkSummary?: { backlinks?: number } } } };
    expect(body.data?.target?.backlinkSummary?.backlinks).toBeGreaterThan(0);
    // start.js became the gateway (execve): the pid we spawned is the one serving, with 2 × 64 + 256 MiB.
    const cmdline = await readFile(`/proc/${main.child.pid}/cmdline`, 'utf8');
    expect(cmdline.split('\0')).toContain('--max-old-space-size=384');
  });

  it('is small and holds no build-time package', async () => {
    const bytes = (await sizeOf(app)) / (1024 * 1024);
    process.stdout.write(`production file set (dist/ + manifests): ${bytes.toFixed(1)} MiB\n`);
    expect(bytes).toBeLessThan(40);
    expect((await readdir(app)).sort()).toEqual(['dist', 'packages', 'web']);
    const dockerfile = await readFile(path.join(repoRoot, 'Dockerfile'), 'utf8');
    for (const manifest of MANIFESTS) expect(dockerfile).toContain(`COPY ${manifest} ./${path.dirname(manifest)}/`);
    // The bundle's inputs are the production dependency closure: the lock's packages not marked dev.
    const lock = JSON.parse(await readFile(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    };
    const production = Object.entries(lock.packages)
      .filter(([name, meta]) => name.startsWith('node_modules/') && !meta.dev && !meta.devOptional)
      .map(([name]) => name.replace(/^.*node_modules\//, ''));
    expect(production.length).toBeGreaterThan(20);
    expect(production.filter((name) => BUILD_ONLY.test(name))).toEqual([]);
  });

  it('serves GraphiQL assets precompressed (brotli, then gzip, else identity)', async () => {
    const asset = new URL('/graphiql-assets/yoga-graphiql.umd.js', url);
    const plain = await fetch(asset, { headers: { 'accept-encoding': 'identity' } });
    const raw = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      // fetch decodes the body, so equal bytes prove the stored copy is the same file.
      const res = await fetch(asset, { headers: { 'accept-encoding': accept } });
      expect(res.headers.get('content-encoding')).toBe(coding);
      expect(res.headers.get('vary')).toBe('accept-encoding');
      expect(Buffer.from(await res.arrayBuffer()).equals(raw)).toBe(true);
    }
  });

  it("serves the dashboard's page and assets precompressed, with the same bytes as the plain files", async () => {
    const html = await (await fetch(new URL('/', url), { headers: { 'accept-encoding': 'identity' } })).text();
    const assets = ['/', ...[...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '')];
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      const target = new URL(asset, url);
      const raw = Buffer.from(
        await (await fetch(target, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
      );
      for (const [accept, coding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const res = await fetch(target, { headers: { 'accept-encoding': accept } });
        expect(res.headers.get('content-encoding'), asset).toBe(coding);
        expect(res.headers.get('vary')).toBe('accept-encoding');
        expect(Buffer.from(await res.arrayBuffer()).equals(raw), asset).toBe(true);
      }
    }
  });

  it.skipIf(skipBrowserTests)('loads GraphiQL in Chromium from the build, offline', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = watchPageErrors(page);
      const offLoopback = await blockOffLoopback(page);
      await page.goto(url);
      await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 30_000 });
      await expect
        .poll(async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' '), {
          timeout: 30_000,
        })
        .toContain('TopResultsWithBacklinks');
      expect(offLoopback).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
