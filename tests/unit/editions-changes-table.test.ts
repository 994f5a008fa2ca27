import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/lib/data/diff.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { editionChanges } from '../../src/lib/editions/changes.ts';

const { default: ChangesTable } = await import('../../src/components/ChangesTable.astro');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<ChangesTable>', () => {
  it('shows a superseded figure with both measures and no change between them', async () => {
    const v1 = loadEdition('2025-02');
    const v2 = loadEdition('2026-02');
    const step = editionChanges(v1, v2, diffEditions(v1, v2), new Map(), () => undefined);
    const table = step.tables.find((t) => t.table === 'capex')!;
    const html = await container.renderToString(ChangesTable, { props: { step, table, idPrefix: 'change-2026-02-', level: 4 } });
    const row = /<tr id="change-2026-02-capex\.microsoft\.fy2025"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('data-change="superseded"');
    expect(row).toContain('Superseded:');
    expect(row).toContain('company guidance of ~$80 billion was superseded by reported $64.551 billion; not a revision, so no change is computed between the two.');
    expect(row).toContain('not like for like');
    expect(row).not.toMatch(/−19\.3%|%<\/td>/);
    expect(html).toMatch(/<h4 id="table-2026-02-capex"/);
  });
});
