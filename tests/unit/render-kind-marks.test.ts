import { describe, expect, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { barPatternList, kindKey, kindLegend, kindMarksUsed, PATTERN_WORDS } from '../../src/lib/render/kind-marks.ts';
import { capexBar, distillScatter, marketTable, tokenPriceLine } from '../fixtures/specs/index.ts';

describe('kind marks', () => {
  it('finds the non-reported kinds on bars and on points separately', () => {
    expect(kindMarksUsed(capexBar)).toEqual({ bars: ['guidance', 'derived'], points: [] });
    expect(kindMarksUsed(distillScatter)).toEqual({ bars: [], points: ['estimate'] });
  });

  it('gives the legend one entry per patterned bar kind, then one for hollow markers', () => {
    expect(kindLegend(capexBar)).toEqual([
      { text: 'Hatched: company guidance', pattern: 'hatched', kind: 'guidance' },
      { text: 'Cross-hatched: derived', pattern: 'cross-hatched', kind: 'derived' },
    ]);
    expect(kindLegend(distillScatter)).toEqual([{ text: 'Hollow: estimate', pattern: 'hollow' }]);
  });

  it('writes the caption key for the kinds the exhibit shows, and none when every figure is reported', () => {
    expect(kindKey(capexBar)).toBe('Bars with a dashed outline are not reported figures: hatched for company guidance, cross-hatched for derived figures. Solid bars are reported.');
    const onlyGuidance = ExhibitSpec.parse({ ...capexBar, series: capexBar.series.filter((x) => x.id === 'g2025') });
    expect(kindKey(onlyGuidance)).toBe('Hatched bars with a dashed outline are company guidance. Solid bars are reported.');
    const estimates = ExhibitSpec.parse({ ...capexBar, series: [{ ...capexBar.series[0]!, points: capexBar.series[0]!.points.map((p) => ({ ...p, kind: 'estimate' })) }] });
    expect(kindKey(estimates)).toBe('Striped bars with a dashed outline are estimates. Solid bars are reported.');
    expect(barPatternList()).toBe('company guidance hatched, estimates striped and derived figures cross-hatched');
    const reported = ExhibitSpec.parse({ ...capexBar, series: capexBar.series.map((x) => ({ ...x, points: x.points.map((p) => ({ ...p, kind: 'reported' })) })) });
    expect(kindKey(reported)).toBeUndefined();
    const line = ExhibitSpec.parse({ ...tokenPriceLine, series: tokenPriceLine.series.map((x) => ({ ...x, points: x.points.map((p, i) => ({ ...p, kind: i === 0 ? 'estimate' : 'reported' })) })) });
    expect(kindKey(line)).toBe('Hollow markers (and dashed lines leading to them) are estimates. Solid markers are reported.');
  });

});

describe('the caption key is the one place that says how kinds are drawn', () => {
  it('has no key for a table, which marks kinds with letters in its footnotes', () => {
    expect(kindKey(marketTable)).toBeUndefined();
  });

  it('recognises pattern words a note must not repeat', () => {
    for (const n of ['Hatched bars are guidance.', 'derived (cross-hatched)', 'values drawn hollow', 'Dashed lines: reference models', 'Each edition is drawn as its own series', 'solid bars']) {
      expect(PATTERN_WORDS.test(n), n).toBe(true);
    }
    for (const n of ['Where guidance was a range, the whisker spans it.', 'Lines across the chart: reference models', 'a solidarity fund', 'hatchback sales']) {
      expect(PATTERN_WORDS.test(n), n).toBe(false);
    }
  });
});
