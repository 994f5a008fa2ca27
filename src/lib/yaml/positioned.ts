/**
 * YAML that authors write (content/site.yaml, declarative exhibits, metrics.yaml), parsed with positions so
 * every problem names file:line:column. One module for all three: the syntax errors and their hints, the
 * position of a key or value at a path, and a zod schema's issues turned into friendly, positioned
 * problems (src/lib/validate/friendly-issues.ts writes the words, shared with component props).
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { problemsError, type Problem } from '../data/errors.ts';
import { processShared } from '../process-shared.ts';
import { friendlyIssues, type IssueWords } from '../validate/friendly-issues.ts';

export type YamlPath = readonly (string | number)[];

/** A parsed file: enough to turn a YAML path into file:line:column. */
export interface PositionedYaml {
  /** As shown in messages (relative to the project). */
  file: string;
  source: string;
  doc: Document;
  lines: LineCounter;
  /** The plain data (maps, lists, scalars). */
  data: unknown;
}

export interface Position {
  file: string;
  line: number;
  column: number;
}

/** `series[0].rows`: a path as an author reads it. */
export function pathText(path: YamlPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
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
const DEFAULT_SYNTAX_HINT = 'check the indentation and the quotes on this line; put text containing ": " or starting with #, @, *, { or a quote in quotes.';

function lineCol(lines: LineCounter, offset: number | undefined): { line: number; column: number } {
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/**
 * Parses YAML text. A syntax error throws a DataError at its position with a hint; only the first is
 * reported, since the parser's later errors are usually its consequences.
 */
// One per process (processShared): `astro build` loads the engine twice, and each copy parsed every exhibit,
// metrics.yaml and site.yaml again (600 exhibits: ~0.35 s). Keyed by file and held with its full text, so an
// edited file is parsed afresh; one entry per file. Callers only read what they are given.
const parsed = processShared('yaml-parsed', () => new Map<string, PositionedYaml>());

export function parsePositioned(source: string, file: string, opts: { summary: string; action: string }): PositionedYaml {
  const hit = parsed.get(file);
  if (hit?.source === source) return hit;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const message = `YAML syntax: ${(first.message.split('\n')[0] ?? first.message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.?$/, '.')}`;
    throw problemsError(opts.summary, [{ file, ...lineCol(lines, first.pos[0]), message, hint: SYNTAX_HINTS[first.code] ?? DEFAULT_SYNTAX_HINT }], opts.action);
  }
  const result: PositionedYaml = { file, source, doc, lines, data: doc.toJS() as unknown };
  parsed.set(file, result);
  return result;
}

/**
 * The position of the node at `path` (`part: 'key'` for the key that names it), or of its nearest
 * ancestor that exists (a missing field is reported where its object is).
 */
export function positionOf(p: PositionedYaml, path: YamlPath, part: 'key' | 'value' = 'value'): Position {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    if (part === 'key' && n === path.length && n > 0) {
      const parent = sub.length > 1 ? p.doc.getIn(sub.slice(0, -1), true) : p.doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((i) => isPair(i) && isScalar(i.key) && i.key.value === sub[sub.length - 1]);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return { file: p.file, ...lineCol(p.lines, keyNode.range[0]) };
      }
    }
    const node = (sub.length ? p.doc.getIn(sub, true) : p.doc.contents) as Node | null | undefined;
    if (node && typeof node === 'object' && node.range) return { file: p.file, ...lineCol(p.lines, node.range[0]) };
  }
  return { file: p.file, line: 1, column: 1 };
}

/**
 * The position of characters `offset`..`offset+length` of a string value (a template problem) in the
 * file. The value as parsed can differ from its source (quotes, escapes, folded lines), so the fragment
 * is looked up in the scalar's source: its n-th occurrence there for its n-th occurrence in the value.
 */
export function positionInString(p: PositionedYaml, path: YamlPath, value: string, offset: number, length: number): Position {
  const node = p.doc.getIn(path, true) as Node | undefined;
  if (!node?.range) return positionOf(p, path);
  const fragment = value.slice(offset, offset + Math.max(1, length));
  let nth = 0;
  for (let i = value.indexOf(fragment); i >= 0 && i < offset; i = value.indexOf(fragment, i + 1)) nth++;
  const src = p.source.slice(node.range[0], node.range[1]);
  let at = -1;
  for (let k = 0, i = src.indexOf(fragment); i >= 0; i = src.indexOf(fragment, i + 1), k++) {
    at = i;
    if (k === nth) break;
  }
  return { file: p.file, ...lineCol(p.lines, node.range[0] + Math.max(0, at)) };
}

/** A schema's issues as positioned problems: an unknown key where it is typed, anything else at its value. */
export function schemaProblems(p: PositionedYaml, schema: z.ZodType, issues: readonly z.core.$ZodIssue[], words: IssueWords): Problem[] {
  return friendlyIssues(schema, p.data, issues, words).map((i) => ({
    ...(i.unknownKey !== undefined ? positionOf(p, [...i.path, i.unknownKey], 'key') : positionOf(p, i.path)),
    message: i.message,
    hint: i.hint,
  }));
}

/** Parses and validates in one step; throws one DataError listing every problem. */
export function validatePositioned<S extends z.ZodType>(p: PositionedYaml, schema: S, opts: { summary: string; action: string; words: IssueWords }): z.infer<S> {
  const result = schema.safeParse(p.data);
  if (result.success) return result.data;
  throw problemsError(opts.summary, schemaProblems(p, schema, result.error.issues, opts.words), opts.action);
}
