/**
 * Dark mode in real Chromium: the theme follows the system until the reader picks one with the toggle;
 * the choice persists across reloads and is applied before first paint (a blocking script in <head>);
 * charts redraw in the dark palette on toggle; static chart images follow the theme, print stays light.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawAllCharts } from './support/axe.ts';
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
const article = articlePages(siteDir)[0] ?? '/';

/** data-theme on <html> and the body background when DOMContentLoaded fires (before any module script ran). */
async function themeAtDomContentLoaded(page: Page, target: string): Promise<{ theme: string | null; bg: string }> {
  await page.goto(target, { waitUntil: 'commit' });
  await page.waitForLoadState('domcontentloaded');
  return page.evaluate(() => ({ theme: document.documentElement.getAttribute('data-theme'), bg: getComputedStyle(document.body).backgroundColor }));
}

describe('theme before first paint', () => {
  it.each(builtPages(siteDir))('%s loads theme-init.js as a blocking classic script in <head>, before any stylesheet or body content', (page) => {
    const html = fs.readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const tag = /<script\b[^>]*\bsrc="[^"]*\/theme-init\.js"[^>]*>/.exec(head);
    expect(tag, 'theme-init.js in <head>').not.toBeNull();
    // Not deferred, async or a module: it must run while the parser is still in <head>.
    expect(tag![0]).not.toMatch(/\b(defer|async|type="module")\b/);
    const at = tag!.index;
    const firstStyle = head.search(/<link[^>]+rel="stylesheet"|<style\b/);
    expect(firstStyle === -1 || at < firstStyle).toBe(true);
  });

  it('follows the system preference when nothing is saved', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const v = await visit(browser, url('/'), { colorScheme });
      try {
        expect(await themeAtDomContentLoaded(v.page, url('/methodology/'))).toEqual({ theme: colorScheme, bg: colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)' });
        expect(await v.page.getAttribute('.theme-toggle', 'aria-pressed')).toBe(String(colorScheme === 'dark'));
      } finally {
        await v.close();
      }
    }
  });

  it('the toggle saves the choice, which wins over the system preference on every later page load', async () => {
    const v = await visit(browser, url('/'), { colorScheme: 'light' });
    try {
      await v.page.click('.theme-toggle');
      expect(await v.page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await v.page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
      expect(await themeAtDomContentLoaded(v.page, url('/'))).toEqual({ theme: 'dark', bg: 'rgb(18, 18, 18)' });
      expect(await themeAtDomContentLoaded(v.page, url('/data/'))).toEqual({ theme: 'dark', bg: 'rgb(18, 18, 18)' });
      await v.page.waitForLoadState('load');
      expect(await v.page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
      await v.page.click('.theme-toggle');
      expect(await themeAtDomContentLoaded(v.page, url('/'))).toEqual({ theme: 'light', bg: 'rgb(255, 255, 255)' });
    } finally {
      await v.close();
    }
  });

  it('without JavaScript the system preference still applies and the useless toggle is hidden', async () => {
    const v = await visit(browser, url('/'), { colorScheme: 'dark', javaScriptEnabled: false });
    try {
      expect(await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
      expect(await v.page.locator('.theme-toggle').isVisible()).toBe(false);
    } finally {
      await v.close();
    }
  });
});

/** Mean brightness of the chart's grey (text, axis) pixels: dark ink on a light page, light ink on a dark one. */
const greyInk = (page: Page, selector: string) =>
  page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let sum = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 200 && Math.abs(r - g) < 8 && Math.abs(g - b) < 8) {
        sum += r;
        n++;
      }
    }
    return n ? sum / n : -1;
  });

