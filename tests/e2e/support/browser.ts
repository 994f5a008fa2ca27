/** Launches Debian's Chromium through playwright-core and records what each page does. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium-path.mjs';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium is not installed, so end-to-end tests cannot run. Install it with `sudo apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
}

/** A script run in the page before its own: a function, or a script's source. */
type InitScript = (() => void) | string;

export interface Visit {
  page: Page;
  consoleErrors: string[];
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  /** Every request the page made, from the first (full URLs, in order). */
  requests: string[];
  close: () => Promise<void>;
}

export async function visit(
  browser: Browser,
  url: string,
  opts: { javaScriptEnabled?: boolean; width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark'; init?: InitScript | InitScript[] } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: { width: opts.width ?? 1200, height: opts.height ?? 900 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    colorScheme: opts.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  // Scripts to run in the page before its own (e.g. one that records what canvases draw).
  for (const init of [opts.init ?? []].flat()) await page.addInitScript(typeof init === 'string' ? { content: init } : init);
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  page.on('request', (req) => {
    const u = req.url();
    requests.push(u);
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreignRequests.push(u);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, consoleErrors, foreignRequests, requests, close: () => context.close() };
}
