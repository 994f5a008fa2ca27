/**
 * A synthetic report of N articles written through the real authoring path, for the scale benchmark
 * (scripts/bench-scale.ts): a throwaway copy of the project whose content/ has N article folders (prose with
 * <Value> figures, KaTeX maths and K declarative YAML exhibits each) and two dataset editions made with the
 * data CLI (`new`, `add-table`, `validate --fix-hashes`, `release`, `publish`), the second revising some
 * figures of the first so every revision note is computed. The bare twin (the same MDX with each exhibit an
 * <img> and each value plain text) is written for a plain Astro + MDX project to compare against.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXHIBITS_PER_ARTICLE = 3;
const SUBJECTS = ['alpha', 'bravo', 'charlie', 'delta'];
const YEARS = ['2023', '2024'];
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const FIXTURE = 'tests/fixtures/second-report/content';

const slugOf = (i: number) => `topic-${String(i + 1).padStart(3, '0')}`;
const exhibitOf = (i: number, j: number) => `${slugOf(i)}-e${j + 1}`;
const rowId = (i: number, j: number, subject: string, year: string) => `bench-${exhibitOf(i, j)}.${subject}.${year}`;
const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** node_modules as a folder of links, so the copy's Vite and Astro caches stay in the copy. */
function linkModules(from: string, dir: string): void {
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(from, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro' || entry === '.cache') continue;
    symlinkSync(path.join(from, 'node_modules', entry), path.join(modules, entry));
  }
}

function cli(dir: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['scripts/data.ts', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', RESEARCH_CONTENT_ROOT: '' } });
  if (r.status !== 0) throw new Error(`npm run data -- ${args.join(' ')} failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
}

/** A value for row (i, j, subject, year) in an edition; edition 2 revises every fifth exhibit. */
function value(i: number, j: number, s: number, y: number, revised: boolean): string {
  const base = 10 + ((i * 7 + j * 5 + s * 3) % 40) + y * 2.5;
  const bump = revised && (i * EXHIBITS_PER_ARTICLE + j) % 5 === 0 ? 1.1 : 1;
  return (Math.round(base * bump * 10) / 10).toFixed(1);
}

function rows(n: number, revised: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < EXHIBITS_PER_ARTICLE; j++)
      SUBJECTS.forEach((subject, s) =>
        YEARS.forEach((year, y) => {
          const cells: Record<string, string> = {
            id: rowId(i, j, subject, year),
            subject: title(subject),
            metric: `bench-${exhibitOf(i, j)}`,
            period: year,
            period_type: 'calendar-year',
            value: value(i, j, s, y, revised),
            unit: 'USD',
            scale: 'billion',
            kind: 'reported',
            source: 'harbor-wind-survey-2025',
            locator: `Table ${i + 1}`,
            confidence: 'V-P',
          };
          out.push(JSON.stringify(cells));
        }),
      );
  return out;
}

function writeRows(csv: string, json: string[]): void {
  const header = readFileSync(csv, 'utf8').split(/\r?\n/)[0]!;
  const fields = header.split(',');
  const lines = json.map((j) => {
    const cells = JSON.parse(j) as Record<string, string>;
    return fields.map((f) => cells[f] ?? '').join(',');
  });
  writeFileSync(csv, `${header}\n${lines.join('\n')}\n`);
}

function describeEdition(dir: string, version: string, asOf: string, changelog: string): void {
  const file = path.join(dir, 'content/data', version, 'datapackage.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  Object.assign(pkg, { title: `Benchmark data, ${version} edition`, description: `Synthetic figures for the scale benchmark, edition ${version}.`, asOf, changelog: [changelog] });
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

function exhibitYaml(i: number, j: number): string {
  const id = exhibitOf(i, j);
  return [
    `title: Investment by company${j === 0 ? '' : j === 1 ? ', stacked' : ', as lines'}`,
    `takeaway: Alpha invested {${rowId(i, j, 'alpha', '2024')}} in the latest year.`,
    j === 2 ? 'chart: line' : j === 1 ? 'chart: stacked-bar' : 'chart: bar',
    'x: { label: Company }',
    'y: { label: Investment, min: 0 }',
    'series:',
    ...YEARS.map((year) => `  - label: "${year}"\n    rows: bench-${id}.*.${year}\n    x: subject`),
    'notes:',
    '  - Synthetic figures generated for the scale benchmark.',
    '',
  ].join('\n');
}

function prose(i: number, bare: boolean, values: Map<string, string>): string {
  const v = (key: string) => (bare ? (values.get(key) ?? '') : `<Value of="${key}" />`);
  const paragraphs: string[] = [];
  for (let j = 0; j < EXHIBITS_PER_ARTICLE; j++) {
    const a = rowId(i, j, 'alpha', '2024');
    const b = rowId(i, j, 'bravo', '2024');
    const c = rowId(i, j, 'charlie', '2023');
    paragraphs.push(
      `## Part ${j + 1}: spending by company`,
      '',
      `Alpha spent ${v(a)} last year and Bravo ${v(b)}, while Charlie had spent ${v(c)} the year before. The compute a model needs grows with its size $N$ and its training data $D$, roughly as $C \\approx 6ND$, so spending follows the models being trained.`,
      '',
      '$$',
      `I_{t} = \\sum_{k=1}^{K} \\frac{s_k}{(1+r)^{t}}`,
      '$$',
      '',
      bare ? `<img src="/exhibits/placeholder.svg" width="720" height="400" alt="Exhibit ${j + 1}" />` : `<Exhibit id="${exhibitOf(i, j)}" />`,
      '',
      'Companies that build data centres commit to spending years ahead, and the guidance they give moves with demand for inference. The exhibit above shows how the totals split between the companies we follow.',
      '',
    );
  }
  return paragraphs.join('\n');
}

