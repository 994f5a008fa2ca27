import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';

const { default: RevisedNote } = await import('../../src/components/RevisedNote.astro');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<RevisedNote>', () => {
  it('lists the changes since the previous edition in a closed <details>, linking the changes page', async () => {
    const spec = buildExhibit('capex-guidance-vs-reported', loadEdition('2026-02'));
    const html = await container.renderToString(RevisedNote, { props: { spec } });
    expect(html).toMatch(/<details class="exhibit-revised"[^>]*data-revised-since="2025-02"[^>]*>\s*<summary[^>]*>Updated since edition 2025-02 \(4 new\)<\/summary>/);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html.match(/<li[^>]*>/g)).toHaveLength(4);
    expect(html).toContain('Amazon 2025 (Reported for 2025): new, reported $131.8 billion');
    expect(html).toContain('href="/data/changes/"');
    expect(html).not.toContain('more.');
    expect(html).not.toContain('<script');
  });

  it('renders nothing for an exhibit of a first edition', async () => {
    const spec = buildExhibit('capex-guidance-vs-reported', loadEdition('2025-02'));
    const html = await container.renderToString(RevisedNote, { props: { spec } });
    expect(html.replace(/<!--[\s\S]*?-->/g, '').trim()).toBe('');
  });
});
