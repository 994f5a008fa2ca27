/**
 * Colours for every rendering of an exhibit. Series colours are Okabe–Ito, which stays distinguishable
 * under the common colour-vision deficiencies. A series keeps its hue in both themes (a reader who
 * switches theme must still find "2025" in the same colour); the dark theme only lightens the two
 * colours that vanish on a dark background (dark blue, black). Years and other ordinal series get a
 * sequential ramp of one hue instead (sequentialColor), since categorical hues would suggest no order.
 */
export type Theme = 'light' | 'dark';

export interface Palette {
  series: readonly string[];
  /** One hue from light to dark (light theme) or dark to light (dark theme): the last entry is the strongest. */
  ramp: readonly string[];
  text: string;
  muted: string;
  grid: string;
  background: string;
  /** Peers drawn behind a highlighted subject. */
  peer: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    // Yellow is last: on white it falls below 3:1 contrast.
    series: ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'],
    ramp: ['#9ECAE1', '#4292C6', '#08519C', '#08306B'],
    text: '#1a1a1a',
    muted: '#555555',
    grid: 'rgba(0, 0, 0, 0.1)',
    background: '#ffffff',
    peer: '#b8bec6',
  },
  dark: {
    // Same hues, same order; dark blue becomes a lighter blue and black a light grey.
    series: ['#3D9FE0', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#BBBBBB', '#F0E442'],
    ramp: ['#2B5C8A', '#3D82C4', '#6BAED6', '#C6DBEF'],
    text: '#e8e8e8',
    muted: '#b0b0b0',
    grid: 'rgba(255, 255, 255, 0.15)',
    background: '#121212',
    peer: '#4d545c',
  },
};

/** Colour of the i-th series; wraps round rather than failing on a ninth series. */
export function seriesColor(theme: Theme, index: number): string {
  const list = PALETTES[theme].series;
  return list[index % list.length] as string;
}

/** The i-th of n ordered series on the theme's ramp, strongest last (the latest year stands out). */
export function sequentialColor(theme: Theme, index: number, count: number): string {
  const ramp = PALETTES[theme].ramp;
  // Few series take the strongest end of the ramp; more than it holds are spread over all of it.
  if (count <= ramp.length) return ramp[ramp.length - count + index] as string;
  return ramp[Math.round((index * (ramp.length - 1)) / (count - 1))] as string;
}

/** `#rrggbb` at the given opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = rgb(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * The lighter tint guidance and estimates are drawn in: the series colour mixed with the page
 * background, so it keeps its hue and reads as "less firm" in both themes without a texture.
 */
export function tint(hex: string, theme: Theme): string {
  const c = rgb(hex);
  const bg = rgb(PALETTES[theme].background);
  const share = theme === 'light' ? 0.45 : 0.5;
  return `#${c.map((v, i) => Math.round(v * share + (bg[i] as number) * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
