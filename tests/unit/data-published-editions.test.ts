/**
 * Drafts are never published and never block the build: the site lists and serves only released
 * editions (publishedEditions), plus the pinned edition when it is a draft previewed with an explicit
 * RESEARCH_EDITION; a draft pinned in content/site.yaml stops the build with what to do.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearEditionCache, editionStatus, listEditions, publishedEditions } from '../../src/lib/data/load.ts';
import { collectFiles } from '../../src/lib/editions/manifest.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'data-published-')), 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  // A half-edited draft: a broken cell, and a datapackage.json in the middle of an edit.
  cpSync(path.join(root, 'data/2026-02'), path.join(root, 'data/2026-09'), { recursive: true });
  const csv = path.join(root, 'data/2026-09/capex.csv');
  writeFileSync(csv, readFileSync(csv, 'utf8').replace('72.22', '72,2x'));
  mkdirSync(path.join(root, 'data/2026-10'));
  writeFileSync(path.join(root, 'data/2026-10/datapackage.json'), '{ "status": "draft", ');
  // The report settings pin 2026-02, a draft in the fixture content; the fixture has no articles.
  const settings = readFileSync(path.join(process.cwd(), 'content/site.yaml'), 'utf8')
    .replace(/^edition:.*$/m, 'edition: "2026-02"')
    .replace(/^articles:\n(?:\s+- .*\n)+/m, 'articles: []\n');
  writeFileSync(path.join(root, 'site.yaml'), settings);
  clearEditionCache();
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

describe('publishedEditions', () => {
  it('lists released editions only, whatever state the drafts are in', () => {
    expect(listEditions(root)).toEqual(['2025-02', '2026-02', '2026-09', '2026-10']);
    expect(['2025-02', '2026-02', '2026-09', '2026-10'].map((v) => editionStatus(root, v))).toEqual(['released', 'draft', 'draft', 'unreadable']);
    expect(publishedEditions({ root, pinned: '2025-02', env: {} })).toEqual(['2025-02']);
  });

  it('adds the pinned draft only when RESEARCH_EDITION pins it explicitly (a preview)', () => {
    expect(publishedEditions({ root, pinned: '2026-02', env: {} })).toEqual(['2025-02']);
    expect(publishedEditions({ root, pinned: '2026-02', env: { RESEARCH_EDITION: '2026-02' } })).toEqual(['2025-02', '2026-02']);
  });

  it('keeps a released edition whose datapackage.json no longer parses, so its error is reported rather than hidden', () => {
    writeFileSync(path.join(root, 'data/2025-02/datapackage.json'), '{ "status": "released",');
    expect(publishedEditions({ root, pinned: '2025-02', env: {} })).toEqual(['2025-02']);
  });
});

describe('the pinned edition', () => {
  const pinned = (env: Record<string, string>) => {
    const code = "import { loadPinnedEdition } from './src/lib/data/load.ts'; try { const e = loadPinnedEdition(); console.log(`loaded ${e.version} ${e.status}`); } catch (e) { console.error(e.message); process.exit(3); }";
    const { RESEARCH_EDITION: _unset, ...rest } = process.env;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...rest, RESEARCH_CONTENT_ROOT: root, ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('must be released when content/site.yaml pins it', () => {
    expect(pinned({})).toEqual({
      code: 3,
      stdout: '',
      stderr: [
        'The site pins dataset edition 2026-02, which is a draft. Drafts are never published: a draft may still change, and readers must be able to verify every figure against a frozen edition.',
        'Release it first (`npm run data -- release 2026-02`), or publish a released edition with `npm run data -- publish <edition>` (2025-02), which sets `edition` in content/site.yaml.',
        'To preview the draft, build it explicitly with RESEARCH_EDITION=2026-02 (not for publishing).',
        '',
      ].join('\n'),
    });
  });

  it('may be a draft previewed with RESEARCH_EDITION, with a loud warning', () => {
    const bar = '!'.repeat(78);
    expect(pinned({ RESEARCH_EDITION: '2026-02' })).toEqual({
      code: 0,
      stdout: 'loaded 2026-02 draft\n',
      stderr: `${bar}\nRESEARCH_EDITION=2026-02 pins a DRAFT dataset edition: this build is a preview, not for publishing.\nRelease the edition (\`npm run data -- release 2026-02\`) before building the client edition.\n${bar}\n`,
    });
    expect(pinned({ RESEARCH_EDITION: '2025-02' })).toMatchObject({ code: 0, stdout: 'loaded 2025-02 released\n', stderr: '' });
  });
});

describe('the build manifest', () => {
  it('records the files of published editions only', () => {
    const project = path.dirname(root);
    const names = [...collectFiles(project, { editions: publishedEditions({ root, pinned: '2025-02', env: {} }) }).keys()];
    expect(names.filter((n) => n.startsWith('content/data/')).map((n) => n.split('/').slice(2, 3)[0]).filter((v, i, a) => a.indexOf(v) === i)).toEqual(['2025-02', 'editions.lock.json']);
    expect(names).toContain('content/sources.json');
  });
});
