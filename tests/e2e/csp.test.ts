/**
 * Safe static output: every page carries the Content-Security-Policy of src/lib/meta/csp.ts (no
 * 'unsafe-inline' for scripts), ships no inline script or inline event handler, dist/_headers carries
 * the same policy with the headers a meta tag cannot set, and in Chromium no page triggers a CSP
 * violation while every chart still draws. External links never leak the opener.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/meta/csp.ts';
import { launchBrowser } from './support/browser.ts';
import { builtPages } from './support/site.ts';
import { sweep } from './support/sweep.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const sweepDir = inject('sweepDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pages = builtPages(siteDir);
const htmlOf = (page: string) => fs.readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
const decode = (s: string) => s.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('built HTML', () => {
  it.each(pages)('%s: the CSP meta tag comes first in <head>, and there is no inline script or handler', (page) => {
    const html = htmlOf(page);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = decode(meta![1]!);
    expect(policy).toBe(contentSecurityPolicy('meta'));
    expect(policy).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // Nothing that loads or runs before the policy is known.
    expect(html.slice(0, meta!.index)).not.toMatch(/<(script|link|style)\b/);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      const type = /\btype="([^"]+)"/.exec(attrs)?.[1];
      if (/\bsrc="/.test(attrs)) continue;
      expect(type, `inline script: ${m[0].slice(0, 120)}`).toMatch(/^application\/(ld\+)?json$/);
    }
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it.each(pages)('%s: links to other sites are rel="noopener noreferrer"', (page) => {
    for (const m of htmlOf(page).matchAll(/<a\b[^>]*href="(https?:[^"]+)"[^>]*>/g)) {
      const host = new URL(m[1]!).host;
      if (host === new URL(siteUrl).host) continue;
      expect(m[0], m[0]).toMatch(/\brel="[^"]*\bnoopener\b[^"]*"/);
      expect(m[0], m[0]).toMatch(/\brel="[^"]*\bnoreferrer\b[^"]*"/);
    }
  });

  it('dist/_headers sends the same policy plus frame-ancestors and the other security headers', () => {
    const file = fs.readFileSync(path.join(siteDir, '_headers'), 'utf8');
    const block = file.split(/\n(?=\S)/)[0]!;
    expect(block.split('\n')[0]).toBe('/*');
    const headers = Object.fromEntries(block.split('\n').slice(1).map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]));
    expect(headers['Content-Security-Policy']).toBe(`${contentSecurityPolicy('meta')}; frame-ancestors 'none'`);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

describe.concurrent('in Chromium', () => {
  // From the shared browser pass (support/sweep.ts): violations are recorded from the first script of every
  // document the pass loads, and on /search/ also through a query (Pagefind's WebAssembly and index fetches).
  it.for(pages)('%s: no CSP violation, every chart draws', async (page, { expect }) => {
    const s = await sweep(browser, siteUrl, sweepDir, page);
    expect(s.drawError).toBeUndefined();
    expect(s.live).toBe(s.charts);
    expect(s.cspViolations).toEqual([]);
    expect(s.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
