import { describe, expect, it } from 'vitest';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { metrics, shareWithin } from '../../content/articles/ai-cycle/metrics.ts';
import { asChart, chartCellText, pointOf } from './spec-helpers.ts';

const e25 = loadEdition('2025-02');
const e26 = loadEdition('2026-02');

const point = pointOf;

function metric(id: string, edition = e25) {
  const m = metrics.find((d) => d.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m.compute(edition, loadEdition);
}

describe('ai-cycle-timeline', () => {
  const spec = buildExhibit('ai-cycle-timeline', e25);

  it('is a timeline with one row per event, in chronological order', () => {
    expect(spec.chart).toBe('timeline');
    expect(asChart(spec).categories).toHaveLength(e25.events.size);
    const starts = asChart(spec).series.flatMap((s) => s.points.map((p) => [asChart(spec).categories!.indexOf(String(p.x)), p.y0 as number] as const));
    const ordered = [...starts].sort((a, b) => a[0] - b[0]).map(([, y0]) => y0);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
  });

  it('draws springs and winters as spans from the event rows, milestones as one-year marks', () => {
    const first = e25.events.get('winter.first')!;
    expect(point(spec, 'winters', 'First AI winter')).toMatchObject({ y0: first.start, y: first.end });
    expect(point(spec, 'winters', 'Second AI winter')).toMatchObject({ y0: 1987, y: 1993 });
    expect(point(spec, 'springs', 'Expert-systems boom')).toMatchObject({ y0: 1980, y: 1987 });
    expect(point(spec, 'milestones', '2012 AlexNet')).toMatchObject({ y0: 2012, y: 2012 });
    expect(point(spec, 'milestones', '2025 DeepSeek-R1')).toMatchObject({ y0: 2025, y: 2025 });
  });

  it('runs the open-ended deep-learning boom to the edition’s year and says it is ongoing', () => {
    expect(point(spec, 'springs', 'Deep-learning boom')).toMatchObject({ y0: 2012, y: 2025 });
    expect(spec.notes[0]).toBe('Deep-learning boom is ongoing; its bar is drawn to 2025, the year of this dataset edition.');
    expect(buildExhibit('ai-cycle-timeline', e26).notes[0]).toMatch(/drawn to 2026/);
  });

  it('keeps every row label short enough for a phone-width axis, with full text and caveats in the notes', () => {
    for (const c of asChart(spec).categories!) expect(c.length).toBeLessThanOrEqual(21);
    const notes = spec.notes.join('\n');
    expect(notes).toContain('2012 AlexNet: AlexNet wins ILSVRC-2012. Top-5 error of 15.3% against 26.2% for the runner-up.');
    expect(notes).toContain('Approximate dates (about 1974–1980)');
  });

  it('computes its takeaway from the phases', () => {
    expect(spec.takeaway).toBe('Each of the two earlier AI springs ended in a winter; the current boom began in 2012 and has run for 13 years without one.');
  });

  it('cites the sources of the events', () => {
    expect(spec.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['center-consulting-ai-winters', 'wikipedia-ai-winter', 'alexnet-paper', 'attention-is-all-you-need', 'ubs-chatgpt-100m-users']),
    );
  });
});

describe('adoption-speed', () => {
  const spec = buildExhibit('adoption-speed', e25);

  it('is a horizontal bar chart, fastest first, values and kind from the rows', () => {
    expect(spec).toMatchObject({ chart: 'bar', horizontal: true });
    expect(asChart(spec).categories).toEqual(['ChatGPT', 'TikTok', 'Instagram']);
    const chatgpt = point(spec, 'months', 'ChatGPT');
    expect(chatgpt).toMatchObject({ y: getObservation(e25, 'adoption.months-to-100m.chatgpt').value, kind: 'estimate', qualifier: '~' });
    expect(chartCellText(spec, 'ChatGPT', 'Months from launch to 100 million monthly active users')).toBe('~2 months');
    expect(point(spec, 'months', 'Instagram').y).toBe(30);
  });

  it('states the multiples in its takeaway (30 ÷ 2 = 15, 9 ÷ 2 = 4.5)', () => {
    expect(spec.takeaway).toBe('ChatGPT reached a mass audience 15× faster than Instagram and 4.5× faster than TikTok.');
    expect(metric('metric.adoption.instagram-vs-chatgpt')).toMatchObject({ value: 15, unit: 'multiple', kind: 'estimate', digits: 0 });
    expect(metric('metric.adoption.tiktok-vs-chatgpt')).toMatchObject({ value: 4.5, digits: 1 });
  });
});

