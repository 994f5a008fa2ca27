/**
 * Pure parser for the report configuration (`<content root>/site.yaml`): YAML text -> SiteConfig, or one
 * DataError listing every problem as `content/site.yaml:LINE:COL what is wrong` + a hint saying what to
 * write. YAML syntax errors, schema errors (with the closest valid key for a misspelt one) and a mismatch
 * between the `articles:` list and the article folders all come out in that one format.
 */
import { problemsError, type Problem } from '../data/errors.ts';
import { friendlyIssues, type IssuePath } from '../validate/friendly-issues.ts';
import { parsePositioned, positionOf, type PositionedYaml } from '../yaml/positioned.ts';
import { SiteConfig } from './site-schema.ts';

export interface ParseSiteOptions {
  /** The file as shown in messages, e.g. `content/site.yaml`. */
  file: string;
  /**
   * Slugs of the article folders that exist (folders holding index.mdx). When given, `articles:` must
   * list each exactly once and nothing else.
   */
  articleFolders?: readonly string[];
  /** The articles folder as shown in messages, e.g. `content/articles`. */
  articlesDir?: string;
}

/** In YAML an unquoted `#` starts a comment, so `brand: #123c69` is an empty value: say so. */
function commentHint(text: string, line: number, value: unknown): string {
  const src = text.split(/\r?\n/)[line - 1] ?? '';
  return value === null && /:\s+#/.test(src) ? ' In YAML an unquoted # starts a comment: write the value in quotes, e.g. "#123c69".' : '';
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let v = input;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** The article-order rules: every folder listed once, nothing listed that has no folder. */
function articleProblems(config: SiteConfig, y: PositionedYaml, opts: ParseSiteOptions): Problem[] {
  const folders = opts.articleFolders;
  if (!folders) return [];
  const dir = opts.articlesDir ?? 'content/articles';
  const problems: Problem[] = [];
  const seen = new Set<string>();
  config.articles.forEach((slug, i) => {
    const at = positionOf(y, ['articles', i]);
    if (seen.has(slug)) {
      problems.push({ ...at, message: `article "${slug}" is listed twice in \`articles:\`.`, hint: 'list each article once, where it belongs in the report; delete this line.' });
    } else if (!folders.includes(slug)) {
      problems.push({
        ...at,
        message: `\`articles:\` lists "${slug}", but there is no article ${dir}/${slug}/index.mdx.`,
        hint: `create ${dir}/${slug}/index.mdx, fix the name${folders.length ? ` (article folders: ${folders.join(', ')})` : ''}, or delete this line from ${opts.file}.`,
      });
    }
    seen.add(slug);
  });
  const at = positionOf(y, ['articles'], 'key');
  for (const slug of folders) {
    if (!seen.has(slug)) {
      problems.push({
        ...at,
        message: `article ${dir}/${slug}/index.mdx is not in \`articles:\`, so the report does not know where it goes.`,
        hint: `add "- ${slug}" to the \`articles:\` list in ${opts.file} where it belongs in the report, or move the folder out of ${dir}/.`,
      });
    }
  }
  return problems;
}

/** Parses and validates site.yaml text. Throws a DataError naming every problem with its line and column. */
export function parseSiteConfig(text: string, opts: ParseSiteOptions): SiteConfig {
  const summary = `${opts.file} is not a valid report configuration`;
  const action = `Fix ${opts.file}: the comment above each key says what it holds.`;
  const fail = (problems: Problem[]): never => {
    throw problemsError(summary, problems, action);
  };
  const y = parsePositioned(text, opts.file, { summary, action });
  const input = y.data;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    fail([{ file: opts.file, line: 1, column: 1, message: 'the file must be a list of `key: value` lines (firm, reportTitle, edition, articles, …).', hint: 'start from the project\'s content/site.yaml and change the values.' }]);
  }
  const parsed = SiteConfig.safeParse(input);
  if (!parsed.success) {
    const issues = friendlyIssues(SiteConfig, input, parsed.error.issues, { field: 'key', addMissing: (name) => `add a line \`${name}: …\`` });
    fail(
      issues.map((i) => {
        const value = valueAt(input, i.path);
        const parentKey = i.path.at(-2);
        // An unknown key is shown where it is typed; a missing one at the key of the group it belongs in.
        const at =
          i.unknownKey !== undefined
            ? positionOf(y, [...i.path, i.unknownKey], 'key')
            : value === undefined && typeof parentKey === 'string'
              ? positionOf(y, i.path.slice(0, -1), 'key')
              : positionOf(y, i.path);
        return { ...at, message: i.message, hint: i.hint + commentHint(text, at.line, value) };
      }),
    );
  }
  const config = parsed.data as SiteConfig;
  const order = articleProblems(config, y, opts);
  if (order.length) fail(order);
  return config;
}
