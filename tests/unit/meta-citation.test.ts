import { describe, expect, it } from 'vitest';
import { articleCitation, datasetCitation } from '../../src/lib/meta/citation.ts';

const article = {
  title: 'The capex question: hyperscaler spending after DeepSeek',
  authors: ['Research team'],
  date: '2025-02-14',
  publisher: 'Meridian Ridge Asset Management',
  container: 'DeepSeek and the AI Race',
  url: 'https://research.example.com/articles/capex/',
  slug: 'capex',
};

describe('articleCitation', () => {
  it('writes an APA 7 reference: author, full date, title, report, publisher, URL', () => {
    expect(articleCitation(article).apa).toBe(
      'Research team. (2025, February 14). The capex question: hyperscaler spending after DeepSeek. In DeepSeek and the AI Race. Meridian Ridge Asset Management. https://research.example.com/articles/capex/',
    );
  });

  it('joins several authors APA-style and keeps a title that already ends in punctuation', () => {
    const apa = articleCitation({ ...article, authors: ['Ana Ruiz', 'Ben Ode', 'Research team'], title: 'Is the AI cycle early?' }).apa;
    expect(apa).toMatch(/^Ana Ruiz, Ben Ode, & Research team\. \(2025, February 14\)\. Is the AI cycle early\? In /);
  });

  it('writes a BibTeX @misc entry with a stable key, braced group author and month macro', () => {
    expect(articleCitation(article).bibtex).toBe(
      [
        '@misc{meridian2025capex,',
        '  author       = {{Research team}},',
        '  title        = {{The capex question: hyperscaler spending after DeepSeek}},',
        '  howpublished = {DeepSeek and the AI Race, Meridian Ridge Asset Management},',
        '  year         = {2025},',
        '  month        = feb,',
        '  url          = {https://research.example.com/articles/capex/}',
        '}',
      ].join('\n'),
    );
    expect(articleCitation({ ...article, authors: ['Ana Ruiz', 'Research team'] }).bibtex).toContain('author       = {Ana Ruiz and {Research team}}');
  });

  it('rejects a date that is not ISO with a message that says what to fix', () => {
    expect(() => articleCitation({ ...article, date: '14/02/2025' })).toThrow(
      'Cannot cite a work dated "14/02/2025": the date must be ISO, YYYY-MM-DD. Fix the date in the frontmatter or datapackage.json.',
    );
  });
});

describe('datasetCitation', () => {
  const ds = { title: 'AI race research data, February 2025 edition', version: '2025-02', asOf: '2025-02-14', creator: 'Meridian Ridge Asset Management', url: 'https://research.example.com/data/#edition-2025-02' };

  it('writes an APA data set reference with the version, leaving out the publisher who is also the author', () => {
    expect(datasetCitation(ds).apa).toBe(
      'Meridian Ridge Asset Management. (2025). AI race research data, February 2025 edition (Version 2025-02) [Data set]. https://research.example.com/data/#edition-2025-02',
    );
  });

  it('writes BibTeX with the version and an edition-specific key', () => {
    const { bibtex } = datasetCitation(ds);
    expect(bibtex.split('\n')[0]).toBe('@misc{meridian2025data202502,');
    expect(bibtex).toContain('  version      = {2025-02},');
    expect(bibtex).toContain('  howpublished = {Data set},');
    expect(datasetCitation({ ...ds, version: '2026-02', asOf: '2026-02-10' }).bibtex.split('\n')[0]).toBe('@misc{meridian2026data202602,');
  });
});
