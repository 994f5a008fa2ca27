/**
 * The analyst's path, from the README alone and with no TypeScript: in a throwaway copy of the project, a
 * new dataset edition gets a new table (`npm run data -- add-table`) and its rows, a new article gets a
 * declarative bar chart (exhibits/<id>.yaml), a computed growth figure (metrics.yaml), inline values and a
 * citation; the edition is released and published; the site builds. The exhibit must then be in every
 * rendering (chart JSON, static SVG, table, CSV with units, datapackage.json), its values inline, the new
 * exhibit "new" (no revision note), the other articles untouched (their prose was checked against an
 * edition whose figures they show did not change) and the site's revision history intact.
 *
 * The same build also proves that drafts are never published and never block the build: a half-edited
 * draft edition (a broken cell, TODO metadata as `data new` leaves it) and a draft whose datapackage.json is
 * mid-edit sit beside the released editions. The build succeeds and nothing of either draft reaches the
 * output: no data/<draft>/ folder, no mention on /data/ or anywhere else. `npm run data -- validate` is
 * where the draft's problems are reported. (One build serves both stories: a full build is the slow part.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEditions } from '../../src/lib/data/load.ts';
import { addToArticleOrder, build, copyProject, data, describeEdition, editCell, removeProject, type Run } from './rebuild-project.ts';

let dir: string;
let out: string;
let next: string;
let built: Run;
const runs: Record<string, Run> = {};

const SLUG = 'zz-quarterly';
const EXHIBIT = 'acme-quarterly-revenue';
const SOURCE = 'amazon-cash-flow-statements';
// Drafts far enough ahead that their versions cannot be a date the site mentions for another reason.
const DRAFT = '2031-07';
const MID_EDIT = '2031-08';
const TEXT = /\.(html|svg|json|csv|xml|txt|js|css|webmanifest)$/;

function textFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (TEXT.test(name)) found.push(full);
    }
  };
  walk(root);
  return found;
}

function nextMonth(v: string): string {
  const [y, m] = v.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Files the analyst wrote, for the "no TypeScript" check. */
const written: string[] = [];
function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(file);
}

beforeAll(async () => {
  dir = copyProject('analyst-path-');
  out = path.join(dir, 'out');
  const content = path.join(dir, 'content');
  const latest = listEditions(content).at(-1)!;
  next = nextMonth(latest);

  // 1. A draft edition and a new table, through the CLI.
  runs.new = await data(dir, 'new', next);
  describeEdition(dir, next);
  runs.addTable = await data(dir, 'add-table', next, 'quarterly-revenue');
  const csv = path.join(content, 'data', next, 'quarterly-revenue.csv');
  const header = readFileSync(csv, 'utf8');
  const row = (quarter: string, value: string) =>
    `revenue.acme.${quarter.toLowerCase()},Acme Corp,revenue,${quarter},quarter,,${value},,,,USD,billion,reported,${SOURCE},Quarterly results,V-P,`;
  write(csv, `${header}${[row('2025-Q1', '12.4'), row('2025-Q2', '13.1'), row('2026-Q1', '15.5')].join('\n')}\n`);
  runs.validate = await data(dir, 'validate', next, '--fix-hashes');

  // 2. An article with a declarative chart, a computed figure, inline values and a citation.
  const article = path.join(content, 'articles', SLUG);
  write(
    path.join(article, 'exhibits', `${EXHIBIT}.yaml`),
    [
      'title: Acme revenue by quarter',
      'takeaway: Acme’s revenue rose to {revenue.acme.2026-q1} in the first quarter of 2026.',
      'chart: bar',
      'x: { label: Quarter }',
      'y: { label: Revenue, min: 0 }',
      'series:',
      '  - label: Revenue',
      '    rows: revenue.acme.*',
      '    x: period',
      'notes:',
      '  - Quarters as reported.',
      '',
    ].join('\n'),
  );
  write(
    path.join(article, 'metrics.yaml'),
    ['- id: metric.acme.revenue-growth', '  label: Acme revenue growth, Q1 2026 on Q1 2025', '  change: [revenue.acme.2026-q1, revenue.acme.2025-q1]', '  digits: 1', ''].join('\n'),
  );
  write(
    path.join(article, 'index.mdx'),
    [
      '---',
      'title: "Acme by quarter"',
      'summary: A short test article on Acme’s quarterly revenue.',
      'date: "2026-03-01"',
      'authors: ["Research team"]',
      'topics: ["test"]',
      `dataset: "${next}"`,
      'takeaways:',
      '  - Revenue grew in the first quarter.',
      '---',
      '',
      `Acme reported revenue of <Value of="revenue.acme.2026-q1" /> in the first quarter of 2026, up <Value of="metric.acme.revenue-growth" /> on a year earlier <Cite id="${SOURCE}" />.`,
      '',
      `<Exhibit id="${EXHIBIT}" />`,
      '',
    ].join('\n'),
  );
  addToArticleOrder(dir, SLUG);

  // 3. Release and publish; then build.
  runs.release = await data(dir, 'release', next);
  runs.publish = await data(dir, 'publish', next);

  // 4. Drafts beside the released editions: one half-edited, one whose datapackage.json is mid-edit.
  expect((await data(dir, 'new', DRAFT)).code).toBe(0);
  editCell(path.join(content, 'data', DRAFT, 'capex.csv'), 'capex.amazon.2025', 'value', '13x.5');
  mkdirSync(path.join(content, 'data', MID_EDIT));
  writeFileSync(path.join(content, 'data', MID_EDIT, 'datapackage.json'), '{ "version": "2031-08", "status": "draft", ');
  built = build(dir, out);
}, 240_000);

