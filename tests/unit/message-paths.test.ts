/**
 * Hints never send an author to a file that does not exist. Every string literal in src/, scripts/ and content/
 * (the text of messages, hints and usage lines; import specifiers excluded) is searched for project
 * paths such as `content/articles/<slug>/exhibits.ts` or `src/lib/data/units.ts`; each must exist, with a
 * placeholder (`<slug>`, `<version>`, `*`) standing for any one existing name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SCANNED = ['src', 'scripts', 'content'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return filesUnder(full);
    return /\.(ts|mts|mjs|astro)$/.test(d.name) && !d.name.endsWith('.d.ts') && !d.name.endsWith('.d.mts') ? [full] : [];
  });
}

/** The script part of a file: an .astro file's frontmatter, a module's whole text. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

function isModuleSpecifier(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return false;
  if ((ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) && p.moduleSpecifier === node) return true;
  if (ts.isCallExpression(p) && (p.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(p.expression) && p.expression.text === 'require'))) return true;
  return ts.isExternalModuleReference(p) || ts.isImportTypeNode(p.parent ?? p) || ts.isLiteralTypeNode(p);
}

/** Text of every string and template literal that is not an import specifier. */
export function stringTexts(file: string): string[] {
  const sf = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isModuleSpecifier(node)) out.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const PATH = /(?<![\w/.-])(?:content|src|scripts|public|tests)\/[\w<>*.\-/[\]]*/g;

const dirs = (p: string) => readdirSync(path.join(ROOT, p), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** What a named placeholder stands for: an article folder, or a dataset edition; others match any name. */
const PLACEHOLDERS: Record<string, string[]> = {
  slug: dirs('content/articles'),
  article: dirs('content/articles'),
  version: dirs('content/data'),
  edition: dirs('content/data'),
};

/**
 * Does some file or folder match `pattern`? `<slug>`/`<article>` stand for an article folder,
 * `<version>`/`<edition>` for an edition, any other `<name>` or `*` for any name.
 */
export function pathExists(pattern: string): boolean {
  const parts = pattern.replace(/\/+$/, '').split('/');
  const walk = (dir: string, i: number): boolean => {
    if (i === parts.length) return true;
    const part = parts[i]!;
    if (!/[<*]/.test(part)) {
      const next = path.join(dir, part);
      return existsSync(next) && (i === parts.length - 1 || statSync(next).isDirectory()) && walk(next, i + 1);
    }
    const piece = (s: string) => {
      const named = /^<([^>]+)>$/.exec(s)?.[1];
      if (named && PLACEHOLDERS[named]) return `(?:${PLACEHOLDERS[named].map((n) => n.replace(/[.-]/g, '\\$&')).join('|')})`;
      return named !== undefined || s === '*' ? '[^/]+' : s.replace(/[.[\]()+?^$|\\]/g, '\\$&');
    };
    const re = new RegExp(`^${part.split(/(<[^>]+>|\*)/).map(piece).join('')}$`);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
    return readdirSync(dir).some((name) => re.test(name) && walk(path.join(dir, name), i + 1));
  };
  return walk(ROOT, 0);
}

let scanned: { file: string; path: string }[] | undefined;

/** Every project path named in a string literal of a scanned folder, with the file naming it (scanned once). */
function mentionedPaths(): { file: string; path: string }[] {
  if (scanned) return scanned;
  const out: { file: string; path: string }[] = [];
  for (const dir of SCANNED) {
    for (const file of filesUnder(path.join(ROOT, dir))) {
      for (const text of stringTexts(file)) {
        for (const m of text.matchAll(PATH)) {
          const p = m[0].replace(/[.,:;)\]]+$/, '');
          // A bare top folder ("content/") is a prefix test, not a reference to a file.
          if (p.split('/').filter(Boolean).length > 1) out.push({ file: path.relative(ROOT, file), path: p });
        }
      }
    }
  }
  return (scanned = out);
}

describe('paths in messages', () => {
  it('finds the paths messages name (the scan works)', () => {
    const found = mentionedPaths();
    expect(found.some((f) => f.path === 'content/articles/<slug>/exhibits.ts')).toBe(true);
    expect(found.some((f) => f.path === 'content/sources.json')).toBe(true);
    expect(found.some((f) => f.path === 'content/articles/ai-cycle/metrics.ts' && f.file === 'content/articles/ai-cycle/metrics.ts')).toBe(true);
    // Import specifiers are not messages.
    expect(found.some((f) => f.path.startsWith('src/lib/data/load.ts') && f.file === 'scripts/data.ts')).toBe(false);
  });

  it('resolves placeholders against the repository', () => {
    expect(pathExists('content/articles/<slug>/metrics.ts')).toBe(true);
    expect(pathExists('content/data/<version>/datapackage.json')).toBe(true);
    expect(pathExists('src/lib/exhibits/<article>.ts')).toBe(false);
    expect(pathExists('content/articles/*.mdx')).toBe(false);
    expect(pathExists('src/site.config.ts')).toBe(true);
  });

  it('every path a message names exists', () => {
    const missing = mentionedPaths().filter((f) => !pathExists(f.path)).map((f) => `${f.file}: ${f.path}`);
    expect(missing).toEqual([]);
  });
});
