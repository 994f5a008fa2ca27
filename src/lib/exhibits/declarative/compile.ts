/**
 * Compiles a parsed declarative exhibit against a dataset edition into an ExhibitSpec input, the same thing
 * a TypeScript build() returns. Pure: the file (with positions) and the edition in, the spec out; every
 * problem (unknown row id, a glob matching nothing, a unit that does not fit the axis, a bad template) is
 * collected with the file:line:column of the YAML that caused it and thrown together as one DataError.
 */
import { problemsError, type Problem } from '../../data/errors.ts';
import { getObservation } from '../../data/lookup.ts';
import type { Edition } from '../../data/schema.ts';
import { closest } from '../../data/suggest.ts';
import type { Kind, Scale } from '../../data/units.ts';
import { combinedKind } from '../../derive/growth.ts';
import { rescale } from '../../format/quantity.ts';
import { renderTemplate } from '../../content/templates.ts';
import type { MetricDefinition } from '../../metrics/context.ts';
import type { SourceRef } from '../../sources/schema.ts';
import type { ChartSpecInput, TableSpecInput } from '../spec.ts';
import { allKeys, type Figure, figureOf, type FigureEnv } from './figures.ts';
import { pathText, positionInString, positionOf, type YamlPath } from '../../yaml/positioned.ts';
import type { ParsedExhibit } from './parse.ts';
import type { ChartDeclaration, SeriesDeclaration, TableDeclaration } from './schema.ts';

export interface CompileEnv {
  metrics: ReadonlyMap<string, MetricDefinition>;
  loadEdition: (version: string) => Edition;
}

type PointInput = ChartSpecInput['series'][number]['points'][number];
type CellInput = TableSpecInput['rows'][number]['cells'][string];
/** What compiling returns: a spec without the edition stamp, which the registry adds. */
export type CompiledExhibit = Omit<ChartSpecInput, 'edition' | 'asOf'> | Omit<TableSpecInput, 'edition' | 'asOf'>;

/** State shared by the parts of one compilation: where problems go, and every figure the exhibit read. */
interface Run {
  parsed: ParsedExhibit;
  env: FigureEnv;
  problems: Problem[];
  /** Figures behind points and cells (`read`) and behind the title, takeaway and notes (`cited`). */
  read: Figure[];
  cited: Figure[];
}

function problem(run: Run, path: YamlPath, message: string, hint?: string, part: 'key' | 'value' = 'value'): void {
  run.problems.push({ ...positionOf(run.parsed, path, part), message, ...(hint ? { hint } : {}) });
}

function suggest(id: string, candidates: Iterable<string>): string {
  const near = closest(id, candidates, 3);
  return near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'No id in the edition looks like it.';
}

/** A key that must name a row or metric; records the figure, or reports the unknown key with the closest ones. */
function lookup(run: Run, key: string, path: YamlPath): Figure | undefined {
  let fig: Figure | undefined;
  try {
    fig = figureOf(run.env, key);
  } catch (err) {
    const [first, ...rest] = (err as Error).message.split('\n');
    problem(run, path, `"${key}" cannot be computed from dataset edition ${run.env.edition.version}: ${first}`, rest.join(' ') || undefined);
    return undefined;
  }
  if (!fig) {
    problem(run, path, `Unknown row or metric id "${key}" in dataset edition ${run.env.edition.version}.`, `${suggest(key, allKeys(run.env))} Row ids are in content/data/${run.env.edition.version}/*.csv, metric ids in the articles' metrics.ts.`);
    return undefined;
  }
  run.read.push(fig);
  return fig;
}

/** A template field (title, takeaway, a note, a text cell) rendered, its problems placed in the file. */
function text(run: Run, value: string, path: YamlPath, into: Figure[] = run.read): { text: string; figures: Figure[] } {
  const figures: Figure[] = [];
  const rendered = renderTemplate(value, {
    resolve: (key) => {
      const fig = figureOf(run.env, key);
      if (fig) figures.push(fig);
      return fig?.quantity;
    },
    keys: () => allKeys(run.env),
  });
  for (const p of rendered.problems) {
    run.problems.push({ ...positionInString(run.parsed, path, value, p.offset, p.length), message: `${pathText(path)}: ${p.message}`, ...(p.hint ? { hint: p.hint } : {}) });
  }
  into.push(...figures);
  return { text: rendered.text, figures };
}

// ---------------------------------------------------------------------------------------------- charts

/** A glob over row ids: `*` is one or more characters other than ".". */
function globRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^.]+')}$`);
}

/**
 * Row ids by their first segment, in edition order, per edition: a glob names a few rows of thousands (a report
 * of 200 articles has about 5,000), and testing every id for every globbed series grew with the square of the
 * report. A glob whose first segment is literal ("adoption.months-to-100m.*") only tests that bucket.
 */
