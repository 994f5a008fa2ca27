/**
 * The static exhibit images a page shows (without JavaScript, or printed), read in the browser: shared by
 * exhibit-fallback.test.ts and exhibits.test.ts.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Per chart: the static images that are displayed, and whether each has loaded. */
export const shownStatic = (page: Page) =>
  page.$$eval('[data-exhibit-chart]', (charts) =>
    charts.map((el) =>
      [...el.querySelectorAll('img.exhibit-static')]
        .filter((i) => getComputedStyle(i).display !== 'none')
        .map((i) => ({
          src: new URL((i as HTMLImageElement).src).pathname,
          loaded: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
          // Laid out with a size (display alone would pass an image inside a hidden parent).
          visible: i.getBoundingClientRect().width > 0 && i.getBoundingClientRect().height > 0,
        })),
    ),
  );

/** Waits until every displayed static image has loaded, then returns them per chart. */
export async function loadedStatic(page: Page) {
  // Every chart shows an image and each has loaded: the print swap runs on the media-change event, which
  // may fire after emulateMedia returns, and an empty list would otherwise pass at once.
  await expect
    .poll(async () => (await shownStatic(page)).every((shown) => shown.length > 0 && shown.every((i) => i.loaded)), { timeout: 30_000 })
    .toBe(true);
  return shownStatic(page);
}
