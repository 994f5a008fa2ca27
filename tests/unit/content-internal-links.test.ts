/** Internal links in articles, checked at build time against the real site map (src/pages, public/, articles). */
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { articleAnchors } from '../../src/lib/content/anchors.ts';
import { getArticleIndex } from '../../src/lib/content/article-index.ts';
import { collectArticleRefs } from '../../src/lib/content/article-refs.ts';
import { checkLink, collectLinks } from '../../src/lib/content/internal-links.ts';
import { parseMdx } from '../../src/lib/content/parse-mdx.ts';
import { remarkArticle } from '../../src/lib/content/remark-article.ts';
import { loadSiteMap } from '../../src/lib/content/site-links.ts';

const site = loadSiteMap(getArticleIndex());
const check = (url: string) => checkLink(url, 'inference', site);

describe('checkLink against the real site', () => {
  it.each([
    '/articles/capex/',
    '/articles/capex',
    '/articles/capex/index.html',
    '../deepseek/',
    '/articles/capex/#jevons-paradox-when-cheaper-compute-raises-spending',
    '/articles/deepseek/#the-markets-reaction-on-27-january-2025',
    '/articles/deepseek/#an-order-of-magnitude-fewer-gpu-hours-than-llama-31-405b',
    '/articles/deepseek/#exhibit-deepseek-v3-vs-llama-compute',
    '/articles/deepseek/#user-content-fn-pfdays',
    '#takeaways',
    '#references',
    '/methodology/#kinds',
    '/data/',
    '/data/changes/#change-anything',
    '/data/2026-02/capex.csv',
    '/exhibits/hyperscaler-capex.svg',
    '/downloads/hyperscaler-capex/data.csv',
    '/pdf/capex.pdf',
    '/favicon.svg',
    '/',
    'https://example.com/nope',
    'mailto:research@example.com',
  ])('accepts %s', (url) => expect(check(url)).toBeUndefined());

  it.each([
    ['/articles/capx/', /there is no article "capx" \(no content\/articles\/capx\/index\.mdx\)\. Did you mean "capex"\?/],
    ['/articles/capex/#jevons-paradox', /the article "capex" has no anchor "#jevons-paradox"\. Did you mean "jevons-paradox-when-cheaper-compute-raises-spending"\?/],
    ['#whats-next', /the article "inference" has no anchor "#whats-next"/],
    ['../scaling-law/', /no article "scaling-law".*Did you mean "scaling-laws"/],
    ['/methodology/#kind', /"\/methodology\/" has no anchor "#kind"\. Did you mean "kinds"\?/],
    ['/methodolgy/', /which is not a page of the site/],
    ['/exhibits/no-such.svg', /"no-such" is not an exhibit id/],
    ['/data/2027-01/capex.csv', /"2027-01" is not a dataset edition\. Did you mean/],
    ['/feed.xml/', /is a file, not a page: drop the trailing "\/"/],
    ['/report/print/', /not a page of the site/],
  ])('rejects %s', (url, message) => expect(check(url)).toMatch(message));
});

describe('anchors and links from MDX', () => {
  it('slugs headings the way Astro does, numbering repeats', () => {
    const tree = parseMdx('## Guidance: 2025\n\n## Guidance: 2025\n\n### What’s next? `code`\n\n<Exhibit id="x" />\n\nA <Cite id="s" />.\n');
    expect(articleAnchors(tree, collectArticleRefs(tree))).toEqual(['guidance-2025', 'guidance-2025-1', 'whats-next-code', 'exhibit-x', 'references', 'ref-s']);
  });

  it('collects Markdown links, definitions and <a href> with positions', () => {
    const tree = parseMdx('See [a](/x/) and <a href="/y/">y</a>.\n\n[ref]: /z/\n');
    expect(collectLinks(tree)).toEqual([
      { url: '/x/', line: 1, column: 5 },
      { url: '/y/', line: 1, column: 18 },
      { url: '/z/', line: 3, column: 1 },
    ]);
  });

  it('fails the build at the link, listing every broken one', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).use(remarkArticle);
    const file = new VFile({
      path: path.join(process.cwd(), 'content', 'articles', 'links-fixture', 'index.mdx'),
      value: '## Intro\n\nSee [capex](/articles/capex/) and\n[the old one](/articles/old-article/), [here](#intro), [there](#outro).\n',
    });
    let error: { message: string; line?: number; column?: number } | undefined;
    try {
      processor.runSync(processor.parse(file), file);
    } catch (err) {
      error = err as typeof error;
    }
    expect(error?.message).toMatch(/^Article "links-fixture" has 2 broken internal links:\n/);
    expect(error?.message).toContain('content/articles/links-fixture/index.mdx:4:1  links to "/articles/old-article/", but there is no article "old-article"');
    expect(error?.message).toContain('content/articles/links-fixture/index.mdx:4:56  links to "#outro", but the article "links-fixture" has no anchor "#outro". Did you mean "intro"?');
    expect([error?.line, error?.column]).toEqual([4, 1]);
  });
});