const idsByFirstSegment = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string[]>>();
function globCandidates(observations: ReadonlyMap<string, unknown>, glob: string): Iterable<string> {
  const first = glob.split('.')[0]!;
  if (first.includes('*')) return observations.keys();
  let index = idsByFirstSegment.get(observations);
  if (!index) {
    index = new Map();
    for (const id of observations.keys()) {
      const head = id.split('.')[0]!;
      const bucket = index.get(head);
      if (bucket) bucket.push(id);
      else index.set(head, [id]);
    }
    idsByFirstSegment.set(observations, index);
  }
  return index.get(first) ?? [];
}

interface Entry {
  fig: Figure | undefined;
  x: string;
  /** The category id, for a gap. */
  path: YamlPath;
}

function categoryOf(run: Run, fig: Figure, field: NonNullable<SeriesDeclaration['x']>, path: YamlPath): string {
  if (field === 'id') return fig.key;
  if (!fig.row) {
    problem(run, path, `"${fig.key}" is a metric, which has no ${field} to name its category.`, `Write it as { row: ${fig.key}, x: <category label> }.`);
    return fig.key;
  }
  return fig.row[field];
}

/** The rows of one series, as (figure, category) entries in declared order. */
function seriesEntries(run: Run, decl: ChartDeclaration, s: SeriesDeclaration, path: YamlPath): Entry[] {
  const field = s.x ?? 'subject';
  const rowsPath = [...path, 'rows'];
  if (Array.isArray(s.rows)) {
    return s.rows.flatMap((item, i): Entry[] => {
      const itemPath = typeof item === 'string' ? [...rowsPath, i] : [...rowsPath, i, 'row'];
      const key = typeof item === 'string' ? item : item.row;
      const fig = lookup(run, key, itemPath);
      if (!fig) return [];
      return [{ fig, x: typeof item === 'string' ? categoryOf(run, fig, field, itemPath) : item.x, path: itemPath }];
    });
  }
  const pattern = s.rows;
  if (pattern.includes('{category}')) {
    if (!decl.categories) {
      problem(run, rowsPath, `${pathText(rowsPath)} uses {category}, but the exhibit lists no categories.`, 'Add categories: with the ids that fill {category}, e.g. categories: [{ id: aime-2024, label: AIME 2024 }].');
      return [];
    }
    const entries: Entry[] = decl.categories.map((c) => {
      const id = typeof c === 'string' ? c : c.id;
      const label = typeof c === 'string' ? c : c.label;
      const key = pattern.replaceAll('{category}', id);
      if (!run.env.edition.observations.has(key) && !run.env.metrics.has(key)) {
        if (s.missing !== 'gap') {
          problem(
            run,
            rowsPath,
            `${pathText(rowsPath)}: category "${id}" gives row id "${key}", which is not in dataset edition ${run.env.edition.version}.`,
            `${suggest(key, allKeys(run.env))} If the row is missing on purpose (a model not scored on a benchmark), add missing: gap to the series.`,
          );
        }
        return { fig: undefined, x: label, path: rowsPath };
      }
      return { fig: lookup(run, key, rowsPath), x: label, path: rowsPath };
    });
    if (entries.every((e) => !e.fig)) {
      problem(run, rowsPath, `${pathText(rowsPath)}: the pattern "${pattern}" names no row of dataset edition ${run.env.edition.version} for any category.`, suggest(pattern.replaceAll('{category}', ''), run.env.edition.observations.keys()));
    }
    return entries;
  }
  if (pattern.includes('*')) {
    const re = globRegExp(pattern);
    const ids = [...globCandidates(run.env.edition.observations, pattern)].filter((id) => re.test(id));
    if (!ids.length) {
      problem(
        run,
        rowsPath,
        `${pathText(rowsPath)}: the pattern "${pattern}" matches no row of dataset edition ${run.env.edition.version}.`,
        `${suggest(pattern.replace(/\*.*$/, ''), run.env.edition.observations.keys())} "*" stands for one or more characters other than ".".`,
      );
    }
    return ids.map((id) => {
      const fig = lookup(run, id, rowsPath)!;
      return { fig, x: categoryOf(run, fig, field, rowsPath), path: rowsPath };
    });
  }
  const fig = lookup(run, pattern, rowsPath);
  return fig ? [{ fig, x: categoryOf(run, fig, field, rowsPath), path: rowsPath }] : [];
}

function sortEntries(entries: Entry[], sort: SeriesDeclaration['sort']): Entry[] {
  if (!sort) return entries;
  const indexed = entries.map((e, i) => ({ e, i }));
  const key = (e: Entry) => e.fig?.value ?? Number.POSITIVE_INFINITY;
  indexed.sort((a, b) => {
    if (sort === 'period') return (a.e.fig?.row?.period ?? '').localeCompare(b.e.fig?.row?.period ?? '') || a.i - b.i;
    const d = sort === 'value' ? key(a.e) - key(b.e) : key(b.e) - key(a.e);
    return d || a.i - b.i;
  });
  return indexed.map(({ e }) => e);
}

