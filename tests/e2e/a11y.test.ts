/**
 * Accessibility of every built page in real Chromium: axe-core finds no WCAG 2.1 A/AA violation, in the
 * light and the dark theme, with charts drawn; chart and table controls work from the keyboard with a
 * visible focus; reduced motion turns chart animation off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawAllCharts, runAxe } from './support/axe.ts';
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

const url = (p: string) => new URL(p.slice(1), siteUrl).href;

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  it.each(builtPages(siteDir))('%s has no WCAG 2.1 A/AA violations', async (path) => {
    const v = await visit(browser, url(path), { colorScheme });
    try {
      expect(await v.page.getAttribute('html', 'data-theme')).toBe(colorScheme);
      await drawAllCharts(v.page);
      const violations = await runAxe(v.page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    } finally {
      await v.close();
    }
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

describe('keyboard', () => {
  it('the skip link is the first stop, visible when focused, and moves focus to the main content', async () => {
    const v = await visit(browser, url('/'));
    try {
      await v.page.keyboard.press('Tab');
      expect(await v.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      const box = await v.page.locator('.skip-link').boundingBox();
      expect(box && box.x >= 0 && box.y >= 0).toBe(true);
      expect((await focusOutline(v.page))?.style).not.toBe('none');
      await v.page.keyboard.press('Enter');
      expect(new URL(v.page.url()).hash).toBe('#main');
    } finally {
      await v.close();
    }
  });

  it('the theme toggle is reachable and works with Enter and Space, with a visible focus', async () => {
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

  it.each(articles)('%s: data tables open, scroll regions, legends and downloads are keyboard operable', async (path) => {
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

describe('charts', () => {
  it.each(articles)('%s: every chart has its computed text summary as the canvas label and the image alt', async (path) => {
    const v = await visit(browser, url(path), { javaScriptEnabled: false });
    try {
      const charts = await v.page.$$eval('[data-exhibit-chart]', (els) =>
        els.map((el) => ({
          label: el.querySelector('canvas')?.getAttribute('aria-label') ?? '',
          role: el.querySelector('canvas')?.getAttribute('role'),
          alts: [...el.querySelectorAll('img')].map((i) => i.getAttribute('alt') ?? ''),
          title: el.closest('figure')?.querySelector('.exhibit-title')?.textContent ?? '',
        })),
      );
      for (const c of charts) {
        expect(c.role).toBe('img');
        // summary.ts: "<Kind>: <title>. <what the values show>."
        expect(c.label).toMatch(/^(Bar chart|Stacked bar chart|Line chart|Scatter chart|Timeline): .+\. .+/);
        expect(c.title).toContain(c.label.split(': ')[1]?.split('.')[0] ?? '');
        for (const alt of c.alts) expect(alt).toBe(c.label);
      }
    } finally {
      await v.close();
    }
  });

  /** Painted pixels of the first chart's canvas on each animation frame for `ms` after it goes live. */
  async function framesAfterLive(page: Page, ms: number): Promise<number[]> {
    await page.evaluate((ms) => {
      const w = window as unknown as { __frames: Promise<number[]> };
      const holder = document.querySelector('[data-exhibit-chart]')!;
      w.__frames = new Promise((resolve) => {
        const frames: number[] = [];
        const sample = (t0: number) => (t: number) => {
          const c = holder.querySelector('canvas')!;
          const data = c.width ? c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data : new Uint8ClampedArray();
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          // Frames before chart.js first paints are blank; they say nothing about animation.
          if (painted > 0) frames.push(painted);
          if (t - t0 < ms) requestAnimationFrame(sample(t0));
          else resolve(frames);
        };
        const start = () => requestAnimationFrame((t) => sample(t)(t));
        if (holder.classList.contains('is-live')) start();
        else new MutationObserver((_, o) => holder.classList.contains('is-live') && (o.disconnect(), start())).observe(holder, { attributes: true });
      });
    }, ms);
    await page.locator('[data-exhibit-chart]').first().scrollIntoViewIfNeeded();
    return page.evaluate(() => (window as unknown as { __frames: Promise<number[]> }).__frames);
  }

  it('prefers-reduced-motion draws charts in their final state at once; otherwise they animate', async () => {
    const path = articles.find((p) => p);
    expect(path).toBeDefined();
    const still = await visit(browser, url(path!), { reducedMotion: 'reduce', height: 400 });
    const moving = await visit(browser, url(path!), { reducedMotion: 'no-preference', height: 400 });
    try {
      const a = await framesAfterLive(still.page, 700);
      const b = await framesAfterLive(moving.page, 700);
      // Reduced motion: the first painted frame is the finished chart (a one-pixel relayout may redraw it);
      // animated: bars grow, so early frames paint far less than the last.
      const last = (f: number[]) => f[f.length - 1] ?? 0;
      expect(a.length).toBeGreaterThan(10);
      expect(Math.min(...a) / last(a)).toBeGreaterThan(0.95);
      expect(Math.min(...b) / last(b)).toBeLessThan(0.8);
    } finally {
      await still.close();
      await moving.close();
    }
  });
});
