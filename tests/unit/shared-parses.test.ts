/**
 * `astro build` loads the engine twice in one process (the remark plugin's module graph and the prerendered
 * pages'), so parsed YAML and validated editions are kept on globalThis for both copies. A second copy of a
 * module is imported here with a query string (Vite evaluates it as a module of its own), as the build does.
 */
import { describe, expect, it } from 'vitest';
import { listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { parsePositioned, positionOf } from '../../src/lib/yaml/positioned.ts';

const opts = { summary: 'test file is not valid YAML', action: 'Fix it.' };
/** A second copy of an engine module: the same file under another module id. */
const secondCopy = <T>(file: string): Promise<T> => import(/* @vite-ignore */ `${file}?second-copy`) as Promise<T>;

describe('YAML parsed once for both copies of the engine', () => {
  it('gives the other copy the same parse of the same file and text', async () => {
    const other = await secondCopy<typeof import('../../src/lib/yaml/positioned.ts')>('../../src/lib/yaml/positioned.ts');
    expect(other.parsePositioned).not.toBe(parsePositioned);
    const text = 'title: Shared\nseries:\n  - a\n  - b\n';
    const first = parsePositioned(text, 'tests/shared-a.yaml', opts);
    expect(other.parsePositioned(text, 'tests/shared-a.yaml', opts)).toBe(first);
  });

  it('parses an edited file afresh, with positions in the new text', () => {
    const before = parsePositioned('title: Old\nseries: [a]\n', 'tests/shared-b.yaml', opts);
    const after = parsePositioned('title: New\n\n\nseries: [a, b]\n', 'tests/shared-b.yaml', opts);
    expect(after).not.toBe(before);
    expect(after.data).toEqual({ title: 'New', series: ['a', 'b'] });
    expect(positionOf(after, ['series'])).toEqual({ file: 'tests/shared-b.yaml', line: 4, column: 9 });
    // The same text under another file name is another file: its messages must name that file.
    expect(parsePositioned('title: New\n\n\nseries: [a, b]\n', 'tests/shared-c.yaml', opts).file).toBe('tests/shared-c.yaml');
  });

  it('reports a syntax error on every reading, not only the first', () => {
    const bad = 'title: "unclosed\nseries: [a]\n';
    for (let i = 0; i < 2; i++) expect(() => parsePositioned(bad, 'tests/shared-d.yaml', opts)).toThrow(/tests\/shared-d\.yaml:\d+:\d+/);
  });
});

describe('dataset editions validated once for both copies of the engine', () => {
  it('gives the other copy the edition object the first validated', async () => {
    const other = await secondCopy<typeof import('../../src/lib/data/load.ts')>('../../src/lib/data/load.ts');
    expect(other.loadEdition).not.toBe(loadEdition);
    const version = listEditions().at(-1)!;
    const edition = loadEdition(version);
    expect(other.loadEdition(version)).toBe(edition);
    expect(edition.observations.size).toBeGreaterThan(100);
  });
});
