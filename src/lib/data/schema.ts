/**
 * One zod schema per user-facing data shape; the TypeScript types are derived from them.
 * - `DataPackage`: a dataset edition's `datapackage.json` (Frictionless Data Package v1 + our `asOf`/`status`).
 * - `ObservationRow` / `EventRow`: one CSV row after cell casting, for the two table types we support.
 * The canonical Table Schema field lists live here too, so datapackage.json cannot drift from the code.
 */
import { z } from 'zod';
import { CONFIDENCE_IDS, KIND_IDS, PERIOD_TYPE_IDS, PHASES, QUALIFIERS, SCALE_IDS, UNIT_IDS } from './units.ts';
import { FISCAL_YEAR_END_PATTERN, parseFiscalYearEnd } from './fiscal-calendar.ts';

/** Edition names are their vintage: `YYYY-MM` (the month the figures stood as). */
export const EDITION_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Row ids: lowercase words joined by dots or dashes, e.g. `capex.amazon.2024`. */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

const fieldType = z.enum(['string', 'number', 'integer', 'date', 'boolean']);

/** A Frictionless Table Schema field. */
export const TableField = z.object({
  /** Column name, exactly as in the CSV header. */
  name: z.string().min(1),
  /** Cell type the loader casts to; `number` rejects anything but a plain decimal. */
  type: fieldType,
  title: z.string().optional(),
  description: z.string().optional(),
  constraints: z
    .object({
      required: z.boolean().optional(),
      unique: z.boolean().optional(),
      enum: z.array(z.string()).optional(),
      pattern: z.string().optional(),
    })
    .strict()
    .optional(),
});
export type TableField = z.infer<typeof TableField>;

export const TableSchema = z.object({
  fields: z.array(TableField).min(1),
  /** Column whose values must be unique across the whole edition (every table uses `id`). */
  primaryKey: z.literal('id'),
  missingValues: z.array(z.string()).default(['']),
});
export type TableSchema = z.infer<typeof TableSchema>;

export const TABLE_TYPES = ['observations', 'events'] as const;
export type TableType = (typeof TABLE_TYPES)[number];

/**
 * The CSV dialect (Frictionless CSV Dialect) of a table: comma-separated, double quotes doubled, a header
 * row. Edition CSVs end lines with LF; exhibit downloads with CRLF (RFC 4180). Editions released before the
 * field existed declare none (frozen), which readers take as these same defaults.
 */
