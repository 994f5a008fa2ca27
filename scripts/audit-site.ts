// Lighthouse audit of every page of the built site: performance, accessibility, best practices and SEO
// (mobile settings, Debian Chromium through chrome-launcher), one row per page, then the minimum of each
// category and the audits that cost points. Not part of the tests: scores depend on machine load.
//
//   npm run audit:site                     build into .cache/audit-site, then audit every page
//   npm run audit:site -- --no-build       audit dist/ as it is (fails if there is none)
//   npm run audit:site -- --dir <folder>   audit another built site
//   npm run audit:site -- --only /articles/capex/ --only /
//   npm run audit:site -- --strict         exit 1 when any score is below 100
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium-path.mjs';
import { serveProduction } from './lib/production-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const SHORT: Record<Category, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let dir = values('--dir')[0] ? path.resolve(values('--dir')[0] as string) : undefined;
if (!dir && flag('--no-build')) dir = path.resolve('dist');
if (!dir) {
  dir = path.resolve('.cache/audit-site');
  console.log('Building the site into .cache/audit-site …');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) fail('The site did not build, so it cannot be audited. Fix the errors above and run `npm run audit:site` again.');
}
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  fail(`There is no built site in ${path.relative(process.cwd(), dir) || '.'}/ (no index.html). Run \`npm run build\` first, or drop --no-build to build one.`);
}
const chromePath = chromiumPath();
if (!chromePath) fail('Chromium is not installed, so Lighthouse cannot run. Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.');

/** Every page of the built site as a URL path: each index.html folder, plus the 404 page. */
function pages(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name === 'index.html') out.push(`/${path.relative(root, d).split(path.sep).join('/')}/`.replace(/\/+$/, '/'));
    }
  };
  walk(root);
  if (fs.existsSync(path.join(root, '404.html'))) out.push('/404.html');
  return out.sort();
}

const only = values('--only');
const list = only.length ? pages(dir).filter((p) => only.includes(p)) : pages(dir);
if (list.length === 0) fail(`No page matched ${only.join(', ')}. Pages: ${pages(dir).join(', ')}.`);

// Served as a static host would serve it (gzip, the _headers file), so transfer sizes are realistic.
const server = await serveProduction(dir);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const rows: { page: string; scores: Record<Category, number>; lost: string[]; noindex: boolean }[] = [];
try {
  for (const page of list) {
    const url = new URL(page.slice(1), server.url).href;
    // Lighthouse's defaults are its mobile settings: a Moto G Power-sized screen and simulated slow 4G.
    let lhr;
    // A trace occasionally fails to record (NO_NAVSTART) on a busy machine; such runs are repeated.
    for (let attempt = 1; ; attempt++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) fail(`Lighthouse returned nothing for ${page}.`);
      lhr = result.lhr;
      if (!lhr.runtimeError) break;
      if (attempt === 3) fail(`Lighthouse could not audit ${page} (3 attempts): ${lhr.runtimeError.message}`);
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    // Audits that cost points: scored below 1 and weighted in a category.
    const lost = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${SHORT[c]}: ${lhr.audits[ref.id]?.title} (${ref.id}${lhr.audits[ref.id]?.displayValue ? `, ${lhr.audits[ref.id]?.displayValue}` : ''})`),
    );
    // Pages that ask not to be indexed (search, print) lose SEO points by design; they are flagged.
    const file = page.endsWith('/') ? path.join(dir, page, 'index.html') : path.join(dir, page);
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(fs.readFileSync(file, 'utf8'));
    rows.push({ page, scores, lost, noindex });
    console.log(`${page}  ${CATEGORIES.map((c) => `${SHORT[c]} ${scores[c]}`).join('  ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const width = Math.max(16, ...rows.map((r) => r.page.length + (r.noindex ? 10 : 0)));
const line = (label: string, cells: (string | number)[]) => `| ${label.padEnd(width)} | ${cells.map((c) => String(c).padStart(14)).join(' | ')} |`;
console.log('');
console.log(line('page', CATEGORIES.map((c) => c)));
console.log(`|${'-'.repeat(width + 2)}|${CATEGORIES.map(() => `${'-'.repeat(15)}:`).join('|')}|`);
for (const r of rows) console.log(line(r.noindex ? `${r.page} (noindex)` : r.page, CATEGORIES.map((c) => r.scores[c])));
const minOf = (list: typeof rows) => Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(...list.map((r) => r.scores[c]))])) as Record<Category, number>;
const min = minOf(rows);
console.log(line('minimum', CATEGORIES.map((c) => min[c])));
const indexed = rows.filter((r) => !r.noindex);
if (indexed.length && indexed.length < rows.length) {
  const m = minOf(indexed);
  console.log(line('minimum, indexed', CATEGORIES.map((c) => m[c])));
}

const below = rows.filter((r) => r.lost.length);
if (below.length) {
  console.log('\nAudits that cost points:');
  for (const r of below) for (const l of r.lost) console.log(`  ${r.page}  ${l}`);
}
if (flag('--strict') && CATEGORIES.some((c) => min[c] < 100)) process.exit(1);
