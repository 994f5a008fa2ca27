/**
 * Pure: the running header and footer of every PDF page, as CSS page-margin boxes (@page @top-left …,
 * Chromium 131+). Unlike Chromium's headerTemplate, margin boxes are laid out by the document itself, so
 * they use the house fonts (the PDF embeds no other face) and `@page :first` can leave a cover bare.
 * counter(page) / counter(pages) are the page numbers.
 */

export interface PageFrame {
  /** Left of the header: the report title. */
  reportTitle: string;
  /** Right of the header: the document's own title (article title, or the report subtitle). */
  documentTitle: string;
  /** Left of the footer: firm, dataset edition and as-of date. */
  footerNote: string;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

const BOX = "font-family: Inter, sans-serif; font-size: 7.5pt; color: #55606d;";

/**
 * The page frame as a stylesheet. `cover`: the first page is a cover, with no header, footer or page
 * number (it still counts as page 1, so the contents' numbers match the PDF viewer's).
 */
export function pageFrameCss(frame: PageFrame, opts: { cover?: boolean } = {}): string {
  const css = [
    '@page {',
    '  size: A4;',
    '  margin: 20mm 16mm 18mm 16mm;',
    `  @top-left { content: ${cssString(frame.reportTitle)}; ${BOX} font-weight: 600; vertical-align: bottom; padding-bottom: 4mm; }`,
    `  @top-right { content: ${cssString(frame.documentTitle)}; ${BOX} vertical-align: bottom; padding-bottom: 4mm; }`,
    `  @bottom-left { content: ${cssString(frame.footerNote)}; ${BOX} vertical-align: top; padding-top: 4mm; }`,
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${BOX} vertical-align: top; padding-top: 4mm; }`,
    '}',
  ];
  if (opts.cover) {
    css.push('@page :first {', ...['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((b) => `  @${b} { content: none; }`), '}');
  }
  return css.join('\n');
}
