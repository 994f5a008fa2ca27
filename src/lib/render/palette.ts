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
    ramp: ['#9ECAE1', '#6BAED6', '#3182BD', '#08519C', '#08306B'],
    text: '#1a1a1a',
    muted: '#555555',
    grid: 'rgba(0, 0, 0, 0.1)',
    background: '#ffffff',
    peer: '#b8bec6',
  },
  dark: {
    // Same hues, same order; dark blue becomes a lighter blue and black a light grey.
    series: ['#3D9FE0', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#BBBBBB', '#F0E442'],
    ramp: ['#2B5C8A', '#3D82C4', '#6BAED6', '#9ECAE1', '#D6E6F4'],
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

/**
 * The i-th of n peer series (drawn behind a highlighted subject): greys from the strongest to the palest
 * step the theme allows, so peers stay told apart by the legend while none competes with the subject.
 */
export function peerColor(theme: Theme, index: number, count: number): string {
  const [strong, pale] = theme === 'light' ? ['#5F666E', '#B8BEC6'] : ['#A7AEB6', '#4D545C'];
  return mix(pale, strong, count <= 1 ? 0 : index / (count - 1));
}

/** The i-th of n ordered series, evenly spaced along the theme's ramp, strongest last (the latest year stands out). */
export function sequentialColor(theme: Theme, index: number, count: number): string {
  const ramp = PALETTES[theme].ramp;
  // Two series use the upper half of the ramp: the palest step is for long runs of years.
  const start = count <= 2 ? (ramp.length - 1) / 2 : 0;
  const at = count <= 1 ? ramp.length - 1 : start + (index * (ramp.length - 1 - start)) / (count - 1);
  const lo = Math.floor(at);
  const hi = Math.min(ramp.length - 1, lo + 1);
  return mix(ramp[hi] as string, ramp[lo] as string, at - lo);
}

/** `a` over `b` with `a`'s share `share` (0..1), as #rrggbb. */
function mix(a: string, b: string, share: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return `#${x.map((v, i) => Math.round(v * share + (y[i] as number) * (1 - share)).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
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
  return mix(hex, PALETTES[theme].background, theme === 'light' ? 0.45 : 0.5);
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
