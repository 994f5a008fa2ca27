import { describe, expect, it } from 'vitest';
import { checkSiteLinks, formatExternal, htmlRefs } from '../e2e/support/link-check.ts';

const report = checkSiteLinks('tests/fixtures/links-site', { basePath: '/', siteUrl: 'https://example.test/' });

describe('link checker (tests/e2e/support/link-check.ts) on a fixture site', () => {
  it('reports exactly the broken links: missing page, missing anchor, missing srcset image, missing font in CSS', () => {
    expect(report.broken.map((b) => `${b.from} ${b.url}: ${b.reason}`).sort()).toEqual([
      '_astro/site.css ./font.woff2: no file for /_astro/font.woff2',
      'index.html /articles/a/#missing: no id "missing" in articles/a/index.html',
      'index.html /articles/b/: no file for /articles/b/',
      'index.html /missing.png: no file for /missing.png',
    ]);
  });

  it('treats the site’s own public URL as internal and lists other URLs as external', () => {
    expect(report.checked.some((r) => r.url === 'https://example.test/articles/a/')).toBe(true);
    expect(report.external.map((r) => r.url).sort()).toEqual(['https://elsewhere.test/x', 'https://elsewhere.test/y']);
    expect(formatExternal(report)).toContain('https://elsewhere.test/x\n    linked from: index.html');
  });

  it('flags an external <a> without both noopener and noreferrer', () => {
    expect(report.unsafeRel.map((r) => r.url)).toEqual(['https://elsewhere.test/y']);
  });

  it('ignores URLs inside scripts and comments', () => {
    const urls = htmlRefs('<script type="application/json">{"a":"<a href=\\"/x/\\">"}</script><!-- <img src="/y.png"> --><a href="/z/">z</a>', 'index.html').map((r) => r.url);
    expect(urls).toEqual(['/z/']);
  });

  it('rejects links that leave the base path', () => {
    const under = checkSiteLinks('tests/fixtures/links-site', { basePath: '/research/' });
    expect(under.broken.some((b) => b.url === '/articles/a/' && b.reason === 'outside the base path /research/')).toBe(true);
  });
});
