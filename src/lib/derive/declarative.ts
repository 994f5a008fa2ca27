/**
 * Computed figures declared without TypeScript: `content/articles/<slug>/metrics.yaml`, a list of figures
 * each built by one combinator from dataset rows. They go through the same kernel as TypeScript metrics,
 * so kind, sources and confidence follow from the rows read.
 *
 * ```yaml
 * - id: metric.acme.revenue-growth
 *   label: Acme revenue growth, Q1 2026 on Q1 2025
 *   change: [revenue.acme.2026-q1, revenue.acme.2025-q1]
 *   digits: 1
 * ```
 */
import { z } from 'zod';
import { DataError } from '../data/errors.ts';
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';
import { QUALIFIERS, SCALE_IDS, UNIT_IDS, type Scale, type Unit } from '../data/units.ts';
import type { MetricDefinition } from '../metrics/context.ts';
import { parsePositioned, positionOf, validatePositioned, type Position } from '../yaml/positioned.ts';
import { change, gap, ratio, share, sum, type Result } from './combinators.ts';
import { derive, toDerivedQuantity, type Reader } from './kernel.ts';

const RowId = z.string().min(1, 'a dataset row id is needed');
const Pair = z.tuple([RowId, RowId]);

/** The combinators a declared figure can use, and what each one computes. */
const OPERATIONS = {
  ratio: 'how many times the first row is the second',
  share: 'the first row as a percentage of the second',
  change: 'percent change from the second row to the first',
  gap: 'the first row minus the second',
  sum: 'the rows added up',
} as const;
type Operation = keyof typeof OPERATIONS;

export const DeclaredMetric = z
  .object({
    /** Used in prose as `<Value of="id" />`; shares one namespace with dataset row ids. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case words separated by dots or hyphens'),
    /** What the figure is, shown in its tooltip ("Acme revenue growth, Q1 2026 on Q1 2025"). */
    label: z.string().min(1),
    ratio: Pair.optional(),
    share: Pair.optional(),
    change: Pair.optional(),
    gap: Pair.optional(),
    sum: z.array(RowId).min(2, 'sum needs at least two rows').optional(),
    /** Defaults: `multiple` for ratio, `percent` for share and change, the rows' own unit for sum and gap. */
    unit: z.enum(UNIT_IDS).optional(),
    /** Scale of the printed value; defaults to the first row's for sum and gap, `one` otherwise. */
    scale: z.enum(SCALE_IDS).optional(),
    digits: z.number().int().min(0).max(6).optional(),
    /** A caveat shown in the tooltip. */
    note: z.string().min(1).optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
  })
  .strict()
  .refine((m) => (Object.keys(OPERATIONS) as Operation[]).filter((op) => m[op] !== undefined).length === 1, {
    message: `give exactly one of ${Object.keys(OPERATIONS).join(', ')}`,
  });
export type DeclaredMetric = z.infer<typeof DeclaredMetric>;

export const DeclaredMetrics = z.array(DeclaredMetric);

function operationOf(m: DeclaredMetric): { op: Operation; rows: string[] } {
  for (const op of Object.keys(OPERATIONS) as Operation[]) {
    const rows = m[op];
    if (rows) return { op, rows: [...rows] };
  }
  throw new Error(`Metric "${m.id}" has no operation.`);
}

function compute(op: Operation, rows: string[], r: Reader): Result {
  const terms = rows.map((k) => r.term(k));
  const [a, b] = terms as [NonNullable<(typeof terms)[0]>, NonNullable<(typeof terms)[0]>];
  switch (op) {
    case 'ratio':
      return ratio(a, b);
    case 'share':
      return share(a, b);
    case 'change':
      return change(a, b);
    case 'gap':
      return gap(a, b);
    case 'sum':
      return sum(terms);
  }
}

/** Rows must share a unit where the arithmetic needs it (a sum of dollars and GPU-hours means nothing). */
function checkUnits(op: Operation, rows: string[], r: Reader): string | undefined {
  if (op === 'ratio' && rows.length === 2) return undefined;
  const units = [...new Set(rows.map((k) => r.row(k).unit))];
  return units.length > 1 ? `${op} needs rows in one unit, but they are in ${units.join(' and ')}` : undefined;
}

/** Compiles a metrics.yaml file into metric definitions (pure: text in). */
export function compileMetricsFile(text: string, file: string): MetricDefinition[] {
  const action = `Fix ${file}: README.md, “Computed figures”, describes each field.`;
  const yaml = parsePositioned(text, file, { summary: `${file} is not valid YAML`, action });
  const declared = validatePositioned(yaml, DeclaredMetrics, {
    summary: `${file} is not a valid list of computed figures`,
    action,
    words: { field: 'key', addMissing: (name) => `add \`${name}: …\`` },
  });
  return declared.map((m, i): MetricDefinition => {
    const { op, rows } = operationOf(m);
    const rowAt: Position[] = rows.map((_, j) => positionOf(yaml, [i, op, j]));
    const fail = (message: string, at: Position, hint: string): never => {
      throw new DataError(`${file}:${at.line}:${at.column} ${message}\n  Hint: ${hint}`, [{ ...at, message, hint }]);
    };
    return {
      id: m.id,
      compute: (edition: Edition, loadEdition: (v: string) => Edition): Quantity => {
        rows.forEach((k, j) => {
          if (!edition.observations.has(k)) {
            fail(`"${m.id}": there is no row "${k}" in dataset edition ${edition.version}.`, rowAt[j] as Position, `Check the id against content/data/${edition.version}/*.csv.`);
          }
        });
        const derived = derive(
          edition,
          (r) => {
            const wrong = checkUnits(op, rows, r);
            if (wrong) fail(`"${m.id}": ${wrong}.`, positionOf(yaml, [i, op]), 'Use rows measured in the same unit.');
            return compute(op, rows, r);
          },
          { loadEdition },
        );
        const first = edition.observations.get(rows[0] as string);
        const keepsUnit = op === 'sum' || op === 'gap';
        const unit: Unit = m.unit ?? (keepsUnit && first ? first.unit : op === 'ratio' ? 'multiple' : 'percent');
        const scale: Scale = m.scale ?? (keepsUnit && first ? first.scale : 'one');
        return toDerivedQuantity(edition, m.id, derived, {
          label: m.label,
          unit,
          scale,
          ...(m.digits === undefined ? {} : { digits: m.digits }),
          ...(m.note === undefined ? {} : { note: m.note }),
          ...(m.qualifier === undefined ? {} : { qualifier: m.qualifier }),
        });
      },
    };
  });
}
