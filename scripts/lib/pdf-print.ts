/**
 * Prints pages of a built site to PDF with headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core): answers every request of a page from the built folder on disk (staticFile of
 * scripts/lib/static-server.ts, the test server's rules), opens each page with JavaScript off (exhibits
 * then show their static SVG, which prints as vectors) and writes A4, tagged PDFs with an outline, a running
 * header/footer, and pinned dates so a rebuild gives the same bytes.
 *
 * Each page is opened at its public (canonical) URL and every request to the public origin is answered
 * from disk, so links in the PDF point at the published site. Requests to any other origin are refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cacheEnabled, cacheKey, entryPath, reuseByDependencies, sha256, storeWithDependencies, writeEntry } from '../../src/lib/publish/output-cache.ts';
import { printedBytes } from './pdf-inputs.ts';
import { destinationPages } from './pdf-destinations.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { pinPdfDates } from './pdf-metadata.ts';
import { stablePdfNodeIds } from './stable-pdf-ids.ts';
import { pageFrameCss, type PageFrame } from './pdf-templates.ts';
import { staticFile } from './static-server.ts';

export interface PdfJob {
  /** Site-relative page path, e.g. "articles/capex/". */
  page: string;
  /** Site-relative output path, e.g. "pdf/capex.pdf". */
  file: string;
  /** Header text on the right; defaults to the page's first <h1>. */
  documentTitle?: string;
  /** The first page is a cover: no running header, footer or page number on it. */
  cover?: boolean;
  /**
   * The page has a contents list to number: `[data-pdf-page="<id>"]` slots, each for the page on which the
   * element with that id starts (the entry's own link target). The page is printed with the numbers of its
   * last printing (output cache, kind "pdf-contents"), or none; the pages are read back from the PDF's named
   * destinations (scripts/lib/pdf-destinations.ts) and, if any differs, filled in and printed again. Chromium
   * has no target-counter(), so CSS cannot number a contents page.
   */
  contents?: boolean;
}

export interface PrintOptions {
  outDir: string;
  /** Base path the site is built for, e.g. "/" or "/research/". */
  basePath: string;
  jobs: PdfJob[];
  frame: Omit<PageFrame, 'documentTitle'>;
  /** ISO date written as the PDFs' creation and modification date. */
  date: string;
  /** Pages printed at the same time (tabs of one Chromium); defaults to the machine's available parallelism. */
  concurrency?: number;
  /** A Chromium started earlier (launchPrinter), e.g. while Astro was still building; printPdfs closes it. */
  browser?: Promise<Browser>;
}

export interface PrintedPdf {
  file: string;
  bytes: number;
  ms: number;
  /** Reused from the output cache rather than printed. */
  cached: boolean;
}

export const CHROMIUM_MISSING = [
  'Cannot print the PDFs: Chromium is not installed.',
  'Why: every article and the whole report are printed to PDF by headless Chromium after the site is built.',
  'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  'To build without PDFs (the "Download PDF" links are then left out), run the build with SKIP_PDF=1.',
].join('\n');

/**
 * Where a page is opened when its HTML names no canonical URL (a preview build without the report's public
 * address): a fixed origin, so the PDF's links do not depend on anything of the machine that printed it.
 */
const PREVIEW_ORIGIN = 'http://localhost';

/** The page's canonical URL from its HTML (what Astro built from SITE_URL), or its preview URL if it has none. */
function publicUrl(outDir: string, page: string, basePath: string): string {
  const file = path.join(outDir, page, 'index.html');
  const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const canonical = /<link\b[^>]*\brel="canonical"[^>]*>/i.exec(html)?.[0];
  const href = canonical ? /\bhref="([^"]+)"/.exec(canonical)?.[1] : undefined;
  return href && /^https?:\/\//.test(href) ? href : new URL(page, `${PREVIEW_ORIGIN}${basePath}`).href;
}

