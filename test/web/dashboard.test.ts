/**
 * Issue 9's story in a real browser: the gateway (sandbox mode) serves the dashboard at `/`; Chromium
 * sees the tracked pairs, both charts with data points, the top 100 with Domain InLink Rank and backlink
 * totals, requests a priority check after seeing its cost, and the live badge receives the new check
 * over SSE. With SE Ranking down, the SERPmetrics panels still render and the authority panel names the
 * failure by its code. Screenshots go to test/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDashboard } from '../../src/web/static.js';
import { launchBrowser, screenshot, skipBrowserTests, watchPageErrors } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { type BuiltDashboard, buildDashboard } from './support.js';

const origin = (gateway: TestGateway) => new URL(gateway.url).origin;

/** The gateway as `npm start` runs it in sandbox mode, plus the dashboard, with SERPmetrics callbacks wired back to it. */
async function startDashboardGateway(root: string, env: Record<string, string> = {}): Promise<TestGateway> {
  const gateway = await startTestGateway({
    plugins: [useDashboard({ root })],
    env: { SERP_POLL_INTERVAL_MS: '0', ...env },
    // The sandbox clock runs 100× faster, so a priority check completes in tens of milliseconds.
    sandbox: { serpmetrics: { clock: { speed: 100 }, auth: { timestampWindowSeconds: 86_400 } } },
  });
  gateway.sandbox.sandbox.serpmetrics.setCallbackUrl(gateway.gateway.live.callbackUrl(origin(gateway)));
  return gateway;
}

const RANK_WAIT = { timeout: 15_000, interval: 200 };

/** Every button, input and link has a name a screen reader can announce. */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, a[href], [tabindex="0"]')]
      .filter((element) => {
        const labelled = element.getAttribute('aria-label') || element.getAttribute('aria-labelledby');
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
        return !labelled && !label && !(element.textContent ?? '').trim();
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

describe.skipIf(skipBrowserTests)('the rank dashboard in Chromium', () => {
  let dashboard: BuiltDashboard;
  let browser: Browser;

  beforeAll(async () => {
    [dashboard, browser] = await Promise.all([buildDashboard(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await dashboard?.remove();
  });

  describe('with both upstreams up', () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startDashboardGateway(dashboard.root);
    });
    afterAll(() => gateway?.close());

    it('shows pairs, charts and the top 100 with authority, and a priority check arrives live', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watchPageErrors(page);
      await page.goto(`${origin(gateway)}/?keyword=running+shoes&engine=google_en-us`);

      const pair = page.locator('button.pair[data-keyword="running shoes"][data-engine="google_en-us"]');
      await expect.poll(() => pair.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('button.pair').count()).toBeGreaterThanOrEqual(5);
      expect(await page.locator('button.pair[data-keyword="pizza near me"]').count()).toBe(1);

      const rows = page.locator('#top100 tbody tr');
      await expect.poll(() => rows.count()).toBe(100);
      expect(await page.locator('#top100 td.dir').count()).toBeGreaterThan(50);
      const firstDir = Number(await page.locator('#top100 td.dir').first().textContent());
      expect(firstDir).toBeGreaterThanOrEqual(0);
      expect(firstDir).toBeLessThanOrEqual(100);

      await expect.poll(() => page.locator('#flux svg.chart circle.point').count()).toBeGreaterThanOrEqual(20);
      // The rank history reads up to 30 stored checks, at the SERPmetrics client's 10 requests per second when cold.
      await expect.poll(() => page.locator('#rank').getAttribute('data-state'), RANK_WAIT).toBe('ready');
      expect(await page.locator('#rank svg.chart circle.point').count()).toBeGreaterThan(0);
      expect(await unnamedControls(page)).toEqual([]);
      await screenshot(page, 'dashboard-1280');

      await expect.poll(() => page.locator('#live').getAttribute('data-state')).toBe('live');
      // Keyboard: the priority button opens a confirmation that states the cost before anything is sent.
      await page.locator('#priority-open').focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#priority-cost').textContent()).toContain('6 credits');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('priority-send');
      const before = await gateway.sandbox.serpmetrics.admin.stats();
      expect(before.byEndpoint['POST /priority/add']).toBeUndefined();
      await screenshot(page, 'dashboard-priority-cost');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.priority').getAttribute('data-step')).toBe('sent');
      await expect.poll(() => page.locator('#live').getAttribute('data-updates'), { timeout: 20_000 }).toBe('1');
      expect(await page.locator('#top100 tbody tr').count()).toBe(100);
      await screenshot(page, 'dashboard-live-update');
      expect(problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
      await page.close();
    });

    it('is readable at 375 px: no sideways scrolling of the page', async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true });
      await page.goto(`${origin(gateway)}/`);
      await expect.poll(() => page.locator('#top100 tbody tr').count()).toBe(100);
      await expect.poll(() => page.locator('#flux svg.chart').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // The table fits too: all five columns readable without scrolling sideways.
      const table = await page.evaluate(() => {
        const box = document.querySelector('#top100 .scroll');
        return box ? box.scrollWidth - box.clientWidth : -1;
      });
      expect(table).toBe(0);
      await screenshot(page, 'dashboard-375');
      await page.close();
    });
  });

  describe('with SE Ranking down', () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startDashboardGateway(dashboard.root);
      await gateway.sandbox.seranking.admin.setFaults({ errorRates: { 503: 1 } });
    });
    afterAll(() => gateway?.close());

    it('still renders the SERPmetrics panels and names the missing one', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin(gateway)}/?keyword=running+shoes&engine=google_en-us`);
      await expect.poll(() => page.locator('#top100').getAttribute('data-partial')).toBe('UPSTREAM_UNAVAILABLE');
      const alert = page.locator('#top100 [role="alert"]');
      expect(await alert.textContent()).toContain('Domain authority (SE Ranking) unavailable');
      expect(await page.locator('#top100 tbody tr').count()).toBe(100);
      expect(await page.locator('button.pair').count()).toBeGreaterThanOrEqual(5);
      await expect.poll(() => page.locator('#flux svg.chart circle.point').count()).toBeGreaterThanOrEqual(20);
      // The rank history reads up to 30 stored checks, at the SERPmetrics client's 10 requests per second when cold.
      await expect.poll(() => page.locator('#rank').getAttribute('data-state'), RANK_WAIT).toBe('ready');
      await screenshot(page, 'dashboard-seranking-down');
      await page.close();
    });
  });

  describe('with trusted documents only (production)', () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startDashboardGateway(dashboard.root, {
        TRUSTED_DOCUMENTS: 'web/generated/persisted-documents.json',
      });
    });
    afterAll(() => gateway?.close());

    it('works by document hash alone, subscription included, while other documents are refused', async () => {
      const refused = await gateway.post('{ sandbox }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin(gateway)}/?keyword=running+shoes&engine=google_en-us`);
      await expect.poll(() => page.locator('#top100 tbody tr').count(), RANK_WAIT).toBe(100);
      await expect.poll(() => page.locator('#flux svg.chart circle.point').count()).toBeGreaterThanOrEqual(20);
      await expect.poll(() => page.locator('#live').getAttribute('data-state')).toBe('live');
      await page.close();
    });
  });
});
