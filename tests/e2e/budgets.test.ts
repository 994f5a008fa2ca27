/** Byte budgets over the built site: deterministic, so enforced here; build times live in `npm run bench`. */
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, pageWeights } from '../../scripts/lib/page-weight.ts';

const weights = pageWeights(inject('siteDir'));

describe('JavaScript budgets', () => {
  it('finds the pages of the built site', () => {
    expect(weights.some((w) => w.page === '/')).toBe(true);
    expect(weights.filter((w) => w.page.startsWith('/articles/')).length).toBeGreaterThan(0);
  });

  for (const w of weights) {
    const isArticle = w.page.startsWith('/articles/');
    it(`${w.page} stays within its JavaScript budget`, () => {
      if (isArticle) {
        expect(w.jsInitialGzip, `JS before charts: ${w.initialFiles.join(', ')}`).toBeLessThanOrEqual(BUDGETS.articleInitial);
        expect(w.jsTotalGzip, `JS in total: ${[...w.initialFiles, ...w.lazyFiles].join(', ')}`).toBeLessThanOrEqual(BUDGETS.articleTotal);
        // The chart library must arrive lazily, not with the page.
        expect(w.lazyFiles.length).toBeGreaterThan(0);
      } else {
        expect(w.jsTotalGzip, `JS on a page without exhibits: ${w.initialFiles.join(', ')}`).toBeLessThanOrEqual(BUDGETS.pageWithoutExhibits);
      }
    });
  }
});
