/**
 * An article's frontmatter checked against its schema with positions, before Astro sees it: every
 * problem (a missing field, a wrong type, a date that is not a day, an unknown field with the closest
 * valid name, a YAML syntax error) is one line at the MDX file's line:column with a hint, all in one
 * DataError. Astro's own schema check would print "title**: **title: Required" at `index.mdx:0:0`.
 *
 * The frontmatter is read with the `yaml` package (YAML 1.2, as site.yaml and exhibit files are), so an
 * unquoted `date: 2025-02-14` is the text "2025-02-14", never a Date object shifted by a time zone or
 * rolled over from 31 February. The article loader (article-loader.ts) hands Astro this data.
 */
import { DataError, problemsError, type Problem } from '../data/errors.ts';
import { parsePositioned, schemaProblems } from '../yaml/positioned.ts';
import { ArticleFrontmatter } from './frontmatter.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';

const SUMMARY = 'The article\'s frontmatter does not match what an article needs';
const ACTION = 'Fix the frontmatter (the YAML between the --- lines at the top of the file) at the lines above and build again. Every field is described in README "Writing an article".';

const WORDS = {
  field: 'frontmatter field',
  addMissing: (name: string) => `add a line \`${name}: …\` between the --- lines at the top of the file`,
};

/** What the old `order:` field did, and where that lives now. */
const ORDER_HINT = 'the report\'s article order is the `articles:` list in content/site.yaml; delete this line and move the article there.';

/** The frontmatter's problems, at the MDX file's lines (empty when it is valid). */
export function articleFrontmatterProblems(file: string, mdx: string): Problem[] {
  const yaml = frontmatterYaml(mdx);
  if (yaml === undefined) {
    return [{ file, line: 1, column: 1, message: 'the file has no frontmatter.', hint: 'start the file with a --- line, the fields (title, summary, date, authors, topics, dataset, takeaways), and another --- line.' }];
  }
  let p;
  try {
    p = parsePositioned(yaml, file, { summary: SUMMARY, action: ACTION });
  } catch (err) {
    if (err instanceof DataError) return err.problems;
    throw err;
  }
  const result = ArticleFrontmatter.safeParse(p.data ?? {});
  if (result.success) return [];
  return schemaProblems(p, ArticleFrontmatter, result.error.issues, WORDS)
    .map((pr) => (/unknown frontmatter field "order"\.$/.test(pr.message) ? { ...pr, hint: ORDER_HINT } : pr))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The frontmatter as data, or a DataError listing every problem with its file:line:column. */
export function parseArticleFrontmatter(file: string, mdx: string): ArticleFrontmatter {
  const problems = articleFrontmatterProblems(file, mdx);
  if (problems.length) throw problemsError(`${SUMMARY}: ${file}`, problems, ACTION);
  // Valid, so parsing again cannot fail; the positioned parse above already reported any syntax error.
  return ArticleFrontmatter.parse(parsePositioned(frontmatterYaml(mdx)!, file, { summary: SUMMARY, action: ACTION }).data);
}
