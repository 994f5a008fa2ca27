/**
 * The interactive Jevons exhibit in real Chromium: the sliders drive the output sentence and the chart's
 * data, both matching what src/lib/compute/jevons.ts predicts; without JavaScript the controls stay
 * hidden and the static image shows the default scenario.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeScenario, JEVONS_DEFAULTS, jevonsSeries, type JevonsParams } from '../../content/articles/inference/jevons.ts';
import { launchBrowser, visit } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const FIG = 'figure[data-exhibit="jevons-interactive"]';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const page = () => visit(browser, new URL('articles/inference/', siteUrl).href);

/** What the chart should hold for a scenario: [x, y] of the selected cut and of the selected curve. */
function expected(p: JevonsParams) {
  const [cut, curve] = jevonsSeries(p);
  return { cut: cut!.points.map((pt) => [pt.x, pt.y]), selected: curve!.points.map((pt) => [pt.x, pt.y]) };
}

async function plotted(p: Page): Promise<unknown> {
  return JSON.parse((await p.getAttribute(FIG, 'data-jevons-plotted')) ?? 'null');
}

async function canvasImage(p: Page): Promise<string> {
  return p.$eval(`${FIG} canvas`, (c) => (c as HTMLCanvasElement).toDataURL());
}

describe('jevons-interactive', () => {
  it('recomputes the output and the chart from the sliders with jevons.ts', async () => {
    const v = await page();
    try {
      await v.page.locator(FIG).scrollIntoViewIfNeeded();
      await v.page.waitForSelector(`${FIG}[data-jevons-ready]`, { timeout: 15_000 });
      const output = v.page.locator(`${FIG} output`);
      await expect.poll(() => output.textContent()).toBe(describeScenario(JEVONS_DEFAULTS));
      expect(await plotted(v.page)).toEqual(expected(JEVONS_DEFAULTS));
      const before = await canvasImage(v.page);

      const scenario = { elasticity: -2.5, reduction: 0.5 };
      await v.page.locator(`${FIG} input[name="elasticity"]`).fill('-2.5');
      await v.page.locator(`${FIG} input[name="reduction"]`).fill('50');
      await expect.poll(() => output.textContent()).toBe(describeScenario(scenario));
      expect(await output.getAttribute('aria-live')).toBe('polite');
      expect(await plotted(v.page)).toEqual(expected(scenario));
      // 50% cut, ε = −2.5: spend 0.5^−1.5 = 2.828
      expect(expected(scenario).cut).toEqual([[50, 2.828]]);
      await expect.poll(() => canvasImage(v.page), { timeout: 5_000 }).not.toBe(before);

      // Keyboard: one step left on the cost slider is 5 points less.
      await v.page.locator(`${FIG} input[name="reduction"]`).focus();
      await v.page.keyboard.press('ArrowLeft');
      await expect.poll(() => output.textContent()).toBe(describeScenario({ elasticity: -2.5, reduction: 0.45 }));
      expect(await plotted(v.page)).toEqual(expected({ elasticity: -2.5, reduction: 0.45 }));
      // A theme switch redraws the chart from the embedded spec; the sliders' scenario must come back.
      const toggle = v.page.locator('[data-theme-toggle]').first();
      expect(await toggle.count()).toBeGreaterThan(0);
      await v.page.$eval(FIG, (f) => f.removeAttribute('data-jevons-plotted'));
      await toggle.click();
      await expect.poll(() => plotted(v.page)).toEqual(expected({ elasticity: -2.5, reduction: 0.45 }));
      // Font CSP reports come from the page's math styles, not from this exhibit; exhibits.test.ts covers them.
      expect(v.consoleErrors.filter((e) => !e.startsWith('Loading the font'))).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('hides the controls without JavaScript and shows the default scenario as an image', async () => {
    const v = await visit(browser, new URL('articles/inference/', siteUrl).href, { javaScriptEnabled: false });
    try {
      expect(await v.page.locator(`${FIG} [data-jevons]`).isVisible()).toBe(false);
      const images = await v.page.$$eval(`${FIG} img`, (imgs) => imgs.map((i) => i.getAttribute('src')));
      expect(images).toContain('/exhibits/jevons-interactive.svg');
      expect(await v.page.locator(`${FIG} output`).textContent()).toBe(describeScenario(JEVONS_DEFAULTS));
    } finally {
      await v.close();
    }
  });
});
