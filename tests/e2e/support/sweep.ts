/**
 * One browser pass per page and theme, shared by the suites that need it (a11y, csp, exhibits,
 * exhibit-fallback). Loading a
 * page and drawing every chart is the slow part of those suites; each used to do it on its own, so every
 * article was loaded and drawn several times. The pass records everything they check, and is written to
 * the sweep folder (emptied by global-setup.ts for each run, so a result never outlives its build); the
 * first suite that asks for a page does the pass, the others read it.
 *
 * What one pass does, in this order, at 1200×900 with JavaScript on and reduced motion:
 * 1. load the page, recording console errors, every request and CSP violations from the start
 *    of the document (an init script, so violations during load are caught too);
 * 2. scroll every chart into view and wait until it is live or failed (drawAllCharts), then count live
 *    charts and static fallback images;
 * 3. for each exhibit with a canvas: wait until it has drawn, measure its painted share, read its legend and
 *    its embedded spec; then each chart's labels (canvas, title, static images' alt text);
 * 4. on /search/, run a query (Pagefind compiles WebAssembly and fetches its index: both must be allowed);
 * 5. run axe-core on the page as loaded (on /search/, after loading it again without the query).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { drawAllCharts, runAxe, type AxeViolation } from './axe.ts';
import { visit } from './browser.ts';

export type Theme = 'light' | 'dark';

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
  theme: Theme;
  /** The `data-theme` of <html> once loaded. */
  htmlTheme: string | null;
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
  axe: AxeViolation[];
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

async function pass(browser: Browser, siteUrl: string, pagePath: string, theme: Theme): Promise<PageSweep> {
  const url = new URL(pagePath.slice(1), siteUrl).href;
  // Reduced motion: each chart is drawn finished at once, so waiting for its drawn frame does not wait out
  // an animation. Animated drawing is still loaded and checked by theme.test.ts and exhibit-fallback.test.ts.
  const v = await visit(browser, url, { colorScheme: theme, reducedMotion: 'reduce', init: recordCspViolations });
  try {
    const { page } = v;
    const htmlTheme = await page.getAttribute('html', 'data-theme');
    let drawError: string | undefined;
    let charts = 0;
    try {
      charts = await drawAllCharts(page);
    } catch (err) {
      drawError = err instanceof Error ? err.message.split('\n')[0] : String(err);
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
        error = err instanceof Error ? err.message.split('\n')[0] : String(err);
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
    // Snapshots before axe runs: axe is the test's own script, not the site's.
    const consoleErrors = [...v.consoleErrors];
    const foreignRequests = [...v.foreignRequests];
    const requests = [...v.requests];
    const axe = await runAxe(page);
    return { page: pagePath, theme, htmlTheme, ...(drawError ? { drawError } : {}), charts, live, staticImages, figures, drawn, chartLabels, cspViolations, consoleErrors, foreignRequests, requests, axe };
  } finally {
    await v.close();
  }
}

/**
 * The pass for this page and theme: read from the sweep folder, or done now and written there. Test files
 * run two at a time, so a lock file (created exclusively) makes sure each pass is done once: a suite that
 * finds the lock taken waits for the result instead of loading the page again. A pass that throws frees its
 * lock, and the waiting suite then does the pass itself.
 */
export async function sweep(browser: Browser, siteUrl: string, sweepDir: string, pagePath: string, theme: Theme): Promise<PageSweep> {
  const file = path.join(sweepDir, `${theme}${pagePath.replaceAll('/', '_')}.json`);
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
    if (Date.now() > deadline) throw new Error(`The browser pass of ${pagePath} (${theme}) held by another test file did not finish within 180 s (lock ${lock}).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    const result = await pass(browser, siteUrl, pagePath, theme);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(result));
    fs.renameSync(`${file}.tmp`, file);
    return result;
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
