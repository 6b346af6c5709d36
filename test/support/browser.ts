/**
 * Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core (no browser
 * download, ever). Without the browser the tests skip, unless `REQUIRE_BROWSER=1` (CI) makes them fail.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_REQUIRED = process.env.REQUIRE_BROWSER === '1';
export const BROWSER_AVAILABLE = existsSync(CHROMIUM_PATH);

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * True when the browser tests of a file should be skipped: no browser and not required. When required
 * and missing, the launch itself fails with a message saying how to install it.
 */
export const skipBrowserTests = !BROWSER_AVAILABLE && !BROWSER_REQUIRED;

export async function launchBrowser(): Promise<Browser> {
  if (!BROWSER_AVAILABLE) {
    throw new Error(`REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Root in containers cannot use Chromium's user-namespace sandbox; /dev/shm is often tiny there.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** Saves a full-page screenshot as `test/artifacts/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Refuses every request beyond loopback (and data:/blob:), returning the refused URLs: a page must be self-contained. */
export async function blockOffLoopback(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost') {
      return route.continue();
    }
    refused.push(route.request().url());
    return route.abort();
  });
  return refused;
}

/** Collects what the page logs as errors and its failed requests, so a test can assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}
