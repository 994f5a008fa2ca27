/**
 * The PDFs the build prints (scripts/post-build/pdf.mjs), read back with poppler like a client would:
 * one per article and one for the whole report, A4, tagged, with an outline, selectable text, the running
 * header/footer with page numbers, every exhibit title, key figures and the disclaimer. Expected text is
 * read from the built HTML and the site config, never typed here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exhibitRecords, htmlText } from '../../scripts/lib/search-exhibits.ts';
import { pdfDateDigits } from '../../scripts/lib/pdf-metadata.ts';
import { loadPinnedEdition } from '../../src/lib/data/load.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { pdfPath, REPORT_PDF_NAME, REPORT_PRINT_PAGE } from '../../src/lib/publish/pdf.ts';
import { site } from '../../src/site.config.ts';
import { pdfFonts, pdfInfo, pdfLayoutPages, pdfOutline, pdfPages, pdfRasterImages, pdfText, requirePoppler, squash } from './support/poppler.ts';
import { articlePages } from './support/site.ts';

const siteDir = inject('siteDir');
const edition = loadPinnedEdition();
const slugs = articlePages(siteDir).map((p) => p.split('/')[2]!);
const firstSentence = site.disclaimer.split('. ')[0]!;
/** Outline entries lose line-break spaces inside wrapped headings; compare them without whitespace. */
const tight = (s: string) => s.replace(/\s+/g, '');

beforeAll(() => requirePoppler());

