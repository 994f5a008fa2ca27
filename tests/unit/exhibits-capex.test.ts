import { describe, expect, it } from 'vitest';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { caveatNotes, firstGuidance, guidancePath, stageLabel } from '../../content/articles/capex/exhibits.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { metrics } from '../../content/articles/capex/metrics.ts';
import { asChart, chartCellText, pointOf } from './spec-helpers.ts';

const e25 = loadEdition('2025-02');
const e26 = loadEdition('2026-02');

const point = pointOf;

function metric(id: string, edition = e25) {
  const m = metrics.find((d) => d.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m.compute(edition, loadEdition);
}

describe('hyperscaler-capex (the report’s Exhibit 1)', () => {
  const spec = buildExhibit('hyperscaler-capex', e25);

  it('has one bar group per company, Microsoft labelled as a fiscal-year reporter', () => {
    expect(spec.chart).toBe('bar');
    expect(asChart(spec).categories).toEqual(['Amazon', 'Microsoft (FY to June)', 'Alphabet', 'Meta']);
    expect(asChart(spec).series.map((s) => s.label)).toEqual(['2022', '2023', '2024', '2025 guidance']);
  });

  it('reads every value from its dataset row, with the row’s kind', () => {
    for (const [series, x, id] of [
      ['y2022', 'Amazon', 'capex.amazon.2022'],
      ['y2024', 'Microsoft (FY to June)', 'capex.microsoft.fy2024'],
      ['y2024', 'Alphabet', 'capex.alphabet.2024'],
      ['y2025', 'Amazon', 'capex.amazon.2025'],
      ['y2023', 'Meta', 'capex.meta.2023'],
    ] as const) {
      const p = point(spec, series, x);
      const row = getObservation(e25, id);
      expect(p.y).toBe(row.value);
      expect(p.kind).toBe(row.kind);
      expect(p.keys).toEqual([id]);
    }
    expect(point(spec, 'y2025', 'Alphabet').kind).toBe('guidance');
    expect(point(spec, 'y2024', 'Amazon').kind).toBe('reported');
  });

  it('carries Meta’s 2025 guidance range as low/high and keeps "about" on rounded guidance', () => {
    expect(point(spec, 'y2025', 'Meta')).toMatchObject({ y: 62.5, low: 60, high: 65, kind: 'guidance' });
    expect(point(spec, 'y2025', 'Amazon')).toMatchObject({ y: 100, qualifier: '~', kind: 'guidance' });
    expect(chartCellText(spec, 'Amazon', '2025 guidance')).toBe('~$100bn');
  });

  it('notes the fiscal year, finance leases and the P&E-only figures, and cites every row', () => {
    const notes = spec.notes.join('\n');
    expect(notes).toMatch(/fiscal year ends on 30 June/);
    expect(notes).toMatch(/principal payments on finance leases/);
    expect(notes).toContain('$37.3bn in 2024');
    expect(notes).toMatch(/not formal capex guidance/);
    const ids = spec.sources.map((s) => s.id);
    for (const id of ['amazon-cash-flow-statements', 'microsoft-golden-opportunity-blog', 'meta-q4-2024-results', 'meta-cash-flow-xbrl', 'alphabet-q4-2024-cnbc']) {
      expect(ids).toContain(id);
    }
  });

  it('picks up 2025 actuals and 2026 guidance from the 2026-02 edition under the same ids', () => {
    const next = buildExhibit('hyperscaler-capex', e26);
    expect(asChart(next).series.map((s) => s.label)).toEqual(['2022', '2023', '2024', '2025', '2026 guidance']);
    expect(point(next, 'y2025', 'Amazon')).toMatchObject({ y: 131.8, kind: 'reported' });
    expect(point(next, 'y2025', 'Microsoft (FY to June)')).toMatchObject({ y: 64.551, kind: 'reported' });
    expect(point(next, 'y2026', 'Meta')).toMatchObject({ y: 125, low: 115, high: 135, kind: 'guidance' });
    // Microsoft gave no FY2026 figure: no bar rather than a made-up one.
    expect(asChart(next).series.find((s) => s.id === 'y2026')?.points.map((p) => p.x)).toEqual(['Amazon', 'Alphabet', 'Meta']);
    expect(next.takeaway).toMatch(/2026 than they spent in 2025/);
  });

  it('says why Microsoft has no 2026 bar in 2026-02, and adds no such note when every company has the latest year', () => {
    const next = buildExhibit('hyperscaler-capex', e26);
    expect(next.notes).toContain('Microsoft (FY to June): no 2026 bar, because no annual figure for that year had been reported or guided as of 13 February 2026.');
    expect(spec.notes.join('\n')).not.toMatch(/no 2025 bar/);
  });
});

describe('caveatNotes', () => {
  it('labels each row note with company and period and drops fragments that only restate the definition', () => {
    expect(caveatNotes(e25, ['capex.amazon.2022', 'capex.amazon.2024', 'capex.meta.2024', 'capex.microsoft.fy2024'])).toEqual([
      'Amazon 2024: Reported in the press as about $83 billion.',
      'Microsoft FY2024: 10-K figure as quoted.',
    ]);
    expect(caveatNotes(e26, ['capex.microsoft.fy2025'])).toEqual([
      'Microsoft FY2025: The ~$80 billion cited in Jan 2025 was planned spending on AI-enabled datacenters, a broader measure that can include leases, so the two figures are not like-for-like.',
    ]);
  });
});

describe('capex-growth', () => {
  const spec = buildExhibit('capex-growth', e25);

  it('matches the hand-checked 2024 growth rates (facts.md D10) to the rounded percent', () => {
    expect(Math.round(point(spec, 'g2024', 'Amazon').y as number)).toBe(57);
    expect(Math.round(point(spec, 'g2024', 'Alphabet').y as number)).toBe(63);
    expect(Math.round(point(spec, 'g2024', 'Microsoft (FY to June)').y as number)).toBe(58);
    expect(Math.round(point(spec, 'g2024', 'Meta').y as number)).toBe(40);
  });

  it('computes from the rows: Amazon 2024 = 82.999 / 52.729 − 1, with both keys, kind derived', () => {
    const p = point(spec, 'g2024', 'Amazon');
    expect(p.y).toBeCloseTo((82.999 / 52.729 - 1) * 100, 1);
    expect(p.keys).toEqual(['capex.amazon.2024', 'capex.amazon.2023']);
    expect(p.kind).toBe('derived');
    expect(point(spec, 'g2023', 'Amazon').y).toBeCloseTo(-17.2, 1);
  });

  it('marks guidance-implied growth as guidance and carries Meta’s range (60/39.23 − 1 to 65/39.23 − 1)', () => {
    const meta = point(spec, 'g2025', 'Meta');
    expect(meta.kind).toBe('guidance');
    expect(meta.low).toBeCloseTo((60 / 39.23 - 1) * 100, 1);
    expect(meta.high).toBeCloseTo((65 / 39.23 - 1) * 100, 1);
    expect(point(spec, 'g2025', 'Amazon').y).toBeCloseTo(20.5, 1);
  });

  it('computes no growth from Microsoft’s FY2025 datacenter plan, which is a different measure, and says so', () => {
    expect(asChart(spec).series.find((s) => s.id === 'g2025')?.points.map((p) => p.x)).toEqual(['Amazon', 'Alphabet', 'Meta']);
    expect(spec.notes.join('\n')).toMatch(/Microsoft FY2025: no growth is shown/);
    // Once FY2025 is reported (2026-02), it is like for like again: 64.551 / 44.477 − 1.
    const next = buildExhibit('capex-growth', e26);
    expect(point(next, 'g2025', 'Microsoft (FY to June)')).toMatchObject({ kind: 'derived' });
    expect(point(next, 'g2025', 'Microsoft (FY to June)').y).toBeCloseTo((64.551 / 44.477 - 1) * 100, 1);
  });

  it('states the 2024 spread in its takeaway, computed from the data', () => {
    expect(spec.takeaway).toBe(
      'Capex growth in 2024 ranged from +40% at Meta to +63% at Alphabet, and 2025 guidance implies further growth at every company with a like-for-like figure.',
    );
  });
});

describe('capex-combined', () => {
  const spec = buildExhibit('capex-combined', e25);

  it('adds only the calendar-year reporters, year by year (2024: 82.999 + 52.535 + 39.23)', () => {
    const p = point(spec, 'three-calendar', '2024');
    expect(p.y).toBeCloseTo(82.999 + 52.535 + 39.23, 3);
    expect(p.kind).toBe('derived');
    expect(p.keys).toEqual(['capex.amazon.2024', 'capex.alphabet.2024', 'capex.meta.2024']);
  });

  it('marks the 2025 sum as guidance and carries Meta’s range into it (235–240)', () => {
    expect(point(spec, 'three-calendar', '2025')).toMatchObject({ y: 237.5, low: 235, high: 240, kind: 'guidance' });
  });

  it('shows Microsoft’s fiscal years as their own series and J.P. Morgan’s series as an estimate line', () => {
    expect(point(spec, 'microsoft', '2024')).toMatchObject({ y: 44.477, keys: ['capex.microsoft.fy2024'] });
    const jpm = asChart(spec).series.find((s) => s.id === 'jpm');
    expect(jpm?.style).toBe('line');
    expect(jpm?.points.map((p) => [p.x, p.y, p.kind])).toEqual([
      ['2022', 123, 'reported'],
      ['2023', 126, 'reported'],
      ['2024', 197, 'estimate'],
      ['2025', 234, 'estimate'],
      ['2026', 249, 'estimate'],
    ]);
  });

  it('builds its takeaway and the J.P. Morgan comparison note from the data', () => {
    // Every company drawn is accounted for in the text: the three summed in the legend and the takeaway, Microsoft apart.
    expect(asChart(spec).series.find((x) => x.id === 'three-calendar')!.label).toBe('Amazon + Alphabet + Meta (calendar year)');
    expect(asChart(spec).series.find((x) => x.id === 'microsoft')!.label).toBe('Microsoft (FY to June)');
    expect(spec.takeaway).toBe(
      'Amazon, Alphabet and Meta alone guided to about $238bn for 2025, +36% on 2024: more than the $234bn J.P. Morgan projected in 2024 for five hyperscalers including Microsoft and Oracle; Microsoft’s fiscal years are drawn apart.',
    );
    // 63.645 + 31.485 + 32.04 + 23.886 = 151.056
    expect(spec.notes.join('\n')).toContain('its 2022 value ($123bn) is below what the four companies alone reported for that year ($151bn');
  });

  it('in 2026-02, sums reported 2025 (131.8 + 91.4 + 72.22) and guided 2026, and says so in the takeaway', () => {
    const next = buildExhibit('capex-combined', e26);
    expect(point(next, 'three-calendar', '2025')).toMatchObject({ kind: 'derived' });
    expect(point(next, 'three-calendar', '2025').y).toBeCloseTo(131.8 + 91.4 + 72.22, 6);
    // 505 / 295.42 − 1 = +70.9%
    expect(next.takeaway).toBe(
      'Amazon, Alphabet and Meta alone guided to about $505bn for 2026, +71% on 2025: more than the $249bn J.P. Morgan projected in 2024 for five hyperscalers including Microsoft and Oracle; Microsoft’s fiscal years are drawn apart.',
    );
  });

  it('notes the Platformonomics definition once, with each year’s remark', () => {
    const next = buildExhibit('capex-combined', e26);
    const big = next.notes.filter((n) => n.includes('Platformonomics definition'));
    expect(big).toHaveLength(1);
    expect(big[0]).toMatch(/including finance leases .*not directly comparable.*\. 2025: Up 66% on 2024\.$/);
  });

  it('adds the Platformonomics big-four series when the edition has it (2026-02)', () => {
    expect(asChart(spec).series.some((s) => s.id === 'big-four')).toBe(false);
    const next = buildExhibit('capex-combined', e26);
    expect(point(next, 'big-four', '2025')).toMatchObject({ y: 416, qualifier: '>' });
    expect(chartCellText(next, '2025', 'Platformonomics: big four incl. finance leases')).toBe('>$416bn');
    expect(point(next, 'three-calendar', '2026')).toMatchObject({ y: 505, low: 490, high: 520, kind: 'guidance' });
  });
});

describe('capex-growth in 2026-02', () => {
  const next = buildExhibit('capex-growth', e26);

  it('computes 2025 growth from reported figures and 2026 from guidance (Alphabet 175–185 on 91.4)', () => {
    expect(point(next, 'g2025', 'Meta').y).toBeCloseTo((72.22 / 39.23 - 1) * 100, 1);
    expect(point(next, 'g2025', 'Meta').kind).toBe('derived');
    const alphabet = point(next, 'g2026', 'Alphabet');
    expect(alphabet.kind).toBe('guidance');
    expect(alphabet.low).toBeCloseTo((175 / 91.4 - 1) * 100, 1);
    expect(alphabet.high).toBeCloseTo((185 / 91.4 - 1) * 100, 1);
  });

  it('takes its takeaway from 2025, the latest year every company reported', () => {
    // Microsoft 64.551 / 44.477 − 1 = +45.1%; Meta 72.22 / 39.23 − 1 = +84.1%.
    expect(next.takeaway).toBe(
      'Capex growth in 2025 ranged from +45% at Microsoft to +84% at Meta, and 2026 guidance implies further growth at every company with a like-for-like figure.',
    );
  });
});

describe('guidance path helpers', () => {
  it('guidancePath returns a company’s 2025 guidance rows oldest first, and nothing in 2025-02', () => {
    expect(guidancePath(e26, 'amazon', 2025).map((r) => [r.period, r.value])).toEqual([
      ['2025-02', 100],
      ['2025-07', 118],
      ['2025-10', 125],
    ]);
    expect(guidancePath(e26, 'microsoft', 2025)).toEqual([]);
    expect(guidancePath(e25, 'amazon', 2025)).toEqual([]);
  });

  it('firstGuidance reads the path, else the annual guidance row, else the edition in which it was guidance', () => {
    expect(firstGuidance(e26, 'meta', 2025, loadEdition)).toMatchObject({ row: { id: 'capex-guidance.meta.2025.2025-01', low: 60, high: 65 } });
    expect(firstGuidance(e25, 'meta', 2025, loadEdition)).toMatchObject({ row: { id: 'capex.meta.2025', value: 62.5 } });
    const ms = firstGuidance(e26, 'microsoft', 2025, loadEdition);
    expect(ms?.edition.version).toBe('2025-02');
    expect(ms?.row).toMatchObject({ id: 'capex.microsoft.fy2025', value: 80, kind: 'guidance', source: 'microsoft-golden-opportunity-blog' });
  });

  it('stageLabel names one month, or a span when companies guided in different months', () => {
    expect(stageLabel(['2025-07', '2025-07'])).toBe('Jul 2025');
    expect(stageLabel(['2025-02', '2025-01', '2025-02'])).toBe('Jan–Feb 2025');
    expect(stageLabel(['2025-12', '2026-01'])).toBe('Dec 2025–Jan 2026');
  });
});

describe('capex-guidance-path', () => {
  const spec = buildExhibit('capex-guidance-path', e26);

  it('is a line per calendar-year company across the guidance rounds and the reported figure', () => {
    expect(spec.chart).toBe('line');
    expect(asChart(spec).categories).toEqual(['Jan–Feb 2025', 'Jul 2025', 'Oct 2025', 'Reported']);
    expect(asChart(spec).series.map((s) => s.label)).toEqual(['Amazon', 'Alphabet', 'Meta']);
  });

  it('reads every point from its row, guidance as guidance and the 2025 figure as reported', () => {
    for (const [series, x, id] of [
      ['amazon', 'Jan–Feb 2025', 'capex-guidance.amazon.2025.2025-02'],
      ['amazon', 'Oct 2025', 'capex-guidance.amazon.2025.2025-10'],
      ['alphabet', 'Jul 2025', 'capex-guidance.alphabet.2025.2025-07'],
      ['meta', 'Jan–Feb 2025', 'capex-guidance.meta.2025.2025-01'],
      ['amazon', 'Reported', 'capex.amazon.2025'],
      ['meta', 'Reported', 'capex.meta.2025'],
    ] as const) {
      const p = point(spec, series, x);
      const row = getObservation(e26, id);
      expect(p.y).toBe(row.value);
      expect(p.kind).toBe(row.kind);
      expect(p.keys).toEqual([id]);
    }
    expect(point(spec, 'alphabet', 'Oct 2025')).toMatchObject({ y: 92, low: 91, high: 93, kind: 'guidance' });
    expect(chartCellText(spec, 'Jul 2025', 'Amazon')).toBe('~$118bn');
    expect(point(spec, 'alphabet', 'Reported')).toMatchObject({ y: 91.4, kind: 'reported' });
  });

  it('computes its takeaway: raised at every update; reported 72.22/62.5 − 1 = 15.6% to 131.8/100 − 1 = 31.8% above first guidance', () => {
    expect(spec.takeaway).toBe(
      'Amazon, Alphabet and Meta raised their 2025 capex guidance at every update, and reported between 16% (Meta) and 32% (Amazon) more than they first guided.',
    );
  });

  it('explains Microsoft’s absence with its own figures, and cites them', () => {
    const notes = spec.notes.join('\n');
    expect(notes).toContain('Microsoft is not shown: it gave no formal capex guidance for fiscal 2025. The ~$80bn it cited in January 2025');
    expect(notes).toContain('which were $64.6bn for FY2025 (July 2024 to June 2025); the two are not like-for-like.');
    expect(notes).toMatch(/Microsoft FY2026-Q1: ~\$35bn\. Record quarter .*does not say whether finance leases are included\./);
    expect(notes).toContain('Amazon 2025: CNBC reported ~131; 131.8 via tracker; exact 10-K figure not confirmed.');
    const ids = spec.sources.map((s) => s.id);
    for (const id of ['amazon-q4-2024-call-cnbc', 'emarketer-genai-arms-race', 'big-tech-capex-oct-2025', 'meta-q4-2025-results', 'microsoft-golden-opportunity-blog', 'microsoft-cash-flow-stockanalysis']) {
      expect(ids).toContain(id);
    }
    expect(new Set(spec.sources.map((s) => `${s.id}|${s.locator ?? ''}`)).size).toBe(spec.sources.length);
  });

  it('in 2025-02, shows the one round of guidance dated by the edition, with no reported stage', () => {
    const old = buildExhibit('capex-guidance-path', e25);
    expect(asChart(old).categories).toEqual(['As of Feb 2025']);
    expect(point(old, 'meta', 'As of Feb 2025')).toMatchObject({ y: 62.5, low: 60, high: 65, kind: 'guidance', keys: ['capex.meta.2025'] });
    expect(old.takeaway).toBe(
      'As of 14 February 2025, Amazon, Alphabet and Meta had each given one round of 2025 capex guidance; revisions and reported figures appear with later dataset editions.',
    );
    expect(old.notes[0]).toMatch(/as it stood on 14 February 2025\. Where guidance was a range/);
  });
});

describe('capex metrics', () => {
  it('growth metrics agree with the exhibit and with facts.md D10', () => {
    expect(Math.round(metric('metric.capex.growth.amazon.2024').value)).toBe(57);
    expect(Math.round(metric('metric.capex.growth.alphabet.2024').value)).toBe(63);
    expect(Math.round(metric('metric.capex.growth.microsoft.fy2024').value)).toBe(58);
    expect(Math.round(metric('metric.capex.growth.meta.2024').value)).toBe(40);
    expect(metric('metric.capex.growth.meta.2024')).toMatchObject({ kind: 'derived', confidence: 'D', unit: 'percent', digits: 0 });
  });

  it('the AWS share of Amazon capex is 53.27 / 82.999 (about 64%, as the source says)', () => {
    const q = metric('metric.capex.aws-share.2024');
    expect(q.value).toBeCloseTo((53.27 / 82.999) * 100, 6);
    expect(Math.round(q.value)).toBe(64);
    expect(q.sources.map((s) => s.id)).toEqual(['platformonomics-tgif-79', 'amazon-cash-flow-statements']);
  });

  it('Meta’s finance-lease component in 2024 is 39.23 − 37.256', () => {
    expect(metric('metric.capex.meta-finance-leases.2024').value).toBeCloseTo(1.974, 6);
  });

  it('the mixed four-company sum says what it mixes', () => {
    const q = metric('metric.capex.four-mixed.2024');
    expect(q.value).toBeCloseTo(82.999 + 44.477 + 52.535 + 39.23, 6);
    expect(q.label).toMatch(/mixed periods/);
  });

  it('keeps the first 2025 guidance for prose once the annual rows hold reported figures', () => {
    const ms = metric('metric.capex.first-guidance.microsoft.fy2025', e26);
    expect(ms).toMatchObject({ value: 80, qualifier: '~', kind: 'guidance', edition: '2025-02', sources: [{ id: 'microsoft-golden-opportunity-blog' }] });
    expect(ms.label).toMatch(/AI-enabled datacenters/);
    expect(metric('metric.capex.first-guidance.amazon.2025', e26)).toMatchObject({ value: 100, edition: '2026-02', sources: [{ id: 'amazon-q4-2024-call-cnbc' }] });
    expect(metric('metric.capex.first-guidance.meta.2025', e26)).toMatchObject({ low: 60, high: 65 });
  });

  it('guided growth is first guidance on 2024 (Amazon 100 / 82.999 − 1; Meta 60–65 on 39.23), the same in both editions', () => {
    for (const e of [e25, e26]) {
      expect(metric('metric.capex.guided-growth.amazon.2025', e).value).toBeCloseTo((100 / 82.999 - 1) * 100, 6);
      const meta = metric('metric.capex.guided-growth.meta.2025', e);
      expect(meta.low).toBeCloseTo((60 / 39.23 - 1) * 100, 6);
      expect(meta.high).toBeCloseTo((65 / 39.23 - 1) * 100, 6);
      expect(meta.kind).toBe('guidance');
    }
  });

  it('reported against first guidance: Amazon 131.8 / 100 − 1, Alphabet 91.4 / 75 − 1, Meta 72.22 / 62.5 − 1', () => {
    expect(metric('metric.capex.vs-first-guidance.amazon.2025', e26).value).toBeCloseTo(31.8, 6);
    expect(metric('metric.capex.vs-first-guidance.alphabet.2025', e26).value).toBeCloseTo((91.4 / 75 - 1) * 100, 6);
    const meta = metric('metric.capex.vs-first-guidance.meta.2025', e26);
    expect(meta.value).toBeCloseTo((72.22 / 62.5 - 1) * 100, 6);
    expect(meta).toMatchObject({ kind: 'derived', confidence: 'D' });
    expect(() => metric('metric.capex.vs-first-guidance.meta.2025', e25)).toThrowErrorMatchingInlineSnapshot(`
      [DataError: Metric "metric.capex.vs-first-guidance.meta.2025" cannot be computed from dataset edition 2025-02: Meta’s 2025 figure is still guidance, not a reported figure.
      The metric reads capex rows such as capex.amazon.2024 and capex.microsoft.fy2024.
      Use a year the edition covers (see content/data/2025-02/capex.csv), or remove the <Value> that asks for it.]
    `);
  });

  it('the three companies’ first guidance adds to 235–240 (mid 237.5), +36% on 174.764, in both editions', () => {
    for (const e of [e25, e26]) {
      expect(metric('metric.capex.three-calendar.first-guidance.2025', e)).toMatchObject({ value: 237.5, low: 235, high: 240, kind: 'guidance' });
      expect(metric('metric.capex.three-calendar.first-guidance.growth.2025', e).value).toBeCloseTo((237.5 / (82.999 + 52.535 + 39.23) - 1) * 100, 6);
    }
  });

  it('reported 2025 and guided 2026 sums and growth in 2026-02', () => {
    expect(metric('metric.capex.three-calendar.2025', e26).value).toBeCloseTo(295.42, 6);
    expect(metric('metric.capex.three-calendar.growth.2025', e26).value).toBeCloseTo((295.42 / 174.764 - 1) * 100, 6);
    expect(metric('metric.capex.three-calendar.2026', e26)).toMatchObject({ value: 505, low: 490, high: 520, kind: 'guidance' });
    expect(metric('metric.capex.growth.amazon.2026', e26).value).toBeCloseTo((200 / 131.8 - 1) * 100, 6);
    expect(metric('metric.capex.four-mixed.2025', e26).value).toBeCloseTo(131.8 + 64.551 + 91.4 + 72.22, 6);
  });

  it('big-four growth is 416 / 251 − 1 and keeps the lower-bound qualifier', () => {
    const q = metric('metric.capex.big-four.growth.2025', e26);
    expect(q.value).toBeCloseTo((416 / 251 - 1) * 100, 6);
    expect(Math.round(q.value)).toBe(66);
    expect(q.qualifier).toBe('>');
    expect(q.sources).toEqual([{ id: 'platformonomics-capex-2025-retrospective' }]);
  });

  it('refuses Microsoft FY2025 growth in 2025-02 with a clear message', () => {
    expect(() => metric('metric.capex.growth.microsoft.fy2025')).toThrowErrorMatchingInlineSnapshot(`
      [DataError: Metric "metric.capex.growth.microsoft.fy2025" cannot be computed from dataset edition 2025-02: Microsoft’s FY2025 figure is not like for like with FY2024.
      The metric reads capex rows such as capex.amazon.2024 and capex.microsoft.fy2024.
      Use a year the edition covers (see content/data/2025-02/capex.csv), or remove the <Value> that asks for it.]
    `);
  });
});
