/**
 * How a page lays out its exhibits, read in the browser: the text every chart draws (the browser half of
 * src/lib/render/layout-check.ts) and where each table exhibit sits. Shared by the browser pass
 * (support/sweep.ts, at 1366 px) and the phone-width check of exhibits.test.ts (390 px), which assert on it.
 */
import type { Page } from 'playwright-core';
import { textBox, type TextBox } from '../../../src/lib/render/layout-check.ts';

/** The text one chart drew in its last frame, in CSS pixels, and the canvas's size. */
export interface ChartText {
  id: string;
  boxes: TextBox[];
  w: number;
  h: number;
}

/** Where a table exhibit sits once scrolled to (the browser's own measurements). */
export interface TableLayout {
  id: string;
  overflows: boolean;
  left: number;
  right: number;
  window: number;
  captionLeft: number;
  captionRight: number;
  tabindex: string | null;
  overflowX: string;
  hintShown: boolean;
  /** Gradients in the region's background: its edge shadows. */
  shadows: number;
  /** `position` of the first row header. */
  frozen: string;
}

export interface Layout {
  charts: ChartText[];
  tables: TableLayout[];
  /** Why a chart did not report a drawn frame within 15 s, if one did not. */
  drawError?: string;
}

/**
 * Records the text every canvas draws, as boxes in CSS pixels, measured by `box` (layout-check.ts's
 * textBox, the same measure the static renderer's unit test uses). fillText is wrapped, and a clear of the
 * whole canvas starts a new frame, so only the last frame counts. Runs in the page: see recordCanvasText.
 */
function recordCanvasTextWith(box: typeof textBox): void {
  const frames = new WeakMap<HTMLCanvasElement, TextBox[]>();
  (window as unknown as { canvasText: (c: HTMLCanvasElement) => TextBox[] }).canvasText = (c) => frames.get(c) ?? [];
  const proto = CanvasRenderingContext2D.prototype;
  const clear = proto.clearRect;
  proto.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) frames.set(this.canvas, []);
    clear.call(this, x, y, w, h);
  };
  const fill = proto.fillText;
  proto.fillText = function (text, x, y, maxWidth) {
    const t = String(text);
    if (t.trim()) {
      const dpr = this.canvas.width / (this.canvas.clientWidth || this.canvas.width);
      const list = frames.get(this.canvas) ?? [];
      list.push(box(this, t, x, y, dpr));
      frames.set(this.canvas, list);
    }
    if (maxWidth === undefined) fill.call(this, text, x, y);
    else fill.call(this, text, x, y, maxWidth);
  };
}

/** An init script (visit's `init`): recordCanvasTextWith(textBox), both functions sent as their source. */
export const recordCanvasText = `(${recordCanvasTextWith})(${textBox});`;

/** The first line of an error's message (Playwright appends a call log). */
export const firstLine = (err: unknown) => (err instanceof Error ? err.message.split('\n')[0]! : String(err));

/**
 * Each chart scrolled to the middle of the window and read once it has drawn (the page must have been
 * loaded with recordCanvasText); then each table exhibit scrolled to and measured.
 */
export async function measureLayout(page: Page): Promise<Layout> {
  const charts: ChartText[] = [];
  let drawError: string | undefined;
  const ids = await page.$$eval('figure[data-exhibit] canvas', (cs) => cs.map((c) => c.closest('figure')!.getAttribute('data-exhibit')!));
  for (const id of ids) {
    const fig = `figure[data-exhibit="${id}"]`;
    await page.locator(fig).evaluate((f) => f.scrollIntoView({ block: 'center' }));
    try {
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'drawn', `${fig} canvas`, { timeout: 15_000 });
    } catch (err) {
      drawError ??= `${id}: ${firstLine(err)}`;
    }
    await page.waitForTimeout(100);
    charts.push({
      id,
      ...(await page.locator(`${fig} canvas`).evaluate((c) => ({
        boxes: (window as unknown as { canvasText: (c: HTMLCanvasElement) => TextBox[] }).canvasText(c as HTMLCanvasElement),
        w: (c as HTMLCanvasElement).clientWidth,
        h: (c as HTMLCanvasElement).clientHeight,
      }))),
    });
  }

  const tables: TableLayout[] = [];
  const tableIds = await page.$$eval('figure[data-exhibit]:not(:has(canvas)) .exhibit-table', (els) => els.map((e) => e.closest('figure')!.getAttribute('data-exhibit')!));
  for (const id of tableIds) {
    const region = page.locator(`figure[data-exhibit="${id}"] .exhibit-table`);
    await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    tables.push({
      id,
      ...(await region.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const caption = el.querySelector('.caption-text')!.getBoundingClientRect();
        const hint = el.querySelector('.scroll-hint') as HTMLElement;
        const first = el.querySelector('tbody th[scope="row"]')!;
        return {
          overflows: el.scrollWidth > el.clientWidth + 1,
          left: r.left,
          right: r.right,
          window: document.documentElement.clientWidth,
          captionRight: caption.right,
          captionLeft: caption.left,
          tabindex: el.getAttribute('tabindex'),
          overflowX: getComputedStyle(el).overflowX,
          hintShown: getComputedStyle(hint).display !== 'none' && hint.getBoundingClientRect().width > 0,
          shadows: (getComputedStyle(el).backgroundImage.match(/gradient/g) ?? []).length,
          frozen: getComputedStyle(first).position,
        };
      })),
    });
  }
  return { charts, tables, ...(drawError ? { drawError } : {}) };
}

/**
 * Turns the reader's system dark on a light page with nothing saved: the page follows, and every live
 * chart draws again in the dark palette (each chart's drawn state is forgotten first, so measureLayout
 * waits for the new frame). Returns `data-theme` once it is dark, or as it stands after 5 s.
 */
export async function turnDark(page: Page): Promise<string | null> {
  await page.$$eval('[data-exhibit-chart].is-live canvas', (cs) => cs.forEach((c) => c.removeAttribute('data-state')));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark', undefined, { timeout: 5_000 }).catch(() => undefined);
  return page.getAttribute('html', 'data-theme');
}
