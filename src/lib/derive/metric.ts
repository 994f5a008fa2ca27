/**
 * `metric(id, { label, unit, scale, digits, compute })`: a computed figure for prose (`<Value of="id" />`),
 * defined once with the kernel so its kind, sources and confidence follow from the rows it reads.
 */
import type { Quantity } from '../data/quantity.ts';
import type { Qualifier, Unit } from '../data/units.ts';
import type { MetricDefinition } from '../metrics/context.ts';
import type { Result } from './combinators.ts';
import { derive, type KindOverride, type MetricShape, type Reader, toDerivedQuantity } from './kernel.ts';

export interface MetricSpec extends Omit<MetricShape, 'label' | 'digits' | 'note'> {
  /** A fixed label, or one written from the rows read ("Amazon capex growth, 2024 on 2023"). */
  label: string | ((r: Reader) => string);
  /** A caveat for the tooltip, fixed or taken from the rows read (a row's own note). */
  note?: string | ((r: Reader) => string | null);
  /** Default decimals, fixed or chosen from the result (in base units): "15×" but "4.5×". */
  digits?: number | ((result: Result) => number);
  /** Works in base units; reads rows only through `r`. */
  compute: (r: Reader) => Result;
  /** Only with a reason; otherwise the kind is the inputs' combined kind. */
  kind?: KindOverride;
}

export function metric(id: string, spec: MetricSpec): MetricDefinition {
  return {
    id,
    compute: (edition, loadEdition) => {
      let label = '';
      let note: string | null | undefined;
      const d = derive(
        edition,
        (r) => {
          const result = spec.compute(r);
          label = typeof spec.label === 'string' ? spec.label : spec.label(r);
          note = typeof spec.note === 'function' ? spec.note(r) : spec.note;
          return result;
        },
        { loadEdition, ...(spec.kind ? { kind: spec.kind } : {}) },
      );
      const digits = typeof spec.digits === 'function' ? spec.digits(d) : spec.digits;
      const shape: MetricShape = {
        label,
        unit: spec.unit,
        ...(spec.scale === undefined ? {} : { scale: spec.scale }),
        ...(digits === undefined ? {} : { digits }),
        ...(note == null ? {} : { note }),
        ...(spec.qualifier === undefined ? {} : { qualifier: spec.qualifier }),
      };
      return toDerivedQuantity(edition, id, d, shape);
    },
  };
}

export interface ModelFigureSpec {
  label: string;
  unit: Unit;
  digits?: number;
  qualifier?: Qualifier;
  /** The model's output or setting, in base units. */
  value: number;
  /** How the model gives it ("(1 − r)^ε"). */
  formula: string;
  /** Source id of the model (content/sources.json). */
  source: string;
  /** Why this figure reads no dataset row; shown nowhere but kept with the figure as its kind reason. */
  because: string;
  note: string;
}

/**
 * A figure a model gives at fixed settings (an interactive exhibit's defaults), not computed from dataset
 * rows: it has no input keys, so its kind cannot follow from them and it must say why.
 */
export function modelFigure(id: string, spec: ModelFigureSpec): MetricDefinition {
  if (!spec.because.trim()) throw new Error(`Model figure "${id}" gives no reason for reading no dataset row.\nPass because: 'what the figure is instead'.`);
  return {
    id,
    compute: (edition): Quantity => ({
      key: id,
      label: spec.label,
      value: spec.value,
      low: null,
      high: null,
      qualifier: spec.qualifier ?? '',
      unit: spec.unit,
      scale: 'one',
      kind: 'derived',
      confidence: 'D',
      sources: [{ id: spec.source }],
      edition: edition.version,
      asOf: edition.asOf,
      note: spec.note,
      ...(spec.digits === undefined ? {} : { digits: spec.digits }),
      formula: spec.formula,
      keys: [],
      kindReason: spec.because,
    }),
  };
}
