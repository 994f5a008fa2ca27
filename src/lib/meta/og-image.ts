/**
 * The social card of a page (OpenGraph / Twitter, 1200×630 PNG), drawn at build time on @napi-rs/canvas
 * without network or web fonts: firm, report, the page title and, for articles, one key figure from the
 * dataset with its source. Same card, same bytes.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
// Debian's fonts-dejavu-core is on every build machine (the static charts use it too).
const FONT = "'DejaVu Sans'";

export interface OgFigure {
  /** The formatted figure, e.g. "$5.576 million" (with "(unconfirmed)" where that applies). */
  value: string;
  /** What it is: "DeepSeek-V3 final training run cost". */
  label: string;
  /** Source line: "Source: DeepSeek-AI (2024), Table 1." */
  source: string;
}

export interface OgCard {
  firm: string;
  report: string;
  title: string;
  figure?: OgFigure;
  /** #rrggbb background and accent. */
  brand: string;
  accent: string;
}

/** Greedy word wrap into at most `maxLines` lines, ellipsis on the last when the text does not fit. */
export function wrapText(measure: (s: string) => number, text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (measure(next) <= width || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] as string;
  while (last && measure(`${last}…`) > width) last = last.replace(/\s*\S+$/, '');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Largest font size (from `sizes`) at which the text fits in `maxLines` lines. */
function fit(ctx: SKRSContext2D, text: string, width: number, maxLines: number, sizes: number[], weight: string): { size: number; lines: string[] } {
  for (const size of sizes) {
    ctx.font = `${weight} ${size}px ${FONT}`;
    const lines = wrapText((s) => ctx.measureText(s).width, text, width, Number.POSITIVE_INFINITY);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1] as number;
  ctx.font = `${weight} ${size}px ${FONT}`;
  return { size, lines: wrapText((s) => ctx.measureText(s).width, text, width, maxLines) };
}

export function renderOgImage(card: OgCard): Buffer {
  const canvas = createCanvas(OG_WIDTH, OG_HEIGHT);
  const ctx = canvas.getContext('2d');
  const pad = 72;
  const width = OG_WIDTH - 2 * pad;

  ctx.fillStyle = card.brand;
  ctx.fillRect(0, 0, OG_WIDTH, OG_HEIGHT);
  ctx.fillStyle = card.accent;
  ctx.fillRect(0, 0, 14, OG_HEIGHT);

  // Logo mark (public/logo.svg drawn by hand: an "M" in a rounded square) and firm name.
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.strokeRect(pad, 56, 44, 44);
  ctx.lineWidth = 4;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(pad + 10, 90);
  ctx.lineTo(pad + 10, 66);
  ctx.lineTo(pad + 22, 78);
  ctx.lineTo(pad + 34, 66);
  ctx.lineTo(pad + 34, 90);
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold 26px ${FONT}`;
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, card.firm, width - 64, 1)[0] ?? '', pad + 64, 87);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.78)';
  ctx.font = `22px ${FONT}`;
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, card.report, width, 1)[0] ?? '', pad, 146);

  const titleTop = 214;
  const title = fit(ctx, card.title, width, card.figure ? 3 : 4, [60, 54, 48, 42], 'bold');
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${title.size}px ${FONT}`;
  title.lines.forEach((line, i) => ctx.fillText(line, pad, titleTop + i * title.size * 1.18));

  if (card.figure) {
    const base = OG_HEIGHT - 64;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.25)';
    ctx.fillRect(pad, base - 150, width, 2);
    const value = fit(ctx, card.figure.value, width, 1, [72, 64, 56, 48, 40], 'bold');
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold ${value.size}px ${FONT}`;
    ctx.fillText(value.lines[0] ?? '', pad, base - 68);
    ctx.font = `24px ${FONT}`;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillText(wrapText((s) => ctx.measureText(s).width, card.figure.label, width, 1)[0] ?? '', pad, base - 30);
    ctx.font = `18px ${FONT}`;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.72)';
    ctx.fillText(wrapText((s) => ctx.measureText(s).width, card.figure.source, width, 1)[0] ?? '', pad, base);
  }
  return canvas.toBuffer('image/png');
}
