/**
 * GraphiQL without a CDN: Yoga's GraphiQL page loads its bundle, stylesheet and editor workers from unpkg;
 * this serves the same files from the installed `@graphql-yoga/graphiql` package under `/graphiql-assets/`
 * and rewrites the page to use them, so GraphiQL works offline and on locked-down networks.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type GraphiQLOptions, type Plugin, renderGraphiQL } from 'graphql-yoga';

export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';

const DIST = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')),
  'dist',
);

/** The files the page asks for, and nothing else (no directory walking). */
const ASSETS: Readonly<Record<string, string>> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

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

/** Serves GraphiQL's assets from the installed package (cached by browsers: the files change only on upgrade). */
export function useGraphiQLAssets(): Plugin<Record<string, unknown>> {
  const cache = new Map<string, Promise<Buffer>>();
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return;
      const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
      const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (type === undefined) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      let file = cache.get(name);
      if (!file) {
        file = readFile(path.join(DIST, name));
        cache.set(name, file);
      }
      endResponse(
        new fetchAPI.Response(new Uint8Array(await file), {
          status: 200,
          headers: { 'content-type': type, 'cache-control': 'public, max-age=86400' },
        }),
      );
    },
  };
}
