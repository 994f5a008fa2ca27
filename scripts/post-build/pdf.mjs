// Post-build step: prints every article to /pdf/<slug>.pdf and the whole report (the print-only page
// /report/print/) to /pdf/report.pdf with headless Chromium, then removes the print page from the output
// (readers get the PDF; the page would duplicate every article). Without Chromium the build fails with
// the install command; SKIP_PDF=1 builds without PDFs and without their links (and without the page).
import fs from 'node:fs';
import path from 'node:path';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { loadPinnedEdition } from '../../src/lib/data/load.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { pdfPath, pdfsEnabled, REPORT_PDF_NAME, REPORT_PRINT_PAGE } from '../../src/lib/publish/pdf.ts';
import { normalizeBase } from '../../src/lib/publish/base-path.ts';

/**
 * The printer and a running Chromium: about 0.6 s to import (Playwright, the PDF libraries) and 1 s to start.
 * Loaded only by a build that prints, and started by `warm` while Astro is still building, so neither waits
 * for the other. The browser is handed to printPdfs, which closes it.
 */
let printer;
function startPrinter() {
  if (!printer) {
    const modules = Promise.all([import('../lib/pdf-print.ts'), import('../lib/pdf-metadata.ts')]);
    const browser = modules.then(([{ launchPrinter }]) => launchPrinter());
    // Handled when the step runs; a build that fails before then must not also report these.
    modules.catch(() => undefined);
    browser.catch(() => undefined);
    printer = { modules, browser };
  }
  return printer;
}

function articleSlugs(outDir) {
  const dir = path.join(outDir, 'articles');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

/** The print page is an input to report.pdf only; nothing links it, and it must not be published. */
function removePrintPage(outDir) {
  fs.rmSync(path.join(outDir, REPORT_PRINT_PAGE), { recursive: true, force: true });
  const parent = path.dirname(path.join(outDir, REPORT_PRINT_PAGE));
  if (parent !== outDir && fs.existsSync(parent) && fs.readdirSync(parent).length === 0) fs.rmdirSync(parent);
}

export const step = {
  name: 'pdf',
  warm() {
    if (pdfsEnabled()) startPrinter();
  },
  async run(outDir) {
    if (!pdfsEnabled()) {
      const bar = '!'.repeat(78);
      console.warn(`${bar}\nSKIP_PDF=1: no PDFs were printed and the "Download PDF" links were left out.\nThis build is not the client edition; build without SKIP_PDF to publish.\n${bar}`);
      removePrintPage(outDir);
      return;
    }
    const slugs = articleSlugs(outDir);
    if (slugs.includes(REPORT_PDF_NAME)) {
      throw new Error(
        `An article is named "${REPORT_PDF_NAME}" (content/articles/${REPORT_PDF_NAME}/index.mdx), but ${pdfPath(REPORT_PDF_NAME)} is the whole-report PDF.\nRename the article folder.`,
      );
    }
    if (!fs.existsSync(path.join(outDir, REPORT_PRINT_PAGE, 'index.html'))) {
      throw new Error(`The print page /${REPORT_PRINT_PAGE} was not built, so the whole-report PDF cannot be printed.\nIt comes from src/pages/report/print.astro; restore that file.`);
    }
    // Read when the step runs, not at import: build.mjs loads every step before Astro has even started.
    const site = loadSiteConfig();
    const edition = loadPinnedEdition();
    // The newest date the content depends on: fixed for given inputs, unlike the time of the build.
    const date = [site.published, edition.asOf].sort().at(-1);
    // The whole report first: it is the longest job (every article on one page, printed twice when its contents
    // numbers moved), so the other tabs print the articles meanwhile instead of it running alone at the end.
    const jobs = [
      { page: REPORT_PRINT_PAGE, file: pdfPath(REPORT_PDF_NAME), documentTitle: 'Full report', cover: true, contents: true },
      ...slugs.map((slug) => ({ page: `articles/${slug}/`, file: pdfPath(slug) })),
    ];
    const { modules, browser } = startPrinter();
    const [{ printPdfs }, { addAccessibilityMetadata }] = await modules;
    const printed = await printPdfs({
      browser,
      outDir,
      basePath: normalizeBase(process.env.BASE_PATH),
      jobs,
      date,
      frame: {
        reportTitle: site.reportTitle,
        footerNote: `${site.firm} · Dataset edition ${edition.version}, figures as of ${formatDate(edition.asOf)}`,
      },
    });
    for (const p of printed) {
      // XMP title/author/language, link descriptions, exhibit frames retagged (scripts/lib/pdf-metadata.ts).
      // Structure ids were made stable by the printer (scripts/lib/stable-pdf-ids.ts), before caching.
      const file = path.join(outDir, p.file);
      const done = addAccessibilityMetadata(fs.readFileSync(file), { author: site.firm, date });
      fs.writeFileSync(file, done.pdf);
      console.log(`  ${p.file}  ${(done.pdf.length / 1024).toFixed(0)} KB  (${p.ms} ms${p.cached ? ', cached' : ''})`);
    }
    removePrintPage(outDir);
  },
};