function frontmatter(i: number): string {
  return ['---', `title: "Topic ${i + 1}: where the investment went"`, `summary: "Part ${i + 1} of the synthetic scale benchmark."`, 'date: "2025-12-10"', 'authors: ["Benchmark"]', 'topics: ["benchmark"]', 'dataset: "2025-12"', 'takeaways:', '  - Spending rose at every company we follow.', '---', ''].join('\n');
}

export interface BenchReport {
  /** Project copy whose content/ is the synthetic report. */
  dir: string;
  /** Plain Astro + MDX project with the same articles. */
  bareDir: string;
  articles: number;
  exhibits: number;
}

/** Writes the synthetic report of n articles and its bare twin into fresh temp folders. */
export function generateReport(n: number, root = process.cwd()): BenchReport {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-scale-${n}-`));
  for (const name of PROJECT_FILES) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  linkModules(root, dir);
  const content = path.join(dir, 'content');
  cpSync(path.join(root, FIXTURE), content, { recursive: true });
  rmSync(path.join(content, 'articles'), { recursive: true, force: true });

  // Edition 1 (a draft made from the fixture's released edition), then edition 2 revising it.
  cli(dir, 'new', '2025-09');
  describeEdition(dir, '2025-09', '2025-09-15', 'Adds the benchmark table.');
  cli(dir, 'add-table', '2025-09', 'bench', '--title', 'Benchmark investment');
  writeRows(path.join(content, 'data/2025-09/bench.csv'), rows(n, false));
  cli(dir, 'validate', '2025-09', '--fix-hashes');
  cli(dir, 'release', '2025-09');
  cli(dir, 'new', '2025-12');
  describeEdition(dir, '2025-12', '2025-12-05', 'Revises every fifth exhibit.');
  writeRows(path.join(content, 'data/2025-12/bench.csv'), rows(n, true));
  cli(dir, 'validate', '2025-12', '--fix-hashes');
  cli(dir, 'release', '2025-12');

  const values = new Map<string, string>();
  for (const line of rows(n, true)) {
    const r = JSON.parse(line) as Record<string, string>;
    // Plain text, no "$": in MDX with remark-math two dollar signs would start maths.
    values.set(r.id!, `${r.value} billion dollars`);
  }
  const slugs = Array.from({ length: n }, (_, i) => slugOf(i));
  for (let i = 0; i < n; i++) {
    const folder = path.join(content, 'articles', slugs[i]!);
    mkdirSync(path.join(folder, 'exhibits'), { recursive: true });
    writeFileSync(path.join(folder, 'index.mdx'), frontmatter(i) + prose(i, false, values));
    for (let j = 0; j < EXHIBITS_PER_ARTICLE; j++) writeFileSync(path.join(folder, 'exhibits', `${exhibitOf(i, j)}.yaml`), exhibitYaml(i, j));
  }
  const siteFile = path.join(content, 'site.yaml');
  const site = readFileSync(siteFile, 'utf8').replace(/\narticles:\n(?:\s+- .*\n?)*/, `\narticles:\n${slugs.map((s) => `  - ${s}`).join('\n')}\n`);
  writeFileSync(siteFile, site);
  cli(dir, 'publish', '2025-12');

  const bareDir = mkdtempSync(path.join(tmpdir(), `bench-bare-${n}-`));
  linkModules(root, bareDir);
  writeFileSync(path.join(bareDir, 'package.json'), '{ "name": "bench-bare", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(bareDir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      "import { unified } from '@astrojs/markdown-remark';",
      "import remarkMath from 'remark-math';",
      "import rehypeKatex from 'rehype-katex';",
      '// The same Markdown pipeline as the engine (remark-math + KaTeX), nothing else.',
      'export default defineConfig({ integrations: [mdx()], markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) } });',
      '',
    ].join('\n'),
  );
  // The bare project's own public folder (not this project's): the exhibit stand-in.
  mkdirSync(path.join(bareDir, 'public', 'exhibits'), { recursive: true });
  cpSync(path.join(root, 'public/logo.svg'), path.join(bareDir, 'public', 'exhibits', 'placeholder.svg'));
  for (let i = 0; i < n; i++) {
    const folder = path.join(bareDir, 'src/pages/articles', slugs[i]!);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.mdx'), frontmatter(i) + prose(i, true, values));
  }
  if (!existsSync(path.join(root, 'public/logo.svg'))) throw new Error('public/logo.svg is missing: the bare project copies it as its exhibit placeholder.');
  return { dir, bareDir, articles: n, exhibits: n * EXHIBITS_PER_ARTICLE };
}

export function removeReport(r: BenchReport): void {
  for (const d of [r.dir, r.bareDir]) if (d.startsWith(tmpdir())) rmSync(d, { recursive: true, force: true });
}
