import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { toQuantity } from '../../src/lib/data/lookup.ts';
import { renderTemplate, type TemplateResolver } from '../../src/lib/content/templates.ts';
import { metrics as deepseekMetrics } from '../../content/articles/deepseek/metrics.ts';

const edition = loadEdition('2025-02');
const metrics = new Map(deepseekMetrics.map((m) => [m.id, m]));

/** Rows and the DeepSeek article's metrics of edition 2025-02, as templates in the report resolve them. */
const resolver: TemplateResolver = {
  resolve: (key) => metrics.get(key)?.compute(edition, loadEdition) ?? (edition.observations.has(key) ? toQuantity(edition, key) : undefined),
  keys: () => [...edition.observations.keys(), ...metrics.keys()],
};

describe('renderTemplate', () => {
  it('prints a row through the formatter, with its qualifier and scale', () => {
    const r = renderTemplate('Nvidia lost {market.nvidia.value-loss} of market value.', resolver);
    expect(r.problems).toEqual([]);
    expect(r.text).toBe('Nvidia lost ~$589 billion of market value.');
    expect(r.refs.map((x) => x.key)).toEqual(['market.nvidia.value-loss']);
    expect(r.refs[0]!.quantity.sources).toEqual([{ id: 'nvidia-record-loss-longbridge' }]);
  });

  it('takes the options of <Value>: style, scale, digits, part', () => {
    expect(renderTemplate('{market.nvidia.value-loss style=short}', resolver).text).toBe('~$589bn');
    expect(renderTemplate('{market.nvidia.value-loss scale=trillion digits=2}', resolver).text).toBe('~$0.59 trillion');
    // As <Value part="number">: the bare number in base units, without qualifier or unit.
    expect(renderTemplate('{market.nvidia.value-loss part=number}', resolver).text).toBe('589,000,000,000');
    expect(renderTemplate('{deepseek-v3.gpu-hours.total scale=million}', resolver).text).toBe('2.788 million GPU-hours');
  });

  it('prints a metric the same way, and writes literal braces from {{ and }}', () => {
    const r = renderTemplate('A fall of {metric.deepseek.nvidia-share-fall} {{sic}}', resolver);
    expect(r.problems).toEqual([]);
    expect(r.text).toBe('A fall of ~17% {sic}');
  });

  it('rejects an unknown key with the closest valid ones, at the template', () => {
    const text = 'Nvidia lost {market.nvida.value-loss}.';
    expect(renderTemplate(text, resolver).problems).toEqual([
      {
        offset: 12,
        length: 25,
        message: 'Unknown key "market.nvida.value-loss": no dataset row or metric has that id.',
        hint: 'Did you mean "market.nvidia.value-loss" or "market.nvidia.close" or "market.nvidia.share-change"?',
      },
    ]);
  });

  it('rejects an unknown option and a bad option value, naming the valid ones', () => {
    expect(renderTemplate('{market.sox.change digts=1}', resolver).problems).toEqual([
      { offset: 19, length: 7, message: 'Unknown option "digts" in {market.sox.change …}.', hint: 'Did you mean "digits"? Options are those of <Value>: digits=…, scale=…, style=…, part=….' },
    ]);
    expect(renderTemplate('{market.sox.change scale=millions}', resolver).problems).toEqual([
      { offset: 19, length: 14, message: 'Option scale="millions" in {market.sox.change …} is not valid.', hint: 'scale takes one, thousand, million, billion, trillion.' },
    ]);
  });

  it('rejects a quantity typed into the words around the templates, where it is', () => {
    const r = renderTemplate('Nvidia fell 17% while {market.dow.change} was the Dow.', resolver);
    expect(r.problems).toEqual([
      {
        offset: 12,
        length: 3,
        message: 'A quantity is typed into the text: "17%".',
        hint: 'Figures must come from the dataset so text and exhibits cannot disagree: write {<row id or metric id>} instead, adding the row or a metric if it is missing.',
      },
    ]);
  });

  it('does not mistake a printed figure or a model name for a typed quantity', () => {
    const r = renderTemplate('{market.nvidia.value-loss} for GPT-4o and Llama 3.1 405B in 2025.', resolver);
    expect(r.problems).toEqual([]);
  });

  it('reports unbalanced braces', () => {
    expect(renderTemplate('a {market.sox.change b', resolver).problems.map((p) => [p.offset, p.message])).toEqual([[2, 'A "{" without its "}".']]);
    expect(renderTemplate('a } b', resolver).problems.map((p) => [p.offset, p.message])).toEqual([[2, 'A "}" without its "{".']]);
  });

  it('reports a metric that cannot be computed from the edition, with its own message', () => {
    const r = renderTemplate('{metric.deepseek.r1-gpu-hours}', resolver);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/^\{metric\.deepseek\.r1-gpu-hours\} cannot be computed: Unknown observation id "deepseek-r1\./);
  });
});
