import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashBytes } from '../../src/lib/data/hash.ts';
import { collectFiles, gitCommit, listFiles, manifestJson } from '../../src/lib/editions/manifest.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
  mkdirSync(path.join(dir, 'content/data/2025-02'), { recursive: true });
  writeFileSync(path.join(dir, 'content/data/2025-02/b.csv'), 'b\n');
  writeFileSync(path.join(dir, 'content/data/2025-02/a.csv'), 'a\n');
  writeFileSync(path.join(dir, 'content/data/2025-02/.DS_Store'), 'x');
  writeFileSync(path.join(dir, 'content/data/2025-02/a.csv.tmp-123'), 'x');
  writeFileSync(path.join(dir, 'content/sources.json'), '[]\n');
  writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edition = { version: '2025-02', asOf: '2025-02-14', status: 'released', datapackageSha256: 'ab'.repeat(32) };

describe('build manifest', () => {
  it('hashes every content file and package-lock.json, skipping dotfiles and temp files', () => {
    const files = collectFiles(dir);
    expect([...files.keys()]).toEqual(['content/data/2025-02/a.csv', 'content/data/2025-02/b.csv', 'content/sources.json', 'package-lock.json']);
    const json = JSON.parse(manifestJson({ edition, files, commit: null }));
    expect(json.files['content/data/2025-02/a.csv']).toBe(hashBytes('a\n'));
    expect(json.edition).toEqual({ asOf: '2025-02-14', datapackageSha256: `sha256:${'ab'.repeat(32)}`, status: 'released', version: '2025-02' });
    expect(json.commit).toBeNull();
  });

  it('is the same text for the same inputs, with every object key sorted', () => {
    const a = manifestJson({ edition, files: collectFiles(dir), commit: 'c'.repeat(40) });
    const reversed = new Map([...collectFiles(dir)].reverse());
    expect(manifestJson({ edition, files: reversed, commit: 'c'.repeat(40) })).toBe(a);
    const keysSorted = (v: unknown): boolean =>
      !v || typeof v !== 'object' || (Object.keys(v).join() === Object.keys(v).sort().join() && Object.values(v).every(keysSorted));
    expect(keysSorted(JSON.parse(a))).toBe(true);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('changes when any content file changes', () => {
    const before = manifestJson({ edition, files: collectFiles(dir), commit: null });
    writeFileSync(path.join(dir, 'content/data/2025-02/b.csv'), 'b2\n');
    expect(manifestJson({ edition, files: collectFiles(dir), commit: null })).not.toBe(before);
  });

  it('records the git commit of a checkout, and null outside one', () => {
    expect(gitCommit(dir)).toBeNull();
    expect(listFiles(dir, 'missing')).toEqual([]);
    const here = gitCommit(process.cwd());
    if (here !== null) expect(here).toMatch(/^[0-9a-f]{40}$/);
  });
});
