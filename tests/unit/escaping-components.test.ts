/**
 * Dataset and exhibit text rendered through the real Astro components (container API) comes out as
 * text: escaped in HTML and attributes, and unable to end the JSON block that carries the chart spec.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureRegistry } from '../fixtures/specs/index.ts';
import { ALL_PAYLOADS, PAYLOADS } from '../fixtures/injection/payloads.ts';
import { injectionSpec } from '../fixtures/injection/spec.ts';

vi.mock('../../src/lib/exhibits/index.ts', () => ({
  getExhibit: (id: string) => {
    if (id !== injectionSpec.id) throw new Error(`There is no exhibit with id "${id}".`);
    return injectionSpec;
  },
}));
vi.mock('../../src/lib/sources/registry.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  loadSources: () => fixtureRegistry,
}));

const { default: Exhibit } = await import('../../src/components/Exhibit.astro');
const { default: CiteThis } = await import('../../src/components/CiteThis.astro');
const { default: JsonLd } = await import('../../src/components/JsonLd.astro');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/**
 * Every element or attribute a payload could create if it were written raw. Attribute values are blanked
 * first: inside a quoted value "<" is plain text, and Astro writes '"' as &quot; so no value can end early.
 */
function expectNoInjectedMarkup(html: string): void {
  const markup = html.replace(/="[^"]*"/g, '=""');
  // Text holds "&lt;", never "<": every "<" left is a real tag.
  const tags = markup.match(/<[^>]*>/g) ?? [];
  expect(markup).not.toContain('<script>alert');
  expect(tags.filter((t) => /^<img\b[^>]*\bsrc=x/i.test(t))).toEqual([]);
  expect(tags.filter((t) => /\bon[a-z]+=/i.test(t))).toEqual([]);
}

describe('<Exhibit> with markup in every text field', () => {
  it('escapes titles, takeaways, labels, notes, table cells, alt and aria-label text', async () => {
    const html = await container.renderToString(Exhibit, { props: { id: injectionSpec.id, number: 1 } });
    expectNoInjectedMarkup(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // In attributes (alt, aria-label) the payload's quote is escaped, so the attribute holds all of it.
    const alt = /<img class="exhibit-static exhibit-static-light"[^>]*\salt="([^"]*)"/.exec(html)?.[1];
    expect(alt).toContain('<script>alert(1)</script>');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps the embedded chart spec inside its <script type="application/json"> and parses it back unchanged', async () => {
    const html = await container.renderToString(Exhibit, { props: { id: injectionSpec.id, number: 1 } });
    const blocks = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const json = blocks.filter((b) => /type="application\/json"/.test(b[1]!));
    expect(json).toHaveLength(1);
    expect(json[0]![2]).not.toContain('<');
    expect(JSON.parse(json[0]![2]!)).toEqual(injectionSpec);
    // No other inline script came out of the component (attribute values blanked: "<script>" inside alt="…" is text).
    const tags = [...html.replace(/="[^"]*"/g, '=""').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.filter((tag) => !/\ssrc=""/.test(tag))).toHaveLength(json.length);
  });
});

describe('<CiteThis> and <JsonLd>', () => {
  it('prints citation text as text', async () => {
    const html = await container.renderToString(CiteThis, { props: { citation: { apa: ALL_PAYLOADS, bibtex: ALL_PAYLOADS }, heading: PAYLOADS.attribute, id: 'cite' } });
    expectNoInjectedMarkup(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes JSON-LD that cannot end its element and parses back to the same data', async () => {
    const data = { '@type': 'Dataset', name: ALL_PAYLOADS, description: PAYLOADS.scriptBreakout };
    const html = await container.renderToString(JsonLd, { props: { data } });
    const m = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html.trim());
    expect(m).not.toBeNull();
    expect(m![1]).not.toContain('<');
    expect(JSON.parse(m![1]!)).toEqual(data);
  });
});
