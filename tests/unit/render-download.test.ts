import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { csvCell, exhibitCsv, exhibitDatapackage } from '../../src/lib/render/download.ts';
import { capexBar, cycleTimeline, distillScatter, fixtureRegistry, marketTable } from '../fixtures/specs/index.ts';

describe('exhibitCsv', () => {
  it('writes exactly the exhibit data in long format, RFC 4180 quoted, with formula-like text guarded', () => {
    // A table: one row per cell, each value with its column's unit and scale, words in `name`.
    expect(exhibitCsv(marketTable)).toBe(
      [
        'series,x,name,qualifier,value,low,high,start,end,unit,scale,kind,unconfirmed,edition,source_keys,note',
        '"Change, ""close to close""",Nvidia,,,-16.9,,,,,percent,one,reported,false,,market.nvda.2025-01-27,',
        'Market value lost,Nvidia,,~,589,,,,,USD,billion,estimate,false,,market.nvda.value-loss,',
        'Comment,Nvidia,Largest one-day loss,,,,,,,,,,,,,',
        `"Change, ""close to close""",'=SUM(A1),,,-3.07,,,,,percent,one,reported,false,,market.nasdaq.2025-01-27,`,
        `"Change, ""close to close""","'@Dow, Jones",,,0.65,,,,,percent,one,reported,true,,market.dow.2025-01-27,`,
        `Comment,"'@Dow, Jones","'+rose, ""oddly""",,,,,,,,,,,,,`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes ranges, kinds, numeric x values, timeline starts and empty cells for gaps', () => {
    const capex = exhibitCsv(capexBar).split('\r\n');
    expect(capex).toHaveLength(11);
    expect(capex[7]).toBe('2025 guidance,Amazon,,~,100,,,,,USD,billion,guidance,false,,capex.amazon.2025-guide,');
    expect(capex[9]).toBe('2025 guidance,Meta,,,62.5,60,65,,,USD,billion,guidance,true,,capex.meta.2025-guide,');
    expect(exhibitCsv(distillScatter).split('\r\n')[1]).toBe('R1 distilled,1.5,Qwen-1.5B,,28.9,,,,,percent,one,reported,false,,aime.qwen-1-5b,');
    // Timeline rows are years: start and end, not a value with a unit.
    expect(exhibitCsv(cycleTimeline).split('\r\n')[1]).toBe('Spring,First spring,,,,,,1956,1974,,,reported,false,,,');
  });

  it('writes each row in its own unit and scale, and the edition its keys were read from', () => {
    const mixed = ExhibitSpec.parse({
      ...capexBar,
      series: [
        {
          id: 'tokens',
          label: 'Training tokens',
          unit: 'tokens',
          points: [
            { x: 'Gopher', y: 300, kind: 'reported', scale: 'billion', keys: ['gopher.tokens'] },
            { x: 'Chinchilla', y: 1.4, kind: 'reported', scale: 'trillion', keys: ['chinchilla.tokens'], edition: '2026-02' },
          ],
        },
      ],
    });
    expect(exhibitCsv(mixed).split('\r\n').slice(1, 3)).toEqual([
      'Training tokens,Gopher,,,300,,,,,tokens,billion,reported,false,,gopher.tokens,',
      'Training tokens,Chinchilla,,,1.4,,,,,tokens,trillion,reported,false,2026-02,chinchilla.tokens,',
    ]);
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

const LICENSES = [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }];

describe('exhibitDatapackage', () => {
  it('declares the CSV dialect and the licence, and refuses to publish without a licence', () => {
    const pkg = JSON.parse(exhibitDatapackage(capexBar, fixtureRegistry, LICENSES));
    expect(pkg.licenses).toEqual(LICENSES);
    expect(pkg.resources[0].dialect).toEqual({ delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\r\n', quoteChar: '"' });
    expect(() => exhibitDatapackage(capexBar, fixtureRegistry, [])).toThrow(/needs a licence/);
  });

  it('describes the CSV with its sha256 and byte count', () => {
    const csv = exhibitCsv(capexBar);
    const pkg = JSON.parse(exhibitDatapackage(capexBar, fixtureRegistry, LICENSES));
    const resource = pkg.resources[0];
    expect(resource.path).toBe('data.csv');
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(Buffer.from(csv, 'utf8')).digest('hex')}`);
    expect(resource.bytes).toBe(Buffer.byteLength(csv, 'utf8'));
    expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(csv.split('\r\n')[0]);
  });

  it('carries the exhibit metadata and sources from the registry', () => {
    const pkg = JSON.parse(exhibitDatapackage(capexBar, fixtureRegistry, LICENSES));
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
    // x is a number only where every row's x is one: a scatter without named reference lines.
    const pointsOnly = ExhibitSpec.parse({ ...distillScatter, series: distillScatter.series.filter((s) => s.style !== 'reference-line') });
    const numericX = JSON.parse(exhibitDatapackage(pointsOnly, fixtureRegistry, LICENSES)).resources[0].schema.fields[1];
    expect(numericX).toEqual({ name: 'x', type: 'number', description: 'Parameters (parameters, billion).' });
    const field = (spec: ExhibitSpec) => JSON.parse(exhibitDatapackage(spec, fixtureRegistry, LICENSES)).resources[0].schema.fields[1];
    expect(field(distillScatter)).toMatchObject({ name: 'x', type: 'string' });
    expect(field(marketTable)).toMatchObject({ name: 'x', type: 'string' });
    expect(field(cycleTimeline)).toMatchObject({ name: 'x', type: 'string' });
  });

  it('sorts keys at every level and ends with a newline, so the bytes are stable', () => {
    const text = exhibitDatapackage(capexBar, fixtureRegistry, LICENSES);
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
    expect(() => exhibitDatapackage(spec, fixtureRegistry, LICENSES)).toThrow(/Unknown source id "amazon-10k-2O24"/);
  });
});
