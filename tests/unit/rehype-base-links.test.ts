import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/lib/content/rehype-base-links.ts';
import { normalizeBase, withBase } from '../../src/lib/publish/base-path.ts';

describe('withBase', () => {
  it('prefixes root-relative URLs with the base path once', () => {
    expect(withBase('/articles/capex/#exhibit-a', '/research/')).toBe('/research/articles/capex/#exhibit-a');
    expect(withBase('/research/articles/capex/', '/research/')).toBe('/research/articles/capex/');
    expect(withBase('/research', '/research/')).toBe('/research');
  });

  it('leaves relative, in-page, protocol-relative and absolute URLs alone, and everything when the base is /', () => {
    for (const u of ['../capex/', '#ref-a', '//cdn.example.com/x', 'https://example.com/a']) expect(withBase(u, '/research/')).toBe(u);
    expect(withBase('/articles/capex/', '/')).toBe('/articles/capex/');
  });

  it('normalizes BASE_PATH the way it may be written', () => {
    expect([normalizeBase('/research'), normalizeBase('research/'), normalizeBase(undefined), normalizeBase('/')]).toEqual(['/research/', '/research/', '/', '/']);
  });
});

describe('rehypeBaseLinks', () => {
  it('rewrites Markdown links and images and MDX <a> elements', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: '/articles/deepseek/' }, children: [] },
        { type: 'element', tagName: 'img', properties: { src: '/logo.svg' }, children: [] },
        { type: 'mdxJsxTextElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/data/' }], children: [] },
        { type: 'element', tagName: 'a', properties: { href: 'https://example.com/' }, children: [] },
      ],
    } as unknown as Root;
    rehypeBaseLinks({ base: '/research' })(tree);
    const json = JSON.stringify(tree);
    expect(json).toContain('"href":"/research/articles/deepseek/"');
    expect(json).toContain('"src":"/research/logo.svg"');
    expect(json).toContain('"value":"/research/data/"');
    expect(json).toContain('"href":"https://example.com/"');
  });
});