function kebab(label: string): string {
  return label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function compileChart(run: Run, decl: ChartDeclaration, frame: Frame): CompiledExhibit {
  const perSeries = decl.series.map((s, i) => ({ s, path: ['series', i] as YamlPath, entries: sortEntries(seriesEntries(run, decl, s, ['series', i]), s.sort) }));
  const figs = perSeries.flatMap((p) => p.entries.flatMap((e) => (e.fig ? [{ fig: e.fig, path: e.path }] : [])));
  // The value axis takes its unit and scale from the rows unless the file sets them.
  const unit = decl.y.unit ?? figs[0]?.fig.unit;
  const scale = decl.y.scale ?? figs[0]?.fig.scale ?? 'one';
  for (const { fig, path } of figs) {
    if (unit && fig.unit !== unit) {
      problem(run, path, `"${fig.key}" is in ${fig.unit}, but the y axis is in ${unit}${decl.y.unit ? '' : ` (the unit of "${figs[0]!.fig.key}")`}.`, 'One axis plots one unit: use rows of the same unit, or a table for mixed units.');
    }
  }
  const categories = decl.categories?.map((c) => (typeof c === 'string' ? c : c.label));
  const series = perSeries.map(({ s, path, entries }) => ({
    id: s.id ?? kebab(s.label),
    label: s.label,
    ...(s.style ? { style: s.style } : {}),
    ...(s.emphasis ? { emphasis: s.emphasis } : {}),
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.scale ? { scale: s.scale } : {}),
    ...(s.digits !== undefined ? { digits: s.digits } : {}),
    points: entries.map((e): PointInput => {
      if (categories && !categories.includes(e.x)) {
        problem(run, e.path, `${pathText(path)}: the category "${e.x}" is not in categories.`, `${suggest(e.x, categories)} Add it to categories: or correct the label.`);
      }
      if (!e.fig) return { x: e.x, y: null, kind: 'reported', keys: [] };
      const f = e.fig;
      const to = s.scale ?? scale;
      const same = f.scale === to;
      return {
        x: e.x,
        ...measured(f, to),
        ...(same && f.digits !== undefined && s.digits === undefined && decl.y.digits === undefined ? { digits: f.digits } : {}),
      };
    }),
  }));
  const order = categories ?? [...new Set(series.flatMap((s) => s.points.map((p) => String(p.x))))];
  const { type: xType, ...xRest } = decl.x;
  const { type: yType, ...yRest } = decl.y;
  return {
    ...frame.head,
    chart: decl.chart,
    horizontal: decl.horizontal ?? false,
    x: { ...xRest, type: xType ?? 'category' },
    y: { ...yRest, type: yType ?? 'linear', ...(unit ? { unit } : {}), scale },
    categories: order,
    series,
    // Series by series, as the TypeScript helpers read them, so notes and sources come in that order.
    ...frame.tail(series.flatMap((s) => s.points.flatMap((p) => p.keys ?? []))),
  };
}

/** A figure as a chart point or table cell carries it, in scale `to`: value, range, kind, keys and row note. */
function measured(f: Figure, to: Scale) {
  return {
    y: rescale(f.value, f.scale, to),
    ...(f.low !== null && f.high !== null ? { low: rescale(f.low, f.scale, to), high: rescale(f.high, f.scale, to) } : {}),
    qualifier: f.qualifier,
    kind: f.kind,
    keys: f.keys,
    unconfirmed: f.unconfirmed,
    ...(f.row?.note ? { note: f.row.note } : {}),
  };
}

// ---------------------------------------------------------------------------------------------- tables

function kindOf(figs: Figure[]): Kind {
  const kinds = [...new Set(figs.map((f) => f.kind))];
  return kinds.length === 1 ? kinds[0]! : combinedKind(kinds);
}

