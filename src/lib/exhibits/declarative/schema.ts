/**
 * The shape of a declarative exhibit file, `content/articles/<slug>/exhibits/<id>.yaml`: "these rows, as
 * these series (or table cells), this chart kind, these axes, these notes". One zod schema; the compiler
 * (compile.ts) turns a valid file plus an edition into an ExhibitSpec input. Every object is strict, so a
 * misspelt field is reported (with the closest valid one) rather than ignored.
 *
 * Exhibits that need real logic (computed points, scatter positions from other rows, timelines of events,
 * takeaways whose sentence changes with the data) stay TypeScript `build()` functions in exhibits.ts.
 */
import { z } from 'zod';
import { SCALE_IDS, UNIT_IDS } from '../../data/units.ts';

/** Chart kinds a file can declare. Scatter and timeline points need more than one row each: TypeScript. */
export const DECLARATIVE_CHARTS = ['bar', 'stacked-bar', 'line', 'table'] as const;

const Slug = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be lower-case words joined by hyphens or dots, like "deepseek-r1"');
/** Written in the text fields below: `{row or metric id options}` templates (src/lib/content/templates.ts). */
const Text = z.string().min(1, 'must not be empty');

const Measure = {
  unit: z.enum(UNIT_IDS).optional(),
  scale: z.enum(SCALE_IDS).optional(),
  digits: z.number().int().min(0).max(6).optional(),
};

/** An axis; unit and scale default from the rows plotted on it. */
const Axis = z
  .object({
    label: Text,
    type: z.enum(['category', 'linear', 'logarithmic']).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    ...Measure,
  })
  .strict();

/** One row of a series, with the category it is drawn at written out (`{ row: market.sox.change, x: Chip index (SOX) }`). */
const LabelledRow = z.object({ row: z.string().min(1), x: Text }).strict();

const Series = z
  .object({
    /** Stable id in downloads; defaults to the label in kebab case. */
    id: Slug.optional(),
    label: Text,
    /**
     * Which rows: a list of row ids (or `{ row, x }` pairs), a glob over row ids (`adoption.months-to-100m.*`,
     * `*` standing for one or more characters other than "."), or a pattern with `{category}` filled
     * with each category id in turn (`bench.main.deepseek-r1.{category}`).
     */
    rows: z.union([z.string().min(1), z.array(z.union([z.string().min(1), LabelledRow])).min(1)]),
    /** The row field that names each point's category, for rows given by id or glob. Default `subject`. */
    x: z.enum(['subject', 'period', 'metric', 'id']).optional(),
    /** Point order: by value ascending, descending (`-value`) or by period. Default: as listed / file order. */
    sort: z.enum(['value', '-value', 'period']).optional(),
    /** `gap`: a row a `{category}` pattern names but the edition lacks is an empty point, not an error. */
    missing: z.enum(['error', 'gap']).optional(),
    style: z.enum(['bar', 'line', 'point', 'reference-line']).optional(),
    /** `peer`: drawn grey behind the series left in colour (the subject), for charts that compare many. */
    emphasis: z.enum(['subject', 'peer']).optional(),
    ...Measure,
  })
  .strict();

/** A category: its id (used in `{category}` patterns) and, when different, the label drawn on the axis. */
const Category = z.union([z.string().min(1), z.object({ id: z.string().min(1), label: Text }).strict()]);

const SourceRef = z.union([z.string().min(1), z.object({ id: z.string().min(1), locator: z.string().min(1).optional() }).strict()]);

const Frame = {
  title: Text,
  /** One sentence. */
  takeaway: Text,
  notes: z.array(Text).optional(),
  /** Add the dataset notes ("Subject: note") of every row the exhibit reads (`all`) or of the rows listed. */
  rowNotes: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]).optional(),
  /** Sources beyond those of the rows (which are added automatically): an id in content/sources.json, or `{ id, locator }`. */
  sources: z.array(SourceRef).optional(),
};

export const ChartDeclaration = z
  .object({
    ...Frame,
    chart: z.enum(['bar', 'stacked-bar', 'line']),
    horizontal: z.boolean().optional(),
    x: Axis,
    y: Axis,
    /** Category order (and ids for `{category}` patterns); default: the order the points come in. */
    categories: z.array(Category).min(1).optional(),
    series: z.array(Series).min(1),
  })
  .strict();

const Column = z
  .object({
    id: Slug,
    label: Text,
    /** A text column: its cells are templates ("{kaplan.params.min style=short} to …"), not row ids. */
    text: z.boolean().optional(),
    ...Measure,
  })
  .strict();

const TableRow = z
  .object({
    name: Text,
    /** Cells by column id: a dataset row id or metric id (value columns) or a template (text columns). Missing cells print as a dash. */
    cells: z.record(z.string(), z.string().min(1)),
  })
  .strict();

export const TableDeclaration = z
  .object({
    ...Frame,
    chart: z.literal('table'),
    /** Heading of the row-name column ("Measure"). */
    rowHeader: Text,
    columns: z.array(Column).min(1),
    rows: z.array(TableRow).min(1),
  })
  .strict();

export const ExhibitDeclaration = z.discriminatedUnion('chart', [ChartDeclaration, TableDeclaration]);
export type ExhibitDeclaration = z.infer<typeof ExhibitDeclaration>;
export type ChartDeclaration = z.infer<typeof ChartDeclaration>;
export type TableDeclaration = z.infer<typeof TableDeclaration>;
export type SeriesDeclaration = ChartDeclaration['series'][number];
