// Post-build step: builds the Pagefind search index into <outDir>/pagefind/. Pages are indexed from
// their data-pagefind-body; exhibits are left out of their article's record and indexed as records of
// their own (scripts/lib/search-exhibits.ts), so a hit on an exhibit links to the exhibit's anchor.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { exhibitRecords } from '../lib/search-exhibits.ts';

const EXHIBIT = 'figure[data-exhibit]';

function fail(what, errors) {
  return new Error(`The search index could not be built: ${what}.\n${errors.map((e) => `  ${e}`).join('\n')}\nWhy: Pagefind reported the errors above. Check that the build wrote HTML pages into the output folder, then build again.`);
}

export const step = {
  name: 'search index',
  async run(outDir) {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: [EXHIBIT] });
    if (!index) throw fail('Pagefind did not start', errors);
    try {
      const adding = index.addDirectory({ path: outDir });
      adding.catch(() => undefined); // awaited below; not an unhandled rejection if reading the pages throws first
      // The exhibits' records are read from the pages here while Pagefind indexes them in its own process;
      // they are added after the pages, in article order, as before (the index is the same bytes).
      const articlesDir = path.join(outDir, 'articles');
      const slugs = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).sort() : [];
      const records = slugs.flatMap((slug) => {
        const file = path.join(articlesDir, slug, 'index.html');
        return fs.existsSync(file) ? exhibitRecords(fs.readFileSync(file, 'utf8'), `/articles/${slug}/`) : [];
      });
      const added = await adding;
      if (added.errors.length) throw fail('indexing the pages failed', added.errors);
      let exhibits = 0;
      for (const record of records) {
        const res = await index.addCustomRecord(record);
        if (res.errors.length) throw fail(`indexing exhibit ${record.url} failed`, res.errors);
        exhibits += 1;
      }
      const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
      if (written.errors.length) throw fail('writing the index failed', written.errors);
      // Pagefind also writes its ready-made UIs; /search/ uses only the API (pagefind.js), so leave them out.
      const out = path.join(outDir, 'pagefind');
      for (const f of fs.readdirSync(out)) if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f)) fs.rmSync(path.join(out, f));
      console.log(`  indexed ${added.page_count} pages and ${exhibits} exhibits into pagefind/`);
    } finally {
      await pagefind.close();
    }
  },
};
