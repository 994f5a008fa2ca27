/**
 * Every exhibit on every article, in real headless Chromium over HTTP: the interactive chart draws real
 * pixels once scrolled into view, with no text colliding at 1366 or 390 px; no console errors; no request
 * leaves the site's origin. (With JavaScript off, the static images: exhibit-fallback.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { kindLegend } from '../../src/lib/render/kind-marks.ts';
import { layoutProblems, type TextBox } from '../../src/lib/render/layout-check.ts';
import { launchBrowser, visit, type Visit } from './support/browser.ts';
import { articlePages, builtPages } from './support/site.ts';
import { loadedStatic } from './support/static-images.ts';
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

// Articles that place exhibits (the outlook article only cross-references other articles' exhibits).
const articles = articlePages(siteDir).filter((p) => fs.readFileSync(path.join(siteDir, p, 'index.html'), 'utf8').includes('data-exhibit='));

it('covers every article that places exhibits', () => {
  expect(articles.length).toBeGreaterThanOrEqual(5);
});

describe.each(articles)('article %s', (path) => {
  // From the shared browser pass (support/sweep.ts): each chart scrolled into view and waited for.
  it('draws every chart when it scrolls into view, with no console errors and no third-party requests', async () => {
    const s = await sweep(browser, siteUrl, sweepDir, path, 'light');
    expect(s.figures.length).toBeGreaterThan(0);
    for (const f of s.drawn) {
      expect(f.error, `chart ${f.id} reported a drawn frame`).toBeUndefined();
      expect(f.painted, `chart ${f.id} has painted pixels`).toBeGreaterThan(0.01);
      // The HTML legend: a toggle per series (when there are several), then the key to the kind patterns.
      const parsed = ExhibitSpec.parse(JSON.parse(f.spec));
      if (parsed.chart === 'table') throw new Error(`${f.id} is a table but embeds a chart`);
      const spec = parsed;
      const series = spec.series.length > 1 ? spec.series.map((x) => x.label) : [];
      expect(f.legend, `legend of ${f.id}`).toEqual([...series, ...kindLegend(spec).map((k) => k.text)]);
    }
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  // Without JavaScript each chart is its static image: tests/e2e/exhibit-fallback.test.ts (one visit per article).
});

/**
 * Records the text every canvas draws, as boxes in CSS pixels (the browser half of src/lib/render/layout-check.ts):
 * fillText is wrapped, and a clear of the whole canvas starts a new frame, so only the last frame counts.
 */
function recordCanvasText(): void {
  type Box = { text: string; x: number; y: number; w: number; h: number; angle: number; frame: { x: number; y: number; w: number; h: number } };
  const frames = new WeakMap<HTMLCanvasElement, Box[]>();
  (window as unknown as { canvasText: (c: HTMLCanvasElement) => Box[] }).canvasText = (c) => frames.get(c) ?? [];
  const proto = CanvasRenderingContext2D.prototype;
  const clear = proto.clearRect;
  proto.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) frames.set(this.canvas, []);
    clear.call(this, x, y, w, h);
  };
  const fill = proto.fillText;
  proto.fillText = function (text, x, y, maxWidth) {
    const t = String(text);
    if (t.trim()) {
      const m = this.measureText(t);
      const tr = this.getTransform();
      const dpr = this.canvas.width / (this.canvas.clientWidth || this.canvas.width);
      const pts = [
        [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent],
        [x + m.actualBoundingBoxRight, y - m.actualBoundingBoxAscent],
        [x - m.actualBoundingBoxLeft, y + m.actualBoundingBoxDescent],
        [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent],
      ].map(([px, py]) => [(tr.a * px! + tr.c * py! + tr.e) / dpr, (tr.b * px! + tr.d * py! + tr.f) / dpr] as const);
      const angle = Math.atan2(tr.b, tr.a);
      const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
      const xs = pts.map((q) => q[0]);
      const ys = pts.map((q) => q[1]);
      const fx = pts.map(([px, py]) => px * cos - py * sin);
      const fy = pts.map(([px, py]) => px * sin + py * cos);
      const list = frames.get(this.canvas) ?? [];
      list.push({
        text: t,
        x: Math.min(...xs),
        y: Math.min(...ys),
        w: Math.max(...xs) - Math.min(...xs),
        h: Math.max(...ys) - Math.min(...ys),
        angle,
        frame: { x: Math.min(...fx), y: Math.min(...fy), w: Math.max(...fx) - Math.min(...fx), h: Math.max(...fy) - Math.min(...fy) },
      });
      frames.set(this.canvas, list);
    }
    if (maxWidth === undefined) fill.call(this, text, x, y);
    else fill.call(this, text, x, y, maxWidth);
  };
}

