/** Lists pages of the built site for tests that cover every page or every article. */
import fs from 'node:fs';
import path from 'node:path';

export function builtPages(siteDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html') out.push('/' + path.relative(siteDir, dir).split(path.sep).join('/'));
    }
  };
  walk(siteDir);
  return out.map((p) => (p === '/' ? p : `${p}/`)).sort();
}

export function articlePages(siteDir: string): string[] {
  return builtPages(siteDir).filter((p) => /^\/articles\/[^/]+\/$/.test(p));
}

/** Public URL of the site root, from the home page's canonical link (what Astro built from SITE_URL and BASE_PATH). */
export function canonicalRoot(siteDir: string): string {
  const html = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const href = /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`The built home page (${path.join(siteDir, 'index.html')}) has no <link rel="canonical">, so the site's public URL is unknown.`);
  return href;
}
