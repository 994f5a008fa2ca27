/** `<Value of="...">`: a computed metric if one has that id, else a dataset row of the published edition. */
import { loadEdition, loadPinnedEdition } from '../data/load.ts';
import { toQuantity } from '../data/lookup.ts';
import type { Quantity } from '../data/quantity.ts';
import { computeMetric } from '../metrics/index.ts';

export function resolveValue(key: string): Quantity {
  const edition = loadPinnedEdition();
  return computeMetric(key, edition, (v) => loadEdition(v)) ?? toQuantity(edition, key);
}
