/**
 * How renderers write a value and an axis title. One place so the chart, table, summary and tooltip
 * never format the same number two ways; the rules themselves live in src/lib/format/quantity.ts.
 * Values are printed in their own measure (`measureOf` a point, `cellMeasure` a table cell).
 */
import type { Measure } from '../exhibits/measure.ts';
import type { Axis, Point } from '../exhibits/spec.ts';
import { KINDS, SCALES, UNITS, type Kind, type Scale } from '../data/units.ts';
import { decimalsOf, formatMagnitude, formatNumber, MINUS } from '../format/number.ts';
import { axisLabel, formatPlain } from '../format/quantity.ts';

type MeasureLike = Pick<Axis, 'unit' | 'scale' | 'digits'>;

/** A value in its unit and scale ("$83bn", "2.788M GPU-hours"); a plain en-US number when it has no unit. */
export function formatAxisValue(value: number, m: MeasureLike): string {
  return m.unit ? formatPlain(value, m.unit, m.scale ?? 'one', m.digits) : formatNumber(value, { digits: m.digits });
}

/** Axis title: unit and scale when the axis has a unit ("USD billions"), else the axis label. */
export function axisTitle(axis: Pick<Axis, 'unit' | 'scale' | 'label'>): string {
  return axis.unit ? axisLabel(axis.unit, axis.scale ?? 'one') : axis.label;
}

/** True when unit and scale add nothing to a heading: plain counts (a loss, an exponent, tokens per parameter). */
export function bareCount(m: Pick<Axis, 'unit' | 'scale'>): boolean {
  return !m.unit || (m.unit === 'count' && (m.scale ?? 'one') === 'one');
}

type AxisText = Pick<Axis, 'unit' | 'scale' | 'label' | 'type'>;

/** Units a tick can carry as a sign, so the heading need not name them: "$100bn", "40%", "3×". */
const SIGN_UNITS = new Set(['USD', 'percent', 'multiple', 'multiple-per-year', 'percent-per-year']);

/** What an axis's tick labels say themselves: the unit (as "$", "%", "×") and the scale ("bn", "m"). */
export function ticksCarry(axis: Pick<Axis, 'unit' | 'type'>): { unit: boolean; scale: boolean } {
  // Every dollar unit carries its "$" on the ticks ("$0.005"); the heading keeps what follows ("per query").
  const unit = axis.unit !== undefined && (SIGN_UNITS.has(axis.unit) || UNITS[axis.unit].prefix === '$');
  return { unit, scale: axis.unit === 'USD' || axis.type === 'logarithmic' };
}

/** The unit as a reader says it: "billion parameters", "thousand PF-days", "$ per million tokens", "×". */
function unitWords(axis: AxisText, carried: { unit: boolean; scale: boolean }): string {
  if (!axis.unit) return '';
  const scale = carried.scale ? 'one' : (axis.scale ?? 'one');
  const u = UNITS[axis.unit];
  if (axis.unit === 'multiple') return carried.unit ? '' : '×';
  // "10×" on the tick, "per year" in the heading (unless the label says it already).
  if (axis.unit === 'multiple-per-year' || axis.unit === 'percent-per-year') return carried.unit ? 'per year' : u.axis;
  if (u.prefix === '$') {
    if (carried.unit) return u.suffix.trim();
    const per = u.suffix.trim();
    return `$${SCALES[scale].short}${per ? ` ${per}` : ''}`;
  }
  const noun = u.axis.replace(/ \(.*\)$/, '');
  if (axis.unit === 'percent' && carried.unit) return '';
  return scale === 'one' ? noun : `${SCALES[scale].word} ${noun}`;
}

/**
 * Axis heading as a person writes it: what is measured, then in what, once. "Training compute (thousand
 * PF-days)", "Parameters (billions)" (the label already names the unit), "Capital expenditure" (the ticks
 * say "$100bn"), "Tokens per parameter" (a plain count). Never a unit inside a unit.
 */
