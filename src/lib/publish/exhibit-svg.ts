/**
 * The static exhibit image as the build publishes it: drawn from the spec with its edition stamp blanked (the
 * drawing never shows it), through the output cache. The renderer is given exactly the input the cache key
 * hashes, so nothing it draws can be missing from the key, and an exhibit a new edition leaves alone is reused.
 */
import type { ExhibitSpec } from '../exhibits/spec.ts';
import type { Theme } from '../render/palette.ts';
import { renderExhibitSvg } from '../render/static-chart.ts';
import { cachedText } from './output-cache.ts';

export function drawnSpec(spec: ExhibitSpec): ExhibitSpec {
  return { ...spec, edition: '', asOf: '' };
}

export function publishedExhibitSvg(spec: ExhibitSpec, theme: Theme): string {
  const drawn = drawnSpec(spec);
  return cachedText('exhibit-svg', { spec: drawn, theme }, () => renderExhibitSvg(drawn, theme));
}