describe('private-ai-investment', () => {
  it('has one series per AI Index edition in 2025-02 (2023 and 2024 editions)', () => {
    const spec = buildExhibit('private-ai-investment', e25);
    expect(asChart(spec).series.map((s) => s.label)).toEqual(['AI Index 2023 edition', 'AI Index 2024 edition']);
    expect(asChart(spec).categories).toEqual(['2021', '2022', '2023']);
    expect(point(spec, 'ai-index-2023', '2021').y).toBe(125.4);
    expect(point(spec, 'ai-index-2024', '2023')).toMatchObject({ y: 95.99, qualifier: '~', keys: ['investment.private.2023.aiindex-2024'] });
    expect(chartCellText(spec, '2023', 'AI Index 2024 edition')).toBe('~$95.99bn');
    expect(spec.takeaway).toBe('The AI Index 2023 edition puts global private AI investment at $91.9bn in 2022, down 27% on 2021; the AI Index 2024 edition gives ~$96.0bn for 2023.');
  });

  it('shows the 2025 edition’s revised 2023 figure beside the 2024 edition’s, not in place of it (2026-02)', () => {
    const spec = buildExhibit('private-ai-investment', e26);
    expect(asChart(spec).series.map((s) => s.id)).toEqual(['ai-index-2023', 'ai-index-2024', 'ai-index-2025']);
    expect(point(spec, 'ai-index-2024', '2023').y).toBe(95.99);
    expect(point(spec, 'ai-index-2025', '2023').y).toBe(104.3);
    expect(spec.takeaway).toMatch(/it revises 2023 from ~\$96\.0bn \(AI Index 2024\) to \$104\.3bn\.$/);
  });

  it('states the 2024 rebound within the 2025 edition (150.8 ÷ 104.3 − 1 = 44.6%) and keeps the revision note', () => {
    const spec = buildExhibit('private-ai-investment', e26);
    expect(asChart(spec).categories).toEqual(['2021', '2022', '2023', '2024']);
    expect(point(spec, 'ai-index-2025', '2024')).toMatchObject({ y: 150.8, kind: 'reported', keys: ['investment.private.2024.aiindex-2025'] });
    expect(spec.takeaway).toBe(
      'The AI Index 2025 edition puts global private AI investment at $150.8bn in 2024, up 45% on 2023; it revises 2023 from ~$96.0bn (AI Index 2024) to $104.3bn.',
    );
    expect(spec.notes).toContain('2023 (AI Index 2025): Revised: the AI Index 2024 edition gave about $95.99 billion for 2023.');
    expect(spec.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['computing-ai-index-2023', 'ai-index-2024-private-investment-secondary', 'visual-capitalist-private-ai-investment-2024']),
    );
  });

  it('computes changes only within one edition (2022 on 2021: 91.9 ÷ 125.4 − 1 = −26.7%)', () => {
    expect(metric('metric.investment.private.change-2022').value).toBeCloseTo(-26.71, 2);
    expect(metric('metric.investment.private.change-2024', e26).value).toBeCloseTo((150.8 / 104.3 - 1) * 100, 6);
    expect(metric('metric.investment.private.2023-revision', e26).value).toBeCloseTo((104.3 / 95.99 - 1) * 100, 6);
  });
});

describe('AI Index 2025 shares and multiples (2026-02)', () => {
  it('computes generative AI’s and the US’s share of 2024 private investment within the 2025 edition', () => {
    // 33.9 ÷ 150.8 = 22.48%; 109.1 ÷ 150.8 = 72.35%
    const genai = metric('metric.investment.genai-share-2024', e26);
    expect(genai.value).toBeCloseTo(22.48, 2);
    expect(genai).toMatchObject({ unit: 'percent', kind: 'derived', confidence: 'D', digits: 0 });
    expect(genai.sources.map((x) => x.id)).toEqual(['ai-index-2025', 'visual-capitalist-private-ai-investment-2024']);
    expect(metric('metric.investment.us-share-2024', e26).value).toBeCloseTo(72.35, 2);
  });

  it('sets the US against China (109.1 ÷ 9.3 = 11.7×)', () => {
    const m = metric('metric.investment.private.us-vs-china-2024', e26);
    expect(m.value).toBeCloseTo(11.731, 3);
    expect(m).toMatchObject({ unit: 'multiple', formula: '$109.1bn ÷ $9.3bn' });
  });

  it('revision and rebound need the 2025 edition, which 2025-02 lacks', () => {
    expect(() => metric('metric.investment.private.2023-revision', e25)).toThrow(/Unknown observation id "investment\.private\.2023\.aiindex-2025" in dataset edition 2025-02/);
    expect(() => metric('metric.investment.genai-share-2024', e25)).toThrow(/in dataset edition 2025-02/);
  });

  it('refuses to divide figures from two editions, saying why and where to fix it', () => {
    const mixed = shareWithin('metric.test.mixed', 'Mixed', 'investment.genai.2023.aiindex-2024', 'investment.private.2023.aiindex-2025');
    expect(() => mixed.compute(e26, loadEdition)).toThrow(
      'Metric "metric.test.mixed" would combine AI Index 2024 and AI Index 2025.\nAI Index editions revise earlier years, so figures must come from one edition.\nPoint the metric at rows from the same edition in content/articles/ai-cycle/metrics.ts.',
    );
  });
});
