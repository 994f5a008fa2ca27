import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { capexBar, distillScatter, fixtureRegistry, marketTable } from '../fixtures/specs/index.ts';

// The frame reads the published edition through the registry; here it reads the fixture specs instead,
// so the test covers the component and not the dataset.
const specsById = new Map<string, unknown>();
vi.mock('../../src/lib/exhibits/index.ts', () => {
  for (const s of [capexBar, distillScatter, marketTable]) specsById.set(s.id, s);
  return {
    getExhibit: (id: string) => {
      const s = specsById.get(id);
      if (!s) throw new Error(`There is no exhibit with id "${id}".`);
      return s;
    },
  };
});
vi.mock('../../src/lib/sources/registry.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  loadSources: () => fixtureRegistry,
}));

const { default: Exhibit } = await import('../../src/components/Exhibit.astro');
const { default: ExhibitTable } = await import('../../src/components/ExhibitTable.astro');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (props: Record<string, unknown>) => container.renderToString(Exhibit, { props });

describe('<Exhibit>', () => {
  it('frames a chart exhibit: number, title, takeaway, units, image, canvas and embedded spec', async () => {
    const html = await render({ id: 'fixture-capex-bar', number: '2', article: 'capex' });
    expect(html).toMatch(/<figure id="exhibit-fixture-capex-bar"/);
    expect(html).toMatch(/<p class="exhibit-title"[^>]*role="heading" aria-level="3"[^>]*><span class="exhibit-number"[^>]*>Exhibit 2<\/span> Hyperscaler capex, 2023–2025<\/p>/);
    expect(html).not.toMatch(/<h[1-6]/);
    expect(html).toContain('Every hyperscaler guided 2025 capex above its 2024 level.');
    // The chart has no axis titles: the value axis is named once, here (its ticks say "$100bn").
    expect(html).toMatch(/<p class="exhibit-units"[^>]*>Capital expenditure<\/p>/);
    expect(html).toMatch(/<img class="exhibit-static exhibit-static-light"[^>]*src="\/exhibits\/fixture-capex-bar\.svg" width="720" height="405" alt="Bar chart: Hyperscaler capex, 2023–2025\. The highest/);
    expect(html).toMatch(/<img class="exhibit-static exhibit-static-dark"[^>]*src="\/exhibits\/fixture-capex-bar\.dark\.svg" width="720" height="405" alt="Bar chart: /);
    expect(html).toMatch(/<canvas role="img" aria-label="Bar chart: Hyperscaler capex/);
    expect(html).toContain('<div class="exhibit-chart" data-exhibit-chart');
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(capexBar);
  });

  it('shows the data table closed, downloads, notes, the computed source line and the edition', async () => {
    const html = await render({ id: 'fixture-capex-bar', number: 1 });
    expect(html).toMatch(/<details class="exhibit-data"[^>]*>\s*<summary[^>]*>Data table<\/summary>/);
    expect(html).not.toMatch(/<details class="exhibit-data"[^>]* open/);
    expect(html).toContain('href="/downloads/fixture-capex-bar/data.csv"');
    expect(html).toContain('href="/downloads/fixture-capex-bar/datapackage.json"');
    expect(html).toContain('Meta includes principal payments on finance leases.');
    expect(html).toContain('Sources: Amazon (2025); Alphabet (2025), p. 2; Meta (2025).');
    expect(html).toContain('Dataset edition 2025-02, as of 14 February 2025.');
    expect(html).toContain('Includes unconfirmed figures');
    // The key names only the kinds the exhibit shows (this one has guidance and a derived Meta 2023, no estimates).
    expect(html).toContain('Lighter bars are company guidance; the rest are reported or computed from reported figures.');
    expect(await render({ id: 'fixture-distill-scatter', number: 1 })).toContain('Lighter markers are estimates; the rest are reported or computed from reported figures.');
  });

  it('shows at most two notes and folds the rest, with the sources, into a collapsed "Notes and sources"', async () => {
    const notes = ['First note.', 'Second note.', 'Third note.', 'Fourth note.'];
    const many = { ...capexBar, id: 'fixture-many-notes', notes };
    specsById.set(many.id, many);
    const html = await render({ id: 'fixture-many-notes', number: 1 });
    // The embedded spec (JSON for the chart) holds every note; the foot is what a reader sees.
    const foot = html.slice(html.indexOf('<div class="exhibit-foot"'));
    const [visible = '', folded = ''] = foot.split('<details class="exhibit-more"');
    // The unconfirmed warning takes one of the two places.
    expect(visible).toContain('Includes unconfirmed figures');
    expect(visible).toContain('First note.');
    expect(visible).not.toContain('Second note.');
    expect(folded).toMatch(/^[^>]*>\s*<summary[^>]*>Notes and sources<\/summary>/);
    expect(folded).not.toMatch(/^[^>]* open/);
    for (const n of notes.slice(1)) expect(folded).toContain(n);
    expect(folded).toContain('Sources: Amazon (2025)');
  });

  it('renders a table exhibit with no image or canvas and its table open', async () => {
    const html = await render({ id: 'fixture-market-table', number: 3 });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<canvas');
    expect(html).toMatch(/<details class="exhibit-data"[^>]* open/);
  });

  it('rejects unknown props and a missing id with a clear message', async () => {
    await expect(render({ id: 'fixture-capex-bar', number: 1, artcle: 'x' })).rejects.toThrow(
      '<Exhibit> got invalid props:\n  unknown prop "artcle": did you mean "article"? Valid props: id, number, article.\nWrite it as <Exhibit id="<exhibit id>" /> (number and article are set by the build).',
    );
    await expect(render({ number: 1 })).rejects.toThrow('<Exhibit> got invalid props:\n  "id" is missing: write id="…".\n');
    await expect(render({ id: 'fixture-capex-bar', number: 'two' })).rejects.toThrow('  "number" is "two", which is not valid: write an exhibit number such as 2.4.\n');
  });
});

describe('<ExhibitTable>', () => {
  it('renders a real table with caption, scoped headers, right-aligned numbers and explained marks in a scrollable region', async () => {
    const html = await container.renderToString(ExhibitTable, { props: { spec: capexBar } });
    expect(html).toMatch(/<div class="exhibit-table"[^>]*tabindex="0" role="region" aria-label="Data table: Hyperscaler capex, 2023–2025"/);
    expect(html).toMatch(/<caption[^>]*><span class="caption-text"[^>]*>Hyperscaler capex, 2023–2025\. Values in USD billions\.<\/span><\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(4);
    expect(html.match(/<th scope="row"/g)).toHaveLength(3);
    // A number keeps its unit on its line; the cell may break only before the range.
    // (white-space: nowrap, so "2,664K GPU-hours" does not break at its hyphen either).
    expect(html).toMatch(/<td class="num unconfirmed"[^>]*><span class="nobr"[^>]*>\$62\.5bn<\/span> <span class="nobr"[^>]*>\(range \$60bn–\$65bn\)<\/span><sup class="marks"[^>]*><abbr title="Company guidance"[^>]*>g<\/abbr><abbr title="Unconfirmed"[^>]*>u<\/abbr><\/sup><\/td>/);
    expect(html).toMatch(/<li[^>]*>g: Company guidance\.<\/li><li[^>]*>d: Derived \(computed from reported figures\)\.<\/li><li[^>]*>u: Unconfirmed: /);
  });
});
