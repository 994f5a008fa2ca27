/**
 * The chart layout check, on the static renderer: every chart exhibit of the pinned edition, at the
 * desktop image width and a phone's width, in both themes, draws no two pieces of text over each other,
 * no text off the canvas and no label cut short. The e2e exhibit test repeats it on the live charts.
 */
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { EXHIBITS, getExhibit } from '../../src/lib/exhibits/index.ts';
import { layoutProblems, recordText } from '../../src/lib/render/layout-check.ts';
import { chartLayoutProblems } from '../../src/lib/render/static-chart.ts';

const charts = [...EXHIBITS.keys()]
  .sort()
  .map((id) => getExhibit(id))
  .filter((s) => s.chart !== 'table');

describe('chart layout check', () => {
  it.each(charts.flatMap((s) => [720, 390].flatMap((w) => (['light', 'dark'] as const).map((t) => [s.id, w, t, s] as const))))('%s at %i px, %s: no overlapping, escaping or cut text', (_id, width, theme, spec) => {
    expect(chartLayoutProblems(spec, theme, width)).toEqual([]);
  });

  it('sees overlapping, escaping and cut text (the check can fail)', () => {
    const canvas = createCanvas(200, 100);
    const ctx = canvas.getContext('2d');
    const boxes = recordText(ctx as unknown as Parameters<typeof recordText>[0]);
    ctx.font = '12px DejaVu Sans';
    ctx.fillText('Alpha', 10, 20);
    ctx.fillText('Alphabet', 14, 22);
    ctx.fillText('Off the edge', 170, 50);
    ctx.fillText('Megatron-Turing NLG 530…', 0, 90);
    ctx.fillText('   ', 0, 0);
    const problems = layoutProblems(boxes, 200, 100);
    expect(problems.some((p) => p.startsWith('"Alpha" ') && p.includes('overlaps "Alphabet"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('"Off the edge" leaves the canvas'))).toBe(true);
    expect(problems).toContain('"Megatron-Turing NLG 530…" is cut short');
    // Rotated text is boxed as drawn: a vertical title is tall and narrow.
    ctx.save();
    ctx.translate(50, 50);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.fillText('Vertical title', 0, 0);
    ctx.restore();
    const v = boxes.at(-1)!;
    expect(v.h).toBeGreaterThan(v.w);
  });
});
