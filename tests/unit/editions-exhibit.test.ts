import { describe, expect, it } from 'vitest';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { asChart } from './spec-helpers.ts';

const v1 = loadEdition('2025-02');
const v2 = loadEdition('2026-02');
const KEYS = ['capex.amazon.2025', 'capex.microsoft.fy2025', 'capex.alphabet.2025', 'capex.meta.2025'];

describe('capex-guidance-vs-reported', () => {
  it('built from 2025-02 shows guidance only and says nothing is reported yet', () => {
    const spec = buildExhibit('capex-guidance-vs-reported', v1);
    expect(asChart(spec).series.map((s) => s.id)).toEqual(['guidance']);
    expect(spec.takeaway).toBe(
      'As of 14 February 2025 no company had reported full-year 2025 capex, so only the guidance given in early 2025 is shown; reported figures appear with a later dataset edition.',
    );
    expect(spec.notes).toContain('No reported 2025 figures in edition 2025-02: the chart shows guidance only.');
    expect(spec).toMatchObject({ edition: '2025-02', asOf: v1.asOf, chart: 'bar', y: { unit: 'USD', scale: 'billion' } });
  });

  it('built from 2026-02 sets 2025-02 guidance (with kind and range) beside the reported figures', () => {
    const spec = buildExhibit('capex-guidance-vs-reported', v2);
    const [guidance, reported] = asChart(spec).series;
    expect(asChart(spec).categories).toEqual(['Amazon', 'Microsoft (FY2025)', 'Alphabet', 'Meta']);
    expect(guidance?.label).toBe('Guidance as of 14 February 2025');
    guidance!.points.forEach((p, i) => {
      const row = getObservation(v1, KEYS[i]!);
      expect(row.kind).toBe('guidance');
      expect(p).toMatchObject({ y: row.value, kind: 'guidance', keys: [KEYS[i]] });
    });
    expect(guidance!.points[3]).toMatchObject({ low: 60, high: 65 });
    reported!.points.forEach((p, i) => {
      const row = getObservation(v2, KEYS[i]!);
      expect(row.kind).toBe('reported');
      expect(p).toMatchObject({ y: row.value, kind: 'reported', keys: [KEYS[i]] });
    });
    // Amazon, Alphabet and Meta reported above guidance; Microsoft is excluded as not like-for-like.
    expect(spec.takeaway).toBe('Amazon, Alphabet and Meta, the three companies with like-for-like figures, all reported more 2025 capex than they guided in February 2025; Microsoft’s guidance measured something broader.');
    expect(spec.edition).toBe('2026-02');
  });

  it('notes the fiscal year, the different definitions, and cites both editions’ sources', () => {
    const spec = buildExhibit('capex-guidance-vs-reported', v2);
    expect(spec.notes.join('\n')).toMatch(/Microsoft’s fiscal year ends on 30 June/);
    expect(spec.notes.join('\n')).toContain('its ~$80 billion was planned spending on AI-enabled datacenters in fiscal 2025');
    const ids = spec.sources.map((s) => s.id);
    for (const key of KEYS) {
      expect(ids).toContain(getObservation(v1, key).source);
      expect(ids).toContain(getObservation(v2, key).source);
    }
    expect(new Set(ids.map((id, i) => `${id}|${spec.sources[i]?.locator ?? ''}`)).size).toBe(ids.length);
  });
});
