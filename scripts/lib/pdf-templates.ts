/**
 * Pure: the header and footer Chromium prints on every PDF page. Chromium renders them in their own tiny
 * document: inline styles only, no external resources, and an explicit font size (the default is 0).
 * The spans with classes pageNumber/totalPages are filled in by Chromium.
 */

export interface PageFrame {
  /** Left of the header: the report title. */
  reportTitle: string;
  /** Right of the header: the document's own title (article title, or the report subtitle). */
  documentTitle: string;
  /** Left of the footer: firm, dataset edition and as-of date. */
  footerNote: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const ROW =
  'width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:8mm;font-family:\'DejaVu Sans\',sans-serif;font-size:7.5pt;color:#55606d;';
const CELL = 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis;';

export function headerTemplate(frame: PageFrame): string {
  return `<div style="${ROW}"><span style="${CELL}font-weight:bold;">${escapeHtml(frame.reportTitle)}</span><span style="${CELL}">${escapeHtml(frame.documentTitle)}</span></div>`;
}

export function footerTemplate(frame: PageFrame): string {
  return `<div style="${ROW}"><span style="${CELL}">${escapeHtml(frame.footerNote)}</span><span style="white-space:nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
