/**
 * Lookups into a loaded edition, and the bridge from a dataset row to a printable Quantity.
 * Unknown ids fail with the closest valid ids, since they are almost always typos in MDX or exhibit code.
 */
import { DataError } from './errors.ts';
import type { Quantity } from './quantity.ts';
import type { Edition, ObservationRow } from './schema.ts';
import { closest } from './suggest.ts';

export type StoredObservation = ObservationRow & { table: string; digits?: number };

export function getObservation(edition: Edition, id: string): StoredObservation {
  const row = edition.observations.get(id);
  if (row) return row;
  const near = closest(id, edition.observations.keys());
  const isEvent = edition.events.has(id);
  throw new DataError(
    [
      `Unknown observation id "${id}" in dataset edition ${edition.version}.`,
      isEvent
        ? `"${id}" is a timeline event, not an observation; read it from edition.events.`
        : near.length
          ? `Closest ids: ${near.join(', ')}.`
          : `No id in the edition looks like it.`,
      `Check the spelling against content/data/${edition.version}/*.csv, or add the row to a draft edition (\`npm run data -- new <version>\`).`,
    ].join('\n'),
  );
}

/** "gpu-hours-pretraining" -> "GPU-hours pretraining": metric slugs read as words in labels. */
function metricWords(metric: string): string {
  return metric.replace(/-/g, ' ').replace(/\bgpu hours\b/gi, 'GPU-hours').replace(/\bgpu\b/gi, 'GPU');
}

/** The row as a Quantity; the label reads "Amazon capex, 2024". */
export function toQuantity(edition: Edition, id: string): Quantity {
  const row = getObservation(edition, id);
  return {
    key: row.id,
    label: `${row.subject} ${metricWords(row.metric)}, ${row.period}`,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    unit: row.unit,
    scale: row.scale,
    kind: row.kind,
    confidence: row.confidence,
    sources: [row.locator ? { id: row.source, locator: row.locator } : { id: row.source }],
    edition: edition.version,
    asOf: edition.asOf,
    note: row.note,
    ...(row.digits === undefined ? {} : { digits: row.digits }),
    keys: [row.id],
  };
}

/** Observations matching `predicate`, in table then file order. */
export function findObservations(edition: Edition, predicate: (row: StoredObservation) => boolean): StoredObservation[] {
  return [...edition.observations.values()].filter(predicate);
}
