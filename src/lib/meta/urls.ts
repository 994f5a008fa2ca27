/** Absolute URLs for feeds, sitemaps, social cards and JSON-LD, from `site` and the base path in astro.config.mjs. */

/** "/" or "/research/": always with a trailing slash. */
export function basePath(base: string): string {
  return base.replace(/\/?$/, '/');
}

/**
 * `path` is relative to the site root ("articles/capex/"); the result includes the base path. Without a
 * `site` (a preview built with a placeholder address, see src/lib/publish/public-url.ts) it is the
 * root-relative path: a preview prints no absolute URL rather than a made-up one.
 */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  const rel = `${basePath(base)}${path.replace(/^\//, '')}`;
  return site ? new URL(rel, site).href : rel;
}
