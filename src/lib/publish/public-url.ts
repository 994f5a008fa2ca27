/**
 * The site's public address, checked before anything is built. Canonical links, citations, the feed, the
 * sitemap and the PDFs print it to clients, so a client build must never carry a placeholder host
 * (research.example.com, localhost): it would be cited and bookmarked. Previews (SKIP_PDF=1 or PREVIEW=1)
 * may build with a placeholder, and then print no absolute URL at all (links stay root-relative).
 */

/** Hosts that are never a real public address: RFC 2606 example domains, loopback and .test/.invalid/.local names. */
export function isPlaceholderHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)example\.(com|org|net)$/.test(h) || /(^|\.)(example|test|invalid|localhost|local)$/.test(h)) return true;
  return h === 'localhost' || h === '0.0.0.0' || h === '[::1]' || /^127\./.test(h);
}

/** A build for looking at, not for clients: no PDFs (SKIP_PDF=1) or an explicit PREVIEW=1. */
export function isPreviewBuild(env: Record<string, string | undefined>): boolean {
  return env.PREVIEW === '1' || env.SKIP_PDF === '1';
}

/**
 * The URL Astro gets as `site`: SITE_URL, else `url:` of site.yaml. Undefined for a preview with a
 * placeholder host (no absolute URLs are printed). Throws for a client build with a placeholder host.
 */
export function publicSiteUrl(configured: string, env: Record<string, string | undefined>, settingFile = 'content/site.yaml'): string | undefined {
  const fromEnv = env.SITE_URL;
  const url = fromEnv ?? configured;
  const host = new URL(url).hostname;
  if (!isPlaceholderHost(host)) return url;
  if (isPreviewBuild(env)) return undefined;
  const setting = fromEnv ? 'SITE_URL (environment)' : `\`url:\` in ${settingFile}`;
  throw new Error(
    [
      `The site's public address is a placeholder: ${url} (from ${setting}).`,
      'A client build prints it in every canonical link, citation, feed entry and PDF, so readers would cite an address that does not exist.',
      `Set ${fromEnv ? 'SITE_URL' : `\`url:\` in ${settingFile}`} to the address the site is published at (e.g. https://research.yourfirm.com),`,
      'or build a preview with PREVIEW=1 (or SKIP_PDF=1), which prints no absolute URLs.',
    ].join('\n'),
  );
}
