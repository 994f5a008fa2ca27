import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReference, getSource, parseSourceRegistry, shortCitation, sourceLine } from '../../src/lib/sources/registry.ts';
import type { SourceEntry } from '../../src/lib/sources/schema.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

const file = path.join(FIXTURE_ROOT, 'sources.json');
const registry = parseSourceRegistry(readFileSync(file, 'utf8'), 'content/sources.json');
const byId = (id: string) => getSource(registry, id);

describe('shortCitation', () => {
  it('follows author-count rules and falls back to n.d.', () => {
    expect(shortCitation(byId('deepseek-v3-report'))).toBe('DeepSeek-AI (2024)');
    expect(shortCitation(byId('msft-blog'))).toBe('Smith (2025)');
    expect(shortCitation(byId('kaplan-2020'))).toBe('Kaplan & McCandlish (2020)');
    expect(shortCitation(byId('hoffmann-2022'))).toBe('Hoffmann et al. (2022)');
    expect(shortCitation(byId('stanford-ai-index'))).toBe('Stanford HAI (n.d.)');
  });
});

describe('formatReference', () => {
  it('writes an APA-like reference with parts for italics', () => {
    expect(formatReference(byId('deepseek-v3-report'))).toEqual({
      text: 'DeepSeek-AI (2024, December 27). DeepSeek-V3 technical report. arXiv. https://arxiv.org/abs/2412.19437',
      url: 'https://arxiv.org/abs/2412.19437',
      parts: { authors: 'DeepSeek-AI', date: '2024, December 27', title: 'DeepSeek-V3 technical report', container: 'arXiv', url: 'https://arxiv.org/abs/2412.19437' },
    });
    expect(formatReference(byId('hoffmann-2022')).text).toBe(
      'Hoffmann, J., Borgeaud, S., & Mensch, A. (2022). Training compute-optimal large language models. Advances in Neural Information Processing Systems.',
    );
    expect(formatReference(byId('kaplan-2020')).parts.date).toBe('2020, January');
    expect(formatReference(byId('meta-10k-2024')).text).toBe(
      'Meta (2025, January 30). Form 10-K for the fiscal year ended December 31, 2024. U.S. Securities and Exchange Commission.',
    );
  });

  it('does not double a title that ends in punctuation', () => {
    const entry: SourceEntry = { id: 'q', type: 'webpage', title: 'Is scale all you need?', author: [{ family: 'Doe', given: 'Jane Ann' }] };
    expect(formatReference(entry).text).toBe('Doe, J. A. (n.d.). Is scale all you need?');
  });
});

describe('sourceLine', () => {
  it('deduplicates by id, merges locators and keeps first-appearance order', () => {
    expect(
      sourceLine(
        [
          { id: 'deepseek-v3-report', locator: 'Table 1' },
          { id: 'meta-10k-2024' },
          { id: 'deepseek-v3-report', locator: 'Table 1' },
          { id: 'stanford-ai-index' },
          { id: 'deepseek-v3-report', locator: '§3.1' },
        ],
        registry,
      ),
    ).toBe('Sources: DeepSeek-AI (2024), Table 1, §3.1; Meta (2025); Stanford HAI (n.d.).');
  });

  it('says "Source:" for one source', () => {
    expect(sourceLine([{ id: 'kaplan-2020' }, { id: 'kaplan-2020' }], registry)).toBe('Source: Kaplan & McCandlish (2020).');
  });

  it('fails on an unknown id with the closest ids', () => {
    expect(() => sourceLine([{ id: 'deepseek-v3' }], registry)).toThrowErrorMatchingInlineSnapshot(`
      [DataError: Unknown source id "deepseek-v3": it is not in content/sources.json.
      Closest ids: deepseek-v3-report.
      Correct the id, or add the source to content/sources.json (CSL-JSON, with its S-number from research/facts.md in "note").]
    `);
  });
});

describe('getSource', () => {
  it('returns the entry', () => {
    expect(getSource(registry, 'kaplan-2020').title).toBe('Scaling laws for neural language models');
  });
});
