/**
 * Finds the report's own code. The engine knows no particular report: each article folder
 * `<content root>/articles/<slug>/` may hold `exhibits.ts` (exporting `exhibits: ExhibitDefinition[]`),
 * declarative exhibits `exhibits/<id>.yaml` (src/lib/exhibits/declarative/), `metrics.ts` (exporting
 * `metrics: MetricDefinition[]`) and computed figures declared without code in `metrics.yaml`
 * (src/lib/derive/declarative.ts), beside its `index.mdx`. Nothing is registered by hand: adding a folder
 * or a file adds its exhibits and metrics.
 *
 * Modules are loaded with a dynamic import of their file URL. The content root can lie outside the project
 * (tests build fixture reports that way), which rules out Vite's compile-time `import.meta.glob`; a runtime
 * import works the same under Node (the remark plugin, the data CLI), vitest and Astro's build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultRoot, displayPath } from '../data/paths.ts';
import type { ExhibitDefinition } from '../exhibits/context.ts';
import { compileMetricsFile } from '../derive/declarative.ts';
import { exhibitFiles, loadDeclarativeExhibit } from '../exhibits/declarative/load.ts';
import type { MetricDefinition } from '../metrics/context.ts';

export interface Located<T> {
  value: T;
  /** The article folder the definition sits in (its slug). */
  article: string;
  /** The file that defines it, relative to the project when inside it (for messages). */
  file: string;
}

export interface ReportModules {
  exhibits: Located<ExhibitDefinition>[];
  metrics: Located<MetricDefinition>[];
}

/** Article folders under `<root>/articles`, sorted, so discovery order never depends on the file system. */
export function articleFolders(root: string = defaultRoot()): string[] {
  const dir = path.join(root, 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/**
 * Report code imports the engine as `#engine/…`, which Node and Vite resolve through the "imports" of the
 * nearest package.json above the file. A content root outside the project has none: say so plainly
 * instead of letting the import fail with "Cannot find module '#engine/…'".
 */
function checkEngineImports(file: string): void {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      const imports = (JSON.parse(readFileSync(pkg, 'utf8')) as { imports?: Record<string, string> }).imports ?? {};
      if (imports['#engine/*']) return;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    [
      `${displayPath(file)} cannot import the engine: no package.json above it maps "#engine/*".`,
      'Report code imports the engine as #engine/…, which the "imports" of the project\'s package.json map to the engine.',
      'Keep the content folder (RESEARCH_CONTENT_ROOT) inside the project.',
    ].join('\n'),
  );
}

async function importList<T>(file: string, exportName: string): Promise<T[]> {
  checkEngineImports(file);
  const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
  const list = mod[exportName];
  if (!Array.isArray(list)) {
    throw new Error(
      [
        `${displayPath(file)} does not export \`${exportName}\` as an array.`,
        `Write \`export const ${exportName} = [ … ];\` in that file, or delete the file if the article has no ${exportName}.`,
      ].join('\n'),
    );
  }
  return list as T[];
}

/** Every exhibit and metric the report's articles define, in folder order (an article's YAML exhibits after its TypeScript ones). */
export async function loadReportModules(root: string = defaultRoot()): Promise<ReportModules> {
  const out: ReportModules = { exhibits: [], metrics: [] };
  // Built on first use by a declarative exhibit, once every article's metrics are loaded.
  let metricMap: Map<string, MetricDefinition> | undefined;
  const metrics = () => (metricMap ??= new Map([...out.metrics].reverse().map((m) => [m.value.id, m.value])));
  for (const article of articleFolders(root)) {
    const dir = path.join(root, 'articles', article);
    const exhibitsFile = path.join(dir, 'exhibits.ts');
    const metricsFile = path.join(dir, 'metrics.ts');
    if (existsSync(exhibitsFile)) {
      for (const value of await importList<ExhibitDefinition>(exhibitsFile, 'exhibits')) out.exhibits.push({ value, article, file: displayPath(exhibitsFile) });
    }
    if (existsSync(metricsFile)) {
      for (const value of await importList<MetricDefinition>(metricsFile, 'metrics')) out.metrics.push({ value, article, file: displayPath(metricsFile) });
    }
    const declaredFile = path.join(dir, 'metrics.yaml');
    if (existsSync(declaredFile)) {
      const file = displayPath(declaredFile);
      for (const value of compileMetricsFile(readFileSync(declaredFile, 'utf8'), file)) out.metrics.push({ value, article, file });
    }
    for (const file of exhibitFiles(dir)) out.exhibits.push({ value: loadDeclarativeExhibit(file, metrics), article, file: displayPath(file) });
  }
  checkYamlIds(out.exhibits);
  return out;
}

/**
 * A YAML exhibit is named by its file, so a clash with a TypeScript exhibit usually means one was
 * converted and the other not deleted: say so, naming both files.
 */
function checkYamlIds(exhibits: Located<ExhibitDefinition>[]): void {
  const byId = new Map<string, Located<ExhibitDefinition>>();
  for (const e of exhibits) {
    const other = byId.get(e.value.id);
    if (other && (other.file.endsWith('.yaml') || e.file.endsWith('.yaml'))) {
      throw new Error(
        [
          `Exhibit id "${e.value.id}" is defined twice: in ${other.file} and in ${e.file}.`,
          'A declarative exhibit takes its id from its file name, and ids must be unique across YAML and TypeScript exhibits.',
          'If the YAML file replaces the TypeScript exhibit, delete the TypeScript one; otherwise rename the YAML file.',
        ].join('\n'),
      );
    }
    if (!other) byId.set(e.value.id, e);
  }
}
