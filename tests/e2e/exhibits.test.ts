/**
 * Every exhibit on every article, in real headless Chromium over HTTP: the interactive chart draws real
 * pixels once scrolled into view; with JavaScript off the static image shows; no console errors; no
 * request leaves the site's origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { kindLegend } from '../../src/lib/render/kind-marks.ts';
import { launchBrowser, visit } from './support/browser.ts';
import { articlePages, builtPages } from './support/site.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Fraction of canvas pixels that are not blank (not fully transparent and not pure background white). */
async function paintedShare(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx || !c.width || !c.height) return 0;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && !(data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250)) painted++;
    }
    return painted / (data.length / 4);
  });
}

// Articles that place exhibits (the outlook article only cross-references other articles' exhibits).
const articles = articlePages(siteDir).filter((p) => fs.readFileSync(path.join(siteDir, p, 'index.html'), 'utf8').includes('data-exhibit='));

it('covers every article that places exhibits', () => {
  expect(articles.length).toBeGreaterThanOrEqual(5);
});

describe.each(articles)('article %s', (path) => {
  it('draws every chart when it scrolls into view, with no console errors and no third-party requests', async () => {
    const v = await visit(browser, new URL(path.slice(1), siteUrl).href);
    try {
      const ids = await v.page.$$eval('figure[data-exhibit]', (figs) => figs.map((f) => f.getAttribute('data-exhibit')!));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const fig = `figure[data-exhibit="${id}"]`;
        if (!(await v.page.$(`${fig} canvas`))) continue; // table-only exhibits have no chart
        await v.page.locator(fig).scrollIntoViewIfNeeded();
        await v.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'drawn', `${fig} canvas`, { timeout: 15_000 });
        expect(await paintedShare(v.page, `${fig} canvas`), `chart ${id} has painted pixels`).toBeGreaterThan(0.01);
        // The HTML legend: a toggle per series (when there are several), then the key to the kind patterns.
        const parsed = ExhibitSpec.parse(JSON.parse((await v.page.locator(`${fig} script[type="application/json"]`).first().textContent()) ?? ''));
        if (parsed.chart === 'table') throw new Error(`${id} is a table but embeds a chart`);
        const spec = parsed;
        const legend = await v.page.locator(`${fig} .exhibit-legend li`).allTextContents();
        const series = spec.series.length > 1 ? spec.series.map((s) => s.label) : [];
        expect(legend, `legend of ${id}`).toEqual([...series, ...kindLegend(spec).map((k) => k.text)]);
      }
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('shows the static image of every chart when JavaScript is off', async () => {
    const v = await visit(browser, new URL(path.slice(1), siteUrl).href, { javaScriptEnabled: false });
    try {
      const images = await v.page.$$eval('figure[data-exhibit] img:not(.exhibit-static-dark)' /* the dark rendering is hidden on a light page (tests/e2e/theme.test.ts) */, (imgs) =>
        imgs.map((i) => {
          const img = i as HTMLImageElement;
          img.loading = 'eager';
          return img.src;
        }),
      );
      expect(images.length).toBeGreaterThan(0);
      for (const src of images) {
        const img = v.page.locator(`img[src="${new URL(src).pathname}"]`).first();
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await img.isVisible()).toBe(true);
      }
      expect(v.foreignRequests).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('every page', () => {
  it.each(builtPages(siteDir))('%s loads without console errors or third-party requests', async (path) => {
    const v = await visit(browser, new URL(path.slice(1), siteUrl).href);
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
