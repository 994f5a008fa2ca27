/** Reads built PDFs with poppler-utils (pdftotext, pdfinfo, pdftohtml, pdfimages), as a reader's tools would. */
import { spawnSync } from 'node:child_process';

export const POPPLER_MISSING =
  'poppler-utils is not installed, so the PDFs cannot be checked. Install it with `sudo apt-get install -y poppler-utils` (Debian/Ubuntu; .ci/run does this in CI).';

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(POPPLER_MISSING);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Throws the install hint when poppler is missing. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdftohtml', 'pdfimages']) run(tool, ['-v']);
}

/** Collapses every run of whitespace (including no-break spaces) to one space. */
export const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The PDF's text in reading order, whitespace squashed. */
export function pdfText(file: string): string {
  return squash(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
}

export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-rawdates', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** The URL of every link annotation in the PDF (pdfinfo -url), in page order. */
export function pdfUrls(file: string): string[] {
  return run('pdfinfo', ['-url', file])
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/).at(-1)!)
    .filter(Boolean);
}

/** Titles of the PDF's outline (bookmarks), in order, whitespace squashed. */
export function pdfOutline(file: string): string[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const outline = xml.slice(xml.indexOf('<outline'));
  return [...outline.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/g)].map((m) => squash(m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")));
}

/** Raster images embedded in the PDF (a printed canvas would be one; SVG charts print as vectors). */
export function pdfRasterImages(file: string): number {
  return run('pdfimages', ['-list', file]).split('\n').slice(2).filter((l) => l.trim()).length;
}

/** Names of the fonts embedded in the PDF (pdffonts), subset prefixes kept. */
export function pdfFonts(file: string): string[] {
  return run('pdffonts', [file]).split('\n').slice(2).map((l) => l.trim().split(/\s+/)[0]!).filter(Boolean);
}

/** The text of each page (pdftotext splits pages with form feeds), not squashed. */
/** Each page's text laid out as printed (a line keeps its title and page number together). */
export function pdfLayoutPages(file: string): string[] {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');
}

export function pdfPages(file: string): string[] {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
}
