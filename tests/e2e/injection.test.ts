/**
 * Dataset text is never markup. Builds a fixture site (SKIP_PDF) from an injection copy of the published
 * edition, where every free-text field carries <script>, attribute-breaking and </script> payloads
 * (tests/fixtures/injection/), then loads every page in Chromium: no dialog opens, no element is
 * injected, the payloads show as text, the embedded chart JSON and JSON-LD parse back to the same
 * strings, and the charts still draw.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { site } from '../../src/site.config.ts';
import { makeInjectionContent } from '../fixtures/injection/make-content.ts';
import { PAYLOADS } from '../fixtures/injection/payloads.ts';
import { drawAllCharts } from './support/axe.ts';
import { launchBrowser, visit } from './support/browser.ts';
import { builtPages } from './support/site.ts';
import { copyProject, removeProject } from './rebuild-project.ts';

// A throwaway copy of the project whose content is the injection fixture: report code imports the engine
// as #engine/*, resolved through the project's package.json, so the content lives inside a project.
const tmp = copyProject('injection-site-');
const contentRoot = path.join(tmp, 'content');
const outDir = path.join(tmp, 'dist');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  makeInjectionContent(path.resolve('content'), contentRoot, site.edition);
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', outDir], {
    cwd: tmp,
    // The rewritten edition is a draft: a draft builds only when pinned explicitly, as a preview.
    env: { ...process.env, RESEARCH_CONTENT_ROOT: '', RESEARCH_EDITION: site.edition, SKIP_PDF: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The injection fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeProject(tmp);
});

describe('a site built from an edition full of markup', () => {
  it('renders every page with the payloads as text, nothing injected, nothing run', async () => {
    const pages = builtPages(outDir);
    expect(pages.length).toBeGreaterThan(3);
    let pagesShowingPayload = 0;
    for (const page of pages) {
      const v = await visit(browser, new URL(page.slice(1), server.url).href);
      const dialogs: string[] = [];
      v.page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      try {
        await drawAllCharts(v.page);
        // Hover every live chart so tooltips (built from labels) render too.
        for (const canvas of await v.page.locator('[data-exhibit-chart].is-live canvas').all()) {
          const box = await canvas.boundingBox();
          if (box) await v.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        }
        const found = await v.page.evaluate(() => ({
          injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
          handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
          alertScripts: [...document.scripts].filter((s) => !s.type.includes('json') && (s.textContent ?? '').includes('alert')).length,
          text: document.body.innerText,
          jsonBlocks: [...document.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        }));
        expect(dialogs, page).toEqual([]);
        expect(found.injectedImages, page).toBe(0);
        expect(found.handlers, page).toBe(0);
        expect(found.alertScripts, page).toBe(0);
        for (const json of found.jsonBlocks) expect(() => JSON.parse(json), `${page}: a JSON block was cut short`).not.toThrow();
        if (found.text.includes(PAYLOADS.script)) pagesShowingPayload++;
        expect(v.consoleErrors, page).toEqual([]);
      } finally {
        await v.close();
      }
    }
    // The payloads really reached the pages (as text): the fixture is not a no-op.
    expect(pagesShowingPayload).toBeGreaterThan(2);
  });

  it('the data page JSON-LD and the exhibits JSON carry the payloads back intact', () => {
    const html = fs.readFileSync(path.join(outDir, 'data', 'index.html'), 'utf8');
    const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as { name: string });
    expect(ld.some((d) => d.name.endsWith(PAYLOADS.script))).toBe(true);
    const articles = builtPages(outDir).filter((p) => p.startsWith('/articles/'));
    const specs = articles.flatMap((p) =>
      [...fs.readFileSync(path.join(outDir, p, 'index.html'), 'utf8').matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
    );
    expect(specs.length).toBeGreaterThan(0);
    expect(specs.join('')).not.toContain('<');
    expect(specs.some((s) => JSON.stringify(JSON.parse(s)).includes(PAYLOADS.scriptBreakout))).toBe(true);
  });

  it('feeds, sitemap and static images stay well-formed and hold no live markup', () => {
    const feed = fs.readFileSync(path.join(outDir, 'feed.xml'), 'utf8');
    expect(feed).not.toMatch(/<script|<img/i);
    for (const f of fs.readdirSync(path.join(outDir, 'exhibits'))) {
      const svg = fs.readFileSync(path.join(outDir, 'exhibits', f), 'utf8');
      expect(svg, f).not.toMatch(/<script|onerror|alert\(/i);
    }
    // CSV downloads keep the text as data, guarded against spreadsheet formulas by csvCell (unit-tested).
    const csv = fs.readFileSync(path.join(outDir, 'downloads', fs.readdirSync(path.join(outDir, 'downloads'))[0]!, 'data.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^series,/);
  });
});
