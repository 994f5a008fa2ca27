/**
 * Accessibility of every built page in real Chromium: axe-core finds no WCAG 2.1 A/AA violation, in the
 * light and the dark theme, with charts drawn; chart and table controls work from the keyboard with a
 * visible focus. (Reduced motion turning chart animation off is a unit test of the chart options:
 * tests/unit/render-chart-config.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { drawAllCharts } from './support/axe.ts';
import { launchBrowser, visit } from './support/browser.ts';
import { articlePages, builtPages } from './support/site.ts';
import { sweep } from './support/sweep.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const sweepDir = inject('sweepDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (p: string) => new URL(p.slice(1), siteUrl).href;

// Pages are checked side by side (describe.concurrent), each test in its own browser context.
describe.concurrent.each(['light', 'dark'] as const)('axe-core, %s theme', (theme) => {
  // From the shared browser pass (support/sweep.ts): the page loaded light with every chart drawn, then
  // with the reader's system turned dark and every chart drawn again, dark.
  it.for(builtPages(siteDir))('%s has no WCAG 2.1 A/AA violations', async (path, { expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
    expect(s[theme].htmlTheme).toBe(theme);
    expect(s.drawError).toBeUndefined();
    expect(s[theme].layout.drawError).toBeUndefined();
    expect(s[theme].axe, JSON.stringify(s[theme].axe, null, 2)).toEqual([]);
  });
});

/** The outline of the focused element, as computed. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { tag: el.tagName.toLowerCase(), style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), cls: el.className };
  });

async function tabTo(page: Page, match: (el: { tag: string; cls: string; text: string }) => boolean, limit = 400): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return a ? { tag: a.tagName.toLowerCase(), cls: String(a.className), text: (a.textContent ?? '').trim().slice(0, 80) } : null;
    });
    if (el && match(el)) return true;
  }
  return false;
}

const articles = articlePages(siteDir);

describe.concurrent('keyboard', () => {
  it('the skip link is the first stop, visible when focused, and moves focus to the main content', async ({ expect }) => {
    const v = await visit(browser, url('/'));
    try {
      await v.page.keyboard.press('Tab');
      expect(await v.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      const box = await v.page.locator('.skip-link').boundingBox();
      expect(box && box.x >= 0 && box.y >= 0).toBe(true);
      expect((await focusOutline(v.page))?.style).not.toBe('none');
      await v.page.keyboard.press('Enter');
      // The fragment navigation lands after the key press returns; on a busy machine, read it once it has.
      await v.page.waitForURL((u) => u.hash === '#main', { timeout: 5_000 }).catch(() => undefined);
      expect(new URL(v.page.url()).hash).toBe('#main');
    } finally {
      await v.close();
    }
  });

  it('the theme toggle is reachable and works with Enter and Space, with a visible focus', async ({ expect }) => {
    const v = await visit(browser, url('/'));
    try {
      expect(await tabTo(v.page, (el) => el.cls.includes('theme-toggle'))).toBe(true);
      const outline = await focusOutline(v.page);
      expect(outline?.style).not.toBe('none');
      expect(outline?.width).toBeGreaterThanOrEqual(2);
      await v.page.keyboard.press('Enter');
      expect(await v.page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await v.page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
      await v.page.keyboard.press('Space');
      expect(await v.page.getAttribute('html', 'data-theme')).toBe('light');
    } finally {
      await v.close();
    }
  });

  it.for(articles)('%s: data tables open, scroll regions, legends and downloads are keyboard operable', async (path, { expect }) => {
    const v = await visit(browser, url(path));
    try {
      await drawAllCharts(v.page);
      await v.page.evaluate(() => window.scrollTo(0, 0));
      // The first exhibit's "Data table" disclosure opens with Enter.
      const summary = v.page.locator('figure[data-exhibit] details.exhibit-data:not([open]) > summary').first();
      if ((await summary.count()) > 0) {
        const fig = await summary.evaluate((s) => s.closest('figure')?.getAttribute('data-exhibit'));
        // Reachable with Tab (a summary is natively focusable), then opened with Enter.
        expect(await tabTo(v.page, (el) => el.tag === 'summary')).toBe(true);
        await summary.focus();
        expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
        expect((await focusOutline(v.page))?.style).not.toBe('none');
        await v.page.keyboard.press('Enter');
        expect(await v.page.locator(`figure[data-exhibit="${fig}"] details.exhibit-data`).getAttribute('open')).not.toBeNull();
      }
      // Scrollable table regions are focusable; download links are links.
      for (const region of await v.page.locator('.exhibit-table[role="region"]').all()) expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await v.page.locator('.exhibit-meta a[href$="data.csv"]').count()).toBe(await v.page.locator('figure[data-exhibit]').count());
      // Legend buttons (charts with several series) toggle a series from the keyboard.
      const legend = v.page.locator('.exhibit-legend button').first();
      if ((await legend.count()) > 0) {
        await legend.focus();
        expect((await focusOutline(v.page))?.style).not.toBe('none');
        await v.page.keyboard.press('Enter');
        expect(await legend.getAttribute('aria-pressed')).toBe('false');
        await v.page.keyboard.press('Space');
        expect(await legend.getAttribute('aria-pressed')).toBe('true');
      }
    } finally {
      await v.close();
    }
  });
});

describe.concurrent('charts', () => {
  // From the shared browser pass: the canvas's label and role, and the alt text of the static images in the
  // chart's <noscript> as a browser without JavaScript parses them (support/sweep.ts).
  it.for(articles)('%s: every chart has its computed text summary as the canvas label and the image alt', async (path, { expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
    expect(s.chartLabels).toHaveLength(s.charts);
    for (const c of s.chartLabels) {
      expect(c.role).toBe('img');
      // summary.ts: "<Kind>: <title>. <what the values show>."
      expect(c.label).toMatch(/^(Bar chart|Stacked bar chart|Line chart|Scatter chart|Timeline): .+\. .+/);
      expect(c.title).toContain(c.label.split(': ')[1]?.split('.')[0] ?? '');
      // Both renderings (light and dark), each described by the same summary.
      expect(c.alts).toHaveLength(2);
      for (const alt of c.alts) expect(alt).toBe(c.label);
    }
  });
});
