/**
 * I/O for declarative exhibits: reads `<article>/exhibits/*.yaml`, parses each at once (so a broken file
 * stops the build when the registry loads, with file:line:column), and wraps it as an ExhibitDefinition
 * whose build() compiles it against the edition it is given, like any TypeScript exhibit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../data/paths.ts';
import type { MetricDefinition } from '../../metrics/context.ts';
import type { ExhibitDefinition } from '../context.ts';
import { compileExhibit } from './compile.ts';
import { parseExhibitFile } from './parse.ts';

/** The declarative exhibit files of one article folder, sorted by name. */
export function exhibitFiles(articleDir: string): string[] {
  const dir = path.join(articleDir, 'exhibits');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('.'))
    .sort()
    .map((n) => path.join(dir, n));
}

/**
 * One file as an exhibit. `metrics` is read when the exhibit is built (after every article's metrics.ts
 * has loaded), so templates and cells can name any metric of the report.
 */
export function loadDeclarativeExhibit(file: string, metrics: () => ReadonlyMap<string, MetricDefinition>): ExhibitDefinition {
  const parsed = parseExhibitFile(displayPath(file), readFileSync(file, 'utf8'));
  return {
    id: parsed.id,
    build: (ctx) => compileExhibit(parsed, ctx.edition, { metrics: metrics(), loadEdition: ctx.loadEdition }),
  };
}
