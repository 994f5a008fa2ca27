import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDataCli } from './data-cli-run.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withEdition } from '../../src/lib/config/publish.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

// The fixture content root has 2025-02 released and 2026-02 as a draft.
const SITE = `# The report's configuration.
firm: Example Partners
reportTitle: A Report
reportSubtitle: "Subtitle: with a colon"
published: "2025-03-01"

# The published edition (this comment must survive).
edition: "2025-02"   # pinned
logo: /logo.svg
colors:
  brand: "#123c69"
  accent: "#b8562b"
takeaways:
  - "A long takeaway that a re-serialising writer would fold at eighty characters, which we must not do."
disclaimer: >-
  Not advice,
  folded over two lines.
url: https://example.org
articles:
  - only
`;
const ARTICLE = (dataset: string) => `---\ntitle: Only\nsummary: The only article of the fixture report, for the publish tests.\ndate: "2025-03-01"\nauthors: ["A"]\ntopics: ["t"]\ndataset: "${dataset}"\ntakeaways: ["x"]\n---\n\nBody.\n`;

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'cli-publish-')), 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  writeFileSync(path.join(root, 'site.yaml'), SITE);
  mkdirSync(path.join(root, 'articles/only'), { recursive: true });
  writeFileSync(path.join(root, 'articles/only/index.mdx'), ARTICLE('2025-02'));
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

async function run(...args: string[]) {
  const r = await runDataCli([...args, '--root', root]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr.replaceAll(root, '<root>') };
}
const siteText = () => readFileSync(path.join(root, 'site.yaml'), 'utf8');

describe('npm run data -- publish', () => {
  it('refuses a draft, an unknown edition and a bad name, leaving site.yaml untouched', async () => {
    expect(await run('publish', '2026-02')).toMatchObject({
      code: 1,
      stderr: 'Edition 2026-02 is a draft, so it cannot be published: its figures may still change.\nCheck it with `npm run data -- validate 2026-02`, freeze it with `npm run data -- release 2026-02`, then publish it.\n',
    });
    expect(await run('publish', '2024-01')).toMatchObject({
      code: 1,
      stderr: 'Edition 2024-01 does not exist: there is no folder <root>/data/2024-01.\nAvailable editions: 2025-02, 2026-02.\nCreate it with `npm run data -- new 2024-01`, then release it.\n',
    });
    expect((await run('publish', 'latest')).stderr).toMatch(/^"latest" is not an edition name/);
    expect((await run('publish')).stderr).toMatch(/^`publish` needs an edition name, e\.g\. `npm run data -- publish 2026-02`\./);
    expect(siteText()).toBe(SITE);
  });

  it('publishes a released edition, changing only the edition value, and lists articles to review', async () => {
    expect((await run('release', '2026-02')).code).toBe(0);
    const r = await run('publish', '2026-02');
    expect(r.code).toBe(0);
    expect(siteText()).toBe(SITE.replace('edition: "2025-02"   # pinned', 'edition: "2026-02"   # pinned'));
    expect(r.stderr).toBe(
      [
        '<root>/site.yaml now publishes edition 2026-02 (was 2025-02).',
        'The report\'s "Updated" date follows the edition: 5 February 2026 (`updated:` is not set in <root>/site.yaml).',
        'Next: these articles were checked against an earlier edition. `npm run data -- diff 2025-02 2026-02` lists those that show a changed figure; the build refuses those until you review their prose and set `dataset: "2026-02"`:',
        '  <root>/articles/only/index.mdx (dataset: 2025-02)',
        '',
      ].join('\n'),
    );
    expect((await run('publish', '2026-02')).stderr).toMatch(/^<root>\/site\.yaml already publishes edition 2026-02; nothing changed\.\n/);
    // A written `updated:` older than the edition: publish says which line to change and to what.
    writeFileSync(path.join(root, 'site.yaml'), siteText().replace('published: "2025-03-01"\n', 'published: "2025-03-01"\nupdated: "2025-03-01"\n'));
    const behind = await run('publish', '2026-02');
    expect(behind.code).toBe(0);
    expect(behind.stderr).toContain(
      [
        'Next: the report\'s "updated" date is older than edition 2026-02\'s figures; the build refuses it until you change it:',
        '  <root>/site.yaml:6:10 updated: "2025-03-01" is earlier than the as-of date of dataset edition 2026-02 (2026-02-05), which the report publishes: the home page and the PDF cover would say "Updated 1 March 2025" above figures as they stood on 5 February 2026.',
        '    Hint: once the report has been reviewed against edition 2026-02, set `updated: "2026-02-05"` (or the later day the review was finished), or delete the `updated:` line so the date follows each published edition (it would show 5 February 2026).',
      ].join('\n'),
    );
  });

  it('refuses to rewrite a site.yaml that has problems, and shows them', async () => {
    writeFileSync(path.join(root, 'site.yaml'), SITE.replace('firm:', 'frim:'));
    const r = await run('publish', '2025-02');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<root>/site.yaml:2:1 unknown key "frim".\n  Hint: did you mean "firm"?');
  });
});

describe('withEdition', () => {
  it('keeps the quote style and everything around the value', async () => {
    expect(withEdition('a: 1\nedition: 2025-02 # c\nb: 2\n', '2026-02')).toEqual({ text: 'a: 1\nedition: 2026-02 # c\nb: 2\n', previous: '2025-02' });
    expect(withEdition("edition: '2025-02'\n", '2026-02').text).toBe("edition: '2026-02'\n");
    expect(withEdition('edition: "2025-02"\n', '2026-02').text).toBe('edition: "2026-02"\n');
  });

  it('adds the key when the file has none', async () => {
    const r = withEdition('firm: X', '2026-02');
    expect(r.previous).toBeUndefined();
    expect(r.text).toBe('firm: X\n\n# The dataset edition the site publishes (set by `npm run data -- publish`).\nedition: "2026-02"\n');
  });
});
