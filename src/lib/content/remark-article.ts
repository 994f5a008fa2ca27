/**
 * Remark plugin for articles (content/articles/<slug>/index.mdx). At build time it:
 * - checks every <Exhibit>, <ExhibitRef>, <Cite> and <Value> against the exhibit registry, the article
 *   index, the source registry and the published dataset edition, failing with file:line:column;
 * - numbers exhibits ("Exhibit N") and citations ([n]) in reading order and passes the numbers as props;
 * - rejects quantities typed into prose instead of rendered from the dataset, and wording that reads wrong
 *   around a rendered value ("about ~$589 billion", a repeated unit, a missing space; value-wording.ts);
 * - checks internal links: the page exists, an article link names an article folder, an #anchor is on
 *   the target page (internal-links.ts, site map from site-links.ts);
 * - checks the frontmatter's display text (summary, takeaways) for bad templates and typed quantities
 *   (frontmatter-text.ts), at the frontmatter line;
 * - appends <References> listing the cited sources in citation order.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { loadPinnedEdition } from '../data/load.ts';
import { EXHIBITS, unknownExhibitMessage } from '../exhibits/index.ts';
import { METRICS } from '../metrics/index.ts';
import { loadSources } from '../sources/registry.ts';
import { closest } from '../data/suggest.ts';
import { articleSlug, articlesDir, brokenArticles, describeBroken, duplicatePlacements, exhibitLabel, getArticleIndex, locateExhibit, reportParts } from './article-index.ts';
import { ALLOWED_PROPS, collectArticleRefs, type JsxNode, type RefUse } from './article-refs.ts';
import { findHardCodedQuantities } from './hardcoded-quantities.ts';
import { resolveValue } from './resolve-value.ts';
import { valueText, type ValueTextProps } from './value-text.ts';
import { findWordingProblems } from './value-wording.ts';
import { articleAnchors } from './anchors.ts';
import { checkLinks } from './internal-links.ts';
import { loadSiteMap } from './site-links.ts';
import { displayPath } from '../data/paths.ts';
import { formatProblem } from '../data/errors.ts';
import { checkArticleFrontmatter, reportResolver } from './frontmatter-text.ts';
import { existsSync, readFileSync } from 'node:fs';
import type { Scale } from '../data/units.ts';

const SKIP_PARENTS = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml']);

function setProp(node: JsxNode, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function checkProps(use: RefUse, fail: (msg: string) => never): void {
  const allowed = ALLOWED_PROPS[use.name];
  if (use.problems.length) fail(`<${use.name}> takes only plain string props; found ${use.problems.join(', ')}.`);
  for (const p of allowed.required) {
    if (!use.props[p]) fail(`<${use.name}> needs a "${p}" prop, e.g. <${use.name} ${p}="..." />.`);
  }
  for (const p of Object.keys(use.props)) {
    if (!allowed.required.includes(p) && !allowed.optional.includes(p)) {
      const valid = [...allowed.required, ...allowed.optional].map((v) => `"${v}"`).join(', ');
      fail(`<${use.name}> has no prop "${p}". Valid props: ${valid}.`);
    }
  }
}

export interface RemarkArticleOptions {
  /** The folder of article folders (default: `<content root>/articles`); tests point it at fixtures. */
  articlesDir?: string;
}

