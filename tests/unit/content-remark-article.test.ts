/** The article remark plugin against the real dataset, registry and exhibit list. */
import path from 'node:path';
import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { collectArticleRefs, type JsxNode } from '../../src/lib/content/article-refs.ts';
import { remarkArticle } from '../../src/lib/content/remark-article.ts';

const FILE = path.join(process.cwd(), 'content', 'articles', 'plugin-fixture', 'index.mdx');

function run(body: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkArticle);
  const file = new VFile({ path: FILE, value: body });
  return processor.runSync(processor.parse(file), file) as Root;
}

function failure(body: string): string {
  try {
    run(body);
  } catch (err) {
    return String((err as Error).message) + ` @${(err as { line?: number }).line}:${(err as { column?: number }).column}`;
  }
  throw new Error('expected the plugin to fail');
}

describe('remarkArticle', () => {
  it('numbers citations by first appearance and appends the reference list', () => {
    const tree = run(
      'A <Cite id="llama-3-herd" /> then <Cite id="deepseek-v3-report" loc="Table 1" /> and again <Cite id="llama-3-herd" loc="§3" />.\n',
    );
    const refs = collectArticleRefs(tree);
    const numbers = refs.uses.filter((u) => u.name === 'Cite').map((u) => u.props.n);
    expect(numbers).toEqual(['1', '2', '1']);
    const last = tree.children.at(-1) as unknown as JsxNode;
    expect(last.name).toBe('References');
    expect(last.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'ids', value: 'llama-3-herd,deepseek-v3-report' }]);
  });

  it('accepts a known dataset key in <Value> and passes the article along', () => {
    const tree = run('Total: <Value of="deepseek-v3.gpu-hours.total" />.\n');
    const use = collectArticleRefs(tree).uses[0]!;
    expect(use.props).toEqual({ of: 'deepseek-v3.gpu-hours.total', article: 'plugin-fixture', n: '1' });
  });

  it('fails on an unknown value key, naming the article, the key and close matches, at the right place', () => {
    expect(failure('Line one.\n\nTotal: <Value of="deepseek-v3.gpu-hours.totl" />.\n')).toMatch(
      /^Article "plugin-fixture" cites the value "deepseek-v3.gpu-hours.totl", which is not in dataset edition \d{4}-\d{2} and is not a computed metric\. Did you mean "deepseek-v3.gpu-hours.total"[^@]*@3:8$/,
    );
  });

  it('fails on an unknown exhibit id and lists the valid ids', () => {
    expect(failure('<Exhibit id="no-such-exhibit" />\n')).toMatch(/^There is no exhibit with id "no-such-exhibit"\.[\s\S]*Valid ids: [\s\S]*@1:1$/);
  });

  it('fails on an unknown source id', () => {
    expect(failure('See <Cite id="deepseek-v3-reprot" />.\n')).toMatch(
      /names a source that is not in the registry \(content\/sources.json\)\. Did you mean "deepseek-v3-report"/,
    );
  });

  it('fails on a prop the component does not have, listing the valid ones', () => {
    expect(failure('See <Cite id="deepseek-v3-report" page="5" />.\n')).toMatch(/<Cite> has no prop "page"\. Valid props: "id", "loc"\./);
  });

  it('fails on an expression prop', () => {
    expect(failure('<Value of={"deepseek-v3.gpu-hours.total"} />\n')).toMatch(/<Value> takes only plain string props/);
  });

  it('fails on a quantity typed into prose, but not inside math or code', () => {
    expect(failure('Training cost only $5.6 million, they say.\n')).toMatch(/^Article "plugin-fixture" has a quantity typed into its prose: "\$5.6 million"\.[^@]*@1:1$/);
    expect(() => run('Inline math $x = 17\\%$ and code `17%` are fine.\n')).not.toThrow();
  });
});

describe('remarkArticle: frontmatter text', () => {
  const withFrontmatter = (summary: string) => `---\ntitle: T\nsummary: ${summary}\ntakeaways:\n  - Plain.\n---\n\nBody.\n`;

  it('fails on a quantity typed into the summary, at the frontmatter line and column', () => {
    const msg = failure(withFrontmatter('Nvidia lost $589 billion of market value in a single day.'));
    expect(msg).toMatch(/^Article "plugin-fixture" has a problem in its frontmatter text/);
    expect(msg).toMatch(/content\/articles\/plugin-fixture\/index\.mdx:3:22 summary: A quantity is typed into the text: "\$589 billion"\./);
    expect(msg).toMatch(/@3:22$/);
  });

  it('accepts a template in the summary', () => {
    // As in Astro, the MDX parser sees the body only; the plugin reads the frontmatter from the file's text.
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkArticle);
    const file = new VFile({ path: FILE, value: withFrontmatter('Nvidia lost {market.nvidia.value-loss style=short} of market value in a single day.') });
    expect(() => processor.runSync(processor.parse('Body.\n'), file)).not.toThrow();
    const bad = new VFile({ path: FILE, value: withFrontmatter('Nvidia lost {market.nvidia.value-los} of market value in a single day.') });
    expect(() => processor.runSync(processor.parse('Body.\n'), bad)).toThrow(/index\.mdx:3:22 summary: Unknown key "market\.nvidia\.value-los"/);
  });
});
