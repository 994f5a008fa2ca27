/**
 * The engine knows no particular report: a second, unrelated report (tests/fixtures/second-report/content:
 * its own site.yaml, sources, one released edition, two articles with an exhibit and a metric) builds
 * with the real engine into a site that shows its own firm, title, figures and references, and carries
 * nothing of the main report: no firm, title, exhibit, metric or source id of it anywhere in dist/.
 *
 * Needs no site from the global setup; `E2E_SITE_DIR=<any built site>` skips that build when running
 * this file alone.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { loadReportModules } from '../../src/lib/report/modules.ts';
import { build, copyProject, removeProject, type Run } from './rebuild-project.ts';

const FIXTURE = path.resolve('tests/fixtures/second-report/content');
const MAIN = path.resolve('content');
const EXHIBIT = 'wind-investment-by-country';

let dir: string;
let out: string;
let run: Run;

beforeAll(() => {
  dir = copyProject('second-report-');
  rmSync(path.join(dir, 'content'), { recursive: true, force: true });
  cpSync(FIXTURE, path.join(dir, 'content'), { recursive: true });
  out = path.join(dir, 'dist');
  run = build(dir, out);
}, 300_000);
afterAll(() => removeProject(dir));

const page = (rel: string) => readFileSync(path.join(out, rel), 'utf8');

/** Text files of the built site (binary ones, such as PNGs, zips and the compressed search index, skipped). */
function textFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(html|xml|json|js|mjs|css|txt|svg|csv|webmanifest)$|^_headers$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}

describe('a second report built by the same engine', () => {
  it('builds', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('shows its own firm, title, takeaways, colours and article order on the home page', () => {
    const home = page('index.html');
    expect(home).toMatch(/<h1[^>]*>Tides of Capital<\/h1>/);
    expect(home).toMatch(/<title>Tides of Capital<\/title>/);
    expect(home).toContain('Harbor Light Capital · Research');
    expect(home).toContain('Grid connections, not turbines, set the pace of new projects.');
    expect(home).toContain('--brand:#0b5d4b;--accent:#c2571a');
    expect(home).toContain('href="https://research.harborlightcapital.com/"');
    const articles = [...home.matchAll(/href="\/articles\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
    expect([...new Set(articles)]).toEqual(['north-sea', 'outlook-2025']);
  });

  it("draws its exhibit from its own edition: chart JSON, table and CSV", () => {
    const html = page('articles/north-sea/index.html');
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
    const spec = JSON.parse(json ?? 'null') as { id: string; edition: string; series: { label: string; points: { x: string; y: number }[] }[] };
    expect(spec.id).toBe(EXHIBIT);
    expect(spec.edition).toBe('2025-06');
    expect(spec.series.map((s) => [s.label, s.points.map((p) => [p.x, p.y])])).toEqual([
      ['2023', [['United Kingdom', 12.4], ['Germany', 6.1], ['Netherlands', 3.2]]],
      ['2024', [['United Kingdom', 15.8], ['Germany', 8.3], ['Netherlands', 4.6]]],
    ]);
    const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    for (const v of ['12.4', '15.8', '6.1', '8.3', '3.2', '4.6']) expect(table).toContain(v);
    const csv = page(`downloads/${EXHIBIT}/data.csv`);
    expect(csv).toMatch(/United Kingdom.*15\.8/);
    expect(csv).toMatch(/Netherlands.*4\.6/);
  });

  it('renders its metric and values inline, its citations and a cross-article exhibit reference', () => {
    const html = page('articles/north-sea/index.html');
    // 15.8 / 8.3 = 1.9036…, printed with the metric's two digits.
    expect(html).toMatch(/data-key="wind-investment\.uk-to-germany\.2024"[^>]*><data value="1\.9036[0-9]*"[^>]*>1\.90×<\/data>/);
    expect(html).toMatch(/data-key="wind-investment\.uk\.2024"[^>]*><data value="15\.8"[^>]*>\$15\.8 billion<\/data>/);
    expect(html).toContain('Tidewater Energy Institute (2025)');
    const outlook = page('articles/outlook-2025/index.html');
    // Report-wide numbers: the first exhibit of part 1, named by its article in the link's title.
    expect(outlook).toMatch(/title="In “North Sea offshore wind: where the money went”"[^>]*>Exhibit 1\.1<\/a>/);
    expect(outlook).toContain('Coastal Grid Forum');
    const methodology = page('methodology/index.html');
    expect(methodology).toContain('Figures for the Netherlands are preliminary estimates from a secondary source.');
    // The page lists the units this edition uses, not the engine's whole vocabulary.
    expect(methodology).toMatch(/Units: US dollars\.</);
  });

  it('carries nothing of the main report anywhere in its output', async () => {
    const main = loadSiteConfig(MAIN, {});
    const modules = await loadReportModules(MAIN);
    const sources = (JSON.parse(readFileSync(path.join(MAIN, 'sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id);
    const forbidden = [
      'DeepSeek',
      'Meridian',
      main.firm,
      main.reportTitle,
      'capex',
      'hyperscaler',
      'Jevons',
      ...modules.exhibits.map((e) => e.value.id),
      ...modules.metrics.map((m) => m.value.id),
      ...sources,
    ];
    const files = textFiles(out);
    expect(files.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const lower = text.toLowerCase();
      for (const s of forbidden) if (lower.includes(s.toLowerCase())) leaks.push(`${path.relative(out, file)}: ${s}`);
    }
    expect(leaks).toEqual([]);
  });
});
