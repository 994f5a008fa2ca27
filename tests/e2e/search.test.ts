/**
 * Site search in real Chromium: the Pagefind index built after the site answers from /search/?q=, finds
 * "Jevons", "Chinchilla", a capex figure taken from the built capex page and an exhibit by its title, and
 * every result links to a page and anchor that exist. Reading pages stay script-free: the header search
 * box is a plain GET form.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exhibitRecords, htmlText } from '../../scripts/lib/search-exhibits.ts';
import { launchBrowser, visit } from './support/browser.ts';
import { siteResolver } from './support/link-check.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const resolver = siteResolver(siteDir, '/');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const capexHtml = fs.readFileSync(path.join(siteDir, 'articles', 'capex', 'index.html'), 'utf8');
/** A figure as the capex article prints it, e.g. "$26.3 billion" (the first <Value> in its prose). */
const capexFigure = htmlText(/<span class="value"[^>]*><data\b[^>]*>([^<]+)<\/data>/.exec(capexHtml)![1]!);
const capexExhibit = exhibitRecords(capexHtml, '/articles/capex/')[0]!;

async function search(q: string, base = siteUrl) {
  const v = await visit(browser, `${base}search/?q=${encodeURIComponent(q)}`);
  try {
    await v.page.waitForFunction(() => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return /result/.test(s);
    }, null, { timeout: 15_000 });
    const links = await v.page.$$eval('[data-search-results] a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })));
    return { links, status: await v.page.locator('[data-search-status]').textContent(), consoleErrors: v.consoleErrors, foreignRequests: v.foreignRequests };
  } finally {
    await v.close();
  }
}

describe('search page', () => {
  it('the index exists in the built site', () => {
    expect(fs.existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it.each([['Jevons', '/articles/'], ['Chinchilla', '/articles/'], [capexFigure, '/articles/capex/']])('finds "%s" and every result links to an existing page and anchor', async (q, expected) => {
    const r = await search(q);
    expect(r.links.length, `results for ${q}: ${r.status}`).toBeGreaterThan(0);
    expect(r.links.some((l) => l.href.startsWith(expected))).toBe(true);
    expect(r.links.some((l) => l.href.includes('#'))).toBe(true);
    for (const l of r.links) expect(resolver.problem(l.href), l.href).toBeUndefined();
    expect(r.consoleErrors).toEqual([]);
    expect(r.foreignRequests).toEqual([]);
  });

  it('finds an exhibit by its title and links straight to the exhibit', async () => {
    const title = capexExhibit.meta.title.replace(/^Exhibit \d+(?:\.\d+)?: /, '');
    const r = await search(title);
    const hit = r.links.find((l) => l.href === capexExhibit.url);
    expect(hit, `a result linking ${capexExhibit.url}`).toBeDefined();
    expect(hit!.text).toContain(title);
  });

  it('says so when nothing matches', async () => {
    const v = await visit(browser, `${siteUrl}search/?q=${encodeURIComponent('zzqxv-no-such-word')}`);
    try {
      await expect.poll(() => v.page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toContain('No results');
    } finally {
      await v.close();
    }
  });
});

describe('header search box', () => {
  it('is a plain GET form that works on a page without JavaScript', async () => {
    const v = await visit(browser, `${siteUrl}articles/capex/`, { javaScriptEnabled: false });
    try {
      const form = v.page.locator('header form[role="search"]');
      expect(await form.getAttribute('method')).toBe('get');
      await form.locator('input[name="q"]').fill('Jevons');
      await Promise.all([v.page.waitForURL(/\/search\/\?q=Jevons$/), form.locator('input[name="q"]').press('Enter')]);
    } finally {
      await v.close();
    }
  });
});
