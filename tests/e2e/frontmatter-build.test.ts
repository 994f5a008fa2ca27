/**
 * A bad article frontmatter stops `npm run build` while the content loads, naming the MDX file at the
 * line:column of each bad field (not Astro's "title**: **title: Required" at `index.mdx:0:0`, nor a
 * render-time crash on a date that is not a day). One failing build of a throwaway copy; the cases
 * one by one are in tests/unit/content-frontmatter-check.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, copyProject, removeProject } from './rebuild-project.ts';

const dir = copyProject('frontmatter-build-');
afterAll(() => removeProject(dir));

/** 1-based line and column where `text` starts in `source`. */
function positionOf(source: string, text: string): string {
  const before = source.slice(0, source.indexOf(text)).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

it('fails the build at the file:line:column of each bad frontmatter field, before writing a site', () => {
  const rel = 'content/articles/capex/index.mdx';
  const file = path.join(dir, rel);
  const source = readFileSync(file, 'utf8')
    .replace(/^date: .*$/m, 'date: "2025-02-31"')
    .replace(/^topics:/m, 'topic:');
  writeFileSync(file, source);
  const out = path.join(dir, 'dist');
  const run = build(dir, out);
  expect(run.code, run.output).not.toBe(0);
  expect(run.output).toContain(`The article's frontmatter does not match what an article needs: ${rel} (3 problems).`);
  expect(run.output).toContain(`${rel}:${positionOf(source, '"2025-02-31"')} "date" is "2025-02-31", which is not valid.`);
  expect(run.output).toContain('Hint: there is no such day: check the month and the day');
  expect(run.output).toContain(`${rel}:${positionOf(source, 'topic:')} unknown frontmatter field "topic".`);
  expect(run.output).toContain('Hint: did you mean "topics"?');
  expect(run.output).toContain('"topics" is missing.');
  expect(run.output).not.toContain('InvalidContentEntryDataError');
  expect(existsSync(out)).toBe(false);
});
