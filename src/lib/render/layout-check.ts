/**
 * The chart layout check: every piece of text a chart draws (tick labels, axis titles, legend, reference
 * and point labels) as a box on the canvas, and what is wrong with them: two boxes overlapping, a box
 * leaving the canvas, or a label cut short with "…". It records at the one place all text passes through,
 * the canvas's fillText, so it sees what chart.js and our plugins actually drew, not what they meant to.
 * Used by the unit test on the static renderer and, in the browser, by the e2e exhibit test.
 */

export interface TextBox {
  text: string;
  /** The box's extent on the canvas (axis-aligned). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Rotation of the text (radians) and its exact box in the text's own rotated frame: turned tick labels lie side by side there. */
  angle: number;
  frame: { x: number; y: number; w: number; h: number };
}

interface TextContext {
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { width: number; actualBoundingBoxLeft: number; actualBoundingBoxRight: number; actualBoundingBoxAscent: number; actualBoundingBoxDescent: number };
  getTransform(): { a: number; b: number; c: number; d: number; e: number; f: number };
}

/** The box text takes once drawn at (x, y) with the context's font, alignment, baseline and transform, in canvas pixels. */
export function textBox(ctx: TextContext, text: string, x: number, y: number, scale = 1): TextBox {
  const m = ctx.measureText(text);
  const t = ctx.getTransform();
  const corners = [
    [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent],
    [x + m.actualBoundingBoxRight, y - m.actualBoundingBoxAscent],
    [x - m.actualBoundingBoxLeft, y + m.actualBoundingBoxDescent],
    [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent],
  ].map(([px, py]) => [(t.a * px! + t.c * py! + t.e) / scale, (t.b * px! + t.d * py! + t.f) / scale] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const angle = Math.atan2(t.b, t.a);
  const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
  const fx = corners.map(([px, py]) => px * cos - py * sin);
  const fy = corners.map(([px, py]) => px * sin + py * cos);
  return {
    text,
    x: Math.min(...xs),
    y: Math.min(...ys),
    w: Math.max(...xs) - Math.min(...xs),
    h: Math.max(...ys) - Math.min(...ys),
    angle,
    frame: { x: Math.min(...fx), y: Math.min(...fy), w: Math.max(...fx) - Math.min(...fx), h: Math.max(...fy) - Math.min(...fy) },
  };
}

/** Wraps ctx.fillText so every text drawn afterwards is recorded; returns the list it fills. */
export function recordText(ctx: TextContext, scale = 1): TextBox[] {
  const boxes: TextBox[] = [];
  const fill = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    if (String(text).trim()) boxes.push(textBox(ctx, String(text), x, y, scale));
    if (maxWidth === undefined) fill(text, x, y);
    else fill(text, x, y, maxWidth);
  };
  return boxes;
}

/** Less than this much shared area (px in each direction) is glyph bounds touching, not a collision. */
const SLACK = 1;

/** What is wrong with the drawn text of a width × height canvas, one line per problem; empty when nothing is. */
export function layoutProblems(boxes: TextBox[], width: number, height: number): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  // The same text at the same place is one label drawn twice (a redraw), not a collision.
  const unique = boxes.filter((b) => {
    const key = `${b.text}@${Math.round(b.x)},${Math.round(b.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const b of unique) {
    if (b.x < -SLACK || b.y < -SLACK || b.x + b.w > width + SLACK || b.y + b.h > height + SLACK) problems.push(`"${b.text}" leaves the canvas (${fmt(b)} on ${width}×${height})`);
    if (b.text.includes('…')) problems.push(`"${b.text}" is cut short`);
  }
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const a = unique[i]!;
      const b = unique[j]!;
      // Texts turned by the same angle are compared in their own frame (exact); others by their extents (conservative).
      const [p, q] = Math.abs(a.angle - b.angle) < 1e-3 ? [a.frame, b.frame] : [a, b];
      const dx = Math.min(p.x + p.w, q.x + q.w) - Math.max(p.x, q.x);
      const dy = Math.min(p.y + p.h, q.y + q.h) - Math.max(p.y, q.y);
      if (dx > SLACK && dy > SLACK) problems.push(`"${a.text}" (${fmt(a)}) overlaps "${b.text}" (${fmt(b)})`);
    }
  }
  return problems;
}

const fmt = (b: TextBox) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)}`;
