/**
 * I/O for the report configuration: reads `<content root>/site.yaml` (RESEARCH_CONTENT_ROOT moves the
 * content root), lists the article folders for the order check, applies RESEARCH_EDITION, and caches the
 * result until the file or the folder list changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataError } from '../data/errors.ts';
import { articleFolders, contentFrozen, defaultRoot, displayPath, fileSignature } from '../data/paths.ts';
import { EDITION_PATTERN } from '../data/schema.ts';
import { parseSiteConfig } from './parse-site.ts';
import { SITE_FILE, type SiteConfig } from './site-schema.ts';

export function siteFile(root: string = defaultRoot()): string {
  return path.join(root, SITE_FILE);
}

/** Folders of `<root>/articles` that hold an index.mdx (the articles the build renders), sorted. */
export function articleFolderSlugs(root: string): string[] {
  return articleFolders(path.join(root, 'articles'));
}

const cache = new Map<string, { key: string; override: string | undefined; value: SiteConfig }>();

/**
 * The report configuration of `root`. `RESEARCH_EDITION` (from `env`) replaces `edition` for one build.
 * Throws a DataError with file:line:column for anything wrong in site.yaml.
 */
export function loadSiteConfig(root: string = defaultRoot(), env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const file = siteFile(root);
  const override = env.RESEARCH_EDITION || undefined;
  const hit = cache.get(root);
  // Before any file system call: a build asks for the configuration thousands of times (at 200 articles the
  // existence check alone cost 0.14 s of each module graph), and its files cannot change meanwhile.
  if (hit && contentFrozen(env) && hit.override === override) return hit.value;
  if (!existsSync(file)) {
    throw new DataError(
      [
        `There is no report configuration at ${displayPath(file)}.`,
        'It holds the report\'s firm, title, colours, disclaimer, published dataset edition and article order.',
        `Create ${displayPath(file)} (copy the project's content/site.yaml and change the values), or point RESEARCH_CONTENT_ROOT at a content folder that has one.`,
      ].join('\n'),
    );
  }
  const folders = articleFolderSlugs(root);
  const key = `${fileSignature([file])}|${folders.join(',')}|${override ?? ''}`;
  if (hit?.key === key) return hit.value;
  const config = parseSiteConfig(readFileSync(file, 'utf8'), {
    file: displayPath(file),
    articleFolders: folders,
    articlesDir: displayPath(path.join(root, 'articles')),
  });
  if (override !== undefined && !EDITION_PATTERN.test(override)) {
    throw new DataError(`RESEARCH_EDITION="${override}" is not an edition name: editions are named after their vintage, YYYY-MM (e.g. 2025-02).\nSet it to an edition folder in ${displayPath(path.join(root, 'data'))}, or unset it to publish the edition in ${displayPath(file)}.`);
  }
  const value = override === undefined ? config : { ...config, edition: override };
  cache.set(root, { key, override, value });
  return value;
}
