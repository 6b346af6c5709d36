/**
 * Serves the built dashboard (`dist/web/`) next to the API: a Yoga plugin answering GET / HEAD for the
 * page and its assets. Hashed assets are cached for a year (their name changes with their content);
 * `index.html` is revalidated on every load so a deploy is picked up at once. A file's brotli or gzip copy
 * written by the build (`name.br`, `name.gz`) is sent when the client accepts it. Source maps are never
 * served, and paths cannot leave the build folder.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { BUILD_DIR } from '../build-output.js';
import { chooseEncoding } from '../graphiql.js';
import { type RouteRequest, useRoute } from '../plugins/route.js';

/** Where the build writes the dashboard (scripts/build.mjs). */
export const DEFAULT_DASHBOARD_ROOT = path.join(BUILD_DIR, 'web');

export interface DashboardOptions {
  /** The folder holding `index.html` and `assets/`; defaults to `dist/web/` of this checkout. */
  root?: string;
  /** Paths left to the rest of the server even when a file of that name exists (the API, health, metrics...). */
  reservedPrefixes?: readonly string[];
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** Vite names hashed assets `name-<hash>.ext` under `assets/`. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The page may talk to its own origin only: scripts and styles come from files, never inline. */
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

interface StaticFile {
  body: Buffer;
  /** The content coding of `body` when it is a precompressed copy. */
  encoding: string | undefined;
  etag: string;
  contentType: string;
  cacheControl: string;
}

/** Maps a URL path to a file inside `root`, or undefined when it is not one the dashboard serves. */
function resolveFile(root: string, pathname: string): { file: string; urlPath: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const urlPath = decoded === '/' || decoded === '/index.html' ? '/index.html' : decoded;
  if (urlPath.endsWith('.map')) return undefined;
  if (!(path.extname(urlPath) in CONTENT_TYPES)) return undefined;
  const file = path.resolve(root, `.${urlPath}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  return { file, urlPath };
}

async function load(root: string, pathname: string, accept: string | null): Promise<StaticFile | undefined> {
  const resolved = resolveFile(root, pathname);
  if (!resolved) return undefined;
  const info = await stat(resolved.file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const coding = chooseEncoding(accept);
  const compressed = coding && (await readFile(resolved.file + coding.suffix).catch(() => undefined));
  const encoding = compressed ? coding.coding : undefined;
  const body = compressed || (await readFile(resolved.file));
  return {
    body,
    encoding,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    contentType: CONTENT_TYPES[path.extname(resolved.file)] ?? 'application/octet-stream',
    cacheControl: HASHED_ASSET.test(resolved.urlPath) ? IMMUTABLE : REVALIDATE,
  };
}

/**
 * The dashboard as a Yoga plugin: `createGateway(config, { plugins: [useDashboard()] })`. Requests it
 * does not serve (the API, unknown paths) go on to Yoga untouched.
 */
export function useDashboard(options: DashboardOptions = {}): Plugin<Record<string, unknown>> {
  const root = path.resolve(options.root ?? DEFAULT_DASHBOARD_ROOT);
  const reserved = options.reservedPrefixes ?? ['/graphql', '/health', '/ready', '/metrics', '/callbacks'];
  return useRoute(
    (request, url) =>
      (request.method === 'GET' || request.method === 'HEAD') &&
      !reserved.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)),
    serve,
  );

  async function serve({ request, url, endResponse, fetchAPI }: RouteRequest): Promise<void> {
    const file = await load(root, url.pathname, request.headers.get('accept-encoding'));
    if (!file) return;
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'cache-control': file.cacheControl,
      etag: file.etag,
      vary: 'accept-encoding',
      ...(file.encoding ? { 'content-encoding': file.encoding } : {}),
      'x-content-type-options': 'nosniff',
      ...(file.contentType.startsWith('text/html') ? PAGE_HEADERS : {}),
    };
    if (request.headers.get('if-none-match') === file.etag) {
      endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      return;
    }
    headers['content-length'] = String(file.body.byteLength);
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    endResponse(new fetchAPI.Response(body, { status: 200, headers }));
  }
}
