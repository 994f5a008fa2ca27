/** Launches Debian's Chromium through playwright-core and records what each page does. */
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Disposable, type Page, type Request } from 'playwright-core';
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
  /** Ends the visit: the tab is wiped and kept for a later visit (see `visit`). */
  close: () => Promise<void>;
}

export interface VisitOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  init?: InitScript | InitScript[];
}

interface Tab {
  context: BrowserContext;
  page: Page;
}

/**
 * Idle tabs per browser, by JavaScript on or off (a context setting; everything else is set per visit).
 * Opening a tab starts a renderer process, and a page's first load in a new process costs about twice
 * the CPU of a load in one that has loaded a page before (2.4 against 1.1 core-s for an article here,
 * with or without the HTTP cache): most of what the browser suites spent.
 */
const idle = new WeakMap<Browser, Map<boolean, Tab[]>>();

/** The idle tabs of `browser` with JavaScript on or off. */
function pool(browser: Browser, javaScriptEnabled: boolean): Tab[] {
  let byJs = idle.get(browser);
  if (!byJs) idle.set(browser, (byJs = new Map()));
  let tabs = byJs.get(javaScriptEnabled);
  if (!tabs) byJs.set(javaScriptEnabled, (tabs = []));
  return tabs;
}

async function takeTab(browser: Browser, javaScriptEnabled: boolean): Promise<Tab> {
  const tab = pool(browser, javaScriptEnabled).pop();
  if (tab && !tab.page.isClosed()) return tab;
  const context = await browser.newContext({ javaScriptEnabled });
  return { context, page: await context.newPage() };
}

const LISTENED = ['console', 'pageerror', 'request', 'requestfailed', 'requestfinished', 'response', 'dialog', 'download', 'popup', 'framenavigated', 'load', 'domcontentloaded'];

/**
 * Puts a tab back as a new one would be: the site's storage and cookies cleared, the document gone (so nothing
 * of it can run or request during the next visit), the mouse off the page (a hover would carry over), and
 * every listener and init script of the visit removed. A tab that cannot be wiped is closed instead.
 */
async function returnTab(browser: Browser, tab: Tab, javaScriptEnabled: boolean, initScripts: Disposable[]): Promise<void> {
  try {
    for (const script of initScripts) await script.dispose();
    // The visit's recorders and any handler a test added (a dialog handler, a response listener).
    for (const event of LISTENED) tab.page.removeAllListeners(event);
    if (javaScriptEnabled && /^https?:/.test(tab.page.url())) {
      await tab.page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await tab.context.clearCookies();
    await tab.page.mouse.move(-1, -1);
    await tab.page.goto('about:blank');
    pool(browser, javaScriptEnabled).push(tab);
  } catch {
    await tab.context.close().catch(() => undefined);
  }
}

/**
 * Opens `url` in a tab set up as the options say, recording console errors and requests from the start.
 * Tabs are reused across visits (`close` wipes and returns them) because a fresh renderer process is the
 * costly part of a page load; each visit still starts from blank storage, its own viewport, colour scheme,
 * motion setting and init scripts, with print emulation off.
 */
export async function visit(browser: Browser, url: string, opts: VisitOptions = {}): Promise<Visit> {
  const javaScriptEnabled = opts.javaScriptEnabled ?? true;
  const tab = await takeTab(browser, javaScriptEnabled);
  const { page } = tab;
  await page.setViewportSize({ width: opts.width ?? 1200, height: opts.height ?? 900 });
  await page.emulateMedia({ media: null, colorScheme: opts.colorScheme ?? 'light', reducedMotion: opts.reducedMotion ?? 'no-preference', forcedColors: null, contrast: null });
  // Scripts to run in the page before its own (e.g. one that records what canvases draw).
  const initScripts: Disposable[] = [];
  for (const init of [opts.init ?? []].flat()) initScripts.push(await page.addInitScript(typeof init === 'string' ? { content: init } : init));
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err: Error) => consoleErrors.push(err.message));
  page.on('request', (req: Request) => {
    const u = req.url();
    requests.push(u);
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreignRequests.push(u);
  });
  await page.goto(url, { waitUntil: 'load' });
  let closed = false;
  return {
    page,
    consoleErrors,
    foreignRequests,
    requests,
    close: async () => {
      if (closed) return;
      closed = true;
      await returnTab(browser, tab, javaScriptEnabled, initScripts);
    },
  };
}
