/**
 * GraphiQL without a CDN: Yoga's GraphiQL page loads its bundle, stylesheet and editor workers from unpkg;
 * this serves the same files under `/graphiql-assets/` and rewrites the page to use them, so GraphiQL works
 * offline and on locked-down networks. The build copies them into `dist/graphiql/` with brotli and gzip
 * copies beside each (scripts/build.mjs), so production needs no GraphiQL package; from source (tests,
 * `npm run dev`) without a build they come from the installed `@graphql-yoga/graphiql`, uncompressed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type GraphiQLOptions, type Plugin, renderGraphiQL } from 'graphql-yoga';
import { BUILD_DIR } from './build-output.js';
import { type RouteRequest, useRoute } from './plugins/route.js';

export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';

/** The files the page asks for, and nothing else (no directory walking); scripts/build.mjs copies the same list. */
const ASSETS: Readonly<Record<string, string>> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

/** Content codings the build writes, in order of preference, with their file suffixes. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

const CDN = /https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g;
const REMOTE_ICON = /<link rel=icon href=https:[^>]*>/;

/** Yoga's GraphiQL page, pointing at the local copies of its assets, with no remote favicon. */
export function renderLocalGraphiQL(options: GraphiQLOptions): string {
  // The installed bundle opens with `query` and ignores `defaultQuery`, which Yoga's options call it.
  const withQuery: GraphiQLOptions & { query?: string } = { ...options, query: options.defaultQuery };
  return renderGraphiQL(withQuery)
    .replace(CDN, GRAPHIQL_ASSETS_PATH)
    .replace(REMOTE_ICON, '<link rel=icon href="data:,">');
}

/** The built copies when there is a build, else the installed package (a dev dependency). */
function assetsDir(): { dir: string; precompressed: boolean } {
  const built = path.join(BUILD_DIR, 'graphiql');
  if (existsSync(path.join(built, 'graphiql.css'))) return { dir: built, precompressed: true };
  const pkg = createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json');
  return { dir: path.join(path.dirname(pkg), 'dist'), precompressed: false };
}

/** The best coding the client accepts among those built (q=0 refuses one); the dashboard uses it too. */
export function chooseEncoding(accept: string | null): (typeof ENCODINGS)[number] | undefined {
  if (!accept) return undefined;
  const accepted = new Set(
    accept
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => q === undefined || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([coding]) => coding?.trim().toLowerCase()),
  );
  return ENCODINGS.find((e) => accepted.has(e.coding));
}

/** Serves GraphiQL's assets (cached by browsers: the files change only on upgrade). */
export function useGraphiQLAssets(): Plugin<Record<string, unknown>> {
  const cache = new Map<string, Promise<Buffer>>();
  let source: ReturnType<typeof assetsDir> | undefined;
  const read = (file: string): Promise<Buffer> => {
    let body = cache.get(file);
    if (!body) {
      body = readFile(file);
      cache.set(file, body);
    }
    return body;
  };
  return useRoute((_, url) => url.pathname.startsWith(GRAPHIQL_ASSETS_PATH), serve);

  async function serve({ request, url, endResponse, fetchAPI }: RouteRequest): Promise<void> {
    const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
    const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (type === undefined) {
      endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      return;
    }
    source ??= assetsDir();
    const encoding = source.precompressed ? chooseEncoding(request.headers.get('accept-encoding')) : undefined;
    const body = await read(path.join(source.dir, name) + (encoding?.suffix ?? ''));
    endResponse(
      new fetchAPI.Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': type,
          'cache-control': 'public, max-age=86400',
          vary: 'accept-encoding',
          ...(encoding ? { 'content-encoding': encoding.coding } : {}),
        },
      }),
    );
  }
}
