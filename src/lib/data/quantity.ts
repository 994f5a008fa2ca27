/**
 * A Quantity is a number ready to print: a dataset value or a computed metric, with its unit, scale,
 * kind, sources and edition. `<Value>` renders Quantities; exhibits read the same rows.
 */
import type { SourceRef } from '../sources/schema.ts';
import type { Confidence, Kind, Qualifier, Scale, Unit } from './units.ts';

export interface Quantity {
  /** Dataset row id or metric id. */
  key: string;
  /** Human label, e.g. "Amazon capex, 2024". */
  label: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: Unit;
  scale: Scale;
  kind: Kind;
  confidence: Confidence;
  sources: SourceRef[];
  edition: string;
  asOf: string;
  note: string | null;
  /** Decimals to print by default (for dataset rows: as written in the CSV, capped at 3). */
  digits?: number;
  /** For computed metrics: how it was computed, in words ("30.84M ÷ 2.788M"). */
  formula?: string;
  /** Dataset row ids the figure rests on: the row itself, or every row a computed metric read. */
  keys: string[];
  /** Why the kind differs from the combined kind of `keys` (a computed metric's stated override). */
  kindReason?: string;
}
