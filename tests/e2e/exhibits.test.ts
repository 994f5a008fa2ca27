/**
 * Every exhibit on every article, in real headless Chromium over HTTP: the interactive chart draws real
 * pixels once scrolled into view, with no text colliding at 1366 or 390 px; no console errors; no request
 * leaves the site's origin. (With JavaScript off, the static images: exhibit-fallback.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type ExpectStatic } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { kindLegend } from '../../src/lib/render/kind-marks.ts';
import { layoutProblems } from '../../src/lib/render/layout-check.ts';
import { launchBrowser, visit, type Visit } from './support/browser.ts';
import { measureLayout, recordCanvasText, turnDark, type Layout } from './support/layout.ts';
import { articlePages, builtPages } from './support/site.ts';
import { sweep } from './support/sweep.ts';

// The tests of one page share its visit and run in order; pages run side by side (describe.concurrent).
const SEQUENTIAL = { concurrent: false };
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

describe.concurrent.each(articles)('article %s', (path) => {
  // From the shared browser pass (support/sweep.ts): each chart scrolled into view and waited for.
  it('draws every chart when it scrolls into view, with no console errors and no third-party requests', async ({ expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
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

/** The layout check on what the pass or the phone-width visit measured (support/layout.ts). */
function checkLayout(expect: ExpectStatic, layout: Layout, width: number): void {
  expect(layout.drawError, 'every chart reported a drawn frame').toBeUndefined();
  // No text over text, off the canvas or cut short.
  const problems: string[] = [];
  for (const c of layout.charts) {
    expect(c.boxes.length, `${c.id} drew text`).toBeGreaterThan(0);
    problems.push(...layoutProblems(c.boxes, c.w, c.h).map((p) => `${c.id}: ${p}`));
  }
  expect(problems).toEqual([]);
  // Every table exhibit laid out to be read: whole at 1366 px (wide tables grow out of the text column), and
  // at 390 px either whole or scrollable with a visible cue, a frozen first column and its caption in view.
  for (const m of layout.tables) {
    const id = m.id;
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
  if (width === 390) expect(layout.tables.length + layout.charts.length).toBeGreaterThan(0);
}

const LAYOUT = '%s theme: draws charts with no colliding, escaping or cut text, and shows every table exhibit whole or with a scroll cue';

/**
 * At 1366 px, from the shared browser pass: the page loaded light with every chart drawn, then the reader's
 * system turned dark (every live chart draws again, dark) — the chart layout check and the table layout in
 * both themes; the side contents; and, after both, printing.
 */
describe.concurrent.each(articles)('layout of %s at 1366 px', (path) => {
  it.for(['light', 'dark'] as const)(LAYOUT, async (theme, { expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
    expect(s[theme].htmlTheme).toBe(theme);
    checkLayout(expect, s[theme].layout, 1366);
    expect(s.consoleErrorsThroughDark).toEqual([]);
  });

  it('marks the section being read in the side contents on a wide screen', async ({ expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
    expect(s.toc?.visible).toBe(true);
    // Headings followed by at least a quarter window of text before the next one, which can reach the top.
    expect(s.toc!.candidates.length).toBeGreaterThan(1);
    // Two of them scrolled to the top of the window: its link, and only its link, is current.
    expect(s.toc!.scrolled).toHaveLength(2);
    for (const { href, current } of s.toc!.scrolled) expect(current, `after scrolling to ${href}`).toEqual([href]);
  });

  // Printed straight after load, before charts drew: exhibit-fallback.test.ts.
  it('printed with JavaScript on after every chart drew (and drew again dark), every chart shows its light static image', async ({ expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
    expect(s.live).toBe(s.charts);
    expect(s.print.error).toBeUndefined();
    expect(s.print.shown).toHaveLength(s.charts);
    for (const shown of s.print.shown) {
      expect(shown).toHaveLength(1);
      expect(shown[0]!.src).toMatch(/^\/exhibits\/[a-z0-9-]+(?<!\.dark)\.svg$/);
    }
    // Print shows the image, not the canvas.
    expect(s.print.canvasesShown).toBe(0);
  });
});

/**
 * At 390 px, one visit per article: checked in the light theme and then, after the reader's system turns
 * dark, in the dark theme. One load serves both themes, in this order: loading a page and drawing its
 * charts is what costs, and text boxes do not depend on the palette.
 */
describe.concurrent.each(articles)('layout of %s at 390 px', (path) => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit(browser, new URL(path.slice(1), siteUrl).href, { width: 390, colorScheme: 'light', reducedMotion: 'reduce', init: recordCanvasText });
  });
  afterAll(async () => {
    await v?.close();
  });

  // The two themes share the visit, in order.
  it.for(['light', 'dark'] as const)(LAYOUT, SEQUENTIAL, async (theme, { expect }) => {
    const htmlTheme = theme === 'dark' ? await turnDark(v.page) : await v.page.getAttribute('html', 'data-theme');
    expect(htmlTheme).toBe(theme);
    checkLayout(expect, await measureLayout(v.page), 390);
    expect(v.consoleErrors).toEqual([]);
  });
});

describe.concurrent('every page', () => {
  // From the shared browser pass (support/sweep.ts): errors and requests from load until every chart drew.
  it.for(builtPages(siteDir))('%s loads without console errors or third-party requests', async (path, { expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, path);
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
