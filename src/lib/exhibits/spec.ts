/**
 * ExhibitSpec (v2): the one description of an exhibit that every rendering reads (interactive chart.js
 * chart, static SVG, HTML table, CSV + datapackage download). Exhibit functions and declarative exhibit
 * files build it from a dataset edition; renderers never look at the dataset themselves.
 *
 * A discriminated union on `chart`: category charts (bar, stacked-bar, line, timeline), scatter charts
 * (two value axes) and tables (columns that carry their own unit, scale and digits). Numbers stay
 * numbers until the formatter: a point has a `name` (what it is, e.g. "Gopher") but never a
 * pre-formatted value. Unit, scale and digits default from the axis and may be set per series or point,
 * so every CSV row carries the unit and scale of its own value.
 */
import { z } from 'zod';
import { KIND_IDS, QUALIFIERS, SCALE_IDS, UNIT_IDS } from '../data/units.ts';

export const CHART_KINDS = ['bar', 'stacked-bar', 'line', 'scatter', 'timeline', 'table'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const SourceRefSchema = z.object({ id: z.string(), locator: z.string().optional() });

/** Unit, scale and decimals of a value; set on an axis, a series, a point or a table column. */
const Measure = {
  unit: z.enum(UNIT_IDS).optional(),
  scale: z.enum(SCALE_IDS).optional(),
  /** Decimal places in tables, tooltips and downloads. Computed values need it (a growth rate would
   * otherwise print as 62.894%); stored values default to their own precision. */
  digits: z.number().int().min(0).max(6).optional(),
};

/** One value with its provenance: a plotted point or a table cell. */
const Value = {
  /** The value; null leaves a gap (e.g. a benchmark a model was not scored on). */
  y: z.number().nullable(),
  /** As published: "~" approximately, ">"/"<" bounds; printed before the number in tables and tooltips. */
  qualifier: z.enum(QUALIFIERS).default(''),
  /** Range of a guidance figure like "60–65"; drawn as an error bar, listed in the table. */
  low: z.number().optional(),
  high: z.number().optional(),
  /** Reported figures are drawn solid; guidance, estimates and derived figures are marked. */
  kind: z.enum(KIND_IDS),
  /** Dataset row id(s) the value was read or computed from; the exhibit's sources follow from them. */
  keys: z.array(z.string()).default([]),
  /** The edition the keys were read from, when not the exhibit's own (cross-edition exhibits). */
  edition: z.string().optional(),
  /** True when any input is unconfirmed (confidence U); the table and tooltip say so. */
  unconfirmed: z.boolean().default(false),
  /**
   * What this one value is, when its dataset row says ("H800 GPU-hours; official final training run only"):
   * per-point metadata, printed in the Notes column of the table view and the `note` field of the CSV,
   * not under the chart, so the exhibit's own notes stay short.
   */
  note: z.string().min(1).optional(),
  ...Measure,
};

/** One plotted value. `x` is a category (bar/line/timeline) or a number (scatter). */
export const Point = z.object({
  x: z.union([z.string(), z.number()]),
  /** Start of a span for timeline bars (`y0`..`y`); unused elsewhere. */
  y0: z.number().optional(),
  /** What the point is ("Gopher", "DeepSeek-R1"): named on scatter charts, the row header in tables. */
  name: z.string().optional(),
  ...Value,
});
export type Point = z.infer<typeof Point>;

export const Series = z.object({
  id: z.string(),
  label: z.string(),
  /** For mixed charts: draw this series as bars, a line, or points. Defaults from the chart kind. */
  style: z.enum(['bar', 'line', 'point', 'reference-line']).optional(),
  /**
   * Where a chart compares many series: `peer` series are drawn in greys behind the ones left in colour
   * (the subject), so a reader finds the model the exhibit is about among its rivals at a glance.
   */
  emphasis: z.enum(['subject', 'peer']).optional(),
  ...Measure,
  points: z.array(Point),
});
export type Series = z.infer<typeof Series>;

export const Axis = z.object({
  label: z.string(),
  type: z.enum(['category', 'linear', 'logarithmic']),
  min: z.number().optional(),
  max: z.number().optional(),
  ...Measure,
});
export type Axis = z.infer<typeof Axis>;

/** What every exhibit has, whatever its form. */
const Frame = {
  /** Stable id used in MDX (`<Exhibit id="..." />`), URLs and downloads. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** One-sentence takeaway shown as the subtitle. */
  takeaway: z.string().min(1),
  /** Plain-text notes shown under the chart. How kinds are drawn is never written here: the caption key is computed. */
  notes: z.array(z.string()).default([]),
  /**
   * Every source the exhibit relies on, with locators. The registry fills this from the keys of every
   * point or cell (each read in its own edition) and adds the extras an exhibit function passes (a
   * source for a note or an assumption); the source line is computed from it.
   */
  sources: z.array(SourceRefSchema).min(1),
  /** Dataset edition the exhibit was computed from, and its as-of date (stamped by the registry). */
  edition: z.string(),
  asOf: z.string(),
  /** Parameters for controls an article places inside the exhibit (e.g. sliders); plain charts have none. */
  params: z.record(z.string(), z.number()).optional(),
};

const ChartBody = {
  /** Horizontal bars read better for long category names and for timelines. */
  horizontal: z.boolean().default(false),
  x: Axis,
  y: Axis,
  /** Category order for category axes (bar/line/timeline). */
  categories: z.array(z.string()).optional(),
  series: z.array(Series).min(1),
};

export const ChartSpec = z.object({ ...Frame, chart: z.enum(['bar', 'stacked-bar', 'line', 'scatter', 'timeline']), ...ChartBody });
export type ChartSpec = z.infer<typeof ChartSpec>;

/** A table column: a text column (names, descriptions) or a value column with its own unit and scale. */
export const Column = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Text columns hold words (cells with `text`); value columns hold numbers. */
  text: z.boolean().default(false),
  ...Measure,
});
export type Column = z.infer<typeof Column>;

/** A table cell: a value with its provenance, or words in a text column. */
export const Cell = z.object({ ...Value, y: z.number().nullable().default(null), kind: z.enum(KIND_IDS).default('reported'), text: z.string().optional() });
export type Cell = z.infer<typeof Cell>;

export const Row = z.object({
  /** The row header: what the row is ("Gopher 280B"). */
  name: z.string().min(1),
  /** Cells by column id; a missing cell prints as a dash. */
  cells: z.record(z.string(), Cell),
});
export type Row = z.infer<typeof Row>;

export const TableSpec = z.object({
  ...Frame,
  chart: z.literal('table'),
  /** Heading of the row-header column ("Model"). */
  rowHeader: z.string().min(1),
  columns: z.array(Column).min(1),
  rows: z.array(Row).min(1),
});
export type TableSpec = z.infer<typeof TableSpec>;

export const ExhibitSpec = z.discriminatedUnion('chart', [ChartSpec, TableSpec]);
export type ExhibitSpec = z.infer<typeof ExhibitSpec>;
/** What exhibit functions return: defaults may be left out. */
export type ExhibitSpecInput = z.input<typeof ExhibitSpec>;
export type ChartSpecInput = z.input<typeof ChartSpec>;
export type TableSpecInput = z.input<typeof TableSpec>;

export { cellMeasure, measureOf, type Measure } from './measure.ts';
