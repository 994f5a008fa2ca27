import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDataFile } from '../../src/integrations/data-reload.ts';

const root = path.join(path.sep, 'site');
const at = (rel: string) => path.join(root, ...rel.split('/'));

describe('data-reload integration', () => {
  it('reloads on edition CSVs, datapackage.json, the lock, the source registry and site.yaml', () => {
    for (const f of ['content/data/2025-02/capex.csv', 'content/data/2026-03/datapackage.json', 'content/data/editions.lock.json', 'content/sources.json', 'content/site.yaml']) {
      expect(isDataFile(at(f), root), f).toBe(true);
    }
  });

  it('ignores articles (Vite handles them), temp files the CLI writes, dotfiles and other folders', () => {
    for (const f of ['content/articles/capex/index.mdx', 'content/data/2025-02/capex.csv.tmp-42', 'content/data/.tmp-2026-03-42/capex.csv', 'content/data/2025-02/.~lock.capex.csv#', 'src/lib/data/load.ts', 'content/data/notes.txt']) {
      expect(isDataFile(at(f), root), f).toBe(false);
    }
  });
});
