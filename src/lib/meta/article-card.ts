/**
 * An article's social card: its title and first <Value> with the report's branding. The card is the whole
 * input of its drawing, so it is also the output cache's key: the site's card (src/pages/og/site.png.ts) and
 * the articles' (src/lib/publish/asset-files.ts) both come through here.
 */
import type { SiteConfig } from '../config/site-schema.ts';
import { resolveValue } from '../content/resolve-value.ts';
import { cachedBytes } from '../publish/output-cache.ts';
import { loadSources, sourceLine } from '../sources/registry.ts';
import { firstValueProps, keyFigure } from './key-figure.ts';
import { renderOgImage, type OgCard } from './og-image.ts';

/** `body` is the article's MDX after its frontmatter. */
export function articleCard(site: SiteConfig, title: string, body: string): OgCard {
  const first = firstValueProps(body);
  const q = first?.of ? resolveValue(first.of) : undefined;
  const figure = q && first ? keyFigure(q, first, sourceLine(q.sources, loadSources())) : undefined;
  return { firm: site.firm, report: site.reportTitle, title, brand: site.colors.brand, accent: site.colors.accent, ...(figure ? { figure } : {}) };
}

/** A card's PNG (an article's or the site's), through the output cache. */
export function cardPng(card: OgCard): Uint8Array {
  return cachedBytes('og-png', card, () => renderOgImage(card));
}
