/**
 * The static exhibit images a page shows (without JavaScript, or printed), read in the browser: shared by
 * exhibit-fallback.test.ts and the browser pass (support/sweep.ts).
 */
import type { Page } from 'playwright-core';

export interface ShownImage {
  /** Path of the image. */
  src: string;
  loaded: boolean;
  /** Laid out with a size (display alone would pass an image inside a hidden parent). */
  visible: boolean;
}

/** Per chart: the static images that are displayed, and whether each has loaded (runs in the page). */
function shown(): ShownImage[][] {
  return [...document.querySelectorAll('[data-exhibit-chart]')].map((el) =>
    [...el.querySelectorAll('img.exhibit-static')]
      .filter((i) => getComputedStyle(i).display !== 'none')
      .map((i) => ({
        src: new URL((i as HTMLImageElement).src).pathname,
        loaded: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
        visible: i.getBoundingClientRect().width > 0 && i.getBoundingClientRect().height > 0,
      })),
  );
}

export const shownStatic = (page: Page) => page.evaluate(shown);

/**
 * Waits until every chart shows an image and each has loaded, then returns them per chart. The print swap
 * runs on the media-change event, which may fire after emulateMedia returns, so an empty list would
 * otherwise pass at once. Polled from here rather than with expect.poll: the suites that call this run
 * their tests concurrently, where only a test's own `expect` may poll.
 */
export async function loadedStatic(page: Page): Promise<ShownImage[][]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const charts = await shownStatic(page);
    if (charts.every((shown) => shown.length > 0 && shown.every((i) => i.loaded))) return charts;
    if (Date.now() > deadline) throw new Error(`Not every chart showed a loaded static image within 30 s: ${JSON.stringify(charts)}`);
    await page.waitForTimeout(100);
  }
}
