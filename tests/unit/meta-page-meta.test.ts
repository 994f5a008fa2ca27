import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { articlePageMeta, editionMeta } from '../../src/lib/meta/page-meta.ts';
import { site } from '../../src/site.config.ts';

const edition = loadEdition('2025-02');
const article = { slug: 'capex', title: 'The capex question', summary: 'Summary of the capex article.', date: '2025-02-14', authors: ['Research team'], topics: ['capex'] };

describe('articlePageMeta', () => {
  it('points the article at its social card and its dataset edition, with canonical URLs under the base path', () => {
    const meta = articlePageMeta(article, edition, site, 'https://r.test', '/research');
    expect(meta.image.path).toBe('og/capex.png');
    expect(meta.jsonLd.url).toBe('https://r.test/research/articles/capex/');
    expect(meta.jsonLd.image).toBe('https://r.test/research/og/capex.png');
    expect(meta.jsonLd.isBasedOn).toMatchObject({ '@type': 'Dataset', version: '2025-02', name: edition.pkg.title, url: 'https://r.test/research/data/#edition-2025-02' });
    expect(meta.citation.apa).toContain('https://r.test/research/articles/capex/');
    expect(meta.citation.bibtex).toMatch(/^@misc\{meridian2025capex,/);
  });

  it('gives the Dataset a description and derives a meta description of at most 160 characters', () => {
    const long = `${'A first sentence that says what the article finds about spending on compute. '}${'Then a long second sentence goes on and on about methods and caveats that a search snippet cannot show. '.repeat(3)}`;
    const meta = articlePageMeta({ ...article, summary: long }, edition, site, 'https://r.test', '/');
    expect(meta.description).toBe('A first sentence that says what the article finds about spending on compute.');
    expect(meta.jsonLd.description).toBe(long);
    expect((meta.jsonLd.isBasedOn as { description: string }).description).toBe(edition.pkg.description);
    expect(edition.pkg.description.length).toBeGreaterThan(20);
  });

  it('prints root-relative URLs without a site URL (a preview with a placeholder address)', () => {
    const meta = articlePageMeta(article, edition, site, undefined, '/');
    expect(meta.citation.apa).toContain(' /articles/');
    expect(JSON.stringify(meta.jsonLd)).not.toMatch(/https?:\/\/[^"]*\/articles\//);
  });
});

describe('editionMeta', () => {
  it('lists every download of the edition as a DataDownload with its media type and hash', () => {
    const files = [
      ...edition.pkg.resources.map((r) => ({ name: r.path, sha256: r.hash.slice('sha256:'.length) })),
      { name: 'datapackage.json', sha256: 'a'.repeat(64) },
      { name: `${edition.pkg.name}-2025-02.zip`, sha256: 'b'.repeat(64) },
    ];
    const { jsonLd, citation } = editionMeta(edition, files, site, 'https://r.test', '/');
    const dist = jsonLd.distribution as { name: string; contentUrl: string; encodingFormat: string; sha256: string }[];
    expect(dist.map((d) => d.name)).toEqual(files.map((f) => f.name));
    expect(dist.find((d) => d.name === 'capex.csv')).toEqual({
      '@type': 'DataDownload',
      name: 'capex.csv',
      contentUrl: 'https://r.test/data/2025-02/capex.csv',
      encodingFormat: 'text/csv',
      sha256: edition.pkg.resources.find((r) => r.path === 'capex.csv')!.hash.slice(7),
    });
    expect(dist.at(-1)?.encodingFormat).toBe('application/zip');
    expect(dist.at(-2)?.encodingFormat).toBe('application/json');
    expect(jsonLd.license).toBe(edition.pkg.licenses[0]!.path);
    expect(jsonLd.datePublished).toBe(edition.asOf);
    // From the observation periods and the timeline's event years.
    const years = [...edition.events.values()].map((e) => e.start);
    expect(jsonLd.temporalCoverage).toMatch(new RegExp(`^${Math.min(...years)}/20\\d\\d$`));
    expect(citation.apa).toContain('(Version 2025-02) [Data set]');
  });
});
