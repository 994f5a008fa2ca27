/**
 * Pure parser for the report configuration (`<content root>/site.yaml`): YAML text -> SiteConfig, or one
 * DataError listing every problem as `content/site.yaml:LINE:COL what is wrong` + a hint saying what to
 * write. YAML syntax errors, schema errors (with the closest valid key for a misspelt one) and a mismatch
 * between the `articles:` list and the article folders all come out in that one format.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { problemsError, type Problem } from '../data/errors.ts';
import { friendlyIssues, type IssuePath } from '../validate/friendly-issues.ts';
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

const SYNTAX_HINTS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'each key may appear once; delete or rename one of them.',
  TAB_AS_INDENT: 'indent with spaces, not tabs.',
  BAD_INDENT: 'indent nested keys and list items consistently with spaces (two per level).',
  MULTILINE_IMPLICIT_KEY: 'a key and its value start on one line; put text containing ": " in quotes.',
  BLOCK_AS_IMPLICIT_KEY: 'a key and its value start on one line; put text containing ": " in quotes.',
  MISSING_CHAR: 'a quote or bracket is not closed on this line.',
  BAD_DQ_ESCAPE: 'inside double quotes write \\" for a quote and \\\\ for a backslash, or use single quotes.',
};
const DEFAULT_SYNTAX_HINT = 'check the indentation and the quotes on this line; put text containing ": " or starting with #, @, * or a quote in quotes.';

type Pos = { line: number; column: number };

function posOf(lc: LineCounter, offset: number | undefined): Pos {
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

/** Position of the node at `path`, or of its nearest ancestor that exists (a missing key points at its map). */
function nodePos(doc: Document, lc: LineCounter, path: IssuePath): Pos {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return posOf(lc, node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** Position of the key `key` in the map at `path` (an unknown key is reported where it is typed). */
function keyPos(doc: Document, lc: LineCounter, path: IssuePath, key: string): Pos {
  const map = path.length ? doc.getIn(path, true) : doc.contents;
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return posOf(lc, pair.key.range[0]);
    }
  }
  return nodePos(doc, lc, path);
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
function articleProblems(config: SiteConfig, doc: Document, lc: LineCounter, opts: ParseSiteOptions): Problem[] {
  const folders = opts.articleFolders;
  if (!folders) return [];
  const dir = opts.articlesDir ?? 'content/articles';
  const problems: Problem[] = [];
  const seen = new Set<string>();
  config.articles.forEach((slug, i) => {
    const at = nodePos(doc, lc, ['articles', i]);
    if (seen.has(slug)) {
      problems.push({ file: opts.file, ...at, message: `article "${slug}" is listed twice in \`articles:\`.`, hint: 'list each article once, where it belongs in the report; delete this line.' });
    } else if (!folders.includes(slug)) {
      problems.push({
        file: opts.file,
        ...at,
        message: `\`articles:\` lists "${slug}", but there is no article ${dir}/${slug}/index.mdx.`,
        hint: `create ${dir}/${slug}/index.mdx, fix the name${folders.length ? ` (article folders: ${folders.join(', ')})` : ''}, or delete this line from ${opts.file}.`,
      });
    }
    seen.add(slug);
  });
  const at = keyPos(doc, lc, [], 'articles');
  for (const slug of folders) {
    if (!seen.has(slug)) {
      problems.push({
        file: opts.file,
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
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const fail = (problems: Problem[]): never => {
    throw problemsError(`${opts.file} is not a valid report configuration`, problems, `Fix ${opts.file}: the comment above each key says what it holds.`);
  };
  if (doc.errors.length) {
    fail(
      doc.errors.map((e) => ({
        file: opts.file,
        ...posOf(lc, e.pos[0]),
        message: `YAML syntax: ${e.message.replace(/ at line \d+, column \d+[\s\S]*$/, '').replace(/\.?$/, '.')}`,
        hint: SYNTAX_HINTS[e.code] ?? DEFAULT_SYNTAX_HINT,
      })),
    );
  }
  const input: unknown = doc.toJS();
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
            ? keyPos(doc, lc, i.path, i.unknownKey)
            : value === undefined && typeof parentKey === 'string'
              ? keyPos(doc, lc, i.path.slice(0, -2), parentKey)
              : nodePos(doc, lc, i.path);
        return { file: opts.file, ...at, message: i.message, hint: i.hint + commentHint(text, at.line, value) };
      }),
    );
  }
  const config = parsed.data as SiteConfig;
  const order = articleProblems(config, doc, lc, opts);
  if (order.length) fail(order);
  return config;
}
