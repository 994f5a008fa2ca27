/** Absolute URLs for feeds, sitemaps, social cards and JSON-LD, from `site` and the base path in astro.config.mjs. */

/** "/" or "/research/": always with a trailing slash. */
export function basePath(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** `path` is relative to the site root ("articles/capex/"); the result includes the base path. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  if (!site) throw new Error('Absolute URLs need `site` in astro.config.mjs (or SITE_URL): set it to the public URL of the site, e.g. https://research.example.com.');
  return new URL(`${basePath(base)}${path.replace(/^\//, '')}`, site).href;
}
