// Scale benchmark: `npm run bench -- --scale [--sizes 10,50,200] [--pdf-sizes 10,50]`. For each size N it
// writes a synthetic report of N articles through the real authoring path (scripts/lib/bench-report.ts),
// builds it without PDFs from an empty output cache, again with the cache warm, then with PDFs (for the
// sizes in --pdf-sizes), and builds the same MDX with plain Astro + @astrojs/mdx. It prints wall time, the
// time of each build stage, the peak RSS of the largest process, the output size, and the ratio to bare
// Astro; then the cost of each added article and exhibit between sizes. Times are this machine's only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { generateReport, removeReport } from './lib/bench-report.ts';

interface Measured {
  ms: number;
  stages: Map<string, number>;
  rssMb: number | undefined;
  outMb: number;
}

function arg(name: string, fallback: string): number[] {
  const i = process.argv.indexOf(name);
  const text = i >= 0 ? (process.argv[i + 1] ?? '') : fallback;
  return text
    .split(',')
    .filter(Boolean)
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes whole numbers separated by commas (got "${text}").`);
      return n;
    });
}

function folderBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

const TIME = '/usr/bin/time';
/** Runs a Node script in cwd under GNU time (when installed) for the peak RSS of the largest process. */
function run(cwd: string, args: string[], env: Record<string, string>, out: string): Measured {
  const withTime = fs.existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-v', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', RESEARCH_CONTENT_ROOT: '', ...env } });
  const ms = performance.now() - t0;
  const stdout = stripVTControlCharacters(r.stdout);
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  const stages = new Map([...stdout.matchAll(/^stage: (.+) (\d+) ms$/gm)].map((m) => [m[1]!, Number(m[2])]));
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return { ms, stages, rssMb: rss ? Number(rss) / 1024 : undefined, outMb: folderBytes(out) / 1024 / 1024 };
}

const sizes = arg('--sizes', '10,50,200');
const pdfSizes = new Set(arg('--pdf-sizes', '10,50'));
// static SVGs, downloads and social cards are written by a second process beside Astro (src/integrations/
// asset-files.ts): their time is work done, not wall time; "waiting for assets" is what the pages waited.
const STAGES = ['Astro bundling', 'Astro pages', 'static SVGs', 'downloads', 'social cards', 'waiting for assets', 'search index', 'PDFs'];
const s = (ms: number) => (ms / 1000).toFixed(1);

interface Row {
  n: number;
  exhibits: number;
  build: string;
  m: Measured;
  bare?: Measured;
}
const rows: Row[] = [];
for (const n of sizes) {
  const t0 = performance.now();
  const report = generateReport(n);
  console.log(`N=${n}: report written in ${s(performance.now() - t0)} s (${report.exhibits} exhibits, two editions through the data CLI)`);
  const cache = fs.mkdtempSync(path.join(tmpdir(), 'bench-cache-'));
  try {
    const out = path.join(report.dir, 'dist');
    const build = (env: Record<string, string>) => run(report.dir, ['scripts/build.mjs', '--out', out], { OUTPUT_CACHE_DIR: cache, ...env }, out);
    const bare = run(report.bareDir, ['node_modules/astro/bin/astro.mjs', 'build'], {}, path.join(report.bareDir, 'dist'));
    // Each build's figures as soon as they are measured, so a long run that is stopped (or a build that
    // fails) keeps what it had.
    const measure = (label: string, env: Record<string, string>) => {
      const r: Row = { n, exhibits: report.exhibits, build: label, m: build(env), bare };
      rows.push(r);
      console.log(`  ${r.build}: ${s(r.m.ms)} s; ${[...r.m.stages].map(([k, v]) => `${k} ${s(v)} s`).join(', ')}; peak RSS ${r.m.rssMb?.toFixed(0) ?? '-'} MB; output ${r.m.outMb.toFixed(1)} MB; bare Astro ${s(bare.ms)} s`);
    };
    measure('no PDFs, cold cache', { SKIP_PDF: '1' });
    measure('no PDFs, warm cache', { SKIP_PDF: '1' });
    if (pdfSizes.has(n)) {
      fs.rmSync(cache, { recursive: true, force: true });
      measure('with PDFs, cold cache', {});
      measure('with PDFs, warm cache', {});
    }
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
    removeReport(report);
  }
}

const head = ['N', 'build', 'wall s', ...STAGES.map((x) => `${x} s`), 'peak RSS MB', 'output MB', 'bare Astro s', 'ratio'];
const table = rows.map((r) => [
  String(r.n),
  r.build,
  s(r.m.ms),
  ...STAGES.map((x) => (r.m.stages.has(x) ? s(r.m.stages.get(x)!) : '-')),
  r.m.rssMb === undefined ? '-' : r.m.rssMb.toFixed(0),
  r.m.outMb.toFixed(1),
  r.bare ? s(r.bare.ms) : '-',
  r.bare ? `${(r.m.ms / r.bare.ms).toFixed(1)}×` : '-',
]);
console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${table.map((t) => `| ${t.join(' | ')} |`).join('\n')}`);

// Marginal cost between consecutive sizes: each article brings its exhibits, so the per-exhibit figure
// divides the same difference by the exhibits added (both are upper bounds of their own share).
for (const build of [...new Set(rows.map((r) => r.build))]) {
  const line = rows.filter((r) => r.build === build);
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const dms = b.m.ms - a.m.ms;
    const bare = b.bare && a.bare ? (b.bare.ms - a.bare.ms) / (b.n - a.n) : undefined;
    console.log(
      `${build}, N ${a.n}→${b.n}: ${(dms / (b.n - a.n)).toFixed(0)} ms per added article (bare Astro ${bare === undefined ? '-' : bare.toFixed(0)} ms), ${(dms / (b.exhibits - a.exhibits)).toFixed(0)} ms per added exhibit`,
    );
  }
}
