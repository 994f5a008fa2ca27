/**
 * One browser pass per page, shared by the suites that need it (a11y, csp, exhibits, exhibit-fallback).
 * Loading a page and drawing every chart is the slow part of those suites; each used to do it on its own,
 * so every article was loaded and drawn several times. The pass records everything they check, and is
 * written to the sweep folder (emptied by global-setup.ts for each run, so a result never outlives its
 * build); the first suite that asks for a page does the pass, the others read it.
 *
 * What one pass does, in this order, at 1366×900 with JavaScript on and reduced motion:
 * 1. load the page light, recording console errors, every request and CSP violations from the start
 *    of the document (an init script, so violations during load are caught too), and the text every
 *    canvas draws (support/layout.ts);
 * 2. scroll every chart into view and wait until it is live or failed (drawAllCharts), then count live
 *    charts and static fallback images;
 * 3. for each exhibit with a canvas: wait until it has drawn, measure its painted share, read its legend and
 *    its embedded spec; then each chart's labels (canvas, title, static images' alt text);
 * 4. on /search/, run a query (Pagefind compiles WebAssembly and fetches its index: both must be allowed);
 * 5. the light layout: each chart's drawn text and each table's place (measureLayout);
 * 6. on a page with side contents, scroll two sections to the top and read which link is current;
 * 7. axe-core on the light page (console errors and requests are kept from before it: axe is the test's
 *    own script, not the site's);
 * 8. turn the system dark: the page follows and every chart draws again, dark; the dark layout, then
 *    axe-core on the dark page;
 * 9. emulate print and read which static images the charts show.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { drawAllCharts, runAxe, type AxeViolation } from './axe.ts';
import { visit } from './browser.ts';
import { firstLine, measureLayout, recordCanvasText, turnDark, type Layout } from './layout.ts';
import { loadedStatic, shownStatic, type ShownImage } from './static-images.ts';

/** The page in one theme, once every chart has drawn in it. */
export interface ThemePass {
  /** The `data-theme` of <html>. */
  htmlTheme: string | null;
  layout: Layout;
  axe: AxeViolation[];
}

/** The side contents of a wide screen, scrolled to two of its sections. */
export interface TocPass {
  visible: boolean;
  /** Headings followed by at least a quarter window of text, which can reach the top of the window. */
  candidates: string[];
  /** Each section scrolled to the top of the window, and the links then marked current. */
  scrolled: { href: string; current: string[] }[];
}

export interface FigureDraw {
  id: string;
  /** Why the chart never reported a drawn frame within 15 s, if it did not. */
  error?: string;
  /** Share of canvas pixels that are neither transparent nor white. */
  painted: number;
  /** Text of each HTML legend entry. */
  legend: string[];
  /** The exhibit spec embedded in the figure (JSON text). */
  spec: string;
}

export interface PageSweep {
  page: string;
  /** Why drawing the charts failed (a chart neither live nor failed within 15 s), if it did. */
  drawError?: string;
  charts: number;
  live: number;
  /** `img.exhibit-static` elements in the page once every chart is live (their <noscript> was not parsed). */
  staticImages: number;
  /** Every `figure[data-exhibit]` id, in page order. */
  figures: string[];
  /** The figures with a canvas, drawn one by one. */
  drawn: FigureDraw[];
  /**
   * Per chart, in page order: the canvas's role and label, the exhibit title, and the alt text of the static
   * images in its <noscript> (parsed from the <noscript>'s text by the browser's own HTML parser: what a
   * reader without JavaScript gets).
   */
  chartLabels: { role: string | null; label: string; title: string; alts: string[] }[];
  cspViolations: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  /** Every request from the first, before axe ran (full URLs). */
  requests: string[];
  /** Console errors from load until the charts had drawn again in the dark theme (before its axe run). */
  consoleErrorsThroughDark: string[];
  light: ThemePass;
  dark: ThemePass;
  toc?: TocPass;
  /** Printed after every chart drew (light, then dark): per chart, the static images shown; canvases shown. */
  print: { shown: ShownImage[][]; canvasesShown: number; error?: string };
}

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

/** Collects CSP violations of every document the page loads, from its first script on. */
function recordCspViolations(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
}

