/**
 * Text written in frontmatter (an article's `summary` and `takeaways`, the report's `takeaways` in
 * content/site.yaml) is shown on the home page, in article headers, the feed, search, meta descriptions
 * and JSON-LD. It names figures the way a declarative exhibit's text does, with templates
 * (`{capex.amazon.2024}`, `{key digits=1 style=short}`, src/lib/content/templates.ts), and passes the same
 * hard-coded-quantity rule, its problems placed at the file:line:column of the frontmatter line.
 *
 * Every surface prints such text through `frontmatterText()`, so none can show a raw `{…}` or print a
 * figure differently from another. The check functions are pure (a resolver in, problems out); the
 * report's resolver (pinned edition + metrics) is bound in `reportResolver()`.
 */
import { readFileSync } from 'node:fs';
import { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { loadSiteConfig, siteFile } from '../config/load-site.ts';
import { problemsError, type Problem } from '../data/errors.ts';
import { loadEdition, loadPinnedEdition } from '../data/load.ts';
import { toQuantity } from '../data/lookup.ts';
import { defaultRoot, displayPath } from '../data/paths.ts';
import type { Edition } from '../data/schema.ts';
import { pathText, positionInString, type PositionedYaml as Positioned, type YamlPath } from '../yaml/positioned.ts';
import { computeMetric, METRICS } from '../metrics/index.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';
import { renderTemplate, type TemplateResolver } from './templates.ts';

export { frontmatterYaml };

/** The frontmatter fields of an article that hold display text (title is a name, not checked for figures). */
export const ARTICLE_TEXT_FIELDS = ['summary', 'takeaways'] as const;
/** The fields of content/site.yaml that hold display text with figures allowed through templates. */
export const SITE_TEXT_FIELDS = ['takeaways'] as const;

/** A YAML source parsed with positions, as the exhibit position helpers take it. */
function positioned(file: string, source: string): Positioned {
  const lines = new LineCounter();
  // Not parsePositioned: a frontmatter syntax error is Astro's to report; this only reads the text fields.
  const doc = parseDocument(source, { lineCounter: lines, keepSourceTokens: false });
  return { file, source, doc, lines, data: doc.toJS() as unknown };
}

/** Every string at `field` (a scalar, or each item of a list) with its YAML path. */
function textsAt(p: Positioned, field: string): { path: YamlPath; value: string }[] {
  const node = p.doc.get(field, true);
  if (isScalar(node) && typeof node.value === 'string') return [{ path: [field], value: node.value }];
  if (isSeq(node)) {
    return node.items.flatMap((item, i) => (isScalar(item) && typeof item.value === 'string' ? [{ path: [field, i], value: item.value }] : []));
  }
  return [];
}

/** Template and typed-quantity problems of the display-text `fields` of a YAML source, with positions. */
export function checkYamlText(file: string, source: string, fields: readonly string[], resolver: TemplateResolver): Problem[] {
  const p = positioned(file, source);
  const problems: Problem[] = [];
  for (const field of fields) {
    for (const { path, value } of textsAt(p, field)) {
      for (const pr of renderTemplate(value, resolver).problems) {
        problems.push({ ...positionInString(p, path, value, pr.offset, pr.length), message: `${pathText(path)}: ${pr.message}`, ...(pr.hint ? { hint: pr.hint } : {}) });
      }
    }
  }
  return problems;
}

/** Problems in an article's frontmatter text (`summary`, `takeaways`), at the MDX file's lines. */
export function checkArticleFrontmatter(file: string, mdx: string, resolver: TemplateResolver): Problem[] {
  const yaml = frontmatterYaml(mdx);
  if (yaml === undefined) return [];
  return checkYamlText(file, yaml, ARTICLE_TEXT_FIELDS, resolver);
}

/** Problems in content/site.yaml's display text (`takeaways`). */
export function checkSiteText(file: string, source: string, resolver: TemplateResolver): Problem[] {
  return checkYamlText(file, source, SITE_TEXT_FIELDS, resolver);
}

/**
 * Frontmatter text with its templates printed. Throws when the text cannot render: the build has
 * already checked it with positions (remark-article.ts, `siteTakeaways`), so this only guards surfaces
 * that are handed text from elsewhere.
 */
export function renderFrontmatterText(text: string, resolver: TemplateResolver): string {
  const rendered = renderTemplate(text, resolver);
  if (rendered.problems.length) {
    throw new Error(
      [`Frontmatter text cannot be shown: "${text}"`, ...rendered.problems.map((p) => `  ${p.message}${p.hint ? ` ${p.hint}` : ''}`), 'Fix the summary or takeaway that holds it (npm run build names its file and line).'].join('\n'),
    );
  }
  return rendered.text;
}

/** The report's resolver: a computed metric if one has the key, else a row of the published edition (as <Value>). */
export function reportResolver(edition: Edition = loadPinnedEdition()): TemplateResolver {
  return {
    resolve: (key) => (METRICS.has(key) ? computeMetric(key, edition, (v) => loadEdition(v)) : edition.observations.has(key) ? toQuantity(edition, key) : undefined),
    keys: () => [...METRICS.keys(), ...edition.observations.keys()],
  };
}

/** THE way every surface prints frontmatter text: templates resolved against the published edition. */
export function frontmatterText(text: string): string {
  return renderFrontmatterText(text, reportResolver());
}

/**
 * The report's key takeaways (content/site.yaml) as displayed, after checking them with positions:
 * a typed quantity or a bad template fails with site.yaml's file:line:column.
 */
export function siteTakeaways(root: string = defaultRoot()): string[] {
  const file = siteFile(root);
  const resolver = reportResolver();
  const problems = checkSiteText(displayPath(file), readFileSync(file, 'utf8'), resolver);
  if (problems.length) throw problemsError('The report\'s takeaways in site.yaml cannot be shown', problems, 'Name figures with templates, e.g. {capex.amazon.2024}, and keep typed quantities out of the text.');
  return loadSiteConfig(root).takeaways.map((t) => renderFrontmatterText(t, resolver));
}


/** An article's frontmatter as displayed: `summary` and `takeaways` with their templates printed. */
export function shownFrontmatter<T extends { summary: string; takeaways: string[] }>(data: T): T {
  return { ...data, summary: frontmatterText(data.summary), takeaways: data.takeaways.map(frontmatterText) };
}
