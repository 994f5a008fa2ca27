/**
 * Where the PDFs live in the built site. Shared by the pages that link them and by the post-build step
 * that prints them (scripts/post-build/pdf.mjs), so a link and its file cannot drift apart.
 */

/** Folder of the built site that holds every PDF. */
export const PDF_DIR = 'pdf';
/** File name (without .pdf) of the whole-report PDF; no article may use it as its slug. */
export const REPORT_PDF_NAME = 'report';
/** Site-relative path of the print-only page the whole-report PDF is printed from. */
export const REPORT_PRINT_PAGE = 'report/print/';

/** Site-relative path of a PDF, e.g. "pdf/capex.pdf". */
export function pdfPath(name: string): string {
  return `${PDF_DIR}/${name}.pdf`;
}

/**
 * PDFs are built unless SKIP_PDF=1 (for machines without Chromium). Pages read this too, so a build that
 * skips PDFs also leaves out the "Download PDF" links instead of publishing broken ones.
 */
export function pdfsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.SKIP_PDF !== '1';
}
