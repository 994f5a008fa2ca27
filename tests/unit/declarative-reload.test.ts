import { describe, expect, it } from 'vitest';
import { isDataFile } from '../../src/integrations/data-reload.ts';

describe('dev reload of declarative exhibits', () => {
  const root = '/site';
  it('reloads the page when an exhibit YAML file changes', () => {
    expect(isDataFile('/site/content/articles/deepseek/exhibits/market-reaction-2025-01-27.yaml', root)).toBe(true);
  });
  it('ignores other YAML and editor temp files', () => {
    expect(isDataFile('/site/content/articles/deepseek/notes.yaml', root)).toBe(false);
    expect(isDataFile('/site/content/articles/deepseek/exhibits/.market.yaml.swp', root)).toBe(false);
    expect(isDataFile('/site/content/articles/deepseek/exhibits/nested/x.yaml', root)).toBe(false);
  });
});
