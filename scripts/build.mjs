/**
 * The production build, in seconds and without type-checking (that is `npm run typecheck`'s job):
 * - `dist/main.js`: the gateway bundled with its dependencies by esbuild, so the runtime needs no node_modules;
 * - `dist/start.js`: the launcher that gives V8 a heap limit derived from the cache budget (src/start.ts);
 * - `dist/web/`: the dashboard (vite), each text asset beside its brotli and gzip copies (src/web/static.ts);
 * - `dist/graphiql/`: GraphiQL's prebuilt assets, each beside its brotli and gzip copies, so no GraphiQL package
 *   (React, Monaco, ...) is needed at run time and nothing is compressed per request;
 * - `dist/build-info.json`: the hash of the inputs, which `npm start` compares to rebuild only when they changed.
 *
 * `node scripts/build.mjs [--out DIR]` (DIR defaults to dist/).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT = path.join(ROOT, 'dist');

/** What the build reads: a change to any of these makes `npm start` rebuild. */
const INPUTS = ['src', 'web', 'scripts/build.mjs', 'package-lock.json'];
const IGNORED = new Set(['node_modules', 'dist']);

/** The GraphiQL files Yoga's page asks for (src/graphiql.ts serves exactly these). */
export const GRAPHIQL_FILES = [
  'graphiql.css',
  'yoga-graphiql.umd.js',
  'monacoeditorwork/editor.worker.bundle.js',
  'monacoeditorwork/json.worker.bundle.js',
  'monacoeditorwork/graphql.worker..bundle.js',
];

async function* files(entry) {
  const full = path.join(ROOT, entry);
  const stat = await readdir(full, { withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!stat) {
    yield entry;
    return;
  }
  for (const child of stat.sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED.has(child.name)) continue;
    const relative = path.join(entry, child.name);
    if (child.isDirectory()) yield* files(relative);
    else yield relative;
  }
}

/** A content hash of every build input (a few MB: milliseconds), so a fresh clone and an edit both rebuild. */
export async function inputsHash() {
  const hash = createHash('sha256');
  for (const entry of INPUTS) {
    for await (const file of files(entry)) {
      hash.update(file);
      hash.update(await readFile(path.join(ROOT, file)));
    }
  }
  return hash.digest('hex');
}

async function bundleServer(out) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: path.join(ROOT, 'src/main.ts'), start: path.join(ROOT, 'src/start.ts') },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    legalComments: 'linked',
    logLevel: 'warning',
    // Development only (LOG_FORMAT=pretty); main.ts falls back to JSON lines when it is absent.
    external: ['pino-pretty'],
    // CommonJS dependencies (graphql, pino...) call require(); an ES module bundle has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Writes `file.br` and `file.gz` beside `file`, at the highest levels: once per build, never per request. */
async function precompress(file, body) {
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gz(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
}

const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;

async function buildDashboard(out) {
  const { build } = await import('vite');
  const dir = path.join(out, 'web');
  // vite sets NODE_ENV=production in the process it builds in; `npm start` runs the gateway from this process
  // after a build, which must not turn a development start into a production one.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      configFile: path.join(ROOT, 'web/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const built = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    built
      .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        await precompress(file, await readFile(file));
      }),
  );
}

async function copyGraphiQL(out) {
  const source = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')),
    'dist',
  );
  await Promise.all(
    GRAPHIQL_FILES.map(async (name) => {
      const body = await readFile(path.join(source, name));
      const target = path.join(out, 'graphiql', name);
      await mkdir(path.dirname(target), { recursive: true });
      await Promise.all([writeFile(target, body), precompress(target, body)]);
    }),
  );
}

export async function build(out = DEFAULT_OUT) {
  const hash = await inputsHash();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await Promise.all([bundleServer(out), buildDashboard(out), copyGraphiQL(out)]);
  // Written last: an interrupted build leaves no build-info, so the next start builds again.
  await writeFile(
    path.join(out, 'build-info.json'),
    `${JSON.stringify({ inputs: hash, builtAt: new Date().toISOString() })}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--out');
  const out = flag === -1 ? DEFAULT_OUT : path.resolve(process.argv[flag + 1]);
  const started = performance.now();
  await build(out);
  process.stdout.write(
    `built ${path.relative(process.cwd(), out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
