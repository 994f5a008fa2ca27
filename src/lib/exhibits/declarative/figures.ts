/**
 * What a key in a declarative exhibit stands for: a dataset row or a computed metric, as one figure with
 * its value, range, qualifier, kind, unit, scale, confidence and the row ids it came from. Metrics do not
 * list their inputs, so a metric is computed against a view of the edition that records the rows it reads.
 */
import { getObservation, type StoredObservation, toQuantity } from '../../data/lookup.ts';
import type { Quantity } from '../../data/quantity.ts';
import type { Edition } from '../../data/schema.ts';
import type { Kind, Qualifier, Scale, Unit } from '../../data/units.ts';
import type { SourceRef } from '../../sources/schema.ts';
import type { MetricDefinition } from '../../metrics/context.ts';

export interface Figure {
  key: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: Kind;
  unit: Unit;
  scale: Scale;
  digits: number | undefined;
  unconfirmed: boolean;
  /** Dataset rows it was read or computed from. */
  keys: string[];
  sources: SourceRef[];
  quantity: Quantity;
  /** The row itself, for a dataset row (its subject, period and metric name categories). */
  row?: StoredObservation;
}

export interface FigureEnv {
  edition: Edition;
  metrics: ReadonlyMap<string, MetricDefinition>;
  loadEdition: (version: string) => Edition;
}

/** The edition as a metric sees it, with every row id it looks up added to `read`. */
function recording(edition: Edition, read: string[]): Edition {
  const rows = edition.observations;
  const observations = new Proxy(rows, {
    get(target, prop) {
      if (prop === 'get' || prop === 'has') {
        return (id: string) => {
          if (target.has(id) && !read.includes(id)) read.push(id);
          return prop === 'get' ? target.get(id) : target.has(id);
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { ...edition, observations };
}

/** Every key a template or cell may name: row ids and metric ids. */
export function allKeys(env: FigureEnv): string[] {
  return [...env.edition.observations.keys(), ...env.metrics.keys()];
}

/** The figure for `key`, or undefined when no row or metric has that id. A metric that fails throws. */
export function figureOf(env: FigureEnv, key: string): Figure | undefined {
  const metric = env.metrics.get(key);
  if (metric) {
    const read: string[] = [];
    const q = metric.compute(recording(env.edition, read), env.loadEdition);
    return {
      key,
      value: q.value,
      low: q.low,
      high: q.high,
      qualifier: q.qualifier,
      kind: q.kind,
      unit: q.unit,
      scale: q.scale,
      digits: q.digits,
      unconfirmed: q.confidence === 'U',
      keys: read,
      sources: q.sources,
      quantity: q,
    };
  }
  if (!env.edition.observations.has(key)) return undefined;
  const row = getObservation(env.edition, key);
  const q = toQuantity(env.edition, key);
  return {
    key,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    kind: row.kind,
    unit: row.unit,
    scale: row.scale,
    digits: row.digits,
    unconfirmed: row.confidence === 'U',
    keys: [row.id],
    sources: q.sources,
    quantity: q,
    row,
  };
}
