// The PDF printer on a small built folder of its own (no shared site): the contents page numbered from the
// printed PDF, from no guess and from a wrong one, with the same bytes either way; and a page with a missing
// image failing the print with its address; and a site built under a sub-path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs, type PdfJob } from '../../scripts/lib/pdf-print.ts';
import { destinationPages } from '../../scripts/lib/pdf-destinations.ts';
import { pdfPages, pdfUrls, requirePoppler, squash } from './support/poppler.ts';

let dir: string;
const frame = { reportTitle: 'Printer test', footerNote: 'Test firm' };
const job: PdfJob = { page: 'report/', file: 'pdf/report.pdf', documentTitle: 'Full report', cover: true, contents: true };

/** A report page: a cover, a contents page, part A over `aPages` pages, then part B. */
function writeReport(aPages: number, note = ''): void {
  const spacer = Array.from({ length: aPages - 1 }, () => '<div style="break-before: page">More of part A.</div>').join('');
  fs.mkdirSync(path.join(dir, 'report'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'report/index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body>
<section><h1>Printer test</h1><p>${note}</p></section>
<nav style="break-before: page"><h2>Contents</h2><ol>
<li><a href="#part-a">Part A</a> <span data-pdf-page="part-a"></span></li>
<li><a href="#part-b">Part B</a> <span data-pdf-page="part-b"></span></li></ol></nav>
<section id="part-a" style="break-before: page"><h1>Part A</h1>${spacer}</section>
<section id="part-b" style="break-before: page"><h1>Part B</h1></section></body></html>`,
  );
}

const print = (jobs: PdfJob[] = [job]) => printPdfs({ outDir: dir, basePath: '/', jobs, frame, date: '2025-02-14', concurrency: 1 });
const pdf = () => fs.readFileSync(path.join(dir, job.file));
/** "Part A 3" → { 'Part A': 3 }: the numbers as a reader sees them on the contents page. */
const contentsNumbers = () => {
  const page = squash(pdfPages(path.join(dir, job.file))[1]!);
  return { a: Number(/Part A (\d+)/.exec(page)?.[1]), b: Number(/Part B (\d+)/.exec(page)?.[1]) };
};
const guessFile = () => fs.readdirSync(path.join(dir, '.cache/pdf-contents'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

beforeAll(() => {
  requirePoppler();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-print-'));
  process.env.OUTPUT_CACHE_DIR = path.join(dir, '.cache');
});
afterAll(() => {
  delete process.env.OUTPUT_CACHE_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('contents numbering', () => {
  it('numbers each entry with the page its target starts on, from an empty cache', async () => {
    writeReport(2);
    await print();
    expect(contentsNumbers()).toEqual({ a: 3, b: 5 });
    expect(Object.fromEntries(destinationPages(pdf()))).toMatchObject({ 'part-a': 3, 'part-b': 5 });
    // The printing that measured the pages (untagged, to be quicker) is not the one published.
    expect(pdf().includes('/StructTreeRoot')).toBe(true);
    // The numbers are kept as the next printing's guess.
    expect(guessFile()).toHaveLength(1);
  });

  it('corrects a guess that no longer holds, and prints the same bytes as a printing without any guess', async () => {
    // Part A grows by two pages: the kept numbers (3, 5) are wrong for B.
    writeReport(4, 'Revised.');
    await print();
    expect(contentsNumbers()).toEqual({ a: 3, b: 7 });
    const withGuess = pdf();
    process.env.OUTPUT_CACHE = 'off';
    try {
      await print();
    } finally {
      delete process.env.OUTPUT_CACHE;
    }
    expect(pdf().equals(withGuess)).toBe(true);
  });
});

describe('a page that does not load cleanly', () => {
  it('fails the print, naming the page and the missing file', async () => {
    fs.mkdirSync(path.join(dir, 'broken'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'broken/index.html'), '<!doctype html><html lang="en"><head><title>Broken</title></head><body><h1>Broken</h1><img src="/images/missing.svg" alt=""></body></html>');
    await expect(print([{ page: 'broken/', file: 'pdf/broken.pdf' }])).rejects.toThrow(/did not load cleanly[\s\S]*broken\/: 404 http:\/\/localhost\/images\/missing\.svg/);
  });
});

describe('a site built under a sub-path', () => {
  it('loads the page and its files from the sub-path, and links the public sub-path', async () => {
    // What `BASE_PATH=/research/ npm run build` writes: files at the folder's root, every URL under /research/.
    const root = path.join(dir, 'sub-site');
    fs.mkdirSync(path.join(root, 'articles/one'), { recursive: true });
    fs.mkdirSync(path.join(root, 'images'), { recursive: true });
    fs.writeFileSync(path.join(root, 'images/mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#0b5d4b"/></svg>');
    fs.writeFileSync(
      path.join(root, 'articles/one/index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One</title>
<link rel="canonical" href="https://research.example.com/research/articles/one/"></head><body><h1>One</h1>
<img src="/research/images/mark.svg" alt="Mark"><p><a href="/research/">Home</a> <a href="../two/">Two</a> <a href="#end">End</a></p>
<p id="end">End.</p></body></html>`,
    );
    const file = 'pdf/one.pdf';
    // A file not found under /research/ would fail the print ("did not load cleanly"), as the test above shows.
    await printPdfs({ outDir: root, basePath: '/research/', jobs: [{ page: 'articles/one/', file }], frame, date: '2025-02-14', concurrency: 1 });
    const urls = pdfUrls(path.join(root, file));
    expect(urls).toEqual(expect.arrayContaining(['https://research.example.com/research/', 'https://research.example.com/research/articles/two/']));
    for (const u of urls) expect(u.startsWith('https://research.example.com/research/'), u).toBe(true);
    // Nothing of the machine that printed it: the page was opened at its public address, not a local one.
    expect(urls.join(' ')).not.toMatch(/localhost|127\.0\.0\.1/);
    // The link within the page stays a link within the PDF.
    expect(destinationPages(fs.readFileSync(path.join(root, file))).has('end')).toBe(true);
  });
});