function compileTable(run: Run, decl: TableDeclaration, frame: Frame): CompiledExhibit {
  const columns = new Map(decl.columns.map((c) => [c.id, c]));
  const rows = decl.rows.map((r, i) => {
    const cells: Record<string, CellInput> = {};
    for (const [colId, value] of Object.entries(r.cells)) {
      const path: YamlPath = ['rows', i, 'cells', colId];
      const col = columns.get(colId);
      if (!col) {
        problem(run, path, `rows[${i}] ("${r.name}") has a cell for column "${colId}", which the table does not have.`, `${suggest(colId, columns.keys())} Columns: ${[...columns.keys()].join(', ')}.`, 'key');
        continue;
      }
      if (col.text) {
        const t = text(run, value, path);
        cells[colId] = { text: t.text, kind: t.figures.length ? kindOf(t.figures) : 'reported', keys: [...new Set(t.figures.flatMap((f) => f.keys))], unconfirmed: t.figures.some((f) => f.unconfirmed) };
        continue;
      }
      const f = lookup(run, value, path);
      if (!f) continue;
      if (col.unit && f.unit !== col.unit) {
        problem(run, path, `"${f.key}" is in ${f.unit}, but column "${colId}" is in ${col.unit}.`, 'Remove the column unit to let each cell keep its own, or use a row in that unit.');
        continue;
      }
      const to = col.scale ?? f.scale;
      cells[colId] = {
        ...measured(f, to),
        unit: f.unit,
        scale: to,
        ...(col.digits === undefined && to === f.scale && f.digits !== undefined ? { digits: f.digits } : {}),
      };
    }
    return { name: r.name, cells };
  });
  return {
    ...frame.head,
    chart: 'table',
    rowHeader: decl.rowHeader,
    columns: decl.columns.map((c) => ({ ...c, text: c.text ?? false })),
    rows,
    // Column by column, as a table's TypeScript helpers read them, so notes and sources come in that order.
    ...frame.tail(decl.columns.flatMap((c) => rows.flatMap((r) => r.cells[c.id]?.keys ?? []))),
  };
}

// ---------------------------------------------------------------------------------------------- frame

interface Frame {
  head: { id: string; title: string; takeaway: string };
  /** Notes and sources, computed once every point has been read (they depend on the rows read). */
  tail: (bodyKeys: string[]) => { notes: string[]; sources: SourceRef[] };
}

function frameOf(run: Run): Frame {
  const d = run.parsed.declaration;
  const title = text(run, d.title, ['title'], run.cited).text;
  const takeaway = text(run, d.takeaway, ['takeaway'], run.cited).text;
  const notes = (d.notes ?? []).map((n, i) => text(run, n, ['notes', i], run.cited).text);
  return {
    head: { id: run.parsed.id, title, takeaway },
    tail: (bodyKeys) => {
      // The rows behind the points or cells, then those the text cites.
      const keys = [...new Set([...bodyKeys, ...run.read.flatMap((f) => f.keys), ...run.cited.flatMap((f) => f.keys)])];
      const noteKeys = d.rowNotes === 'all' ? keys : (d.rowNotes ?? []).filter((k, i) => {
        if (run.env.edition.observations.has(k)) return true;
        problem(run, ['rowNotes', i], `rowNotes: unknown row id "${k}" in dataset edition ${run.env.edition.version}.`, suggest(k, run.env.edition.observations.keys()));
        return false;
      });
      const rowNotes: string[] = [];
      for (const k of noteKeys) {
        const row = getObservation(run.env.edition, k);
        const note = row.note ? `${row.subject}: ${row.note}` : undefined;
        if (note && !rowNotes.includes(note)) rowNotes.push(note);
      }
      // Sources of every row read (points, cells, templates, metric inputs), then the file's extras.
      const seen = new Set<string>();
      const sources: SourceRef[] = [];
      const add = (s: SourceRef) => {
        const tag = `${s.id}|${s.locator ?? ''}`;
        if (seen.has(tag)) return;
        seen.add(tag);
        sources.push(s.locator ? { id: s.id, locator: s.locator } : { id: s.id });
      };
      for (const k of keys) {
        const row = getObservation(run.env.edition, k);
        add(row.locator ? { id: row.source, locator: row.locator } : { id: row.source });
      }
      for (const f of [...run.read, ...run.cited]) f.sources.forEach(add);
      for (const s of d.sources ?? []) add(typeof s === 'string' ? { id: s } : s);
      return { notes: [...notes, ...rowNotes], sources };
    },
  };
}

/**
 * The spec of a declarative exhibit built from `edition`. Throws one DataError listing every problem
 * with its file:line:column.
 */
export function compileExhibit(parsed: ParsedExhibit, edition: Edition, env: CompileEnv): CompiledExhibit {
  const run: Run = { parsed, env: { edition, metrics: env.metrics, loadEdition: env.loadEdition }, problems: [], read: [], cited: [] };
  const frame = frameOf(run);
  const d = parsed.declaration;
  const spec = d.chart === 'table' ? compileTable(run, d, frame) : compileChart(run, d, frame);
  if (run.problems.length) {
    const seen = new Set<string>();
    const problems = run.problems
      .filter((p) => {
        const tag = `${p.line}:${p.column}:${p.message}`;
        return seen.has(tag) ? false : (seen.add(tag), true);
      })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw problemsError(`Exhibit "${parsed.id}" (${parsed.file}) cannot be built from dataset edition ${edition.version}`, problems, `Fix ${parsed.file}: README.md, “Adding an exhibit”, describes every field.`);
  }
  return spec;
}
