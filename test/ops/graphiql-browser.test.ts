/**
 * GraphiQL in a real browser: Debian's Chromium (through the shared launcher of test/support/browser.ts,
 * playwright-core, never a downloaded browser) opens `/graphql`, runs the example query that joins both
 * APIs, and shows its data. Every asset is served by the gateway itself: the page makes no request
 * beyond loopback. Skips without Chromium unless REQUIRE_BROWSER=1.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockOffLoopback, launchBrowser, screenshot, skipBrowserTests, watchPageErrors } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

interface TopResults {
  data?: {
    serp?: { results: Array<{ position: number; url: string; target: { backlinkSummary: unknown } | null }> };
  };
  errors?: Array<{ extensions?: { code?: string } }>;
}

describe.skipIf(skipBrowserTests)('GraphiQL in Chromium', () => {
  let gw: TestGateway;
  let browser: Browser;

  beforeAll(async () => {
    [gw, browser] = await Promise.all([startTestGateway(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  it('opens /graphql, runs the example query and shows the data', async () => {
    // Tall enough for the editor to render the whole answer (Monaco draws only the lines in view).
    const page = await browser.newPage({ viewport: { width: 1280, height: 5000 } });
    const problems = watchPageErrors(page);
    const offLoopback = await blockOffLoopback(page);

    await page.goto(gw.url);
    await expect.poll(() => page.title()).toBe('seograph');
    const execute = page.locator('.graphiql-execute-button');
    await execute.waitFor({ state: 'visible', timeout: 30_000 });
    // The editor holds the example query before anything is typed.
    await expect
      .poll(async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' '), {
        timeout: 30_000,
      })
      .toContain('TopResultsWithBacklinks');

    const answered = page.waitForResponse(
      (res) =>
        res.url().startsWith(gw.url) &&
        res.request().method() === 'POST' &&
        (res.request().postData() ?? '').includes('TopResultsWithBacklinks'),
    );
    await execute.click();
    const body = (await (await answered).json()) as TopResults;
    expect(body.data?.serp?.results).toHaveLength(10);
    expect(body.data?.serp?.results[0]).toMatchObject({ position: 1, url: expect.stringMatching(/^https?:\/\//) });
    // Most results carry their backlink profile; targets too large for the backlinks API are null with
    // their code (the partial answer the example shows on purpose), nothing else fails.
    const profiles = body.data?.serp?.results.filter((r) => r.target?.backlinkSummary) ?? [];
    expect(profiles.length).toBeGreaterThanOrEqual(5);
    for (const error of body.errors ?? []) expect(error).toMatchObject({ extensions: { code: 'TARGET_TOO_LARGE' } });

    // And the person at the screen sees it in the result pane (Monaco draws spaces as no-break spaces).
    const pane = async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(pane, { timeout: 30_000 }).toContain('"position": 1');
    const shown = await pane();
    expect(shown).toContain('"data"');
    expect(shown).toMatch(/"refDomains": \d+/);

    await screenshot(page, 'graphiql-example-query');
    expect(offLoopback).toEqual([]);
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await page.close();
  }, 90_000);
});
