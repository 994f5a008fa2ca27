/** Byte budgets over the built site: deterministic, so enforced here; build times live in `npm run bench`. */
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, budgetFor, pageWeights, staticImageWeights } from '../../scripts/lib/page-weight.ts';

const weights = pageWeights(inject('siteDir'));
const images = staticImageWeights(inject('siteDir'));

describe('JavaScript budgets', () => {
  it('finds the pages of the built site, and article pages with charts', () => {
    expect(weights.some((w) => w.page === '/')).toBe(true);
    expect(weights.filter((w) => w.page.startsWith('/articles/') && w.hasCharts).length).toBeGreaterThan(0);
  });

  for (const w of weights) {
    const budget = budgetFor(w);
    it(`${w.page} stays within its JavaScript budget (${budget.kind})`, () => {
      const files = [...w.initialFiles, ...w.lazyFiles].join(', ');
      expect(w.jsInitialGzip, `JS before charts: ${w.initialFiles.join(', ')}`).toBeLessThanOrEqual(budget.initial);
      expect(w.jsTotalGzip, `JS in total: ${files}`).toBeLessThanOrEqual(budget.total);
      // The chart library must arrive lazily, not with the page.
      if (budget.kind === 'charts') expect(w.lazyFiles.some((f) => /chart/i.test(f))).toBe(true);
    });
  }
});

describe('static image budget', () => {
  it('finds the static exhibit images', () => expect(images.length).toBeGreaterThan(10));
  for (const img of images) {
    it(`${img.file} is at most ${BUDGETS.staticImage / 1024} KB gzip`, () => expect(img.gzip).toBeLessThanOrEqual(BUDGETS.staticImage));
  }
});
