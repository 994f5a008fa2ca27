import { describe, expect, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { summarize } from '../../src/lib/render/summary.ts';
import { capexBar, cycleTimeline, distillScatter, stackedCost, tokenPriceLine } from '../fixtures/specs/index.ts';

describe('summarize', () => {
  it('names the highest and lowest values of a bar chart, with their kinds', () => {
    expect(summarize(capexBar)).toBe(
      'Bar chart: Hyperscaler capex, 2023–2025. The highest of 9 values is Amazon, 2025 guidance (~$100bn, company guidance) and the lowest is Meta, 2023 ($28.1bn, derived).',
    );
  });

  it('describes the change from first to last value of a line, as a multiple when it is large', () => {
    expect(summarize(tokenPriceLine)).toBe(
      'Line chart: Price of GPT-3.5-level inference. Cheapest price falls from $20 per million tokens (2022) to $0.07 per million tokens (2024, estimate), a 286-fold fall.',
    );
    const modest = ExhibitSpec.parse({
      ...tokenPriceLine,
      series: [{ id: 'a', label: 'Price', points: [{ x: '2023', y: 10, kind: 'reported' }, { x: '2024', y: 8.3, kind: 'reported', unconfirmed: true }] }],
    });
    expect(summarize(modest)).toContain('Price falls from $10 per million tokens (2023) to $8.3 per million tokens (2024, unconfirmed), −17%.');
  });

  it('names labelled scatter points and reference lines', () => {
    expect(summarize(distillScatter)).toBe(
      'Scatter chart: Distilled models: size against AIME 2024 score. The highest of 3 values is Qwen-32B, R1 distilled (72.6%, estimate) and the lowest is Qwen-1.5B, R1 distilled (28.9%). Reference lines: o1-mini at 63.6%.',
    );
  });

  it('gives the range of stacked totals and the span of a timeline', () => {
    expect(summarize(stackedCost)).toBe('Stacked bar chart: DeepSeek-V3 training cost by stage. The total is $5.576M, stacked from Pre-training, Context extension, Post-training.');
    expect(summarize(cycleTimeline)).toBe('Timeline: AI springs and winters. 4 entries from 1956 to 2025; the longest is First spring (Spring, 1956–1974).');
  });
});
