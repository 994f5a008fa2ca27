import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { csvCell, exhibitCsv, exhibitDatapackage } from '../../src/lib/render/download.ts';
import { capexBar, cycleTimeline, distillScatter, fixtureRegistry, marketTable } from '../fixtures/specs/index.ts';

describe('exhibitCsv', () => {
  it('writes exactly the exhibit data in long format, RFC 4180 quoted, with formula-like text guarded', () => {
    expect(exhibitCsv(marketTable)).toBe(
      [
        'series,x,label,qualifier,value,low,high,start,unit,scale,kind,unconfirmed,source_keys',
        '"Change, ""close to close""",Nvidia,,,-16.9,,,,percent,one,reported,false,market.nvda.2025-01-27',
        `"Change, ""close to close""",'=SUM(A1),,,-3.07,,,,percent,one,reported,false,market.nasdaq.2025-01-27`,
        `"Change, ""close to close""","'@Dow, Jones",,,0.65,,,,percent,one,reported,true,market.dow.2025-01-27`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes ranges, kinds, numeric x values, timeline starts and empty cells for gaps', () => {
    const capex = exhibitCsv(capexBar).split('\r\n');
    expect(capex).toHaveLength(11);
    expect(capex[7]).toBe('2025 guidance,Amazon,~$100bn,,100,,,,USD,billion,guidance,false,capex.amazon.2025-guide');
    expect(capex[9]).toBe('2025 guidance,Meta,,,62.5,60,65,,USD,billion,guidance,true,capex.meta.2025-guide');
    expect(exhibitCsv(distillScatter).split('\r\n')[1]).toBe('R1 distilled,1.5,Qwen-1.5B,,28.9,,,,percent,one,reported,false,aime.qwen-1-5b');
    expect(exhibitCsv(cycleTimeline).split('\r\n')[1]).toBe('Spring,First spring,,,1974,,,1956,,,reported,false,');
  });

  it('guards text cells only: negative numbers stay numbers', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('+1 (555)')).toBe("'+1 (555)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3.8e25)).toBe('3.8e+25');
  });

  it('refuses non-finite numbers with a clear message', () => {
    expect(() => csvCell(Number.NaN)).toThrow('Cannot write NaN to a CSV download: values must be finite numbers. Check the exhibit function that built this spec.');
  });
});

describe('exhibitDatapackage', () => {
  it('describes the CSV with its sha256 and byte count', () => {
    const csv = exhibitCsv(capexBar);
    const pkg = JSON.parse(exhibitDatapackage(capexBar, fixtureRegistry));
    const resource = pkg.resources[0];
    expect(resource.path).toBe('data.csv');
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(Buffer.from(csv, 'utf8')).digest('hex')}`);
    expect(resource.bytes).toBe(Buffer.byteLength(csv, 'utf8'));
    expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(csv.split('\r\n')[0]);
  });

  it('carries the exhibit metadata and sources from the registry', () => {
    const pkg = JSON.parse(exhibitDatapackage(capexBar, fixtureRegistry));
    expect(pkg).toMatchObject({
      profile: 'tabular-data-package',
      name: 'fixture-capex-bar',
      title: 'Hyperscaler capex, 2023–2025',
      description: 'Every hyperscaler guided 2025 capex above its 2024 level.',
      version: '2025-02',
      asOf: '2025-02-14',
      notes: ['Meta includes principal payments on finance leases.'],
    });
    expect(pkg.sources).toEqual([
      { title: 'Amazon.com, Inc. Form 10-K for 2024', path: 'https://example.com/amazon-10k' },
      { title: 'Alphabet fourth quarter 2024 results' },
      { title: 'Meta reports fourth quarter 2024 results', path: 'https://example.com/meta-q4' },
    ]);
    const numericX = JSON.parse(exhibitDatapackage(distillScatter, fixtureRegistry)).resources[0].schema.fields[1];
    expect(numericX).toEqual({ name: 'x', type: 'number', description: 'Parameters (parameters, billion).' });
  });

  it('sorts keys at every level and ends with a newline, so the bytes are stable', () => {
    const text = exhibitDatapackage(capexBar, fixtureRegistry);
    expect(text.endsWith('}\n')).toBe(true);
    const check = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(check);
      if (v && typeof v === 'object') {
        const keys = Object.keys(v);
        expect(keys).toEqual([...keys].sort());
        Object.values(v).forEach(check);
      }
    };
    check(JSON.parse(text));
  });

  it('fails naming the unknown source id', () => {
    const spec = ExhibitSpec.parse({ ...capexBar, sources: [{ id: 'amazon-10k-2O24' }] });
    expect(() => exhibitDatapackage(spec, fixtureRegistry)).toThrow(/Unknown source id "amazon-10k-2O24"/);
  });
});
