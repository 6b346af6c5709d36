/**
 * The browser harness on the dashboard's own page: Debian's Chromium loads `/` from a gateway whose
 * schema offers none of the dashboard's fields (an older or partial gateway). The page still renders,
 * every panel names what is missing by its `extensions.code`, nothing throws, and it fits 375 px.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, skipBrowserTests, watchPageErrors } from '../support/browser.js';
import { type BuiltDashboard, buildDashboard, type ServedDashboard, serveDashboard } from './support.js';

describe.skipIf(skipBrowserTests)('the dashboard in Chromium, against a schema without its fields', () => {
  let dashboard: BuiltDashboard;
  let served: ServedDashboard | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    [dashboard, browser] = await Promise.all([buildDashboard(), launchBrowser()]);
    served = await serveDashboard(dashboard.root);
    base = served.base;
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await dashboard?.remove();
  });

  it('renders, names the missing panel with its code, and stays within 375 px', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const problems = watchPageErrors(page);
    await page.goto(`${base}/?domain=nike.com`);
    await expect.poll(() => page.locator('#keywords').getAttribute('data-state')).toBe('error');
    const alert = page.locator('#keywords [role="alert"]');
    expect(await alert.textContent()).toContain('Keywords unavailable');
    expect(await alert.locator('code').textContent()).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await page.locator('h1').textContent()).toContain('seograph');

    // Keyboard: the first Tab lands on the skip link, which moves focus to the dashboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the rank tracker');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'dashboard-no-schema-375');
    expect(problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });
});
