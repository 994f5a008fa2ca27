import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { toQuantity } from '../../src/lib/data/lookup.ts';
import type { TemplateResolver } from '../../src/lib/content/templates.ts';
import {
  checkArticleFrontmatter,
  checkSiteText,
  frontmatterText,
  frontmatterYaml,
  renderFrontmatterText,
  reportResolver,
  shownFrontmatter,
  siteTakeaways,
} from '../../src/lib/content/frontmatter-text.ts';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { articleFolders } from '../../src/lib/report/modules.ts';

const edition = loadEdition('2025-02');
const resolver: TemplateResolver = {
  resolve: (key) => (edition.observations.has(key) ? toQuantity(edition, key) : undefined),
  keys: () => edition.observations.keys(),
};

const mdx = (summary: string, takeaway: string) =>
  ['---', 'title: A title', `summary: "${summary}"`, 'date: 2025-02-14', 'takeaways:', '  - Plain words.', `  - ${takeaway}`, '---', '', 'Body.', ''].join('\n');

describe('frontmatter text', () => {
  it('keeps the MDX file\'s line numbers in the frontmatter YAML', () => {
    const yaml = frontmatterYaml(mdx('S', 'T'))!;
    expect(yaml.split('\n')[2]).toBe('summary: "S"');
    expect(frontmatterYaml('No frontmatter')).toBeUndefined();
  });

  it('flags a typed figure in the summary and a takeaway at file:line:column', () => {
    const problems = checkArticleFrontmatter('content/articles/x/index.mdx', mdx('Nvidia lost $589 billion in a day.', 'Capex rose 40% in a year.'), resolver);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 23],
      [7, 16],
    ]);
    expect(problems[0]!.message).toBe('summary: A quantity is typed into the text: "$589 billion".');
    expect(problems[1]!.message).toMatch(/^takeaways\[1\]: A quantity is typed into the text: "40%"/);
    expect(problems[0]!.file).toBe('content/articles/x/index.mdx');
  });

  it('accepts templates, and reports an unknown key with suggestions', () => {
    const ok = mdx('Nvidia lost {market.nvidia.value-loss style=short} in a day, a record.', 'Plain.');
    expect(checkArticleFrontmatter('f.mdx', ok, resolver)).toEqual([]);
    const bad = checkArticleFrontmatter('f.mdx', mdx('Nvidia lost {market.nvidia.value-los} in a single day.', 'Plain.'), resolver);
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toMatch(/Unknown key "market.nvidia.value-los"/);
    expect(bad[0]!.hint).toMatch(/market\.nvidia\.value-loss/);
    expect([bad[0]!.line, bad[0]!.column]).toEqual([3, 23]);
  });

  it('prints templates for display and refuses text that cannot render', () => {
    expect(renderFrontmatterText('Nvidia lost {market.nvidia.value-loss style=short}.', resolver)).toBe('Nvidia lost ~$589bn.');
    expect(renderFrontmatterText('Braces {{kept}}.', resolver)).toBe('Braces {kept}.');
    expect(() => renderFrontmatterText('Lost {nope.key}.', resolver)).toThrow(/Unknown key "nope.key"/);
  });

  it('checks site.yaml takeaways at their lines', () => {
    const src = ['firm: X', 'takeaways:', '  - Fine words.', '  - "Spending grew 25% last year."', ''].join('\n');
    const problems = checkSiteText('content/site.yaml', src, resolver);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual(['content/site.yaml:4:20 takeaways[1]: A quantity is typed into the text: "25%".']);
  });
});

describe('the report\'s own frontmatter', () => {
  const root = path.resolve('content');
  const report = reportResolver();
  it.each(articleFolders(root))('%s: summary and takeaways pass the quantity rule and render', (slug) => {
    const file = path.join(root, 'articles', slug, 'index.mdx');
    const source = readFileSync(file, 'utf8');
    expect(checkArticleFrontmatter(file, source, report)).toEqual([]);
    const summary = /^summary: (.*)$/m.exec(source)![1]!;
    expect(frontmatterText(summary)).not.toMatch(/\{[a-z]/);
    const shown = shownFrontmatter({ summary: 'x'.repeat(20), takeaways: ['a {{b}}'] });
    expect(shown.takeaways).toEqual(['a {b}']);
  });

  it('site.yaml takeaways pass and render', () => {
    expect(siteTakeaways(root)).toHaveLength(loadSiteConfig(root).takeaways.length);
  });
});
