/**
 * How exhibits mark figures that are not reported, and the words for it in the legend, the caption key
 * and the methodology page (pure; shared by the browser and the build).
 *
 * Reported figures, and arithmetic on reported figures (kind "derived": combinedKind makes anything built
 * on guidance or an estimate guidance or an estimate), are drawn solid in the series colour. Company
 * guidance and estimates are drawn in a lighter tint of the same colour (palette.ts tint): no texture, so
 * most marks stay plain and the lighter ones stand out as the exception.
 */
import type { Kind } from '../data/units.ts';
import type { ChartSpec, ExhibitSpec, Series } from '../exhibits/spec.ts';
import { listWords } from '../format/list.ts';

/** Kinds drawn in the lighter tint. */
export const TINTED = ['guidance', 'estimate'] as const satisfies readonly Kind[];
export type Tinted = (typeof TINTED)[number];

export function isTinted(kind: Kind): kind is Tinted {
  return (TINTED as readonly Kind[]).includes(kind);
}

/** The tinted kinds this exhibit shows on bars and on points or lines, in a fixed order. Reference lines carry no kind mark. */
export function kindMarksUsed(spec: ChartSpec): { bars: Tinted[]; points: Tinted[] } {
  const on = (bars: boolean) => {
    const series = spec.series.filter((s) => seriesStyle(spec, s) !== 'reference-line' && (seriesStyle(spec, s) === 'bar') === bars);
    const used = new Set(series.flatMap((s) => s.points.filter((pt) => pt.y !== null).map((pt) => pt.kind)));
    return TINTED.filter((k) => used.has(k));
  };
  return { bars: on(true), points: on(false) };
}

const KIND_PLURAL: Record<Kind, string> = { reported: 'reported figures', guidance: 'company guidance', estimate: 'estimates', derived: 'figures derived from reported ones' };

/**
 * The caption's key to the marks, naming only the kinds and marks the exhibit shows, e.g. "Lighter bars
 * are company guidance; the rest are reported or computed from reported figures." Undefined when nothing
 * is tinted, and for tables. Exhibit notes never say how kinds are drawn: this key is the one place, so it
 * cannot disagree with the drawing or be printed twice.
 */
export function kindKey(spec: ExhibitSpec): string | undefined {
  // A table marks kinds with letters, explained in its own footnotes.
  if (spec.chart === 'table') return undefined;
  const { bars, points } = kindMarksUsed(spec);
  const kinds = TINTED.filter((k) => bars.includes(k) || points.includes(k));
  if (!kinds.length) return undefined;
  const lines = spec.series.some((s) => seriesStyle(spec, s) === 'line' && s.points.some((pt) => isTinted(pt.kind)));
  const marks = [bars.length ? 'bars' : '', points.length ? (lines ? 'markers (and the line leading to them)' : 'markers') : ''].filter(Boolean);
  return `Lighter ${listWords(marks)} are ${listWords(kinds.map((k) => KIND_PLURAL[k]), 'or')}; the rest are reported or computed from reported figures.`;
}

export interface KindLegendEntry {
  text: string;
}

/** The legend's key to the marks: one entry for the lighter tint, naming the kinds shown, or none. Shared by the static image and the browser's HTML legend. */
export function kindLegend(spec: ChartSpec): KindLegendEntry[] {
  const { bars, points } = kindMarksUsed(spec);
  const kinds = TINTED.filter((k) => bars.includes(k) || points.includes(k));
  return kinds.length ? [{ text: `Lighter: ${listWords(kinds.map((k) => KIND_PLURAL[k]))}` }] : [];
}

/** "company guidance and estimates are drawn in a lighter tint …", for the methodology page. */
export function kindDrawingSentence(): string {
  return `In charts, reported figures and figures computed from reported ones are drawn solid; ${listWords(TINTED.map((k) => KIND_PLURAL[k]))} are drawn in a lighter tint of the same colour, and the legend and caption say so whenever a chart has any.`;
}

/** How a series is drawn: its own style, else what the chart kind implies. */
export function seriesStyle(spec: Pick<ChartSpec, 'chart'>, s: Series): NonNullable<Series['style']> {
  if (s.style) return s.style;
  if (spec.chart === 'line') return 'line';
  if (spec.chart === 'scatter') return 'point';
  return 'bar';
}

/**
 * Words that say how a kind is drawn. Exhibit notes must not use them: the caption key (kindKey) is
 * computed from what the exhibit shows, and a note repeating it would print twice or go stale.
 */
export const PATTERN_WORDS = /\b(?:cross-hatched|hatched|striped|hollow|dashed|solid|drawn as|lighter (?:bars|markers|tint))\b/i;
