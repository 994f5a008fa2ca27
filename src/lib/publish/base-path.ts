/** The site's base path (BASE_PATH, e.g. "/research/"), normalized the same way everywhere it is used. */

/** "/research" | "research/" | undefined -> "/research/" or "/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The URL with the base path prepended, when it is root-relative and does not carry it already. */
export function withBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base) || `${url}/` === base) return url;
  return base + url.slice(1);
}
