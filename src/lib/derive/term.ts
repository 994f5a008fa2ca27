/**
 * A term: one input of a computation as the combinators need it — a value in base units (and the ends of
 * a published range), the qualifier it was published with, and its text for the formula readers see.
 */
import type { StoredObservation } from '../data/lookup.ts';
import type { Qualifier } from '../data/units.ts';
import { formatQuantity } from '../format/quantity.ts';
import { toBase } from './base.ts';

export interface Term {
  /** Base units: 2,664,000 GPU-hours, 82,999,000,000 USD. */
  value: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** As printed in formulas: "2.664M GPU-hours", "$60–65bn". */
  text: string;
}

/** A dataset row as a term, its text in the house short format. */
export function termOf(row: StoredObservation): Term {
  const text = formatQuantity(
    {
      key: row.id,
      label: row.id,
      value: row.value,
      low: row.low,
      high: row.high,
      qualifier: row.qualifier,
      unit: row.unit,
      scale: row.scale,
      kind: row.kind,
      confidence: row.confidence,
      sources: [],
      edition: '',
      asOf: '',
      note: null,
      ...(row.digits === undefined ? {} : { digits: row.digits }),
    },
    { style: 'short' },
  );
  return {
    value: toBase(row.value, row.scale),
    ...(row.low !== null && row.high !== null ? { low: toBase(row.low, row.scale), high: toBase(row.high, row.scale) } : {}),
    qualifier: row.qualifier,
    text,
  };
}

/** An intermediate result or a constant as a term (its text is what the formula shows). */
export function term(value: number, text: string, qualifier: Qualifier = ''): Term {
  return { value, qualifier, text };
}
