// Benchmark: builds the site (timed, into a scratch folder so dist/ is untouched) and prints, per page,
// the HTML size and the JavaScript (gzip) loaded before and after charts come into view. Byte counts are
// deterministic and enforced by tests/unit/budgets.test.ts; times are not, so they live only here.
// Then the incremental figure (scripts/lib/bench-incremental.ts): a full build with PDFs from an empty
// output cache against a rebuild after one value changed; `--no-incremental` skips it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureIncremental } from './lib/bench-incremental.ts';
import { BUDGETS, budgetFor, pageWeights, staticImageWeights } from './lib/page-weight.ts';

// `npm run bench -- --scale`: the scale benchmark on synthetic reports instead (scripts/bench-scale.ts).
if (process.argv.includes('--scale')) {
  await import('./bench-scale.ts');
  process.exit(0);
}

const out = path.resolve('.cache/bench-site');
fs.rmSync(out, { recursive: true, force: true });
const t0 = process.hrtime.bigint();
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const buildSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
if (build.status !== 0) {
  console.error('The benchmark build failed; see the errors above.');
  process.exit(1);
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const rows = pageWeights(out);
const width = Math.max(...rows.map((r) => r.page.length), 4);
console.log(`${'page'.padEnd(width)}  html KB  html gz KB  JS before charts (gz KB)  JS total (gz KB)`);
let over = 0;
for (const r of rows) {
  const budget = budgetFor(r);
  const flag = r.jsInitialGzip > budget.initial || r.jsTotalGzip > budget.total ? '  OVER BUDGET' : '';
  if (flag) over++;
  console.log(`${r.page.padEnd(width)}  ${kb(r.htmlBytes)}  ${kb(r.htmlGzip).padStart(10)}  ${kb(r.jsInitialGzip).padStart(24)}  ${kb(r.jsTotalGzip).padStart(16)}${flag}`);
}
const files = fs.readdirSync(out, { recursive: true }).length;
// The build prints "post-build: <step> (<ms> ms)" per step; the Astro part is what remains of the wall time.
const steps = [...build.stdout.matchAll(/^post-build: (.+) \((\d+) ms\)$/gm)].map((m) => ({ name: m[1]!, seconds: Number(m[2]) / 1000 }));
const stepsText = steps.map((s) => `${s.name} ${s.seconds.toFixed(1)} s`).join(', ');
console.log(`\nbuild wall time: ${buildSeconds.toFixed(1)} s (${rows.length} pages, ${files} files in output)${stepsText ? `; of which ${stepsText}` : ''}`);
const images = staticImageWeights(out);
const heaviest = images[0];
if (heaviest) {
  const overImages = images.filter((i) => i.gzip > BUDGETS.staticImage);
  over += overImages.length;
  const total = images.reduce((a, i) => a + i.gzip, 0);
  console.log(`static images: ${images.length}, ${kb(total).trim()} KB gzip in all; largest ${heaviest.file} ${kb(heaviest.gzip).trim()} KB (budget ${kb(BUDGETS.staticImage).trim()} KB each)${overImages.length ? `; OVER BUDGET: ${overImages.map((i) => i.file).join(', ')}` : ''}`);
}
const pdfs = [...build.stdout.matchAll(/^\s+(pdf\/\S+\.pdf)\s+(\d+) KB/gm)].map((m) => `${m[1]} ${m[2]} KB`);
if (pdfs.length) console.log(`PDFs: ${pdfs.join(', ')}`);
console.log(`budgets: pages without exhibits ≤ ${BUDGETS.pageWithoutExhibits} B JS; articles ≤ ${kb(BUDGETS.articleInitial).trim()} KB before charts, ≤ ${kb(BUDGETS.articleTotal).trim()} KB total; static images ≤ ${kb(BUDGETS.staticImage).trim()} KB each (gzip)`);
console.log(over ? `${over} page(s) or image(s) over budget` : 'all pages and images within budget');

if (!process.argv.includes('--no-incremental')) {
  console.log('\nincremental rebuild (a throwaway copy; full build with PDFs from an empty cache, then one value changed)…');
  const r = measureIncremental();
  const stages = (m: Map<string, number>) => [...m].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
  console.log(`full build:        ${(r.fullMs / 1000).toFixed(1)} s (${stages(r.fullStages)})`);
  console.log(`one-value rebuild: ${(r.oneValueMs / 1000).toFixed(1)} s (${stages(r.oneValueStages)}); PDFs from the cache: ${r.cachedPdfs}`);
  console.log(`one-value rebuild / full build: ${((100 * r.oneValueMs) / r.fullMs).toFixed(0)}% (changed: ${r.key}; goal ≤ 40%)`);
}
process.exit(over ? 1 : 0);