/** Headless Chromium as the printer runs it. */
export async function launchPrinter(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Slot id → page, as the numbering store keeps it (sorted, so equal numberings are equal bytes). */
type Numbering = Record<string, number>;

export async function printPdfs(opts: PrintOptions): Promise<PrintedPdf[]> {
  const browser = await (opts.browser ?? launchPrinter());
  const root = path.resolve(opts.outDir);
  const failures: string[] = [];
  try {
    // No JavaScript: the static exhibit images are the print version, and nothing can change after load.
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', reducedMotion: 'reduce' });
    const targets = opts.jobs.map((job) => ({ ...job, url: publicUrl(opts.outDir, job.page, opts.basePath) }));
    const origins = new Set(targets.map((t) => new URL(t.url).origin));
    const queue = [...targets];
    const done: PrintedPdf[] = [];
    const browserVersion = browser.version();
    // A PDF is a pure function of the files its page loads: the cache (src/lib/publish/output-cache.ts)
    // records each one's hash and reuses the PDF only while all of them are unchanged.
    // A dependency that cannot be read counts as changed: the page is printed again.
    const readLocal = async (dep: string) => {
      const file = staticFile(root, opts.basePath, new URL(dep, PREVIEW_ORIGIN).pathname);
      return file.status === 200 ? printedBytes(dep, file.body) : undefined;
    };
    const worker = async () => {
      const page = await context.newPage();
      const missing: string[] = [];
      const deps: Record<string, string> = {};
      // Every request is answered from disk in this process: no HTTP round trip per image and font (the
      // whole report loads over a thousand images at 200 articles).
      await page.route('**/*', async (route) => {
        const requested = new URL(route.request().url());
        if (!origins.has(requested.origin)) return route.abort('blockedbyclient');
        const dep = `${requested.pathname}${requested.search}`;
        try {
          const file = staticFile(root, opts.basePath, requested.pathname);
          // Hashed as printed: an HTML page without its machine-only metadata (scripts/lib/pdf-inputs.ts).
          if (file.status === 200) deps[dep] = sha256(printedBytes(dep, file.body));
          else missing.push(`${file.status} ${requested.href}`);
          return await route.fulfill({ status: file.status, contentType: file.type, body: file.body });
        } catch (err) {
          // Reported with the page below ("did not load cleanly") instead of crashing the build mid-print.
          missing.push(`${dep}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
          return route.abort('failed').catch(() => undefined);
        }
      });
      for (let job = queue.shift(); job; job = queue.shift()) {
        const t0 = performance.now();
        missing.length = 0;
        for (const k of Object.keys(deps)) delete deps[k];
        const target = path.join(opts.outDir, job.file);
        const cacheInputs = { page: job.page, file: job.file, url: job.url, documentTitle: job.documentTitle ?? null, cover: job.cover ?? false, contents: job.contents ?? false, frame: opts.frame, date: opts.date, browserVersion };
        const reused = await reuseByDependencies('pdf', cacheInputs, readLocal);
        if (reused) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, reused);
          done.push({ file: job.file, bytes: reused.length, ms: Math.round(performance.now() - t0), cached: true });
          continue;
        }
        // Not Playwright's 30 s default: the whole-report page of a large report (200 articles, 1,200 chart
        // images, each hashed on the way in) takes longer than that to load. Ten minutes still ends a hung page.
        const res = await page.goto(job.url, { waitUntil: 'load', timeout: 600_000 });
        if (!res || !res.ok()) {
          failures.push(`${job.page}: the page answered ${res?.status() ?? 'nothing'}`);
          continue;
        }
        // Fonts (KaTeX, body text) must be in before layout is frozen into the PDF.
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        if (missing.length) failures.push(`${job.page}: ${missing.join(', ')}`);
        const documentTitle = job.documentTitle ?? ((await page.locator('h1').first().textContent()) ?? '').trim();
        const frame = { ...opts.frame, documentTitle };
        // The running header and footer are page-margin boxes in the house fonts (pdf-templates.ts).
        // Not page.addStyleTag: it waits for a load event that never fires with JavaScript off.
        await page.evaluate((css) => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
        }, pageFrameCss(frame, { cover: job.cover }));
        // `measure`: a printing read only for its pages, never published. Without the structure tree and
        // outline it costs about a third less (the real report: 2.4 against 3.4 s), with the same page breaks
        // and destinations (checked on it: 245 of 245 the same); the published printing then proves them.
        const print = (measure = false) => page.pdf({ printBackground: true, preferCSSPageSize: true, outline: !measure, tagged: !measure });
        let raw: Buffer;
        if (job.contents) {
          // The numbers of the page's last printing: a guess that saves a printing when it still holds.
          const guessFile = cacheEnabled() ? entryPath('pdf-contents', cacheKey('pdf-contents', cacheInputs)) : undefined;
          const guess = guessFile && fs.existsSync(guessFile) ? (JSON.parse(fs.readFileSync(guessFile, 'utf8')) as Numbering) : {};
          const numbered = await printNumbered(page, print, guess);
          if (numbered.problem) failures.push(`${job.page}: ${numbered.problem}`);
          else if (guessFile) writeEntry(guessFile, JSON.stringify(numbered.numbering));
          raw = numbered.pdf;
        } else raw = await print();
        // Pinned dates and node ids: the same page gives the same bytes whatever else its tab printed first.
        const { pdf } = stablePdfNodeIds(pinPdfDates(raw, opts.date).pdf);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, pdf);
        if (!missing.length) storeWithDependencies('pdf', cacheInputs, deps, pdf);
        done.push({ file: job.file, bytes: pdf.length, ms: Math.round(performance.now() - t0), cached: false });
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? os.availableParallelism(), opts.jobs.length)) }, worker));
    await context.close();
    if (failures.length) {
      throw new Error(
        [
          `Cannot print the PDFs: ${failures.length} page${failures.length === 1 ? '' : 's'} did not load cleanly.`,
          ...failures.map((f) => `  ${f}`),
          'Why: a PDF printed from a page with a missing image or stylesheet would silently lack it.',
          'Fix the missing files or links named above (the link checker, tests/e2e/links.test.ts, lists them too) and build again.',
        ].join('\n'),
      );
    }
    return done.sort((a, b) => a.file.localeCompare(b.file));
  } finally {
    await browser.close();
  }
}

/**
 * Prints a page whose contents slots must hold the pages their entries start on. Starts from `guess` (the
 * last printing's numbers); each printing is read back, and the page is printed again with what it says
 * until the numbers printed are the numbers found: once when the guess holds, twice from no guess (a third
 * time only if the numbers lengthen the contents page). Numbers that still move after that are reported
 * rather than looped on. With no guess at all, the first printing is only a measurement (`print(true)`):
 * its numbers are all 0, certainly wrong, so it is never the one published.
 */
async function printNumbered(page: Page, print: (measure?: boolean) => Promise<Buffer>, guess: Numbering): Promise<{ pdf: Buffer; numbering: Numbering; problem?: string }> {
  const slots = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-pdf-page]')].map((s) => s.dataset.pdfPage ?? ''));
  const fill = (numbering: Numbering) =>
    page.evaluate((n) => {
      document.querySelectorAll<HTMLElement>('[data-pdf-page]').forEach((slot) => {
        slot.textContent = String(n[slot.dataset.pdfPage ?? ''] ?? '');
      });
    }, numbering);
  // A slot with no guess gets 0, never a page: a slot printed empty first and filled later gives other
  // bytes than one printed with a number each time (measured on Chromium 156), so every path prints numbers.
  let numbering: Numbering = Object.fromEntries(slots.map((id) => [id, guess[id] ?? 0]));
  // Zeros in every slot cannot be right (pages count from 1), so that printing can only measure.
  const blind = slots.length > 0 && slots.every((id) => numbering[id] === 0);
  for (let printing = 1; ; printing++) {
    await fill(numbering);
    const pdf = await print(blind && printing === 1);
    const found = destinationPages(pdf);
    const unplaced = slots.filter((id) => !found.has(id));
    if (unplaced.length) return { pdf, numbering, problem: `contents entries whose target is not in the printed PDF (no element with that id, or no link to it): ${unplaced.join(', ')}` };
    const now: Numbering = Object.fromEntries(slots.map((id) => [id, found.get(id)!]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
    if (slots.every((id) => numbering[id] === now[id])) return { pdf, numbering: now };
    if (printing === 3) return { pdf, numbering: now, problem: 'the contents page numbers still moved after three printings' };
    numbering = now;
  }
}
