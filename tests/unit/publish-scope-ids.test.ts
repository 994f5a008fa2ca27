import { describe, expect, it } from 'vitest';
import { articleAnchor, scopeIds, scopedId } from '../../src/lib/publish/scope-ids.ts';

const opts = { slug: 'deepseek', base: '/research/', slugs: ['capex', 'deepseek'] };

describe('scopeIds: one article among others in the combined report', () => {
  it('prefixes ids and the in-page links and ARIA references that point at them', () => {
    const html = '<h2 id="cost">Cost</h2><sup><a href="#ref-v3" aria-describedby="footnote-label note">[1]</a></sup><li id="ref-v3">V3</li>';
    expect(scopeIds(html, opts)).toBe(
      '<h2 id="deepseek--cost">Cost</h2><sup><a href="#deepseek--ref-v3" aria-describedby="deepseek--footnote-label deepseek--note">[1]</a></sup><li id="deepseek--ref-v3">V3</li>',
    );
  });

  it('turns links to other articles in the report into in-document links, under the base path or relative', () => {
    expect(scopeIds('<a href="/research/articles/capex/#exhibit-hyperscaler-capex">Exhibit 1</a>', opts)).toBe(`<a href="#${scopedId('capex', 'exhibit-hyperscaler-capex')}">Exhibit 1</a>`);
    expect(scopeIds('<a href="../capex/">capex</a>', opts)).toBe(`<a href="#${articleAnchor('capex')}">capex</a>`);
  });

  it('keeps other links pointing where they pointed from the article page', () => {
    expect(scopeIds('<a href="../not-in-report/">x</a>', opts)).toBe('<a href="/research/articles/not-in-report/">x</a>');
    expect(scopeIds('<a href="https://example.com/#x">x</a><img src="/research/exhibits/a.svg">', opts)).toBe('<a href="https://example.com/#x">x</a><img src="/research/exhibits/a.svg">');
  });

  it('leaves look-alike attributes and escaped text alone', () => {
    const html = '<figure data-exhibit="a" data-id="b"><p>id=&quot;c&quot;</p></figure>';
    expect(scopeIds(html, opts)).toBe(html);
  });
});