/**
 * One page per article and width, checked in the light theme and then, after the reader's system turns
 * dark (the charts redraw in the dark palette), in the dark theme: the chart layout check on every live
 * chart (no text over text, off the canvas or cut short), and every table exhibit laid out to be read: whole
 * at 1366 px (wide tables grow out of the text column), and at 390 px either whole or scrollable with a
 * visible cue, a frozen first column and its caption in view. One load serves both themes, in this order:
 * loading a page and drawing its charts is what costs, and text boxes do not depend on the palette.
 */
describe.each(articles.flatMap((a) => [1366, 390].map((w) => [a, w] as const)))('layout of %s at %i px', (path, width) => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit(browser, new URL(path.slice(1), siteUrl).href, { width, colorScheme: 'light', reducedMotion: 'reduce', init: recordCanvasText });
  });
  afterAll(async () => {
    await v?.close();
  });

  it.each(['light', 'dark'] as const)('%s theme: draws charts with no colliding, escaping or cut text, and shows every table exhibit whole or with a scroll cue', async (theme) => {
    if (theme === 'dark') {
      // Forget each chart's drawn state and turn the system dark: every live chart draws again, dark.
      await v.page.$$eval('[data-exhibit-chart].is-live canvas', (cs) => cs.forEach((c) => c.removeAttribute('data-state')));
      await v.page.emulateMedia({ colorScheme: 'dark' });
    }
    await v.page.waitForFunction((t) => document.documentElement.getAttribute('data-theme') === t, theme, { timeout: 5_000 });
    const problems: string[] = [];
    const charts = await v.page.$$eval('figure[data-exhibit] canvas', (cs) => cs.map((c) => c.closest('figure')!.getAttribute('data-exhibit')!));
    for (const id of charts) {
      const canvas = v.page.locator(`figure[data-exhibit="${id}"] canvas`);
      await v.page.locator(`figure[data-exhibit="${id}"]`).evaluate((f) => f.scrollIntoView({ block: 'center' }));
      await v.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'drawn', `figure[data-exhibit="${id}"] canvas`, { timeout: 15_000 });
      await v.page.waitForTimeout(100);
      const { boxes, w, h } = await canvas.evaluate((c) => ({
        boxes: (window as unknown as { canvasText: (c: HTMLCanvasElement) => TextBox[] }).canvasText(c as HTMLCanvasElement),
        w: (c as HTMLCanvasElement).clientWidth,
        h: (c as HTMLCanvasElement).clientHeight,
      }));
      expect(boxes.length, `${id} drew text`).toBeGreaterThan(0);
      problems.push(...layoutProblems(boxes, w, h).map((p) => `${id}: ${p}`));
    }
    expect(problems).toEqual([]);

    const tables = await v.page.$$eval('figure[data-exhibit]:not(:has(canvas)) .exhibit-table', (els) => els.map((e) => e.closest('figure')!.getAttribute('data-exhibit')!));
    for (const id of tables) {
      const region = v.page.locator(`figure[data-exhibit="${id}"] .exhibit-table`);
      await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const m = await region.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const caption = el.querySelector('.caption-text')!.getBoundingClientRect();
        const hint = el.querySelector('.scroll-hint') as HTMLElement;
        const first = el.querySelector('tbody th[scope="row"]')!;
        return {
          overflows: el.scrollWidth > el.clientWidth + 1,
          left: r.left,
          right: r.right,
          window: document.documentElement.clientWidth,
          captionRight: caption.right,
          captionLeft: caption.left,
          tabindex: el.getAttribute('tabindex'),
          overflowX: getComputedStyle(el).overflowX,
          hintShown: getComputedStyle(hint).display !== 'none' && hint.getBoundingClientRect().width > 0,
          shadows: (getComputedStyle(el).backgroundImage.match(/gradient/g) ?? []).length,
          frozen: getComputedStyle(first).position,
        };
      });
      // Inside the window, with the caption in view and never cut.
      expect(m.left, `${id} starts inside the window`).toBeGreaterThanOrEqual(0);
      expect(m.right, `${id} ends inside the window`).toBeLessThanOrEqual(m.window);
      expect(m.captionLeft, `${id} caption`).toBeGreaterThanOrEqual(0);
      expect(m.captionRight, `${id} caption`).toBeLessThanOrEqual(m.window);
      if (width >= 1366) expect(m.overflows, `${id} fits at ${width} px`).toBe(false);
      if (m.overflows) {
        expect({ id, tabindex: m.tabindex, overflowX: m.overflowX, hintShown: m.hintShown, frozen: m.frozen }).toEqual({ id, tabindex: '0', overflowX: 'auto', hintShown: true, frozen: 'sticky' });
        expect(m.shadows, `${id} edge shadows`).toBeGreaterThanOrEqual(4);
      }
    }
    if (width === 390) expect(tables.length + charts.length).toBeGreaterThan(0);
    expect(v.consoleErrors).toEqual([]);
  });

  // Same page, after the layout checks: the side contents show only on a wide screen.
  if (width === 1366) it('marks the section being read in the side contents on a wide screen', async () => {
    const side = v.page.locator('nav[data-toc]');
    expect(await side.isVisible()).toBe(true);
    // Headings followed by at least a quarter window of text before the next one (a heading directly
    // followed by a subheading hands over to it at once), which can reach the top of the window.
    const hrefs = await side.locator('a').evaluateAll((as) => {
      const hs = as.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))!);
      const top = (h: Element) => h.getBoundingClientRect().top + scrollY;
      const room = document.documentElement.scrollHeight - innerHeight;
      return as.flatMap((a, i) => (i + 1 < hs.length && top(hs[i + 1]!) - top(hs[i]!) > innerHeight / 4 && top(hs[i]!) < room ? [a.getAttribute('href')!] : []));
    });
    expect(hrefs.length).toBeGreaterThan(1);
    // Scroll two of them to the top of the window: its link, and only its link, is current.
    for (const href of [hrefs[0]!, hrefs[Math.floor(hrefs.length / 2)]!]) {
      await v.page.evaluate((id) => document.getElementById(id.slice(1))!.scrollIntoView({ block: 'start' }), href);
      await v.page.waitForFunction((h) => document.querySelector(`nav[data-toc] a[href="${h}"]`)?.getAttribute('aria-current') === 'location', href, { timeout: 5_000 });
      expect(await side.locator('a[aria-current]').count()).toBe(1);
    }
    expect(v.consoleErrors).toEqual([]);
  });

  // Same page, every chart drawn (and redrawn dark): printing shows each chart's light static image instead
  // of its canvas. Printed straight after load, before charts drew: exhibit-fallback.test.ts.
  if (width === 1366)
    it('printed with JavaScript on after every chart drew, every chart shows its light static image', async () => {
      const n = await v.page.locator('[data-exhibit-chart].is-live').count();
      expect(n).toBe(await v.page.locator('[data-exhibit-chart]').count());
      await v.page.emulateMedia({ media: 'print' });
      const charts = await loadedStatic(v.page);
      expect(charts).toHaveLength(n);
      for (const shown of charts) {
        expect(shown).toHaveLength(1);
        expect(shown[0]!.src).toMatch(/^\/exhibits\/[a-z0-9-]+(?<!\.dark)\.svg$/);
      }
      expect(await v.page.$$eval('[data-exhibit-chart] .exhibit-canvas', (c) => c.filter((x) => getComputedStyle(x).display !== 'none').length)).toBe(0);
    });
});

describe('every page', () => {
  // From the shared browser pass (support/sweep.ts): errors and requests from load until every chart drew.
  it.each(builtPages(siteDir))('%s loads without console errors or third-party requests', async (path) => {
    const s = await sweep(browser, siteUrl, sweepDir, path, 'light');
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
