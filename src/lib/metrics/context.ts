/** A computed figure for prose (`<Value of="metric-id" />`): a pure function of an edition. */
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';

export interface MetricDefinition {
  /** Ids share one namespace with dataset row ids; the registry rejects a clash. */
  id: string;
  compute: (edition: Edition, loadEdition: (version: string) => Edition) => Quantity;
}
