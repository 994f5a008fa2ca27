/**
 * `metric(id, { label, unit, scale, digits, compute })`: a computed figure for prose (`<Value of="id" />`),
 * defined once with the kernel so its kind, sources and confidence follow from the rows it reads.
 */
import type { MetricDefinition } from '../metrics/context.ts';
import type { Result } from './combinators.ts';
import { derive, type KindOverride, type MetricShape, type Reader, toDerivedQuantity } from './kernel.ts';

export interface MetricSpec extends MetricShape {
  /** Works in base units; reads rows only through `r`. */
  compute: (r: Reader) => Result;
  /** Only with a reason; otherwise the kind is the inputs' combined kind. */
  kind?: KindOverride;
}

export function metric(id: string, spec: MetricSpec): MetricDefinition {
  return {
    id,
    compute: (edition, loadEdition) =>
      toDerivedQuantity(edition, id, derive(edition, spec.compute, { loadEdition, ...(spec.kind ? { kind: spec.kind } : {}) }), spec),
  };
}
