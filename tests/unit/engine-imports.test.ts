/**
 * The engine knows no particular report: no file under src/ imports anything under content/, whether by a
 * relative path, an absolute one, or a bare `content/…` specifier, statically, dynamically, as a
 * re-export or in an .astro frontmatter or client <script>. (Report code imports the engine as
 * `#engine/*`, never the other way round; report modules are found at run time by
 * src/lib/report/modules.ts, which builds file URLs from the content root, not from import specifiers.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SRC = path.join(ROOT, 'src');
const CONTENT = path.join(ROOT, 'content');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return filesUnder(full);
    return /\.(ts|mts|mjs|js|astro)$/.test(d.name) ? [full] : [];
  });
}

/** The script blocks of a file: an .astro file's frontmatter and <script> bodies; a module's whole text. */
export function scriptsOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts];
}

/** Every module specifier in the code: import/export … from, import(), require(), import type(). */
export function importSpecifiers(code: string): string[] {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const arg = node.arguments[0];
      // A computed specifier cannot be checked statically; a literal one (or a template without
      // substitutions) can.
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) out.push(node.argument.literal.text);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteralLike(node.moduleReference.expression)) out.push(node.moduleReference.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Does `specifier`, imported from `file`, point into content/? `#engine/*` maps to src/lib (engine). */
export function intoContent(file: string, specifier: string): boolean {
  if (specifier.startsWith('#engine/')) return false;
  const bare = specifier.replace(/^file:\/\//, '');
  const resolved = bare.startsWith('.') ? path.resolve(path.dirname(file), bare) : path.isAbsolute(bare) ? bare : /^content\//.test(bare) ? path.join(ROOT, bare) : undefined;
  if (!resolved) return false;
  const rel = path.relative(CONTENT, resolved);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

describe('engine/content separation', () => {
  it('parses specifiers of every kind', () => {
    const code = [
      "import a from '../../content/x.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '../c.ts';",
      "const d = await import('../../content/articles/x/exhibits.ts');",
      "type E = import('./e.ts').E;",
      'const f = await import(`content/f.ts`);',
      'const g = await import(pathToFileURL(file).href);',
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(['../../content/x.ts', './b.ts', '../c.ts', '../../content/articles/x/exhibits.ts', './e.ts', 'content/f.ts']);
    const from = path.join(SRC, 'lib', 'report', 'modules.ts');
    expect(intoContent(from, '../../../content/articles/x/exhibits.ts')).toBe(true);
    expect(intoContent(from, 'content/sources.json')).toBe(true);
    expect(intoContent(from, '../data/paths.ts')).toBe(false);
    expect(intoContent(from, '#engine/data/load.ts')).toBe(false);
    expect(intoContent(from, 'zod')).toBe(false);
    expect(scriptsOf('x.astro', "---\nimport A from '../../content/a.ts';\n---\n<div />\n<script>\nimport '../../content/b.ts';\n</script>").flatMap(importSpecifiers)).toEqual(['../../content/a.ts', '../../content/b.ts']);
  });

  it('no file under src/ imports anything under content/', () => {
    const files = filesUnder(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      scriptsOf(file, readFileSync(file, 'utf8'))
        .flatMap(importSpecifiers)
        .filter((s) => intoContent(file, s))
        .map((s) => `${path.relative(ROOT, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