describe('charts follow the theme', () => {
  it('the live chart redraws in the dark palette when the toggle switches theme, and back', async () => {
    const v = await visit(browser, url(article), { colorScheme: 'light' });
    try {
      expect(await drawAllCharts(v.page)).toBeGreaterThan(0);
      const canvas = '[data-exhibit-chart].is-live canvas';
      const light = await greyInk(v.page, canvas);
      expect(light).toBeGreaterThan(0);
      expect(light).toBeLessThan(110);
      await v.page.click('.theme-toggle');
      await expect.poll(() => greyInk(v.page, canvas)).toBeGreaterThan(150);
      await v.page.click('.theme-toggle');
      await expect.poll(() => greyInk(v.page, canvas)).toBeLessThan(110);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('a page opened in dark mode draws its charts dark from the start', async () => {
    const v = await visit(browser, url(article), { colorScheme: 'dark' });
    try {
      await drawAllCharts(v.page);
      expect(await greyInk(v.page, '[data-exhibit-chart].is-live canvas')).toBeGreaterThan(150);
    } finally {
      await v.close();
    }
  });

  /** Which static image of the first chart shows, and whether it loaded. */
  const shownImage = (page: Page) =>
    page.$eval('[data-exhibit-chart]', (el) =>
      [...el.querySelectorAll('img')].filter((i) => getComputedStyle(i).display !== 'none').map((i) => new URL((i as HTMLImageElement).src).pathname),
    );

  it('static images: the dark rendering on a dark page, the light one on a light page and in print', async () => {
    const dark = await visit(browser, url(article), { colorScheme: 'dark', javaScriptEnabled: false });
    const light = await visit(browser, url(article), { colorScheme: 'light', javaScriptEnabled: false });
    try {
      const [darkImg] = await shownImage(dark.page);
      expect(await shownImage(dark.page)).toHaveLength(1);
      expect(darkImg).toMatch(/\/exhibits\/[a-z0-9-]+\.dark\.svg$/);
      const [lightImg] = await shownImage(light.page);
      expect(await shownImage(light.page)).toHaveLength(1);
      expect(lightImg).toMatch(/\/exhibits\/[a-z0-9-]+(?<!\.dark)\.svg$/);
      await dark.page.emulateMedia({ media: 'print' });
      expect(await shownImage(dark.page)).toEqual([lightImg]);
      // The dark file exists and is a dark rendering of the same chart.
      const svg = fs.readFileSync(path.join(siteDir, darkImg!), 'utf8');
      expect(svg).toMatch(/^<\?xml|^<svg/);
      expect(svg).toContain('fill="#121212"');
    } finally {
      await dark.close();
      await light.close();
    }
  });
});

describe('a reused browser tab (support/browser.ts) starts like a new one', () => {
  it('keeps no saved theme, cookie, print emulation, colour scheme, size, init script or listener of the visit before', async () => {
    const first = await visit(browser, url('/'), { colorScheme: 'dark', width: 390, init: 'window.__fromEarlierVisit = true;' });
    const tab = first.page;
    await tab.click('.theme-toggle');
    expect(await tab.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    await tab.evaluate(() => {
      document.cookie = 'earlier=1; path=/';
      sessionStorage.setItem('earlier', '1');
    });
    await tab.emulateMedia({ media: 'print' });
    let dialogs = 0;
    tab.on('dialog', () => dialogs++);
    await first.close();

    const second = await visit(browser, url('/'));
    try {
      // The pool handed back the same tab, so this checks the wiping rather than a fresh context.
      expect(second.page).toBe(tab);
      expect(
        await second.page.evaluate(() => ({
          theme: localStorage.getItem('theme'),
          session: sessionStorage.getItem('earlier'),
          cookie: document.cookie,
          print: matchMedia('print').matches,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          width: innerWidth,
          init: '__fromEarlierVisit' in window,
          dataTheme: document.documentElement.getAttribute('data-theme'),
        })),
      ).toEqual({ theme: null, session: null, cookie: '', print: false, dark: false, width: 1200, init: false, dataTheme: 'light' });
      await second.page.evaluate(() => setTimeout(() => alert('x'), 0));
      await second.page.waitForTimeout(100);
      expect(dialogs).toBe(0);
      expect(second.consoleErrors).toEqual([]);
      expect(second.requests[0]).toBe(url('/'));
    } finally {
      await second.close();
    }
  });
});
