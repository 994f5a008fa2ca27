import { describe, expect, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { isTinted, kindDrawingSentence, kindKey, kindLegend, kindMarksUsed, PATTERN_WORDS } from '../../src/lib/render/kind-marks.ts';
import { capexBar, distillScatter, marketTable, tokenPriceLine } from '../fixtures/specs/index.ts';

describe('kind marks', () => {
  it('finds the tinted kinds (guidance, estimates) on bars and on points separately; derived figures are solid', () => {
    expect(kindMarksUsed(capexBar)).toEqual({ bars: ['guidance'], points: [] });
    expect(kindMarksUsed(distillScatter)).toEqual({ bars: [], points: ['estimate'] });
    expect(isTinted('derived')).toBe(false);
    expect(isTinted('reported')).toBe(false);
  });

  it('gives the legend a single entry for the tint, naming only the kinds shown', () => {
    expect(kindLegend(capexBar)).toEqual([{ text: 'Lighter: company guidance' }]);
    expect(kindLegend(distillScatter)).toEqual([{ text: 'Lighter: estimates' }]);
    const derivedOnly = ExhibitSpec.parse({ ...capexBar, series: capexBar.series.map((x) => ({ ...x, points: x.points.map((p) => ({ ...p, kind: p.kind === 'guidance' ? 'derived' : p.kind })) })) });
    expect(kindLegend(derivedOnly as never)).toEqual([]);
  });

  it('writes the caption key for the marks and kinds the exhibit shows, and none when nothing is tinted', () => {
    expect(kindKey(capexBar)).toBe('Lighter bars are company guidance; the rest are reported or computed from reported figures.');
    const estimates = ExhibitSpec.parse({ ...capexBar, series: [{ ...capexBar.series[0]!, points: capexBar.series[0]!.points.map((p) => ({ ...p, kind: 'estimate' })) }] });
    expect(kindKey(estimates)).toBe('Lighter bars are estimates; the rest are reported or computed from reported figures.');
    const reported = ExhibitSpec.parse({ ...capexBar, series: capexBar.series.map((x) => ({ ...x, points: x.points.map((p) => ({ ...p, kind: p.kind === 'guidance' ? 'derived' : 'reported' })) })) });
    expect(kindKey(reported)).toBeUndefined();
    const line = ExhibitSpec.parse({ ...tokenPriceLine, series: tokenPriceLine.series.map((x) => ({ ...x, points: x.points.map((p, i) => ({ ...p, kind: i === 0 ? 'estimate' : 'reported' })) })) });
    expect(kindKey(line)).toBe('Lighter markers (and the line leading to them) are estimates; the rest are reported or computed from reported figures.');
    expect(kindKey(distillScatter)).toBe('Lighter markers are estimates; the rest are reported or computed from reported figures.');
    expect(kindDrawingSentence()).toContain('company guidance and estimates are drawn in a lighter tint');
  });
});

describe('the caption key is the one place that says how kinds are drawn', () => {
  it('has no key for a table, which marks kinds with letters in its footnotes', () => {
    expect(kindKey(marketTable)).toBeUndefined();
  });

  it('recognises pattern words a note must not repeat', () => {
    for (const n of ['Hatched bars are guidance.', 'Lighter bars are guidance', 'derived (cross-hatched)', 'values drawn hollow', 'Dashed lines: reference models', 'Each edition is drawn as its own series', 'solid bars']) {
      expect(PATTERN_WORDS.test(n), n).toBe(true);
    }
    for (const n of ['Where guidance was a range, the whisker spans it.', 'Lines across the chart: reference models', 'a solidarity fund', 'hatchback sales']) {
      expect(PATTERN_WORDS.test(n), n).toBe(false);
    }
  });
});
