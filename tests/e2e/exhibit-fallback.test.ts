/**
 * Readers download only the chart they see. With JavaScript the canvas is the chart, so the static SVGs (in a
 * <noscript>, ExhibitChart.astro) are never fetched on screen; without JavaScript they are the chart; and a
 * page printed with JavaScript on shows every chart's static image, whether or not its canvas was drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, visit } from './support/browser.ts';
import { articlePages } from './support/site.ts';
import { loadedStatic } from './support/static-images.ts';
import { sweep } from './support/sweep.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const sweepDir = inject('sweepDir');
const url = (p: string) => new URL(p.slice(1), siteUrl).href;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Articles with at least one chart (tables have no static image). */
const articles = articlePages(siteDir);

// Articles are checked side by side (describe.concurrent), each test in its own browser context.
describe.concurrent('static exhibit images', () => {
  it.for(articles)('%s: without JavaScript, every chart is its static image', async (article, { expect }) => {
    const v = await visit(browser, url(article), { javaScriptEnabled: false });
    try {
      // Lazy (dark) images and those far down the page load once scrolled to.
      await v.page.$$eval('img.exhibit-static', (imgs) => imgs.forEach((i) => ((i as HTMLImageElement).loading = 'eager')));
      const charts = await loadedStatic(v.page);
      // As many as the built page places (the list is never empty on a page with charts).
      expect(charts).toHaveLength((fs.readFileSync(path.join(siteDir, article, 'index.html'), 'utf8').match(/\bdata-exhibit-chart\b/g) ?? []).length);
      for (const shown of charts) {
        expect(shown).toHaveLength(1);
        expect(shown[0]!.src).toMatch(/^\/exhibits\/[a-z0-9-]+\.svg$/);
        expect(shown[0]!.visible, `${shown[0]!.src} is laid out with a size`).toBe(true);
      }
      expect(v.foreignRequests).toEqual([]);
    } finally {
      await v.close();
    }
  });

  // From the shared browser pass (support/sweep.ts), which records every request from the first one.
  it.for(articles)('%s: with JavaScript, charts draw and no static image is downloaded', async (article, { expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, article);
    expect(s.drawError).toBeUndefined();
    if (s.charts === 0) return;
    expect(s.live).toBe(s.charts);
    // None is in the page at all, and none was fetched at any point.
    expect(s.staticImages).toBe(0);
    expect(s.requests.filter((u) => /\/exhibits\/[^/]+\.svg$/.test(u))).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  // Printed after every chart drew: exhibits.test.ts, from the shared browser pass.
  it.for(articles)('%s: printed with JavaScript on straight after load, every chart shows its light static image, drawn or not', async (article, { expect }) => {
    // Charts below the fold never drew; the page is dark, and print is light.
    const fresh = await visit(browser, url(article), { colorScheme: 'dark' });
    try {
      const n = await fresh.page.locator('[data-exhibit-chart]').count();
      await fresh.page.emulateMedia({ media: 'print' });
      const charts = await loadedStatic(fresh.page);
      expect(charts).toHaveLength(n);
      for (const shown of charts) {
        expect(shown).toHaveLength(1);
        expect(shown[0]!.src).toMatch(/^\/exhibits\/[a-z0-9-]+(?<!\.dark)\.svg$/);
      }
      // Print shows the image, not the canvas.
      expect(await fresh.page.$$eval('[data-exhibit-chart] .exhibit-canvas', (c) => c.filter((x) => getComputedStyle(x).display !== 'none').length)).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