export const CsvDialect = z.strictObject({
  delimiter: z.literal(','),
  doubleQuote: z.literal(true),
  header: z.literal(true),
  lineTerminator: z.enum(['\n', '\r\n']),
  quoteChar: z.literal('"'),
});
export type CsvDialect = z.infer<typeof CsvDialect>;
export const EDITION_DIALECT: CsvDialect = { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n', quoteChar: '"' };

export const Resource = z.object({
  /** Table name (lowercase, dashes), unique in the edition. */
  name: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  /** CSV file name relative to the edition folder. */
  path: z.string().regex(/^[a-z0-9-]+\.csv$/, 'a CSV file name in the edition folder, e.g. capex.csv'),
  title: z.string().min(1),
  description: z.string().optional(),
  profile: z.literal('tabular-data-resource'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  dialect: CsvDialect.optional(),
  /** `sha256:<64 hex>` of the file's bytes; checked on every load. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'write "sha256:" followed by 64 lowercase hex digits'),
  bytes: z.number().int().nonnegative(),
  /** Which row shape the table holds; its `schema.fields` must equal the canonical field list for that type. */
  'x-table-type': z.enum(TABLE_TYPES),
  schema: TableSchema,
});
export type Resource = z.infer<typeof Resource>;

export const License = z.object({ name: z.string(), path: z.url(), title: z.string() });

export const PackageSource = z.object({
  /** Id in the source registry (content/sources.json). */
  id: z.string(),
  title: z.string(),
  path: z.string().optional(),
});

export const DataPackage = z.object({
  profile: z.literal('tabular-data-package'),
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** The edition name; must equal the folder name. */
  version: z.string().regex(EDITION_PATTERN, 'an edition is named after its vintage: YYYY-MM'),
  title: z.string().min(1),
  description: z.string().min(1),
  /** The date the figures stood as (ISO date). Shown beside every exhibit. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD'),
  /** `draft` editions may change; `released` ones are frozen by content/data/editions.lock.json. */
  status: z.enum(['draft', 'released']),
  /** The edition this one revises, or null for the first. */
  previous: z.string().regex(EDITION_PATTERN).nullable(),
  /** What changed against `previous`, one line each, written by the analyst. */
  changelog: z.array(z.string()),
  licenses: z.array(License).min(1),
  sources: z.array(PackageSource).min(1),
  contributors: z.array(z.object({ title: z.string(), role: z.string() })).optional(),
  resources: z.array(Resource).min(1),
});
export type DataPackage = z.infer<typeof DataPackage>;

/**
 * Patterns a released edition may still declare for a field, though the canonical one has since widened:
 * released editions are frozen (editions.lock.json), so their datapackage.json keeps the old pattern.
 */
export const LEGACY_PATTERNS: Record<string, string[]> = { fiscal_year_end: ['^\\d{2}-\\d{2}$'] };

/** Canonical Table Schema fields for each table type, in CSV column order. */
export const CANONICAL_FIELDS: Record<TableType, TableField[]> = {
  observations: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: ID_PATTERN.source } },
    { name: 'subject', type: 'string', constraints: { required: true } },
    { name: 'metric', type: 'string', constraints: { required: true } },
    { name: 'period', type: 'string', constraints: { required: true } },
    { name: 'period_type', type: 'string', constraints: { required: true, enum: [...PERIOD_TYPE_IDS] } },
    // MM-DD or a 52/53-week rule (last-sun-jan): src/lib/data/fiscal-calendar.ts. Editions released before
    // moving year ends declare '^\\d{2}-\\d{2}$' (LEGACY_PATTERNS), which stays valid for them.
    { name: 'fiscal_year_end', type: 'string', constraints: { pattern: FISCAL_YEAR_END_PATTERN } },
    { name: 'value', type: 'number', constraints: { required: true } },
    { name: 'low', type: 'number' },
    { name: 'high', type: 'number' },
    { name: 'qualifier', type: 'string', constraints: { enum: [...QUALIFIERS] } },
    { name: 'unit', type: 'string', constraints: { required: true, enum: [...UNIT_IDS] } },
    { name: 'scale', type: 'string', constraints: { required: true, enum: [...SCALE_IDS] } },
    { name: 'kind', type: 'string', constraints: { required: true, enum: [...KIND_IDS] } },
    { name: 'source', type: 'string', constraints: { required: true } },
    { name: 'locator', type: 'string' },
    { name: 'confidence', type: 'string', constraints: { required: true, enum: [...CONFIDENCE_IDS] } },
    { name: 'note', type: 'string' },
  ],
  events: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: ID_PATTERN.source } },
    { name: 'label', type: 'string', constraints: { required: true } },
    { name: 'phase', type: 'string', constraints: { required: true, enum: [...PHASES] } },
    { name: 'start', type: 'integer', constraints: { required: true } },
    { name: 'end', type: 'integer' },
    { name: 'source', type: 'string', constraints: { required: true } },
    { name: 'locator', type: 'string' },
    { name: 'confidence', type: 'string', constraints: { required: true, enum: [...CONFIDENCE_IDS] } },
    { name: 'note', type: 'string' },
  ],
};

/**
 * Optional columns a table may add after its canonical fields, in this order. A table declares one by
 * listing it in schema.fields (`npm run data -- validate <draft> --fix-hashes` declares the optional columns
 * found in each draft CSV's header), so editions released before a column existed stay valid.
 * - `like_for_like` (observations): `false` when the row's value is measured differently from the value
 *   the same id had in the previous edition (a new definition, scope or basis), so the two are not
 *   comparable: diffs and revision notes then say the old figure was superseded and print no change.
 *   Empty or `true` means comparable. Set it only in the edition where the definition changed.
 */
