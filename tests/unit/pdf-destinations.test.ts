import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../scripts/lib/pdf-destinations.ts';

/**
 * tests/fixtures/pdf/destinations.pdf was printed by Chromium 156 (page.pdf, A4, outline and tags on, as the
 * PDF step prints) from: a first page of links to every id below and a <div id="café-#x">; then twelve
 * <section id="part-N" style="break-before: page"><h2 id="heading-N">, the eleventh holding a 268 mm spacer
 * and then <h2 id="late-heading">, which therefore starts page 13. Fourteen pages: Chromium's page tree is
 * nested (nodes of eight), so reading the pages in order means walking it.
 */
const fixture = fs.readFileSync(path.resolve('tests/fixtures/pdf/destinations.pdf'));

describe('destinationPages', () => {
  const pages = destinationPages(fixture);

  it('gives the page each linked element starts on, through a nested page tree', () => {
    for (let n = 1; n <= 12; n++) {
      expect(pages.get(`part-${n}`), `part-${n}`).toBe(n + 1 + (n === 12 ? 1 : 0));
      expect(pages.get(`heading-${n}`), `heading-${n}`).toBe(pages.get(`part-${n}`));
    }
    expect(pages.get('late-heading')).toBe(13);
  });

  it('names destinations by their element id (PDF name and URL escapes undone); unlinked ids have none', () => {
    expect(pages.get('café-#x')).toBe(1);
    expect(pages.has('unlinked')).toBe(false);
    expect(pages.size).toBe(26);
  });

  it('reads the catalog of the last update when a PDF was updated after printing', () => {
    // An incremental update (as the accessibility step writes) with a new catalog and an empty /Dests.
    const text = fixture.toString('latin1');
    const root = /\/Root (\d+) 0 R/.exec(text)![1]!;
    const catalog = new RegExp(`\\n${root} 0 obj\\n([\\s\\S]*?)endobj`).exec(text)![1]!;
    const update = `\n900 0 obj\n<<>>\nendobj\n${root} 0 obj\n${catalog.replace(/\/Dests \d+ 0 R/, '/Dests 900 0 R')}endobj\ntrailer\n<</Root ${root} 0 R>>\n`;
    expect(destinationPages(Buffer.concat([fixture, Buffer.from(update, 'latin1')])).size).toBe(0);
  });

  it('fails clearly on a file that is not a PDF', () => {
    expect(() => destinationPages(Buffer.from('not a pdf'))).toThrow(/no document catalog/);
  });
});