afterAll(() => removeProject(dir));

const page = () => readFileSync(path.join(out, 'articles', SLUG, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the analyst path, without TypeScript', () => {
  it('runs every CLI step and builds', () => {
    for (const [step, r] of Object.entries(runs)) expect(r.code, `${step}: ${r.output}`).toBe(0);
    expect(runs.addTable!.output).toContain('quarterly-revenue.csv');
    expect(built.code, built.output).toBe(0);
    expect(written.every((f) => !/\.(ts|tsx|js|mjs)$/.test(f))).toBe(true);
  });

  it('puts the exhibit in the chart JSON, the static SVGs and the data table', () => {
    const html = page();
    const json = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(html.slice(html.indexOf(`id="exhibit-${EXHIBIT}"`)))?.[1];
    expect(json, 'chart JSON').toBeTruthy();
    const spec = JSON.parse(json!) as { series: { points: { x: string; y: number; unit?: string; scale?: string; keys: string[] }[] }[] };
    expect(spec.series[0]!.points.map((p) => [p.x, p.y])).toEqual([
      ['2025-Q1', 12.4],
      ['2025-Q2', 13.1],
      ['2026-Q1', 15.5],
    ]);
    for (const theme of ['', '.dark']) expect(readFileSync(path.join(out, 'exhibits', `${EXHIBIT}${theme}.svg`), 'utf8')).toMatch(/^<\?xml|^<svg/);
    const table = html.slice(html.indexOf(`id="exhibit-${EXHIBIT}"`));
    expect(text(table)).toMatch(/2026-Q1 \$15\.5bn/);
  });

  it('writes a CSV whose every row has its unit and scale, and a datapackage describing it', () => {
    const csv = readFileSync(path.join(out, 'downloads', EXHIBIT, 'data.csv'), 'utf8').trim().split('\r\n');
    const header = csv[0]!.split(',');
    const rows = csv.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i], v])));
    expect(rows).toHaveLength(3);
    for (const r of rows) expect([r.unit, r.scale, r.kind]).toEqual(['USD', 'billion', 'reported']);
    const pkg = JSON.parse(readFileSync(path.join(out, 'downloads', EXHIBIT, 'datapackage.json'), 'utf8')) as { version: string; resources: { path: string }[] };
    expect(pkg.version).toBe(next);
    expect(pkg.resources[0]!.path).toBe('data.csv');
  });

  it('prints the values and the computed growth inline, with the citation', () => {
    const t = text(page());
    // Each value prints its text, then its tooltip (label, formula, source) for hover and focus.
    expect(t).toMatch(/Acme reported revenue of \$15\.5 billion Acme Corp revenue, 2026-Q1: \$15\.5 billion\. .*? in the first quarter of 2026, up 25\.0% Acme revenue growth, Q1 2026 on Q1 2025: 25\.0%\. Derived \(computed from reported figures\)\. Computed: \$15\.5bn ÷ \$12\.4bn − 1\./);
    expect(page()).toContain(`id="ref-${SOURCE}"`);
  });

  it('treats the new exhibit as new, and keeps the revision history of the others', () => {
    const html = page();
    const figure = html.slice(html.indexOf(`id="exhibit-${EXHIBIT}"`), html.indexOf('</figure>', html.indexOf(`id="exhibit-${EXHIBIT}"`)));
    expect(figure).not.toMatch(/Revised since|Updated since/);
    // The capex exhibits were revised between the first two editions: an add-only edition keeps those notes.
    expect(readFileSync(path.join(out, 'articles', 'capex', 'index.html'), 'utf8')).toMatch(/(Revised|Updated)( in edition [\d-]+,)? since edition 2025-02/);
    expect(existsSync(path.join(out, 'data', next))).toBe(true);
  });
});

describe('a half-edited draft beside the released editions', () => {
  it('is reported by `data validate`', async () => {
    const r = await data(dir, 'validate', DRAFT);
    expect(r.code).toBe(1);
    expect(r.output).toContain('"13x.5" is not a number.');
    expect(r.output).toContain('"title" still starts with the TODO marker');
  });

  it('does not stop the build, and nothing of it is published', () => {
    expect(built.code, built.output).toBe(0);
    const released = Object.keys((JSON.parse(readFileSync(path.join(dir, 'content/data/editions.lock.json'), 'utf8')) as { editions: object }).editions).sort();
    expect(readdirSync(path.join(out, 'data')).filter((n) => /^\d{4}-\d{2}$/.test(n)).sort()).toEqual(released);
    const page = readFileSync(path.join(out, 'data/index.html'), 'utf8');
    for (const version of released) expect(page).toContain(`Edition ${version}`);
    for (const file of textFiles(out)) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(DRAFT) || text.includes(MID_EDIT), path.relative(out, file)).toBe(false);
    }
  });
});
