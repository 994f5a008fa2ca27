/**
 * Prints pages of a built site to PDF with headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core): serves the folder over HTTP on 127.0.0.1 under the site's base path, opens each page
 * with JavaScript off (exhibits then show their static SVG, which prints as vectors) and writes A4, tagged
 * PDFs with an outline, a running header/footer, and pinned dates so a rebuild gives the same bytes.
 *
 * Each page is opened at its public (canonical) URL and every request to the public origin is answered
 * by the local server, so links in the PDF point at the published site, never at 127.0.0.1, and the
 * PDF does not depend on the port. Requests to any other origin are refused.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { reuseByDependencies, sha256, storeWithDependencies } from '../../src/lib/publish/output-cache.ts';
import { printedBytes } from './pdf-inputs.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { pinPdfDates } from './pdf-metadata.ts';
import { stablePdfNodeIds } from './stable-pdf-ids.ts';
import { pageFrameCss, type PageFrame } from './pdf-templates.ts';
import { serveStatic } from './static-server.ts';

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
   * The page has a contents list to number: `.pdf-mark` elements (text "PDFMARK:<key>:END") where each
   * entry starts and `[data-pdf-page="<key>"]` slots for the numbers. Printed twice: the first PDF is read
   * back with pdftotext to find the page of each mark, the numbers are filled in, the marks removed, and
   * the page printed again. (Chromium has no target-counter(), so CSS cannot number a contents page.)
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
}

export interface PrintedPdf {
  file: string;
  bytes: number;
  ms: number;
  /** Reused from the output cache rather than printed. */
  cached: boolean;
}

/** Same switches as the end-to-end tests (tests/e2e/support/browser.ts): quiet, offline, no sandbox for CI root. */

export const CHROMIUM_MISSING = [
  'Cannot print the PDFs: Chromium is not installed.',
  'Why: every article and the whole report are printed to PDF by headless Chromium after the site is built.',
  'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  'To build without PDFs (the "Download PDF" links are then left out), run the build with SKIP_PDF=1.',
].join('\n');

export const PDFTOTEXT_MISSING = [
  'Cannot number the contents page of the report PDF: pdftotext is not installed.',
  'Why: the contents page numbers are read back from a first printing with pdftotext (Chromium cannot compute them).',
  'Install it with `sudo apt-get install -y poppler-utils` (Debian/Ubuntu), or build without PDFs with SKIP_PDF=1.',
].join('\n');

/** Pure: key -> 1-based page of the first "PDFMARK:<key>:END" in pdftotext output (pages split by form feeds). */
export function markPages(text: string): Map<string, number> {
  const pages = new Map<string, number>();
  text.split('\f').forEach((pageText, i) => {
    for (const m of pageText.matchAll(/PDFMARK:([^\s:]+):END/g)) if (!pages.has(m[1]!)) pages.set(m[1]!, i + 1);
  });
  return pages;
}

function pdfToText(pdf: Buffer): string {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-contents-')), 'pass1.pdf');
  try {
    fs.writeFileSync(tmp, pdf);
    const res = spawnSync('pdftotext', ['-enc', 'UTF-8', tmp, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (res.error) throw new Error(PDFTOTEXT_MISSING);
    if (res.status !== 0) throw new Error(`pdftotext failed on the first printing of the report: ${res.stderr}`);
    return res.stdout;
  } finally {
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
}

/** The page's canonical URL from its HTML (what Astro built from SITE_URL), or its local URL if it has none. */
function publicUrl(outDir: string, page: string, localBase: string): string {
  const file = path.join(outDir, page, 'index.html');
  const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const canonical = /<link\b[^>]*\brel="canonical"[^>]*>/i.exec(html)?.[0];
  const href = canonical ? /\bhref="([^"]+)"/.exec(canonical)?.[1] : undefined;
  return href && /^https?:\/\//.test(href) ? href : new URL(page, localBase).href;
}

async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function printPdfs(opts: PrintOptions): Promise<PrintedPdf[]> {
  const browser = await launch();
  const server = await serveStatic(path.resolve(opts.outDir), opts.basePath);
  const failures: string[] = [];
  try {
    // No JavaScript: the static exhibit images are the print version, and nothing can change after load.
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', reducedMotion: 'reduce' });
    const local = new URL(server.url);
    const targets = opts.jobs.map((job) => ({ ...job, url: publicUrl(opts.outDir, job.page, server.url) }));
    const publicOrigins = new Set(targets.map((t) => new URL(t.url).origin));
    const queue = [...targets];
    const done: PrintedPdf[] = [];
    const browserVersion = browser.version();
    // A PDF is a pure function of the files its page loads: the cache (src/lib/publish/output-cache.ts)
    // records each one's hash and reuses the PDF only while all of them are unchanged.
    // A dependency that cannot be read counts as changed: the page is printed again.
    const readLocal = async (dep: string) => {
      const r = await fetch(`${local.origin}${dep}`).catch(() => undefined);
      return r?.ok ? printedBytes(dep, new Uint8Array(await r.arrayBuffer())) : undefined;
    };
    const worker = async () => {
      const page = await context.newPage();
      const missing: string[] = [];
      const deps: Record<string, string> = {};
      await page.route('**/*', async (route) => {
        const requested = new URL(route.request().url());
        if (requested.origin !== local.origin && !publicOrigins.has(requested.origin)) return route.abort('blockedbyclient');
        const dep = `${requested.pathname}${requested.search}`;
        try {
          // Once more on a reset: the local server may close an idle keep-alive connection just as it is reused.
          const response = await route.fetch({ url: `${local.origin}${dep}` }).catch(() => route.fetch({ url: `${local.origin}${dep}` }));
          // Hashed as printed: an HTML page without its machine-only metadata (scripts/lib/pdf-inputs.ts).
          if (response.ok()) deps[dep] = sha256(printedBytes(dep, await response.body()));
          return await route.fulfill({ response });
        } catch (err) {
          // Reported with the page below ("did not load cleanly") instead of crashing the build mid-print.
          missing.push(`${dep}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
          return route.abort('failed').catch(() => undefined);
        }
      });
      page.on('response', (r) => {
        if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
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
        const print = () => page.pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
        let raw = await print();
        if (job.contents) {
          const found = markPages(pdfToText(raw));
          const unplaced = await page.evaluate((entries) => {
            const pages = new Map(entries);
            const missing: string[] = [];
            document.querySelectorAll<HTMLElement>('[data-pdf-page]').forEach((slot) => {
              const n = pages.get(slot.dataset.pdfPage ?? '');
              if (n === undefined) missing.push(slot.dataset.pdfPage ?? '');
              else slot.textContent = String(n);
            });
            document.querySelectorAll('.pdf-mark').forEach((m) => m.remove());
            return missing;
          }, [...found]);
          if (unplaced.length) failures.push(`${job.page}: contents entries with no mark in the printed PDF: ${unplaced.join(', ')}`);
          raw = await print();
        }
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
    await server.close();
    await browser.close();
  }
}
