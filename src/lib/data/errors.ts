/**
 * DataError: the one error type the data layer throws. It carries structured problems (for tests and
 * tools) and a message already formatted for a terminal, so Astro, vitest and the CLI print the same text.
 */
import { jsonSyntaxOffset } from './json-syntax.ts';

/** One problem in a data file. `line`/`column` are 1-based; `column` counts characters in the line. */
export interface Problem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** What to do about it, printed on the next line. */
  hint?: string | undefined;
}

export class DataError extends Error {
  readonly problems: Problem[];
  /**
   * The first problem's place in its data file. Astro's dev overlay reads `loc` and shows that file's
   * lines around it, so an analyst sees the bad CSV cell rather than the loader code that threw.
   */
  readonly loc: { file: string; line: number; column?: number } | undefined;
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    // A plain name so Astro's overlay and the CLI print "DataError" rather than a stack-y "Error:".
    this.name = 'DataError';
    this.problems = problems;
    const first = problems.find((p) => p.line !== undefined);
    this.loc = first ? { file: first.file, line: first.line!, ...(first.column === undefined ? {} : { column: first.column }) } : undefined;
  }
}

/** `content/data/2025-02/capex.csv:7:12` (line and column only when known). */
export function location(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (p.line === undefined) return p.file;
  return p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
}

export function formatProblem(p: Problem): string {
  const head = `${location(p)} ${p.message}`;
  return p.hint ? `${head}\n  Hint: ${p.hint}` : head;
}

/** Problems beyond this many are counted but not listed, so one broken column cannot flood the terminal. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * Builds the error for a list of problems: a summary line with the count, one block per problem,
 * and a closing line that says what to do.
 */
export function problemsError(summary: string, problems: Problem[], action: string): DataError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const shown = problems.length > listed.length ? `, first ${listed.length} listed` : '';
  const lines = [`${summary} (${count}${shown}).`, '', ...listed.map(formatProblem), '', action];
  return new DataError(lines.join('\n'), problems);
}

/** Where JSON.parse stopped, from V8's message ("… at position 12 (line 3 column 1)"). */
export function jsonErrorPosition(message: string, text: string): { line?: number; column?: number; reason: string } {
  const reason = message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ at position \d+.*$/, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/\n/g, '\\n');
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), reason };
  const pos = /at position (\d+)/.exec(message);
  // Some V8 messages carry no position ("Unexpected token 'x', … is not valid JSON"): find it by scanning.
  const offset = pos ? Number(pos[1]) : /end of JSON input/.test(message) ? text.length : jsonSyntaxOffset(text);
  if (offset === undefined) return { reason };
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, reason };
}
