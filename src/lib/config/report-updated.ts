/**
 * The report's "Updated" date (home page, PDF cover): it must never be older than the figures the report
 * shows. Either site.yaml leaves `updated` out and the date follows the published edition (its as-of date,
 * or `published` if that is later), so publishing a new edition moves it; or the analyst writes `updated`
 * and the build holds them to it: a date earlier than the pinned edition's as-of date (or than
 * `published`) stops the build at that line, saying which date to write. The check is pure (text in,
 * problems out); `reportUpdated()` reads site.yaml and the pinned edition.
 */
import { readFileSync } from 'node:fs';
import { problemsError, type Problem } from '../data/errors.ts';
import { loadPinnedEdition } from '../data/load.ts';
import { defaultRoot, displayPath } from '../data/paths.ts';
import { formatDate } from '../format/date.ts';
import { parsePositioned, positionOf } from '../yaml/positioned.ts';
import { loadSiteConfig, siteFile } from './load-site.ts';
import type { SiteConfig } from './site-schema.ts';

export interface PinnedEdition {
  version: string;
  asOf: string;
}

/** The date shown as "Updated": `updated` as written, else the later of `published` and the edition's as-of date. */
export function reportUpdatedDate(config: Pick<SiteConfig, 'published' | 'updated'>, edition: PinnedEdition): string {
  return config.updated ?? (edition.asOf > config.published ? edition.asOf : config.published);
}

/** Problems with a written `updated` (none when it is left out), at its line:column in site.yaml. */
export function reportUpdatedProblems(text: string, file: string, config: Pick<SiteConfig, 'published' | 'updated'>, edition: PinnedEdition): Problem[] {
  const updated = config.updated;
  if (updated === undefined) return [];
  const at = () => positionOf(parsePositioned(text, file, { summary: `${file} cannot be read`, action: `Fix ${file}.` }), ['updated']);
  const deleteIt = `or delete the \`updated:\` line so the date follows each published edition (it would show ${formatDate(reportUpdatedDate({ published: config.published }, edition))})`;
  if (updated < config.published) {
    return [{ ...at(), message: `updated: "${updated}" is earlier than published: "${config.published}"; a report cannot be revised before it first appeared.`, hint: `write a date on or after ${config.published}, ${deleteIt}.` }];
  }
  if (updated < edition.asOf) {
    return [
      {
        ...at(),
        message: `updated: "${updated}" is earlier than the as-of date of dataset edition ${edition.version} (${edition.asOf}), which the report publishes: the home page and the PDF cover would say "Updated ${formatDate(updated)}" above figures as they stood on ${formatDate(edition.asOf)}.`,
        hint: `once the report has been reviewed against edition ${edition.version}, set \`updated: "${edition.asOf}"\` (or the later day the review was finished), ${deleteIt}.`,
      },
    ];
  }
  return [];
}

/** The report's "Updated" date for the pinned edition; throws with site.yaml's line:column when `updated` is behind it. */
export function reportUpdated(root: string = defaultRoot()): string {
  const config = loadSiteConfig(root);
  const edition = loadPinnedEdition();
  const file = siteFile(root);
  const problems = reportUpdatedProblems(readFileSync(file, 'utf8'), displayPath(file), config, edition);
  if (problems.length) throw problemsError(`The report's "updated" date in ${displayPath(file)} is older than the figures it shows`, problems, `Edit \`updated:\` in ${displayPath(file)} as the hint says and build again.`);
  return reportUpdatedDate(config, edition);
}
