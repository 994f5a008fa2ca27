/**
 * Readers download only the chart they see. With JavaScript the canvas is the chart, so the static SVGs (in a
 * <noscript>, ExhibitChart.astro) are never fetched on screen; without JavaScript they are the chart; and a
 * page printed with JavaScript on shows every chart's static image, whether or not its canvas was drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawAllCharts } from './support/axe.ts';
import { launchBrowser, visit } from './support/browser.ts';
import { articlePages } from './support/site.ts';
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

/** Per chart: the static images that are displayed, and whether each has loaded. */
const shownStatic = (page: Page) =>
  page.$$eval('[data-exhibit-chart]', (charts) =>
    charts.map((el) =>
      [...el.querySelectorAll('img.exhibit-static')]
        .filter((i) => getComputedStyle(i).display !== 'none')
        .map((i) => ({
          src: new URL((i as HTMLImageElement).src).pathname,
          loaded: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
          // Laid out with a size (display alone would pass an image inside a hidden parent).
          visible: i.getBoundingClientRect().width > 0 && i.getBoundingClientRect().height > 0,
        })),
    ),
  );

/** Waits until every displayed static image has loaded, then returns them per chart. */
async function loadedStatic(page: Page) {
  // Every chart shows an image and each has loaded: the print swap runs on the media-change event, which
  // may fire after emulateMedia returns, and an empty list would otherwise pass at once.
  await expect
    .poll(async () => (await shownStatic(page)).every((shown) => shown.length > 0 && shown.every((i) => i.loaded)), { timeout: 30_000 })
    .toBe(true);
  return shownStatic(page);
}

describe('static exhibit images', () => {
  it.each(articles)('%s: without JavaScript, every chart is its static image', async (article) => {
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
  it.each(articles)('%s: with JavaScript, charts draw and no static image is downloaded', async (article) => {
    const s = await sweep(browser, siteUrl, sweepDir, article, 'light');
    expect(s.drawError).toBeUndefined();
    if (s.charts === 0) return;
    expect(s.live).toBe(s.charts);
    // None is in the page at all, and none was fetched at any point.
    expect(s.staticImages).toBe(0);
    expect(s.requests.filter((u) => /\/exhibits\/[^/]+\.svg$/.test(u))).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it.each(articles)('%s: printed with JavaScript on, every chart shows its light static image, drawn or not', async (article) => {
    const fresh = await visit(browser, url(article), { colorScheme: 'dark' });
    const drawn = await visit(browser, url(article));
    try {
      // One page printed straight after load (charts below the fold never drew), one after every chart drew.
      const n = await drawAllCharts(drawn.page);
      for (const page of [fresh.page, drawn.page]) {
        await page.emulateMedia({ media: 'print' });
        const charts = await loadedStatic(page);
        expect(charts).toHaveLength(n);
        for (const shown of charts) {
          expect(shown).toHaveLength(1);
          expect(shown[0]!.src).toMatch(/^\/exhibits\/[a-z0-9-]+(?<!\.dark)\.svg$/);
        }
        // Print shows the image, not the canvas.
        expect(await page.$$eval('[data-exhibit-chart] .exhibit-canvas', (c) => c.filter((x) => getComputedStyle(x).display !== 'none').length)).toBe(0);
      }
    } finally {
      await fresh.close();
      await drawn.close();
    }
  });
});
