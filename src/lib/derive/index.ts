/**
 * What report code imports to compute figures: `import { derive, ratio, metric } from '#engine/derive/index.ts'`.
 * See kernel.ts for the provenance rule and combinators.ts for the arithmetic.
 */
export { fromBase, toBase } from './base.ts';
export { derive, readerOf, toDerivedQuantity, sourcesOfInputs, type Derived, type DeriveOptions, type Input, type KindOverride, type LoadEdition, type MetricShape, type Reader } from './kernel.ts';
export { change, computed, gap, product, qualifierOf, ratio, share, sum, termFrom, type Result } from './combinators.ts';
export { scientific, tagged, term, termIn, termOf, type Term } from './term.ts';
export { combinedKind } from './growth.ts';
export { metric, modelFigure, type MetricSpec, type ModelFigureSpec } from './metric.ts';
export { derivedPointOf, inputNotes } from './point.ts';
