/**
 * Every way a declarative exhibit file can be wrong, pinned with its exact message and position: what an
 * analyst sees in the terminal or Astro's overlay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { compileExhibit } from '../../src/lib/exhibits/declarative/compile.ts';
import { parseExhibitFile } from '../../src/lib/exhibits/declarative/parse.ts';
import { loadReportModules } from '../../src/lib/report/modules.ts';

const DIR = 'tests/fixtures/declarative';
const edition = loadEdition('2025-02');

/** The error a fixture file stops the build with (parse, then compile against edition 2025-02). */
function errorOf(name: string): DataError {
  const file = `${DIR}/errors/${name}.yaml`;
  try {
    compileExhibit(parseExhibitFile(file, readFileSync(file, 'utf8')), edition, { metrics: new Map(), loadEdition });
  } catch (err) {
    if (err instanceof DataError) return err;
    throw err;
  }
  throw new Error(`${file} compiled without an error`);
}

describe('declarative exhibit errors', () => {
  it('an unknown field: its file:line:column and the closest valid field', () => {
    const err = errorOf('unknown-field');
    expect(err.message).toBe(
      [
        'Exhibit file tests/fixtures/declarative/errors/unknown-field.yaml is not valid (2 problems).',
        '',
        'tests/fixtures/declarative/errors/unknown-field.yaml:5:21 Unknown field "unti" in y.',
        '  Hint: Did you mean "unit"? Fields here: label, type, min, max, unit, scale, digits.',
        'tests/fixtures/declarative/errors/unknown-field.yaml:6:1 Unknown field "serie".',
        '  Hint: Did you mean "series"? Fields here: title, takeaway, notes, rowNotes, sources, chart, horizontal, x, y, categories, series.',
        '',
        'Fix the file: README.md, “Adding an exhibit”, describes every field.',
      ].join('\n'),
    );
    // Astro's overlay opens the file at the first problem.
    expect(err.loc).toEqual({ file: 'tests/fixtures/declarative/errors/unknown-field.yaml', line: 5, column: 21 });
  });

  it('an unknown row id: the id as written and the closest ids of the edition', () => {
    expect(errorOf('unknown-row').problems).toEqual([
      {
        file: 'tests/fixtures/declarative/errors/unknown-row.yaml',
        line: 10,
        column: 16,
        message: 'Unknown row or metric id "market.nvida.share-change" in dataset edition 2025-02.',
        hint: 'Did you mean "market.nvidia.share-change" or "market.nasdaq.change" or "market.nvidia.close"? Row ids are in content/data/2025-02/*.csv, metric ids in the articles\' metrics.ts.',
      },
    ]);
  });

  it('a chart kind that does not exist: the closest kind', () => {
    expect(errorOf('wrong-chart').problems).toEqual([
      {
        file: 'tests/fixtures/declarative/errors/wrong-chart.yaml',
        line: 3,
        column: 8,
        message: 'chart: "bars" is not a chart kind a declarative exhibit can have.',
        hint: 'Did you mean "bar"? Use one of bar, stacked-bar, line, table.',
      },
    ]);
  });

  it('a chart kind that needs TypeScript says so', () => {
    const source = readFileSync(`${DIR}/errors/wrong-chart.yaml`, 'utf8').replace('chart: bars', 'chart: scatter');
    expect(() => parseExhibitFile('scatter.yaml', source)).toThrow(
      'scatter.yaml:3:8 chart: "scatter" is not a chart kind a declarative exhibit can have.\n  Hint: Scatter charts and timelines place each point from more than one row or event: write them as a TypeScript build() in the article\'s exhibits.ts.',
    );
  });

  it('a glob that matches no row: the pattern and the ids that look like it', () => {
    expect(errorOf('glob-nothing').problems).toEqual([
      {
        file: 'tests/fixtures/declarative/errors/glob-nothing.yaml',
        line: 8,
        column: 11,
        message: 'series[0].rows: the pattern "adoption.months-to-1bn.*" matches no row of dataset edition 2025-02.',
        hint: 'Did you mean "adoption.months-to-100m.tiktok" or "adoption.months-to-100m.chatgpt" or "adoption.months-to-100m.instagram"? "*" stands for one or more characters other than ".".',
      },
    ]);
  });

  it('a template with an unknown key: placed at the template inside the folded text', () => {
    expect(errorOf('bad-template').problems).toEqual([
      {
        file: 'tests/fixtures/declarative/errors/bad-template.yaml',
        line: 3,
        column: 16,
        message: 'takeaway: Unknown key "adoption.months-to-100m.chatgtp": no dataset row or metric has that id.',
        hint: 'Did you mean "adoption.months-to-100m.chatgpt" or "adoption.months-to-100m.tiktok" or "adoption.months-to-100m.instagram"?',
      },
    ]);
  });

  it('a quantity typed into a note: placed at the number', () => {
    expect(errorOf('typed-quantity').problems).toEqual([
      {
        file: 'tests/fixtures/declarative/errors/typed-quantity.yaml',
        line: 10,
        column: 24,
        message: 'notes[1]: A quantity is typed into the text: "17%".',
        hint: 'Figures must come from the dataset so text and exhibits cannot disagree: write {<row id or metric id>} instead, adding the row or a metric if it is missing.',
      },
    ]);
  });

  it('bad YAML syntax: the parser’s first error, positioned', () => {
    expect(errorOf('bad-syntax').message).toBe(
      [
        'Exhibit file tests/fixtures/declarative/errors/bad-syntax.yaml is not valid YAML (1 problem).',
        '',
        'tests/fixtures/declarative/errors/bad-syntax.yaml:5:12 YAML syntax: Nested mappings are not allowed in compact mappings.',
        '  Hint: a key and its value start on one line; put text containing ": " in quotes.',
        '',
        'Fix the file: README.md, “Adding an exhibit”, describes every field.',
      ].join('\n'),
    );
  });
});

describe('declarative exhibits in the registry', () => {
  it('a broken file stops loading the report, with its position', async () => {
    await expect(loadReportModules(`${DIR}/broken-report`)).rejects.toThrow(
      'tests/fixtures/declarative/broken-report/articles/demo/exhibits/broken.yaml:7:47 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ].',
    );
  });

  it('a YAML exhibit with the id of a TypeScript exhibit is refused, naming both files', async () => {
    await expect(loadReportModules(`${DIR}/duplicate`)).rejects.toThrow(
      [
        'Exhibit id "demo-chart" is defined twice: in tests/fixtures/declarative/duplicate/articles/demo/exhibits.ts and in tests/fixtures/declarative/duplicate/articles/demo/exhibits/demo-chart.yaml.',
        'A declarative exhibit takes its id from its file name, and ids must be unique across YAML and TypeScript exhibits.',
        'If the YAML file replaces the TypeScript exhibit, delete the TypeScript one; otherwise rename the YAML file.',
      ].join('\n'),
    );
  });
});
