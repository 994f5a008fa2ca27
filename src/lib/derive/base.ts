/** Base units and scales: stored values carry a scale (82.999 billion); computations work in base units. */
import { type Scale, SCALES } from '../data/units.ts';

/** A number in base units, rounded to 15 significant digits so 0.238 million is 238,000 exactly. */
export function toBase(value: number, scale: Scale): number {
  const factor = SCALES[scale].factor;
  return Number.isInteger(value) ? value * factor : Number((value * factor).toPrecision(15));
}

/** A base-unit number in `scale`: 3.8e11 in billions -> 380. */
export function fromBase(value: number, scale: Scale): number {
  const factor = SCALES[scale].factor;
  return factor === 1 ? value : Number((value / factor).toPrecision(15));
}
