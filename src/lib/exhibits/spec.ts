/**
 * ExhibitSpec: the one description of an exhibit that every rendering reads (interactive chart.js chart,
 * static SVG, HTML table, CSV + datapackage download). Exhibit functions build it from a dataset edition;
 * renderers never look at the dataset themselves.
 */
import { z } from 'zod';
import { KIND_IDS, QUALIFIERS, SCALE_IDS, UNIT_IDS } from '../data/units.ts';

export const CHART_KINDS = ['bar', 'stacked-bar', 'line', 'scatter', 'timeline', 'table'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const SourceRefSchema = z.object({ id: z.string(), locator: z.string().optional() });

/** One plotted value. `x` is a category label (bar/line/timeline) or a number (scatter). */
export const Point = z.object({
  x: z.union([z.string(), z.number()]),
  /** The value; null leaves a gap (e.g. a benchmark a model was not scored on). */
  y: z.number().nullable(),
  /** Start of a span for timeline bars (`y0`..`y`); unused elsewhere. */
  y0: z.number().optional(),
  /** As published: "~" approximately, ">"/"<" bounds; printed before the number in tables and tooltips. */
  qualifier: z.enum(QUALIFIERS).default(''),
  /** Range of a guidance figure like "60–65"; drawn as an error bar, listed in the table. */
  low: z.number().optional(),
  high: z.number().optional(),
  /** Reported figures are solid; guidance/estimates/derived are drawn hatched or hollow and marked in tables. */
  kind: z.enum(KIND_IDS),
  /** A label shown with the point (scatter) or in the table instead of the formatted number. */
  label: z.string().optional(),
  /** Dataset row id(s) the point was read or computed from. */
  keys: z.array(z.string()).default([]),
  /** True when any input is unconfirmed (confidence U); the table and tooltip say so. */
  unconfirmed: z.boolean().default(false),
});
export type Point = z.infer<typeof Point>;

export const Series = z.object({
  id: z.string(),
  label: z.string(),
  /** For mixed charts: draw this series as bars, a line, or points. Defaults from the chart kind. */
  style: z.enum(['bar', 'line', 'point', 'reference-line']).optional(),
  points: z.array(Point),
});
export type Series = z.infer<typeof Series>;

export const Axis = z.object({
  label: z.string(),
  type: z.enum(['category', 'linear', 'logarithmic']),
  unit: z.enum(UNIT_IDS).optional(),
  scale: z.enum(SCALE_IDS).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Decimal places for values on this axis in tables, tooltips and downloads' labels. Computed values
   * need it (a growth rate would otherwise print as 62.894%); stored values default to their own precision. */
  digits: z.number().int().min(0).max(6).optional(),
});
export type Axis = z.infer<typeof Axis>;

export const ExhibitSpec = z.object({
  /** Stable id used in MDX (`<Exhibit id="..." />`), URLs and downloads. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** One-sentence takeaway shown as the subtitle. */
  takeaway: z.string().min(1),
  chart: z.enum(CHART_KINDS),
  /** Horizontal bars read better for long category names and for timelines. */
  horizontal: z.boolean().default(false),
  x: Axis,
  y: Axis,
  /** Category order for category axes (bar/line/timeline). */
  categories: z.array(z.string()).optional(),
  series: z.array(Series).min(1),
  /** Plain-text notes shown under the chart ("Meta includes finance-lease principal"). */
  notes: z.array(z.string()).default([]),
  /** Every source any point or note relies on, with locators; the source line is computed from these. */
  sources: z.array(SourceRefSchema).min(1),
  /** Dataset edition the exhibit was computed from, and its as-of date. */
  edition: z.string(),
  asOf: z.string(),
  /** Browser module that makes the exhibit interactive (e.g. sliders); omitted for plain charts. */
  interactive: z
    .object({ module: z.enum(['jevons']), params: z.record(z.string(), z.number()) })
    .optional(),
});
export type ExhibitSpec = z.infer<typeof ExhibitSpec>;
/** What exhibit functions return: defaults may be left out. */
export type ExhibitSpecInput = z.input<typeof ExhibitSpec>;
