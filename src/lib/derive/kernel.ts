/**
 * The derivation kernel: the one way to compute a figure from dataset rows, for metrics (`<Value>`) and
 * for computed exhibit points alike.
 *
 * A computation receives a `Reader`. Every row it reads through the reader is recorded, and the figure's
 * provenance follows from those rows and nothing else: its input keys, its sources (with locators), its
 * confidence (unconfirmed if any input is) and its kind (`combinedKind` of the inputs: a figure is only
 * as firm as its least firm input). A computation can override the kind only by stating why.
 *
 * Pure: the reader looks rows up in editions it is given; loading other editions is the caller's
 * `loadEdition`, passed in.
 */
import { getObservation, type StoredObservation } from '../data/lookup.ts';
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';
import type { Confidence, Kind, Qualifier, Scale, Unit } from '../data/units.ts';
import { fromBase, toBase } from './base.ts';
import type { SourceRef } from '../sources/schema.ts';
import type { Result } from './combinators.ts';
import { combinedKind } from './growth.ts';
import { termOf, type Term } from './term.ts';

/** One row a computation read, and the edition it was read from. */
export interface Input {
  edition: Edition;
  row: StoredObservation;
}

/** Reads dataset rows and records each one, so provenance is computed, never declared. */
export interface Reader {
  /** The edition being published (or the one a test pins). */
  readonly edition: Edition;
  /** The row itself (value in its stored scale, kind, qualifier, note...). */
  row(key: string): StoredObservation;
  /** The row's value in base units (2,664 thousand GPU-hours -> 2,664,000). */
  base(key: string): number;
  /** The row as a term for the combinators: base-unit value (and range) plus its formatted text. */
  term(key: string): Term;
  /** A reader of another edition (e.g. guidance as it stood in an older one) that records into this one. */
  in(version: string): Reader;
}

/** A computed figure with its provenance. `value`, `low` and `high` are in base units. */
export interface Derived extends Result {
  /** Dataset row ids the computation read, each once, in first-read order (rows of other editions included; `inputs` says which edition). */
  keys: string[];
  inputs: Input[];
  kind: Kind;
  /** Set when the kind was overridden: the reason given. */
  kindReason?: string;
  confidence: Confidence;
  unconfirmed: boolean;
  sources: SourceRef[];
}

/** A kind other than the inputs' combined kind, with the reason a reader would be given. */
export interface KindOverride {
  kind: Kind;
  because: string;
}

export type LoadEdition = (version: string) => Edition;

function isReader(src: Edition | Reader): src is Reader {
  return typeof (src as Partial<Reader>).term === 'function';
}

/**
 * A reader for code shared between metrics and exhibits (a model's arithmetic over named rows): given a
 * reader it is that reader, so rows read inside a derivation are recorded; given an edition it is a
 * reader that records nowhere, for callers outside one.
 */
export function readerOf(src: Edition | Reader, loadEdition?: LoadEdition): Reader {
  return isReader(src) ? src : makeReader(src, [], loadEdition);
}

function makeReader(edition: Edition, inputs: Input[], loadEdition: LoadEdition | undefined): Reader {
  const read = (key: string): StoredObservation => {
    const row = getObservation(edition, key);
    if (!inputs.some((i) => i.row === row)) inputs.push({ edition, row });
    return row;
  };
  return {
    edition,
    row: read,
    base: (key) => {
      const row = read(key);
      return toBase(row.value, row.scale);
    },
    term: (key) => termOf(read(key)),
    in: (version) => {
      if (version === edition.version) return makeReader(edition, inputs, loadEdition);
      if (!loadEdition) throw new Error(`A computation asked for dataset edition ${version}, but no loadEdition was passed to derive().\nPass the context's loadEdition.`);
      return makeReader(loadEdition(version), inputs, loadEdition);
    },
  };
}

/** Source references (id + locator) of the rows read, deduplicated in first-read order. */
export function sourcesOfInputs(inputs: Input[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const { row } of inputs) {
    const tag = `${row.source}|${row.locator ?? ''}`;
    if (seen.has(tag)) continue;
    seen.add(tag);
    out.push(row.locator ? { id: row.source, locator: row.locator } : { id: row.source });
  }
  return out;
}

export interface DeriveOptions {
  loadEdition?: LoadEdition;
  /** Only with a reason: e.g. a figure the source itself publishes as an estimate. */
  kind?: KindOverride;
}

/**
 * Runs `compute` against `edition` and returns its result with the provenance of the rows it read.
 * A computation that reads no row is a constant, not a figure, and is refused.
 */
export function derive(edition: Edition, compute: (r: Reader) => Result, opts: DeriveOptions = {}): Derived {
  const inputs: Input[] = [];
  const result = compute(makeReader(edition, inputs, opts.loadEdition));
  if (inputs.length === 0) {
    throw new Error(
      `A derived figure (${result.formula}) read no dataset row, so it has no source.\nRead its inputs through the reader (r.term(key), r.base(key), r.row(key)), or state the constant in the exhibit's notes.`,
    );
  }
  if (opts.kind && !opts.kind.because.trim()) {
    throw new Error(
      `A kind override to "${opts.kind.kind}" for ${result.formula} gives no reason.\nA derived figure is as firm as its least firm input unless a stated reason says otherwise.\nPass kind: { kind, because: 'why a reader should see this kind' }, or drop the override.`,
    );
  }
  const unconfirmed = inputs.some((i) => i.row.confidence === 'U');
  return {
    ...result,
    keys: [...new Set(inputs.map((i) => i.row.id))],
    inputs,
    kind: opts.kind?.kind ?? combinedKind(inputs.map((i) => i.row.kind)),
    ...(opts.kind ? { kindReason: opts.kind.because.trim() } : {}),
    confidence: unconfirmed ? 'U' : 'D',
    unconfirmed,
    sources: sourcesOfInputs(inputs),
  };
}

/** How a metric is printed: unit, scale of the printed value, default decimals, label and caveat. */
export interface MetricShape {
  label: string;
  unit: Unit;
  /** The scale the figure is printed in; the computation works in base units. Default `one`. */
  scale?: Scale;
  digits?: number;
  /** A caveat shown in the tooltip. */
  note?: string;
  /** A qualifier the figure carries regardless of its inputs (e.g. "~" for an approximation). */
  qualifier?: Qualifier;
}

/** A derived figure as a printable Quantity (what `<Value>` renders). */
export function toDerivedQuantity(edition: Edition, key: string, d: Derived, shape: MetricShape): Quantity {
  const scale = shape.scale ?? 'one';
  return {
    key,
    label: shape.label,
    value: fromBase(d.value, scale),
    low: d.low === undefined ? null : fromBase(d.low, scale),
    high: d.high === undefined ? null : fromBase(d.high, scale),
    qualifier: shape.qualifier ?? d.qualifier ?? '',
    unit: shape.unit,
    scale,
    kind: d.kind,
    confidence: d.confidence,
    sources: d.sources,
    edition: edition.version,
    asOf: edition.asOf,
    note: shape.note ?? null,
    ...(shape.digits === undefined ? {} : { digits: shape.digits }),
    formula: d.formula,
    keys: d.keys,
    ...(d.kindReason === undefined ? {} : { kindReason: d.kindReason }),
  };
}