const cspOf = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/** Which links of the side contents are current after each of two sections is scrolled to the top. */
async function tocPass(page: Page): Promise<TocPass | undefined> {
  const side = page.locator('nav[data-toc]');
  if ((await side.count()) === 0) return undefined;
  const visible = await side.isVisible();
  // A heading directly followed by a subheading hands over to it at once, hence the quarter window.
  const candidates = await side.locator('a').evaluateAll((as) => {
    const hs = as.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))!);
    const top = (h: Element) => h.getBoundingClientRect().top + scrollY;
    const room = document.documentElement.scrollHeight - innerHeight;
    return as.flatMap((a, i) => (i + 1 < hs.length && top(hs[i + 1]!) - top(hs[i]!) > innerHeight / 4 && top(hs[i]!) < room ? [a.getAttribute('href')!] : []));
  });
  const scrolled: TocPass['scrolled'] = [];
  for (const href of candidates.length > 1 ? [candidates[0]!, candidates[Math.floor(candidates.length / 2)]!] : []) {
    await page.evaluate((id) => document.getElementById(id.slice(1))!.scrollIntoView({ block: 'start' }), href);
    await page.waitForFunction((h) => document.querySelector(`nav[data-toc] a[href="${h}"]`)?.getAttribute('aria-current') === 'location', href, { timeout: 5_000 }).catch(() => undefined);
    scrolled.push({ href, current: await side.locator('a[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)) });
  }
  return { visible, candidates, scrolled };
}

async function pass(browser: Browser, siteUrl: string, pagePath: string): Promise<PageSweep> {
  const url = new URL(pagePath.slice(1), siteUrl).href;
  // Reduced motion: each chart is drawn finished at once, so waiting for its drawn frame does not wait out
  // an animation. Animated drawing is still loaded and checked by theme.test.ts and exhibit-fallback.test.ts.
  const v = await visit(browser, url, { width: 1366, colorScheme: 'light', reducedMotion: 'reduce', init: [recordCspViolations, recordCanvasText] });
  try {
    const { page } = v;
    let drawError: string | undefined;
    let charts = 0;
    try {
      charts = await drawAllCharts(page);
    } catch (err) {
      drawError = firstLine(err);
    }
    const live = await page.locator('[data-exhibit-chart].is-live').count();
    const staticImages = await page.locator('img.exhibit-static').count();
    const figures = await page.$$eval('figure[data-exhibit]', (figs) => figs.map((f) => f.getAttribute('data-exhibit')!));
    const drawn: FigureDraw[] = [];
    for (const id of figures) {
      const fig = `figure[data-exhibit="${id}"]`;
      if (!(await page.$(`${fig} canvas`))) continue; // table-only exhibits have no chart
      await page.locator(fig).scrollIntoViewIfNeeded();
      let error: string | undefined;
      try {
        await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'drawn', `${fig} canvas`, { timeout: 15_000 });
      } catch (err) {
        error = firstLine(err);
      }
      drawn.push({
        id,
        ...(error ? { error } : {}),
        painted: await paintedShare(page, `${fig} canvas`),
        legend: await page.locator(`${fig} .exhibit-legend li`).allTextContents(),
        spec: (await page.locator(`${fig} script[type="application/json"]`).first().textContent()) ?? '',
      });
    }
    const chartLabels = await page.$$eval('[data-exhibit-chart]', (els) =>
      els.map((el) => {
        const noscript = new DOMParser().parseFromString(el.querySelector('noscript')?.textContent ?? '', 'text/html');
        return {
          role: el.querySelector('canvas')?.getAttribute('role') ?? null,
          label: el.querySelector('canvas')?.getAttribute('aria-label') ?? '',
          title: el.closest('figure')?.querySelector('.exhibit-title')?.textContent ?? '',
          alts: [...noscript.querySelectorAll('img')].map((i) => i.getAttribute('alt') ?? ''),
        };
      }),
    );
    const cspViolations = await cspOf(page);
    if (pagePath === '/search/') {
      await page.goto(new URL('search/?q=DeepSeek', siteUrl).href, { waitUntil: 'networkidle' });
      cspViolations.push(...(await cspOf(page)));
      await page.goto(url, { waitUntil: 'load' });
      await drawAllCharts(page);
    }
    const lightLayout = await measureLayout(page);
    const toc = await tocPass(page);
    // Snapshots before axe runs: axe is the test's own script, not the site's.
    const consoleErrors = [...v.consoleErrors];
    const foreignRequests = [...v.foreignRequests];
    const requests = [...v.requests];
    const light: ThemePass = { htmlTheme: await page.getAttribute('html', 'data-theme'), layout: lightLayout, axe: await runAxe(page) };

    const darkTheme = await turnDark(page);
    const darkLayout = await measureLayout(page);
    const consoleErrorsThroughDark = [...v.consoleErrors];
    const dark: ThemePass = { htmlTheme: darkTheme, layout: darkLayout, axe: await runAxe(page) };

    await page.emulateMedia({ media: 'print' });
    let printError: string | undefined;
    const shown = await loadedStatic(page).catch(async (err) => {
      printError = firstLine(err);
      return shownStatic(page);
    });
    const canvasesShown = await page.$$eval('[data-exhibit-chart] .exhibit-canvas', (c) => c.filter((x) => getComputedStyle(x).display !== 'none').length);
    return {
      page: pagePath,
      ...(drawError ? { drawError } : {}),
      charts,
      live,
      staticImages,
      figures,
      drawn,
      chartLabels,
      cspViolations,
      consoleErrors,
      foreignRequests,
      requests,
      consoleErrorsThroughDark,
      light,
      dark,
      ...(toc ? { toc } : {}),
      print: { shown, canvasesShown, ...(printError ? { error: printError } : {}) },
    };
  } finally {
    await v.close();
  }
}

/**
 * The pass for this page: read from the sweep folder, or done now and written there. Test files run two at
 * a time and their tests side by side, so a lock file (created exclusively) makes sure each pass is done
 * once: a test that finds the lock taken waits for the result instead of loading the page again. A pass
 * that throws frees its lock, and the waiting test then does the pass itself.
 */
export async function sweep(browser: Browser, siteUrl: string, sweepDir: string, pagePath: string): Promise<PageSweep> {
  const file = path.join(sweepDir, `${pagePath.replaceAll('/', '_')}.json`);
  const lock = `${file}.lock`;
  fs.mkdirSync(sweepDir, { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as PageSweep;
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (Date.now() > deadline) throw new Error(`The browser pass of ${pagePath} held by another test did not finish within 180 s (lock ${lock}).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    const result = await pass(browser, siteUrl, pagePath);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(result));
    fs.renameSync(`${file}.tmp`, file);
    return result;
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
