/** Renders the prose components with Astro's container API against the real published edition. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import References from '../../src/components/References.astro';
import Value from '../../src/components/Value.astro';
import { loadPinnedEdition } from '../../src/lib/data/load.ts';
import { toQuantity } from '../../src/lib/data/lookup.ts';
import { formatQuantity } from '../../src/lib/format/quantity.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Value>', () => {
  it('renders the formatted dataset value with its source and edition on hover/focus', async () => {
    const edition = loadPinnedEdition();
    const expected = formatQuantity(toQuantity(edition, 'deepseek-v3.gpu-hours.total'));
    const html = await container.renderToString(Value, { props: { of: 'deepseek-v3.gpu-hours.total' } });
    expect(html).toContain(`>${expected}</data>`);
    expect(html).toContain('tabindex="0"');
    expect(html).toMatch(/role="tooltip"[^>]*>[^<]*Source: DeepSeek-AI \(2024\), Table 1\./);
    expect(html).toContain(`Dataset edition ${edition.version}`);
  });

  it('re-expresses a value in another scale and number of digits', async () => {
    const html = await container.renderToString(Value, { props: { of: 'deepseek-v3.gpu-hours.total', scale: 'million', digits: '2' } });
    expect(html).toContain('>2.79 million GPU-hours</data>');
  });

  it('marks an unconfirmed figure as unconfirmed in the text itself', async () => {
    const edition = loadPinnedEdition();
    const u = [...edition.observations.values()].find((r) => r.confidence === 'U');
    expect(u, 'the edition has at least one unconfirmed row').toBeDefined();
    const html = await container.renderToString(Value, { props: { of: u!.id } });
    expect(html).toContain('(unconfirmed)');
  });

  it('fails on an unknown key, naming the closest valid keys', async () => {
    await expect(container.renderToString(Value, { props: { of: 'deepseek-v3.gpu-hours.totl' } })).rejects.toThrow(
      /Unknown observation id "deepseek-v3.gpu-hours.totl"[\s\S]*deepseek-v3.gpu-hours.total/,
    );
  });

  it('fails on a prop that does not exist', async () => {
    await expect(container.renderToString(Value, { props: { of: 'deepseek-v3.gpu-hours.total', digit: '2' } })).rejects.toThrow('<Value> got invalid props:\n  unknown prop "digit": did you mean "digits"?');
  });
});

describe('<Cite> and <References>', () => {
  it('renders a numbered citation with its locator, linked to the reference list', async () => {
    const html = await container.renderToString(Cite, { props: { id: 'deepseek-v3-report', loc: 'Table 1', n: '2' } });
    expect(html).toContain('href="#ref-deepseek-v3-report"');
    expect(html).toContain('[2, Table 1]');
  });

  it('lists references in citation order with italic titles and safe external links', async () => {
    const html = await container.renderToString(References, { props: { ids: 'llama-3-herd,deepseek-v3-report' } });
    expect(html.indexOf('id="ref-llama-3-herd"')).toBeLessThan(html.indexOf('id="ref-deepseek-v3-report"'));
    expect(html).toMatch(/<cite[^>]*>DeepSeek-V3 Technical Report<\/cite>/);
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
