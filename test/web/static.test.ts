/**
 * The production build of the dashboard as the gateway serves it: cache headers (immutable hashed
 * assets, revalidated page), a strict CSP, no source maps, no secrets, nothing outside the build folder,
 * and the API still answering beside it.
 */

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { type BuiltDashboard, buildDashboard, type ServedDashboard, serveDashboard } from './support.js';

let dashboard: BuiltDashboard;
let served: ServedDashboard | undefined;
let base: string;

beforeAll(async () => {
  dashboard = await buildDashboard();
  served = await serveDashboard(dashboard.root);
  base = served.base;
});

afterAll(async () => {
  await served?.close();
  await dashboard?.remove();
});

function rawStatus(rawPath: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request(`${base}/`, { path: rawPath }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the dashboard served at /', () => {
  it('serves the page revalidated on every load, with a CSP that forbids inline code and other origins', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const again = await fetch(`${base}/`, { headers: { 'if-none-match': response.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('serves hashed assets as immutable for a year', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await fetch(`${base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
    }
    const head = await fetch(`${base}${assets[0]}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('ships no source maps and no secrets', async () => {
    const built = await files(dashboard.root);
    expect(built.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of built) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toContain('sourceMappingURL');
      for (const secret of Object.values(SANDBOX_KEYS)) expect(text, file).not.toContain(secret);
    }
    expect((await fetch(`${base}/assets/index.js.map`)).status).toBe(404);
  });

  it('serves nothing outside the build folder and leaves the API to Yoga', async () => {
    // Raw paths: fetch would normalise the dots away before they reach the server.
    await writeFile(path.join(dashboard.root, '..', 'outside.js'), 'secret');
    await writeFile(path.join(dashboard.root, '..', 'web-sibling.js'), 'secret');
    for (const probe of [
      '/../outside.js',
      '/assets/../../outside.js',
      '/..%2foutside.js',
      '/%2e%2e/outside.js',
      '/../web-sibling.js',
    ]) {
      expect(await rawStatus(probe), probe).toBe(404);
    }
    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sandbox }' }),
    });
    expect(await api.json()).toEqual({ data: { sandbox: true } });
  });
});
