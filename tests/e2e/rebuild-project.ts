/**
 * Helpers for the rebuild tests: a throwaway copy of the project (so builds, new editions and broken
 * files never touch the working tree), the real build script and data CLI run inside it, and a byte
 * snapshot of an output folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { isSeq, parseDocument } from 'yaml';
import { main } from '../../scripts/data.ts';

const MAIN = process.cwd();
const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * Copies the project into a temp folder. node_modules is a real folder of symlinks to the packages, so
 * caches Vite and Astro write there (.vite, .astro) stay in the copy instead of the shared install.
 */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of COPIED) if (existsSync(path.join(MAIN, name))) cpSync(path.join(MAIN, name), path.join(dir, name), { recursive: true });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(MAIN, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro' || entry === '.cache') continue;
    symlinkSync(path.join(MAIN, 'node_modules', entry), path.join(modules, entry));
  }
  return dir;
}

/** The environment without what vitest adds (VITEST*, NODE_ENV=test…), which changes how Vite behaves in a child. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // FORCE_COLOR goes too (CI sets it): colour codes split lines such as "ready in\x1b[22m 1497 ms".
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|__VITEST|VITE_|NODE_ENV$|TEST$|MODE$|PROD$|DEV$|SSR$|BASE_URL$|FORCE_COLOR$)/.test(k)));
  return { ...env, NO_COLOR: '1', RESEARCH_CONTENT_ROOT: '', ...extra };
}


export function removeProject(dir: string): void {
  if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  code: number | null;
  output: string;
  stdout: string;
  ms: number;
}

/** `npm run build -- --out <out>` inside the copy, with PDFs skipped (they print the same HTML). */
export function build(dir: string, out: string, env: Record<string, string> = {}): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: dir,
    encoding: 'utf8',
    env: cleanEnv({ SKIP_PDF: '1', ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), stdout: stripVTControlCharacters(r.stdout), ms: performance.now() - t0 };
}

/**
 * `npm run data -- <args>` on the copy's content. Run in this process through the CLI's `main(argv, io)` with
 * `--root`: the same code without a Node start and engine load per command (about a core-second each). `diff`
 * still runs as a process inside the copy: it imports the report's exhibit and metric modules from the content
 * folder, which a process does only once; so does any command while the environment sets a variable the CLI
 * reads, which the spawned CLI runs without.
 */
export async function data(dir: string, ...args: string[]): Promise<Run> {
  const t0 = performance.now();
  if (args[0] === 'diff' || process.env.RESEARCH_CONTENT_ROOT || process.env.RESEARCH_EDITION) {
    const r = spawnSync(process.execPath, ['scripts/data.ts', ...args], { cwd: dir, encoding: 'utf8', env: cleanEnv({}) });
    return { code: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), stdout: stripVTControlCharacters(r.stdout), ms: performance.now() - t0 };
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main([...args, '--root', path.join(dir, 'content')], { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) });
  const out = stdout.join('');
  return { code, output: stripVTControlCharacters(`${out}\n${stderr.join('')}`), stdout: stripVTControlCharacters(out), ms: performance.now() - t0 };
}

/**
 * What an analyst writes after `npm run data -- new`: the edition's own title and description (`new`
 * marks the copied ones TODO) and an as-of date in its month, later than the previous edition's.
 */
export function describeEdition(dir: string, version: string, extra: Record<string, unknown> = {}): void {
  const file = path.join(dir, 'content/data', version, 'datapackage.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const own = { title: `AI race research data, ${version} edition (test)`, description: `The figures as they stood in ${version} (test edition).`, asOf: `${version}-13` };
  writeFileSync(file, `${JSON.stringify({ ...pkg, ...own, ...extra }, null, 2)}\n`);
}

/** Sets `dataset:` in every article's frontmatter (the article page refuses an edition mismatch). */
export function setArticlesDataset(dir: string, version: string): void {
  const articles = path.join(dir, 'content/articles');
  if (!existsSync(articles)) return;
  for (const f of readdirSync(articles).map((n) => path.join(n, 'index.mdx')).filter((n) => existsSync(path.join(articles, n)))) {
    const file = path.join(articles, f);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^dataset:\s*["']?\d{4}-\d{2}["']?\s*$/m, `dataset: "${version}"`));
  }
}

/**
 * Adds an article folder's slug to the end of `articles:` in the copy's content/site.yaml (the build
 * refuses an article folder the list does not name).
 */
export function addToArticleOrder(dir: string, slug: string): void {
  const file = path.join(dir, 'content/site.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const list = doc.get('articles', true);
  if (!isSeq(list)) throw new Error(`${file} has no \`articles:\` list.`);
  if (!list.items.some((item) => String((item as { value?: unknown }).value ?? item) === slug)) list.add(slug);
  writeFileSync(file, doc.toString());
}

/** Every file under `root` (relative path -> sha256 hex), sorted. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(root, full).split(path.sep).join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

/** Replaces one cell of the row with id `id` in an edition CSV, keeping every other byte. */
export function editCell(file: string, id: string, column: string, value: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
  const col = header.indexOf(column);
  const at = lines.findIndex((l) => l.startsWith(`${id},`));
  if (col < 0 || at < 0) throw new Error(`No column "${column}" or row "${id}" in ${file}.`);
  // Cells before `value` never hold commas or quotes in our tables (ids, names, periods, codes).
  const cells = lines[at]!.split(',');
  const old = cells[col]!;
  cells[col] = value;
  lines[at] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  return old;
}

/** 1-based line and column of the `column` cell of row `id`, as the validator reports them. */
export function cellPosition(file: string, id: string, column: string): { line: number; column: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const col = (lines[0] ?? '').split(',').indexOf(column);
  const at = lines.findIndex((l) => l.startsWith(`${id},`));
  const before = lines[at]!.split(',').slice(0, col).join(',');
  return { line: at + 1, column: before.length + 2 };
}

/** A started `astro dev`; `stop` ends exactly the process this started. */
export function startDev(dir: string, port: number, env: Record<string, string>) {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (b) => (log += stripVTControlCharacters(String(b))));
  child.stderr.on('data', (b) => (log += stripVTControlCharacters(String(b))));
  return {
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
