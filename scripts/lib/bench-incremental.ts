/**
 * The incremental-rebuild figure of `npm run bench`: on a throwaway copy of the project (the real report),
 * a draft edition identical to the latest one is previewed and built with PDFs from an empty output cache
 * (the full build), then one value the first article prints inline is changed and the site is built again
 * with the cache warm (the one-value rebuild). Only the outputs that show that value should be made again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse } from 'yaml';

const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

export interface IncrementalResult {
  key: string;
  fullMs: number;
  oneValueMs: number;
  /** Build stage → ms, for each build ("stage: <name> <ms> ms" lines). */
  fullStages: Map<string, number>;
  oneValueStages: Map<string, number>;
  /** Outputs taken from the cache in the one-value rebuild, e.g. "PDFs 7/8". */
  cachedPdfs: string;
}

function copyProject(root: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-incremental-'));
  for (const name of PROJECT_FILES) if (existsSync(path.join(root, name))) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  // node_modules as a folder of links, so the copy's Vite and Astro caches stay in the copy.
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro' || entry === '.cache') continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

function node(dir: string, args: string[], env: Record<string, string>): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', RESEARCH_CONTENT_ROOT: '', ...env } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed in ${dir}:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  return { ms, stdout: stripVTControlCharacters(r.stdout) };
}

const stagesOf = (stdout: string) => new Map([...stdout.matchAll(/^stage: (.+) (\d+) ms$/gm)].map((m) => [m[1]!, Number(m[2])]));

/** The first `<Value of="…">`, in article order, that is a row of the edition's CSVs, and that row's CSV file. */
function shownRow(content: string, version: string): { key: string; file: string } {
  const order = ((parse(readFileSync(path.join(content, 'site.yaml'), 'utf8')) as { articles?: string[] }).articles ?? []).map(String);
  const dataDir = path.join(content, 'data', version);
  const csvs = readdirSync(dataDir).filter((f) => f.endsWith('.csv'));
  for (const slug of order) {
    const mdx = path.join(content, 'articles', slug, 'index.mdx');
    if (!existsSync(mdx)) continue;
    for (const m of readFileSync(mdx, 'utf8').matchAll(/<Value of="([^"]+)"/g)) {
      const file = csvs.find((f) => readFileSync(path.join(dataDir, f), 'utf8').split('\n').some((l) => l.startsWith(`${m[1]},`)));
      if (file) return { key: m[1]!, file: path.join(dataDir, file) };
    }
  }
  throw new Error(`No article in ${content} prints a dataset row inline (<Value of="<row id>">), so there is no value to change.`);
}

/** Multiplies the `value` cell of row `key` by 1.05, keeping every other byte. */
function bumpValue(file: string, key: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const col = lines[0]!.replace(/^\uFEFF/, '').split(',').indexOf('value');
  const at = lines.findIndex((l) => l.startsWith(`${key},`));
  const cells = lines[at]!.split(',');
  const old = cells[col]!;
  const decimals = old.includes('.') ? old.split('.')[1]!.length : 0;
  cells[col] = (Number(old) * 1.05).toFixed(decimals);
  lines[at] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
}

function nextMonth(version: string): string {
  const [y, m] = version.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function measureIncremental(root = process.cwd()): IncrementalResult {
  const dir = copyProject(root);
  try {
    const content = path.join(dir, 'content');
    const latest = readdirSync(path.join(content, 'data')).filter((n) => /^\d{4}-\d{2}$/.test(n)).sort().at(-1)!;
    const draft = nextMonth(latest);
    node(dir, ['scripts/data.ts', 'new', draft], {});
    // What an analyst writes after `new`: the draft's own title, description and as-of date.
    const pkgFile = path.join(content, 'data', draft, 'datapackage.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, title: `Benchmark edition ${draft}`, description: `The figures of ${latest}, one revised (benchmark).`, asOf: `${draft}-13` }, null, 2)}\n`);
    node(dir, ['scripts/data.ts', 'validate', draft, '--fix-hashes'], {});
    // Articles name the edition their prose was checked against; point them at the draft.
    for (const slug of readdirSync(path.join(content, 'articles'))) {
      const mdx = path.join(content, 'articles', slug, 'index.mdx');
      if (existsSync(mdx)) writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/^dataset:\s*["']?\d{4}-\d{2}["']?\s*$/m, `dataset: "${draft}"`));
    }
    const env = { RESEARCH_EDITION: draft, OUTPUT_CACHE_DIR: path.join(dir, '.cache/outputs') };
    const full = node(dir, ['scripts/build.mjs', '--out', path.join(dir, 'out-full')], env);
    const { key, file } = shownRow(content, draft);
    bumpValue(file, key);
    node(dir, ['scripts/data.ts', 'validate', draft, '--fix-hashes'], {});
    const one = node(dir, ['scripts/build.mjs', '--out', path.join(dir, 'out-one')], env);
    const pdfLines = [...one.stdout.matchAll(/^\s+pdf\/\S+\.pdf\s+\d+ KB\s+\((\d+) ms(, cached)?\)$/gm)];
    return {
      key,
      fullMs: full.ms,
      oneValueMs: one.ms,
      fullStages: stagesOf(full.stdout),
      oneValueStages: stagesOf(one.stdout),
      cachedPdfs: `${pdfLines.filter((m) => m[2]).length}/${pdfLines.length}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
