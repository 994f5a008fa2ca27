import { describe, expect, it } from 'vitest';
import { articleJsonLd, datasetJsonLd, temporalCoverage } from '../../src/lib/meta/json-ld.ts';

const publisher = { name: 'Meridian Ridge Asset Management', url: 'https://r.test/', logo: 'https://r.test/logo.svg' };

describe('articleJsonLd', () => {
  it('describes the article as a Report based on its dataset edition', () => {
    const ld = articleJsonLd({
      url: 'https://r.test/articles/capex/',
      headline: 'The capex question',
      description: 'Summary.',
      datePublished: '2025-02-14',
      authors: ['Research team', 'Meridian Ridge Asset Management'],
      keywords: ['capex', 'hyperscalers'],
      image: 'https://r.test/og/capex.png',
      publisher,
      dataset: { name: 'AI race research data', description: 'Figures behind the report.', version: '2025-02', url: 'https://r.test/data/#edition-2025-02' },
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Report',
      '@id': 'https://r.test/articles/capex/',
      url: 'https://r.test/articles/capex/',
      mainEntityOfPage: 'https://r.test/articles/capex/',
      headline: 'The capex question',
      description: 'Summary.',
      datePublished: '2025-02-14',
      inLanguage: 'en',
      // "Research team" is the firm, not a Person; the firm named again is not listed twice.
      author: [{ '@type': 'Organization', name: publisher.name, url: publisher.url, logo: publisher.logo }],
      publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url, logo: publisher.logo },
      keywords: 'capex, hyperscalers',
      image: 'https://r.test/og/capex.png',
      isBasedOn: { '@type': 'Dataset', '@id': 'https://r.test/data/#edition-2025-02', name: 'AI race research data', description: 'Figures behind the report.', version: '2025-02', url: 'https://r.test/data/#edition-2025-02' },
    });
  });
});

describe('articleJsonLd dates', () => {
  it('adds dateModified only for a revised article', () => {
    const base = { url: 'u', headline: 'h', description: 'd', datePublished: '2025-02-14', authors: ['A'], keywords: [], publisher, dataset: { name: 'n', description: 'd', version: 'v', url: 'u' } };
    expect(articleJsonLd(base)).not.toHaveProperty('dateModified');
    expect(articleJsonLd({ ...base, dateModified: '2026-02-20' }).dateModified).toBe('2026-02-20');
  });
});

describe('datasetJsonLd', () => {
  it('describes an edition as a Dataset with one DataDownload per file', () => {
    const ld = datasetJsonLd({
      url: 'https://r.test/data/#edition-2026-02',
      name: 'Data 2026',
      description: 'D.',
      version: '2026-02',
      datePublished: '2026-02-10',
      temporalCoverage: '2012/2026',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: publisher,
      keywords: ['Capex'],
      previousVersion: 'https://r.test/data/#edition-2025-02',
      distribution: [
        { name: 'capex.csv', contentUrl: 'https://r.test/data/2026-02/capex.csv', encodingFormat: 'text/csv', hash: 'sha256:ab' },
        { name: 'all.zip', contentUrl: 'https://r.test/data/2026-02/all.zip', encodingFormat: 'application/zip' },
      ],
    });
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe('2026-02');
    expect(ld.temporalCoverage).toBe('2012/2026');
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.creator).toEqual({ '@type': 'Organization', ...publisher });
    expect(ld.isBasedOn).toBe('https://r.test/data/#edition-2025-02');
    expect(ld.distribution).toEqual([
      { '@type': 'DataDownload', name: 'capex.csv', contentUrl: 'https://r.test/data/2026-02/capex.csv', encodingFormat: 'text/csv', sha256: 'ab' },
      { '@type': 'DataDownload', name: 'all.zip', contentUrl: 'https://r.test/data/2026-02/all.zip', encodingFormat: 'application/zip' },
    ]);
  });
});

describe('temporalCoverage', () => {
  it('spans the years found in periods and event years', () => {
    expect(temporalCoverage(['2024', 'FY2025', '2022-11/2024-10', '2025-01-27'], [1956, 2012])).toBe('1956/2025');
    expect(temporalCoverage(['2024'])).toBe('2024');
    expect(temporalCoverage(['Q4'])).toBeUndefined();
    // Not years: long digit runs and values like 12345.
    expect(temporalCoverage(['id 12345', '2019'])).toBe('2019');
  });
});

describe('article authors', () => {
  it('keeps named analysts as Persons and makes a team byline the firm', async () => {
    const { authors } = await import('../../src/lib/meta/json-ld.ts');
    expect(authors(['Jane Doe', 'Macro desk', 'Jane Doe'], publisher)).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Organization', name: publisher.name, url: publisher.url, logo: publisher.logo },
    ]);
  });
});