function articleFacts(slug: string) {
  const html = fs.readFileSync(path.join(siteDir, 'articles', slug, 'index.html'), 'utf8');
  const title = htmlText(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
  const exhibits = exhibitRecords(html, `/articles/${slug}/`).map((r) => r.meta.title.replace(/^Exhibit \d+(?:\.\d+)?: /, ''));
  // Figures rendered by <Value> in the prose: <span class="value" …><data value="…">$82.999 billion</data>.
  const figures = [...new Set([...html.matchAll(/<span class="value"[^>]*><data\b[^>]*>([^<]+)<\/data>/g)].map((m) => squash(htmlText(m[1]!))))];
  // "Revised since edition …" notes: a <details> on screen, printed open (a page cannot be clicked).
  const revisions = [...html.matchAll(/<details class="exhibit-revised"[^>]*>([\s\S]*?)<\/details>/g)].flatMap((m) => [...m[1]!.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((li) => squash(htmlText(li[1]!))));
  return { title, exhibits, figures, revisions };
}

it('prints a PDF for every article and one for the report', () => {
  // At least one article carries "Revised since" notes, so the per-article revision check below bites.
  expect(slugs.some((slug) => articleFacts(slug).revisions.length > 0)).toBe(true);
  expect(slugs.length).toBeGreaterThan(0);
  for (const name of [...slugs, REPORT_PDF_NAME]) expect(fs.existsSync(path.join(siteDir, pdfPath(name))), pdfPath(name)).toBe(true);
});

it('does not publish the print page the report PDF is made from', () => {
  expect(fs.existsSync(path.join(siteDir, REPORT_PRINT_PAGE))).toBe(false);
  expect(fs.existsSync(path.join(siteDir, path.dirname(REPORT_PRINT_PAGE)))).toBe(false);
});

describe.each(slugs)('article PDF %s', (slug) => {
  const file = path.join(siteDir, pdfPath(slug));
  const facts = articleFacts(slug);

  it('is A4, tagged, titled, with pinned dates and a sensible page count', () => {
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/);
    expect(squash(info.Title!)).toContain(facts.title);
    const pinned = `D:${pdfDateDigits([site.published, edition.asOf].sort().at(-1)!)}`;
    expect(info.CreationDate).toContain(pinned);
    expect(info.ModDate).toContain(pinned);
    const pages = Number(info.Pages);
    // A page holds at most ~700 words of prose; an exhibit takes up to a page of its own.
    const words = pdfText(file).split(' ').length;
    expect(pages).toBeGreaterThanOrEqual(Math.max(1, Math.floor(words / 900)));
    expect(pages).toBeLessThanOrEqual(Math.ceil(words / 150) + facts.exhibits.length + 2);
  });

  it('has selectable text with the title, every exhibit title, key figures, page numbers and the disclaimer', () => {
    const text = pdfText(file);
    const pages = Number(pdfInfo(file).Pages);
    expect(text.length).toBeGreaterThan(500);
    expect(text).toContain(facts.title);
    for (const t of facts.exhibits) expect(text, `exhibit "${t}"`).toContain(t);
    expect(facts.figures.length).toBeGreaterThan(0);
    for (const f of facts.figures.slice(0, 8)) expect(text, `figure ${f}`).toContain(f);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain(site.reportTitle);
    expect(text).toContain(`figures as of ${formatDate(edition.asOf)}`);
    expect(text).toContain(firstSentence);
  });

  it('prints every "Revised since" note open, line by line', () => {
    const text = tight(pdfText(file));
    for (const line of facts.revisions) expect(text, `revision "${line}"`).toContain(tight(line));
  });

  it('has an outline with the article title, and charts as vectors (the SVG, not a bitmap of the canvas)', () => {
    const outline = pdfOutline(file).map(tight);
    expect(outline).toContain(tight(facts.title));
    for (const t of facts.exhibits) expect(outline.some((o) => o.includes(tight(t))), `outline entry for "${t}"`).toBe(true);
    expect(pdfRasterImages(file)).toBe(0);
  });
});

describe('report PDF', () => {
  const file = path.join(siteDir, pdfPath(REPORT_PDF_NAME));

  it('has the cover (title, edition, as-of date, firm), every article in order, and the disclaimer', () => {
    const text = pdfText(file);
    expect(text).toContain(site.reportTitle);
    expect(text.toUpperCase()).toContain(site.firm.toUpperCase());
    expect(text).toContain(`${edition.version}, figures as of ${formatDate(edition.asOf)}`);
    // Report order is the home page's order; the articles follow the contents page ("Important information" is its last entry).
    const home = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    const order = [...new Set([...home.matchAll(/href="\/articles\/([^/"#]+)\/"/g)].map((m) => m[1]!))];
    expect([...order].sort()).toEqual([...slugs].sort());
    const body = text.slice(text.indexOf('Important information'));
    let at = 0;
    for (const slug of order) {
      const title = articleFacts(slug).title;
      at = body.indexOf(title, at);
      expect(at, `article "${title}" in the report, after the one before it`).toBeGreaterThanOrEqual(0);
    }
    expect(text).toContain(firstSentence);
  });

  it('is tagged, bookmarks every article, and runs longer than any single article', () => {
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    const outline = pdfOutline(file).map(tight);
    for (const s of slugs) expect(outline).toContain(tight(articleFacts(s).title));
    const pages = Number(info.Pages);
    const articlePagesTotal = slugs.map((s) => Number(pdfInfo(path.join(siteDir, pdfPath(s))).Pages));
    // Cover + contents + each article from a new page.
    expect(pages).toBeGreaterThanOrEqual(2 + slugs.length);
    expect(pages).toBeGreaterThanOrEqual(Math.max(...articlePagesTotal));
    expect(pdfRasterImages(file)).toBe(0);
  });
});

describe('links to the PDFs', () => {
  it.each(slugs)('article %s links its PDF', (slug) => {
    const html = fs.readFileSync(path.join(siteDir, 'articles', slug, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<a class="pdf-link"[^>]*href="/${pdfPath(slug)}"`));
  });
  it('the home page links the report PDF', () => {
    const html = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<a class="[^"]*\\bpdf-link\\b[^"]*"[^>]*href="/${pdfPath(REPORT_PDF_NAME)}"`));
  });
});

describe('report PDF as a document', () => {
  const file = path.join(siteDir, pdfPath(REPORT_PDF_NAME));

  it('embeds only the house fonts (and KaTeX for math)', () => {
    const fonts = new Set(
      pdfFonts(file).map((f) => f.replace(/^[A-Z]{6}\+/, '')),
    );
    expect(fonts.size).toBeGreaterThan(1);
    for (const f of fonts) expect(f, `font ${f}`).toMatch(/^(Inter|SourceSerif4|KaTeX_)/);
  });

  it('has a bare cover and a contents page whose numbers are the pages the entries start on', () => {
    const pages = pdfPages(file);
    expect(pages[0]).toContain(site.reportTitle);
    expect(pages[0]).not.toMatch(/Page \d+ of \d+/);
    // Each article title on the contents page is followed by its page number; the article's title heads that page.
    // The contents run from page 2 up to the page before the executive summary (its own entry says where).
    const summaryPage = Number(/Executive summary\s+(\d+)/.exec(pages[1]!)?.[1]);
    expect(summaryPage).toBeGreaterThan(2);
    expect(pages[summaryPage - 1]).toContain('Executive summary');
    // Laid out as printed: the running header sits between an entry and its number in reading order.
    const contents = pdfLayoutPages(file).slice(1, summaryPage - 1).join('\n');
    for (const slug of slugs) {
      const title = articleFacts(slug).title;
      const m = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)`).exec(contents.replace(/\s+/g, ' '));
      expect(m, `contents entry for "${title}"`).not.toBeNull();
      const n = Number(m![1]);
      expect(squash(pages[n - 1]!), `page ${n} starts "${title}"`).toContain(title);
    }
  });
});
