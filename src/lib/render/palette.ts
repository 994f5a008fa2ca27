/**
 * Colours for every rendering of an exhibit. Series colours are Okabe–Ito, which stays distinguishable
 * under the common colour-vision deficiencies. The dark variant reorders them so the first series keep
 * enough contrast on a dark background, and swaps black for a light grey.
 */
export type Theme = 'light' | 'dark';

export interface Palette {
  series: readonly string[];
  text: string;
  muted: string;
  grid: string;
  background: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    // Yellow is last: on white it falls below 3:1 contrast.
    series: ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'],
    text: '#1a1a1a',
    muted: '#555555',
    grid: 'rgba(0, 0, 0, 0.1)',
    background: '#ffffff',
  },
  dark: {
    // Dark blue and black disappear on a dark background; sky blue leads and grey replaces black.
    series: ['#56B4E9', '#E69F00', '#009E73', '#F0E442', '#CC79A7', '#D55E00', '#BBBBBB', '#0072B2'],
    text: '#e8e8e8',
    muted: '#b0b0b0',
    grid: 'rgba(255, 255, 255, 0.15)',
    background: '#121212',
  },
};

/** Colour of the i-th series; wraps round rather than failing on a ninth series. */
export function seriesColor(theme: Theme, index: number): string {
  const list = PALETTES[theme].series;
  return list[index % list.length] as string;
}

/** `#rrggbb` at the given opacity, for the lighter fill of guidance/estimate/derived bars. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
