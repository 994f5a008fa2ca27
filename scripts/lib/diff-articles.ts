/**
 * The end of `npm run data -- diff <a> <b>`: the articles whose shown figures (inline <Value>s and placed
 * exhibits) differ between the two editions, by the same comparison the build uses to decide which
 * articles need review (src/lib/editions/article-review.ts).
 */
import path from 'node:path';
import type { Edition } from '../../src/lib/data/schema.ts';

export async function affectedArticlesText(root: string, from: Edition, to: Edition): Promise<string> {
  // The exhibit and metric registries discover the report's modules under the content root when first
  // imported, so point them at --root before loading them.
  process.env.RESEARCH_CONTENT_ROOT = root;
  const { readArticles, reviewDeps } = await import('../../src/lib/editions/article-review-check.ts');
  const { shownChanges } = await import('../../src/lib/editions/article-review.ts');
  const deps = reviewDeps(root);
  const affected = readArticles(path.join(root, 'articles'))
    .map((a) => ({ a, changes: shownChanges(a, from, to, deps) }))
    .filter((x) => x.changes.length);
  if (!affected.length) return `Articles affected: none (no article shows a figure or exhibit that changed from ${from.version} to ${to.version}).`;
  const lines = [`Articles affected (${affected.length}): review their prose, then set \`dataset: "${to.version}"\` in their frontmatter.`];
  for (const { a, changes } of affected) {
    lines.push(`  ${a.file} (dataset: "${a.dataset}")`);
    for (const c of changes) lines.push(`    - ${c}`);
  }
  return lines.join('\n');
}
