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
