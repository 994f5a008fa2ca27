/**
 * `npm run data -- publish <edition>`: points the site at a released dataset edition by setting
 * `edition:` in `<content root>/site.yaml` (comments and formatting kept; src/lib/config/publish.ts).
 * Refuses unknown editions, drafts and editions that fail validation, so a published site never shows
 * figures that are still changing; then lists the articles whose prose was checked against another edition.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleFolderSlugs, siteFile } from '../../src/lib/config/load-site.ts';
import { parseSiteConfig } from '../../src/lib/config/parse-site.ts';
import { withEdition } from '../../src/lib/config/publish.ts';
import { reportUpdatedDate, reportUpdatedProblems } from '../../src/lib/config/report-updated.ts';
import { DataError, formatProblem } from '../../src/lib/data/errors.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { displayPath, editionDir, listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { EDITION_PATTERN } from '../../src/lib/data/schema.ts';

/** Articles whose `dataset:` frontmatter differs from `version`, as display paths with their edition. */
function staleArticles(root: string, version: string): string[] {
  return articleFolderSlugs(root).flatMap((slug) => {
    const file = path.join(root, 'articles', slug, 'index.mdx');
    const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
    const dataset = String(frontmatter.dataset ?? '(none)');
    return dataset === version ? [] : [`${displayPath(file)} (dataset: ${dataset})`];
  });
}

export function publishEdition(root: string, version: string | undefined, log: (line: string) => void): void {
  const available = listEditions(root);
  const list = `Available editions: ${available.join(', ') || '(none)'}.`;
  if (!version) throw new DataError(`\`publish\` needs an edition name, e.g. \`npm run data -- publish ${available.at(-1) ?? '2025-02'}\`.\n${list}`);
  if (!EDITION_PATTERN.test(version)) throw new DataError(`"${version}" is not an edition name: editions are named after their vintage, YYYY-MM (e.g. 2025-02).\n${list}`);
  if (!available.includes(version)) {
    throw new DataError(`Edition ${version} does not exist: there is no folder ${displayPath(editionDir(root, version))}.\n${list}\nCreate it with \`npm run data -- new ${version}\`, then release it.`);
  }
  // Validates the edition and, for a released one, checks it against the lock: what the build will do.
  const edition = loadEdition(version, { root });
  if (edition.status !== 'released') {
    throw new DataError(
      `Edition ${version} is a draft, so it cannot be published: its figures may still change.\nCheck it with \`npm run data -- validate ${version}\`, freeze it with \`npm run data -- release ${version}\`, then publish it.`,
    );
  }
  const file = siteFile(root);
  if (!existsSync(file)) throw new DataError(`There is no report configuration at ${displayPath(file)}; create it first (see README, "Report configuration").`);
  const before = readFileSync(file, 'utf8');
  // Refuse to rewrite a file that does not parse: the analyst should see its problems, not a silent edit.
  parseSiteConfig(before, { file: displayPath(file) });
  const { text, previous } = withEdition(before, version);
  if (previous === version) {
    log(`${displayPath(file)} already publishes edition ${version}; nothing changed.`);
  } else {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    log(`${displayPath(file)} now publishes edition ${version}${previous ? ` (was ${previous})` : ''}.`);
  }
  // The report's "Updated" date: it follows the edition unless site.yaml writes one, which must not be older.
  const config = parseSiteConfig(text, { file: displayPath(file) });
  const behind = reportUpdatedProblems(text, displayPath(file), config, edition);
  if (behind.length) {
    log(`Next: the report's "updated" date is older than edition ${version}'s figures; the build refuses it until you change it:`);
    for (const p of behind) log(`  ${formatProblem(p).replace(/\n/g, '\n  ')}`);
  } else if (config.updated === undefined) {
    log(`The report's "Updated" date follows the edition: ${formatDate(reportUpdatedDate(config, edition))} (\`updated:\` is not set in ${displayPath(file)}).`);
  }
  const stale = staleArticles(root, version);
  if (stale.length) {
    // The build refuses only those among them that show a figure that changed; `diff` names those (running
    // the report's exhibit and metric code, which this command does not load).
    log(`Next: these articles were checked against an earlier edition. \`npm run data -- diff ${previous && previous !== version ? previous : '<old>'} ${version}\` lists those that show a changed figure; the build refuses those until you review their prose and set \`dataset: "${version}"\`:`);
    for (const s of stale) log(`  ${s}`);
  }
}