export function remarkArticle(options: RemarkArticleOptions = {}) {
  const dir = options.articlesDir ?? articlesDir();
  return (tree: Root, file: VFile) => {
    const slug = articleSlug(file.path, dir);
    if (!slug) return;
    const refs = collectArticleRefs(tree);
    const edition = loadPinnedEdition();
    const registry = loadSources();
    const sourceIds = registry.map((s) => s.id);
    const index = getArticleIndex(dir);
    const broken = brokenArticles(dir).filter((b) => b.slug !== slug);

    for (const dup of duplicatePlacements(index)) {
      if (dup.articles.includes(slug)) {
        file.fail(
          `Exhibit "${dup.id}" is placed in more than one article (${dup.articles.join(', ')}). An exhibit has one home; elsewhere refer to it with <ExhibitRef id="${dup.id}" />.`,
        );
      }
    }

    let exhibitNumber = 0;
    // Report-wide numbers: "Exhibit 2.4" is the fourth exhibit of part 2 (the article's place in site.yaml).
    const parts = reportParts(dir);
    const part = parts.get(slug) ?? parts.size + 1;
    let valueNumber = 0;
    for (const use of refs.uses) {
      const fail = (msg: string): never => file.fail(msg, use.node as never);
      checkProps(use, fail);
      const id = use.props.id ?? '';
      if (use.name === 'Exhibit') {
        if (!EXHIBITS.has(id)) fail(unknownExhibitMessage(id));
        exhibitNumber += 1;
        setProp(use.node, 'number', exhibitLabel(part, exhibitNumber));
      } else if (use.name === 'ExhibitRef') {
        if (!EXHIBITS.has(id)) fail(unknownExhibitMessage(id));
        if (!locateExhibit(id, index, parts)) {
          fail(
            broken.length
              ? `<ExhibitRef id="${id}" /> points at an exhibit that no readable article places. ${broken.length === 1 ? 'This article could not be parsed' : 'These articles could not be parsed'}, so ${broken.length === 1 ? 'its' : 'their'} exhibits are unknown: ${broken.map(describeBroken).join('; ')}. Fix ${broken.length === 1 ? 'that file' : 'those files'} first.`
              : `<ExhibitRef id="${id}" /> points at an exhibit that no article places. Add <Exhibit id="${id}" /> to the article it belongs in, or refer to another exhibit.`,
          );
        }
        setProp(use.node, 'from', slug);
      } else if (use.name === 'Cite') {
        if (!sourceIds.includes(id)) {
          const close = closest(id, sourceIds, 3);
          fail(
            `<Cite id="${id}" /> names a source that is not in the registry (content/sources.json).${close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Add the source to content/sources.json or fix the id.`,
          );
        }
        setProp(use.node, 'n', String(refs.citations.indexOf(id) + 1));
      } else if (use.name === 'Value') {
        const key = use.props.of ?? '';
        if (!METRICS.has(key) && !edition.observations.has(key)) {
          const close = closest(key, [...METRICS.keys(), ...edition.observations.keys()], 3);
          fail(
            `Article "${slug}" cites the value "${key}", which is not in dataset edition ${edition.version} and is not a computed metric.${close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Add the row to the edition (npm run data -- new <version>) or fix the key.`,
          );
        }
        setProp(use.node, 'article', slug);
        // A per-article sequence gives each value's tooltip a stable id for aria-describedby.
        setProp(use.node, 'n', String(++valueNumber));
      }
    }

    // The MDX pipeline may hand the plugin the body without its frontmatter: read the file itself.
    const source = String(file.value).startsWith('---') ? String(file.value) : file.path && existsSync(file.path) ? readFileSync(file.path, 'utf8') : '';
    const fmProblems = checkArticleFrontmatter(displayPath(file.path), source, reportResolver(edition));
    const firstFm = fmProblems[0];
    if (firstFm) {
      file.fail(
        [
          `Article "${slug}" has ${fmProblems.length === 1 ? 'a problem' : `${fmProblems.length} problems`} in its frontmatter text (summary and takeaways name figures with templates such as {capex.amazon.2024}, like exhibit YAML):`,
          ...fmProblems.map((p) => `  ${formatProblem(p).replace(/\n/g, '\n  ')}`),
        ].join('\n'),
        { line: firstFm.line ?? 1, column: firstFm.column ?? 1 },
      );
    }

    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => SKIP_PARENTS.has(a.type))) return;
      const hits = findHardCodedQuantities(node.value);
      const first = hits[0];
      if (first) {
        file.fail(
          `Article "${slug}" has a quantity typed into its prose: "${first.text}". Figures must come from the dataset so text and exhibits cannot disagree: render it with <Value of="<row id or metric id>" />, adding the row to the dataset or a metric to content/articles/${slug}/metrics.ts if it is missing. If the number is not a figure (a year, a date, a name), rephrase, or add a shape with its reason to NOT_DATA in src/lib/content/hardcoded-quantities.ts.`,
          node,
        );
      }
    });

    const site = loadSiteMap(index, { slug, anchors: articleAnchors(tree, refs) }, brokenArticles(dir).map((b) => b.slug));
    const badLinks = checkLinks(tree, slug, site);
    const firstLink = badLinks[0];
    if (firstLink) {
      const where = displayPath(file.path);
      file.fail(
        [
          `Article "${slug}" has ${badLinks.length === 1 ? 'a broken internal link' : `${badLinks.length} broken internal links`}:`,
          ...badLinks.map((l) => `  ${where}:${l.line}:${l.column}  ${l.message}`),
        ].join('\n'),
        { line: firstLink.line, column: firstLink.column },
      );
    }

    const wording = findWordingProblems(tree, (node) => {
      const use = refs.uses.find((u) => u.node === node);
      if (!use?.props.of) return undefined;
      try {
        const q = resolveValue(use.props.of);
        const { digits, scale, style, part } = use.props;
        const text = valueText(q, {
          digits: digits === undefined ? undefined : Number(digits),
          scale: scale as Scale | undefined,
          style: style as ValueTextProps['style'],
          part: part as ValueTextProps['part'],
        });
        return { text, qualifier: part === 'number' ? '' : q.qualifier };
      } catch {
        // A value that cannot print fails in <Value> itself, with its own message.
        return undefined;
      }
    });
    const firstWording = wording[0];
    if (firstWording) {
      const where = displayPath(file.path);
      file.fail(
        [
          `Article "${slug}" has ${wording.length === 1 ? 'a wording problem' : `${wording.length} wording problems`} around its values:`,
          ...wording.map((w) => `  ${where}:${w.place.line}:${w.place.column}  ${w.message}`),
        ].join('\n'),
        firstWording.place,
      );
    }

    if (refs.citations.length) {
      tree.children.push({
        type: 'mdxJsxFlowElement',
        name: 'References',
        attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: refs.citations.join(',') }],
        children: [],
      } as never);
    }
  };
}
