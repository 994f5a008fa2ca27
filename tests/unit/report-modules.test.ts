import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReportModules } from '../../src/lib/report/modules.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('report discovery', () => {
  it('finds every article folder’s exhibits and metrics, TypeScript and YAML, in folder order', async () => {
    const report = await loadReportModules(path.join(process.cwd(), 'content'));
    const articles = [...new Set(report.exhibits.map((e) => e.article))];
    expect(articles).toEqual([...articles].sort());
    expect(report.exhibits.some((e) => e.file.endsWith('.yaml'))).toBe(true);
    expect(report.exhibits.some((e) => e.file.endsWith('exhibits.ts'))).toBe(true);
    expect(report.metrics.length).toBeGreaterThan(100);
  });

  it('says plainly when report code lies outside the project and cannot import the engine', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'content-outside-'));
    mkdirSync(path.join(dir, 'articles', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'x', 'metrics.ts'), "import { metric } from '#engine/derive/index.ts';\nexport const metrics = [];\n");
    await expect(loadReportModules(dir)).rejects.toThrow(
      /metrics\.ts cannot import the engine: no package\.json above it maps "#engine\/\*"\.\n.*\nKeep the content folder \(RESEARCH_CONTENT_ROOT\) inside the project\./,
    );
  });
});
