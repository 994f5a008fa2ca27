/**
 * The site served under a sub-path: built with BASE_PATH=/research/ through the real build script, every
 * internal link stays inside /research/ and resolves, an article served under /research/ draws its charts
 * with no failed request, and search answers with /research/ links.
 * Built without PDFs: that a PDF printed under a sub-path loads its page from there and links the public
 * sub-path is tested on the printer itself (pdf-print.test.ts), and the shared site's build prints every
 * PDF of the report (pdf.test.ts). Printing all nine again here cost about 20 core-seconds for no more.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './support/browser.ts';
import { checkSiteLinks } from './support/link-check.ts';
import { articlePages, canonicalRoot } from './support/site.ts';

const BASE = '/research/';
const dir = path.resolve('.cache/e2e-base-site');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', dir], { stdio: 'inherit', env: { ...process.env, BASE_PATH: BASE, SKIP_PDF: '1' } });
  if (build.status !== 0) throw new Error(`The site did not build with BASE_PATH=${BASE}; see the build output above.`);
  server = await serveStatic(dir, BASE);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`site built for ${BASE}`, () => {
  it('has every internal link inside the base path, resolving to a file and anchor', () => {
    const root = canonicalRoot(dir);
    expect(new URL(root).pathname).toBe(BASE);
    const report = checkSiteLinks(dir, { basePath: BASE, siteUrl: root });
    expect(report.checked.length).toBeGreaterThan(50);
    expect(report.broken.map((b) => `${b.from}: ${b.url} (${b.reason})`)).toEqual([]);
  });

  it('serves an article that draws its charts, with no failed or third-party request', async () => {
    const article = articlePages(dir)[0]!;
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const failed: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(new URL(server.url).origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    try {
      await page.goto(new URL(article.slice(1), server.url).href, { waitUntil: 'load' });
      const charts = await page.$$eval('figure[data-exhibit]:has(canvas)', (figs) => figs.map((f) => f.getAttribute('data-exhibit')!));
      expect(charts.length).toBeGreaterThan(0);
      for (const id of charts) {
        const fig = `figure[data-exhibit="${id}"]`;
        await page.locator(fig).scrollIntoViewIfNeeded();
        // The island marks the chart live once chart.js has drawn it (or failed, when the static image stays).
        await page.waitForFunction((sel) => {
          const el = document.querySelector(sel);
          return el?.classList.contains('is-live') || el?.hasAttribute('data-chart-failed');
        }, `${fig} [data-exhibit-chart]`, { timeout: 15_000 });
        expect(await page.$eval(`${fig} [data-exhibit-chart]`, (el) => el.hasAttribute('data-chart-failed')), `chart ${id} failed to load under ${BASE}`).toBe(false);
        const painted = await page.$eval(`${fig} canvas`, (canvas) => {
          const c = canvas as HTMLCanvasElement;
          const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
          let n = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && !(data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250)) n++;
          return n / (data.length / 4);
        });
        expect(painted, `chart ${id} has painted pixels`).toBeGreaterThan(0.01);
      }
      const assets = await page.$$eval('link[href], script[src], img[src]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
      for (const a of assets.filter((u) => u.startsWith('/'))) expect(a.startsWith(BASE), a).toBe(true);
      expect(failed).toEqual([]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers searches with links under the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}search/?q=Jevons`);
      await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h.startsWith(BASE), h).toBe(true);
    } finally {
      await context.close();
    }
  });
});