export const OPTIONAL_FIELDS: Record<TableType, TableField[]> = {
  observations: [
    {
      name: 'like_for_like',
      type: 'boolean',
      description: 'false when the value is not comparable with the value this id had in the previous edition (different definition); empty means comparable',
    },
  ],
  events: [],
};

/**
 * The fields a table of `type` must have, given the fields it declares: the canonical ones, then the
 * optional columns it declares (in OPTIONAL_FIELDS order).
 */
export function expectedFields(type: TableType, declared: readonly TableField[]): TableField[] {
  const names = new Set(declared.slice(CANONICAL_FIELDS[type].length).map((f) => f.name));
  return [...CANONICAL_FIELDS[type], ...OPTIONAL_FIELDS[type].filter((f) => names.has(f.name))];
}

/** One observation: a single number with everything needed to read it correctly. */
export const ObservationRow = z
  .object({
    id: z.string().regex(ID_PATTERN),
    /** Who or what the figure is about: "Amazon", "DeepSeek-V3". */
    subject: z.string().min(1),
    /** What is measured, as a short slug: "capex", "gpu-hours-pretraining". */
    metric: z.string().min(1),
    /** "2024", "FY2025", "2025-01-27", "2022-11/2024-10". */
    period: z.string().min(1),
    period_type: z.enum(PERIOD_TYPE_IDS),
    fiscal_year_end: z
      .string()
      .refine((s) => !('problem' in parseFiscalYearEnd(s)), { error: (issue) => (parseFiscalYearEnd(String(issue.input)) as { problem: string }).problem })
      .nullable(),
    value: z.number(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.enum(UNIT_IDS),
    scale: z.enum(SCALE_IDS),
    kind: z.enum(KIND_IDS),
    /** Id in the source registry. */
    source: z.string().min(1),
    /** Where in the source: "Table 1", "p. 5", "§4.2". */
    locator: z.string().nullable(),
    confidence: z.enum(CONFIDENCE_IDS),
    note: z.string().nullable(),
    /** Optional column: false when not comparable with the previous edition's value (see OPTIONAL_FIELDS). */
    like_for_like: z.boolean().optional(),
  })
  .refine((r) => r.period_type !== 'fiscal-year' || r.fiscal_year_end !== null, {
    message: 'a fiscal-year value needs fiscal_year_end: MM-DD (06-30 for a year ending 30 June) or a 52/53-week rule (last-sun-jan)',
    path: ['fiscal_year_end'],
  })
  .refine((r) => (r.low === null) === (r.high === null), {
    message: 'give both low and high for a range, or neither',
    path: ['high'],
  });
export type ObservationRow = z.infer<typeof ObservationRow>;

/** One dated event or period on the AI-cycle timeline. */
export const EventRow = z.object({
  id: z.string().regex(ID_PATTERN),
  label: z.string().min(1),
  phase: z.enum(PHASES),
  start: z.number().int(),
  end: z.number().int().nullable(),
  source: z.string().min(1),
  locator: z.string().nullable(),
  confidence: z.enum(CONFIDENCE_IDS),
  note: z.string().nullable(),
});
export type EventRow = z.infer<typeof EventRow>;

/** A loaded, validated edition. `observations` is keyed by row id across all tables. */
export interface Edition {
  version: string;
  asOf: string;
  status: 'draft' | 'released';
  previous: string | null;
  pkg: DataPackage;
  /** Table name -> rows, in file order. */
  tables: Map<string, { resource: Resource; rows: (ObservationRow | EventRow)[] }>;
  /** `digits`: decimals written in the CSV `value` cell (capped at 3), the default precision for printing. */
  observations: Map<string, ObservationRow & { table: string; digits?: number }>;
  events: Map<string, EventRow & { table: string }>;
}
