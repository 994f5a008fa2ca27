/**
 * How exhibits mark figures that are not reported: which pattern each kind of bar gets, and the words for
 * it in the legend, the caption key and the methodology page (pure), and drawPattern, which paints a pattern
 * with plain canvas calls. Shared by the browser and the build.
 */
import type { Kind } from '../data/units.ts';
import type { ChartSpec, ExhibitSpec, Series } from '../exhibits/spec.ts';
import { listWords } from '../format/list.ts';
import { kindWord } from './value-text.ts';

/** How a bar of each kind other than "reported" is patterned (all are also lighter, with a dashed outline). */
export const BAR_PATTERN = { guidance: 'hatched', estimate: 'striped', derived: 'cross-hatched' } as const satisfies Record<Exclude<Kind, 'reported'>, string>;
export type NotReported = keyof typeof BAR_PATTERN;
const NOT_REPORTED = Object.keys(BAR_PATTERN) as NotReported[];

/** The kinds other than "reported" this exhibit shows, on bars and on points or lines, in a fixed order. */
export function kindMarksUsed(spec: ChartSpec): { bars: NotReported[]; points: NotReported[] } {
  const on = (bars: boolean) => {
    const used = new Set(spec.series.filter((s) => (seriesStyle(spec, s) === 'bar') === bars).flatMap((s) => s.points.map((pt) => pt.kind)));
    return NOT_REPORTED.filter((k) => used.has(k));
  };
  return { bars: on(true), points: on(false) };
}

const KIND_PLURAL: Record<Kind, string> = { reported: 'reported figures', guidance: 'company guidance', estimate: 'estimates', derived: 'derived figures' };

/**
 * The caption's key to the marks, naming only the kinds the exhibit shows, e.g. "Bars with a dashed outline
 * are not reported figures: hatched for company guidance, cross-hatched for derived figures. Solid bars are
 * reported." Undefined when every figure is reported, and for tables. Exhibit notes never say how kinds are
 * drawn: this key is the one place, so it cannot disagree with the drawing or be printed twice.
 */
export function kindKey(spec: ExhibitSpec): string | undefined {
  // A table marks kinds with letters, explained in its own footnotes.
  if (spec.chart === 'table') return undefined;
  const { bars, points } = kindMarksUsed(spec);
  if (!bars.length && !points.length) return undefined;
  const sentences: string[] = [];
  if (bars.length === 1) sentences.push(`${capitalise(BAR_PATTERN[bars[0]!])} bars with a dashed outline are ${KIND_PLURAL[bars[0]!]}.`);
  else if (bars.length) sentences.push(`Bars with a dashed outline are not reported figures: ${bars.map((k) => `${BAR_PATTERN[k]} for ${KIND_PLURAL[k]}`).join(', ')}.`);
  if (points.length) sentences.push(`Hollow markers (and dashed lines leading to them) are ${listWords(points.map((k) => KIND_PLURAL[k]), 'or')}.`);
  sentences.push(`Solid ${bars.length && points.length ? 'bars and markers' : bars.length ? 'bars' : 'markers'} are reported.`);
  return sentences.join(' ');
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export interface KindLegendEntry {
  text: string;
  pattern: (typeof BAR_PATTERN)[NotReported] | 'hollow';
  /** The bar kind whose pattern the swatch shows (none for the hollow-marker entry). */
  kind?: NotReported;
}

/**
 * The legend's key to the marks: one entry per patterned bar kind ("Hatched: company guidance"), then one
 * for hollow markers. Shared by the static image's legend and the browser's HTML legend.
 */
export function kindLegend(spec: ChartSpec): KindLegendEntry[] {
  const { bars, points } = kindMarksUsed(spec);
  const entries: KindLegendEntry[] = bars.map((k) => ({ text: `${capitalise(BAR_PATTERN[k])}: ${kindWord(k)}`, pattern: BAR_PATTERN[k], kind: k }));
  if (points.length) entries.push({ text: `Hollow: ${points.map(kindWord).join(', ')}`, pattern: 'hollow' });
  return entries;
}

/** "company guidance hatched, estimates striped and derived figures cross-hatched", for the methodology page. */
export function barPatternList(): string {
  return listWords(NOT_REPORTED.map((k) => `${KIND_PLURAL[k]} ${BAR_PATTERN[k]}`));
}

/** How a series is drawn: its own style, else what the chart kind implies. */
export function seriesStyle(spec: Pick<ChartSpec, 'chart'>, s: Series): NonNullable<Series['style']> {
  if (s.style) return s.style;
  if (spec.chart === 'line') return 'line';
  if (spec.chart === 'scatter') return 'point';
  return 'bar';
}


/** One kind's pattern, clipped to a rectangle: diagonal lines, horizontal stripes, or both diagonals. */
export function drawPattern(ctx: CanvasRenderingContext2D, kind: NotReported, r: { left: number; top: number; right: number; bottom: number }, color: string): void {
  const { left, top, right, bottom } = r;
  const h = bottom - top;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, h);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  if (BAR_PATTERN[kind] === 'striped') {
    // Horizontal stripes on a fixed grid, so neighbouring bars line up. (Dots read well too, but every dot
    // becomes its own path in the static SVG: dotted bars doubled an image's size.)
    for (let y = Math.floor(top / 4) * 4 + 2; y < bottom; y += 4) {
      ctx.moveTo(left, y);
      ctx.lineTo(right, y);
    }
    ctx.stroke();
  } else {
    for (let x = left - h; x < right; x += 6) {
      ctx.moveTo(x, bottom);
      ctx.lineTo(x + h, top);
      if (BAR_PATTERN[kind] === 'cross-hatched') {
        ctx.moveTo(x, top);
        ctx.lineTo(x + h, bottom);
      }
    }
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Words that say how a kind is drawn. Exhibit notes must not use them: the caption key (kindKey) is
 * computed from what the exhibit shows, and a note repeating it would print twice or go stale.
 */
export const PATTERN_WORDS = /\b(?:cross-hatched|hatched|striped|hollow|dashed|solid|drawn as)\b/i;
