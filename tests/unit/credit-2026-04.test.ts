/**
 * The credit view's computed figures against edition 2026-04, loaded explicitly so the test holds
 * before and after that edition is pinned: free cash flow on each company's own definition (checked
 * against the free cash flow each company reported), cash cover, commitments against free cash flow,
 * the depreciation sensitivity and backlog concentration.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { FCF_COMPANIES, FCF_ORDER, fcfKey, capexCoverKey, fcfChangeKey, depreciationKey, LIFE_LONG, LIFE_SHORT, ocfKey } from '../../content/articles/credit/metrics.ts';

const april = loadEdition('2026-04');
const row = (id: string) => getObservation(april, id);
const metric = (id: string) => {
  const m = computeMetric(id, april, loadEdition);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};
/** Billions, rounded to the digits a figure is printed with. */
const bn = (v: number, digits = 1) => Number(v.toFixed(digits));

describe('free cash flow after capex, on each company’s own definition', () => {
  it('is operating cash flow less the capex row the company deducts', () => {
    for (const c of FCF_ORDER) {
      for (const y of [2024, 2025]) {
        const expected = row(ocfKey(c, y)).value - row(FCF_COMPANIES[c].capex(y)).value;
        expect(metric(fcfKey(c, y)).value).toBeCloseTo(expected, 6);
        expect(metric(fcfKey(c, y)).keys).toEqual([ocfKey(c, y), FCF_COMPANIES[c].capex(y)]);
      }
    }
  });

  it('matches the free cash flow each company reported for its latest year (Alphabet 73.3, Meta 43.6, Amazon 11.2, Microsoft FY2025 71.6)', () => {
    expect(bn(metric(fcfKey('alphabet', 2025)).value)).toBe(73.3);
    expect(bn(metric(fcfKey('meta', 2025)).value)).toBe(43.6);
    expect(bn(metric(fcfKey('amazon', 2025)).value)).toBe(11.2);
    expect(bn(metric(fcfKey('microsoft', 2025)).value)).toBe(71.6);
  });

  it('reuses the capex rows of the capex article where the measure is the same, and Amazon’s net measure where it is not', () => {
    expect(FCF_COMPANIES.alphabet.capex(2025)).toBe('capex.alphabet.2025');
    expect(FCF_COMPANIES.meta.capex(2025)).toBe('capex.meta.2025');
    expect(FCF_COMPANIES.microsoft.capex(2025)).toBe('capex.microsoft.fy2025');
    expect(row('capex-net.amazon.2025').value).toBeLessThan(row('capex.amazon.2025').value);
    expect(bn(metric('metric.credit.fcf.amazon.2025-gross').value)).toBe(bn(139.5 - row('capex.amazon.2025').value));
  });

  it('shows capex absorbing more of operating cash flow in 2025 than in 2024 at every company', () => {
    for (const c of FCF_ORDER) expect(metric(capexCoverKey(c, 2025)).value).toBeGreaterThan(metric(capexCoverKey(c, 2024)).value);
    expect(Math.round(metric(capexCoverKey('amazon', 2025)).value)).toBe(92);
    expect(Math.round(metric('metric.credit.capex-to-ocf.microsoft.fy2025-incl-leases').value)).toBe(65);
  });

  it('computes the change in free cash flow from the two derived figures', () => {
    for (const c of FCF_ORDER) {
      const [now, before] = [metric(fcfKey(c, 2025)).value, metric(fcfKey(c, 2024)).value];
      expect(metric(fcfChangeKey(c, 2025)).value).toBeCloseTo((now / before - 1) * 100, 6);
    }
    expect(Math.round(metric(fcfChangeKey('amazon', 2025)).value)).toBe(-71);
  });
});

describe('commitments against free cash flow', () => {
  it('adds Alphabet’s short- and long-term leases not yet commenced (5.8 + 52.7)', () => {
    expect(bn(metric('metric.credit.leases.alphabet.2025').value)).toBe(58.5);
  });

  it('sizes Meta’s leases not yet commenced and its bond against its 2025 free cash flow', () => {
    const fcf = metric(fcfKey('meta', 2025)).value;
    expect(metric('metric.credit.leases-to-fcf.meta.2025').value).toBeCloseTo((row('leases-not-commenced.meta.2025').value ) / fcf, 9);
    expect(bn(metric('metric.credit.leases-to-fcf.meta.2025').value)).toBe(2.4);
    expect(bn(metric('metric.credit.bond-to-fcf.meta.2025').value)).toBe(0.7);
    expect(bn(metric('metric.credit.bond-to-fcf.amazon.2025').value)).toBe(1.3);
  });

  it('reads the Hyperion venture from Meta’s 10-Q', () => {
    expect(row('hyperion.meta-interest')).toMatchObject({ value: 20, source: 'meta-q3-2025-10q', confidence: 'V-P' });
    expect(Math.round(metric('metric.credit.hyperion.partner-share-of-cash').value)).toBe(62);
    expect(bn(metric('metric.credit.hyperion.rvg-to-fcf').value)).toBe(0.6);
  });
});

describe('depreciation sensitivity', () => {
  it('takes the shortest and longest lives from the companies’ own policies', () => {
    expect(row(LIFE_SHORT).value).toBe(5);
    expect(row(LIFE_LONG).value).toBe(6);
    const lives = ['useful-life.meta.2025', 'useful-life.amazon.2025', 'useful-life.alphabet.2025', 'useful-life.microsoft.fy2026'].map((k) => row(k).value);
    expect(Math.min(...lives)).toBe(row(LIFE_SHORT).value);
    expect(Math.max(...lives)).toBe(row(LIFE_LONG).value);
  });

  it('is a year’s capex ÷ 5 less the same capex ÷ 6, one thirtieth of it', () => {
    for (const c of FCF_ORDER) {
      const capex = row(FCF_COMPANIES[c].grossCapex(2025)).value;
      expect(metric(depreciationKey(c, 2025, 'short')).value).toBeCloseTo(capex / 5, 9);
      expect(metric(depreciationKey(c, 2025, 'long')).value).toBeCloseTo(capex / 6, 9);
      expect(metric(depreciationKey(c, 2025, 'gap')).value).toBeCloseTo(capex / 30, 9);
    }
    expect(bn(metric(depreciationKey('alphabet', 2025, 'gap')).value)).toBe(3.0);
  });

  it('restates Meta’s 2025 server depreciation from 5.5 to 5 years (13.36 × 5.5 ÷ 5 − 13.36 ≈ 1.3)', () => {
    expect(bn(metric('metric.credit.meta-server-depreciation-gap').value)).toBe(1.3);
  });
});

describe('backlog concentration', () => {
  it('puts about $281 billion of Microsoft’s $625 billion commercial RPO with OpenAI, and carries the "~"', () => {
    const part = metric('metric.credit.rpo-openai.microsoft');
    expect(Math.round(part.value)).toBe(281);
    expect(part.qualifier).toBe('~');
    expect(Math.round(metric('metric.credit.rpo-rest.microsoft').value)).toBe(344);
  });

  it('keeps the OpenAI share of Oracle’s backlog an estimate, since the contract value is a press report', () => {
    const m = metric('metric.credit.openai-share.oracle');
    expect(Math.round(m.value)).toBe(66);
    expect(m.kind).toBe('estimate');
  });

  it('bounds CoreWeave’s largest customer from above', () => {
    const m = metric('metric.credit.largest-customer.coreweave');
    expect(m.qualifier).toBe('<');
    expect(bn(m.value)).toBe(19.5);
  });
});