export function axisHeading(axis: AxisText): string {
  if (bareCount(axis)) return axis.label;
  const carried = ticksCarry(axis);
  const words = unitWords(axis, carried);
  if (!words) return axis.label;
  const noun = UNITS[axis.unit!].axis.replace(/ \(.*\)$/, '').toLowerCase();
  const label = axis.label.toLowerCase();
  if (label === words.toLowerCase() || label.includes(words.toLowerCase())) return axis.label;
  // The label names the unit ("Parameters", "GPU-hours used"): only the scale is left to say.
  if (noun.length > 1 && label.includes(noun)) {
    const scale = carried.scale ? 'one' : (axis.scale ?? 'one');
    return scale === 'one' ? axis.label : `${axis.label} (${SCALES[scale].axis})`;
  }
  return `${axis.label} (${words})`;
}

const COMPACT = [
  { factor: 1e12, short: 'tn' },
  { factor: 1e9, short: 'bn' },
  { factor: 1e6, short: 'm' },
  { factor: 1e3, short: 'k' },
] as const;

/**
 * An axis tick, in house style: true minus, "$100bn" on currency axes, "300m" and "1bn" on log axes (the
 * value read in the axis's scale), "40%" and "3×" where the ticks carry the unit; otherwise a grouped number.
 */
export function tickText(value: number, axis: Pick<Axis, 'unit' | 'scale' | 'type'>, digits?: number): string {
  const carried = ticksCarry(axis);
  const sign = value < 0 ? MINUS : '';
  const abs = Math.abs(value);
  const unit = axis.unit ? UNITS[axis.unit] : undefined;
  const prefix = carried.unit && unit?.prefix === '$' ? '$' : '';
  const suffix = !carried.unit ? '' : axis.unit === 'percent' || axis.unit === 'percent-per-year' ? '%' : axis.unit === 'multiple' || axis.unit === 'multiple-per-year' ? '×' : '';
  let body: string;
  if (carried.scale) {
    const absolute = abs * SCALES[axis.scale ?? 'one'].factor;
    const step = COMPACT.find((c) => absolute >= c.factor);
    const n = step ? absolute / step.factor : absolute;
    body = `${trim(n)}${step?.short ?? ''}`;
  } else {
    // One format for the whole axis when the caller knows its ticks ("0.005, 0.010, 0.015"), else trimmed.
    body = digits === undefined || abs === 0 ? trim(abs) : formatMagnitude(abs, digits);
  }
  return `${sign}${prefix}${body}${suffix}`;
}

/** The decimals an axis's ticks share: the most any tick needs (0.005 -> 3), so none prints "0.01" beside "0.015". */
export function tickDecimals(ticks: readonly { value: number }[] | undefined): number | undefined {
  return ticks?.length ? Math.max(0, ...ticks.map((t) => decimalsOf(Number(t.value.toPrecision(12))))) : undefined;
}

/** Up to three significant decimals, no trailing zeros, grouped: 0.25, 1,000, 2.5. */
function trim(n: number): string {
  if (n === 0) return '0';
  const digits = n >= 100 ? 0 : n >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(n)));
  const text = formatMagnitude(n, digits);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Short word for a figure's kind, for tooltips and summaries: "reported", "company guidance", "estimate", "derived". */
export function kindWord(kind: Kind): string {
  return (KINDS[kind].label.split(' (')[0] as string).toLowerCase();
}

/** "$83bn (range $75bn–$80bn)": the value with its range when it has one, in its measure. */
export function formatPointValue(p: Pick<Point, 'y' | 'low' | 'high'> & { qualifier?: Point['qualifier'] }, m: MeasureLike): string {
  if (p.y === null) return 'no value';
  const main = `${p.qualifier ?? ''}${formatAxisValue(p.y, m)}`;
  if (p.low === undefined || p.high === undefined) return main;
  return `${main} (range ${formatAxisValue(p.low, m)}–${formatAxisValue(p.high, m)})`;
}

/** `value` written in scale `from`, re-expressed in scale `to` (a point in trillions on a billions axis). */
export function toScale(value: number, from: Scale, to: Scale): number {
  if (from === to) return value;
  return Number(((value * SCALES[from].factor) / SCALES[to].factor).toPrecision(15));
}

export type { Measure };
