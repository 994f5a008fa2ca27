/**
 * Pure validation of one dataset edition: datapackage.json text + CSV bytes -> a typed Edition, or one
 * DataError listing every problem (file:line:column, what is wrong, what to do). No fs: load.ts reads the
 * files and passes them in, so every error case is testable from memory.
 */
import { CsvSyntaxError, parseCsv, type CsvRow } from './csv.ts';
import { decodeCsvText, separatorProblem } from './csv-text.ts';
import { type EditionMetadata, metadataProblems } from './edition-metadata.ts';
import { jsonErrorPosition, type Problem, problemsError } from './errors.ts';
import { hashBytes } from './hash.ts';
import { castRow, checkHeader, type RowContext } from './validate-rows.ts';
import { DataPackage, expectedFields, LEGACY_PATTERNS, type Edition, type EventRow, type ObservationRow, type Resource, type TableField } from './schema.ts';
import { closest } from './suggest.ts';
import { undeclaredTables } from './undeclared-tables.ts';

export interface EditionInput {
  /** Display path of the edition folder, e.g. `content/data/2025-02` (used in every message). */
  folder: string;
  /** datapackage.json text, or undefined when the file is missing. */
  datapackageText: string | undefined;
  /** CSV file name -> bytes (undefined = the file is missing). */
  files: Map<string, Uint8Array | undefined>;
  /** Ids in the source registry (content/sources.json). */
  registryIds: Set<string>;
  /**
   * Set by `npm run data -- validate` (drafts) and `release`: also refuse metadata copied from the
   * previous edition (edition-metadata.ts). `previous` is that edition's metadata, if it can be read.
   */
  releaseChecks?: { previous: EditionMetadata | undefined };
}

/** 1-based line of the first occurrence of `needle`, to point at a resource inside datapackage.json. */
function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)';
}

/**
 * How a declared field differs from the canonical one, or undefined when it matches. Titles and
 * descriptions are documentation and may differ. An `enum` may be a subset of the canonical list: an
 * edition released before a unit was added to units.ts stays valid (its rows are checked against its own list).
 */
export function fieldMismatch(declared: TableField | undefined, canonical: TableField | undefined): string | undefined {
  if (!declared) return `"${canonical?.name}" is missing`;
  if (!canonical) return `"${declared.name}" is not a canonical field`;
  if (declared.name !== canonical.name) return `it is named "${declared.name}" instead of "${canonical.name}"`;
  if (declared.type !== canonical.type) return `"${declared.name}" has type "${declared.type}" instead of "${canonical.type}"`;
  const a = declared.constraints ?? {};
  const b = canonical.constraints ?? {};
  for (const key of ['required', 'unique', 'pattern'] as const) {
    if (key === 'pattern' && a.pattern !== undefined && LEGACY_PATTERNS[declared.name]?.includes(a.pattern)) continue;
    if (a[key] !== b[key]) return `"${declared.name}" has constraints.${key} ${JSON.stringify(a[key])} instead of ${JSON.stringify(b[key])}`;
  }
  if ((a.enum === undefined) !== (b.enum === undefined)) return `"${declared.name}" ${a.enum ? 'has' : 'lacks'} constraints.enum`;
  const unknown = (a.enum ?? []).filter((v) => !(b.enum ?? []).includes(v));
  if (unknown.length) return `"${declared.name}" constraints.enum lists ${unknown.map((v) => JSON.stringify(v)).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not in src/lib/data/units.ts`;
  return undefined;
}

export function validateEdition(input: EditionInput): Edition {
  const { folder } = input;
  const version = folder.split('/').pop() ?? folder;
  const pkgFile = `${folder}/datapackage.json`;
  const problems: Problem[] = [];
  const fail = () =>
    problemsError(
      `Dataset edition ${version} is invalid`,
      problems,
      `Fix the problems above in ${folder}/, then run \`npm run data -- validate ${version}\` to check the edition again.`,
    );

  if (input.datapackageText === undefined) {
    problems.push({
      file: pkgFile,
      message: 'is missing: every edition folder needs a datapackage.json describing its tables.',
      hint: 'create editions with `npm run data -- new <version>`, which copies the latest edition including its datapackage.json.',
    });
    throw fail();
  }
  const text = input.datapackageText.charCodeAt(0) === 0xfeff ? input.datapackageText.slice(1) : input.datapackageText;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorPosition((err as Error).message, text);
    problems.push({
      file: pkgFile,
      line: at.line,
      column: at.column,
      message: `is not valid JSON: ${at.reason}.`,
      hint: 'look for a missing comma or quote, or a trailing comma before } or ], at or just before this position.',
    });
    throw fail();
  }
  const parsed = DataPackage.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const message = /received undefined$/.test(issue.message) ? 'is required but missing' : issue.message;
      problems.push({ file: pkgFile, message: `${issuePath(issue.path)}: ${message}.` });
    }
    problems[problems.length - 1]!.hint = 'datapackage.json follows the DataPackage schema in src/lib/data/schema.ts; compare with a released edition.';
    throw fail();
  }
  const pkg = parsed.data;

  if (pkg.version !== version) {
    problems.push({
      file: pkgFile,
      line: lineOf(text, '"version"'),
      message: `"version" is "${pkg.version}" but the folder is named "${version}".`,
      hint: `an edition's version is its folder name; set "version": "${version}" (or rename the folder).`,
    });
  }
  for (const src of pkg.sources) {
    if (!input.registryIds.has(src.id)) {
      const near = closest(src.id, input.registryIds);
      problems.push({
        file: pkgFile,
        line: lineOf(text, `"${src.id}"`),
        message: `sources: "${src.id}" is not in the source registry.${near.length ? ` Closest ids: ${near.join(', ')}.` : ''}`,
        hint: 'add the source to content/sources.json or correct the id.',
      });
    }
  }

  if (input.releaseChecks) problems.push(...metadataProblems(pkg, text, pkgFile, input.releaseChecks.previous));

  const ctx: RowContext = { folder, registryIds: input.registryIds, problems, ids: new Map(), series: new Map(), figures: new Map() };
  const tables: Edition['tables'] = new Map();
  const observations: Edition['observations'] = new Map();
  const events: Edition['events'] = new Map();
  const seenNames = new Set<string>();
  const seenPaths = new Set<string>();

  pkg.resources.forEach((resource: Resource, index) => {
    const resLine = lineOf(text, `"path": "${resource.path}"`) ?? lineOf(text, `"${resource.path}"`);
    const file = `${folder}/${resource.path}`;
    if (seenNames.has(resource.name) || seenPaths.has(resource.path)) {
      problems.push({ file: pkgFile, line: resLine, message: `resources[${index}] repeats the table name "${resource.name}" or file "${resource.path}".`, hint: 'list each table once.' });
      return;
    }
    seenNames.add(resource.name);
    seenPaths.add(resource.path);

    const fields = resource.schema.fields;
    const canonical = expectedFields(resource['x-table-type'], fields);
    const at = Array.from({ length: Math.max(fields.length, canonical.length) }, (_, i) => fieldMismatch(fields[i], canonical[i])).findIndex(Boolean);
    if (at >= 0) {
      problems.push({
        file: pkgFile,
        line: resLine,
        message: `resources[${index}] (${resource.name}): schema.fields differ from the canonical ${resource['x-table-type']} fields at field ${at + 1}: ${fieldMismatch(fields[at], canonical[at])}.`,
        hint: `copy schema.fields from another ${resource['x-table-type']} table; the canonical list is CANONICAL_FIELDS in src/lib/data/schema.ts.`,
      });
    }

    const bytes = input.files.get(resource.path);
    if (bytes === undefined) {
      problems.push({
        file,
        message: `is missing, but datapackage.json lists it as table "${resource.name}".`,
        hint: `add the file to ${folder}/ or remove the resource from datapackage.json.`,
      });
      return;
    }
    const actual = hashBytes(bytes);
    if (actual !== resource.hash || bytes.length !== resource.bytes) {
      const what =
        actual !== resource.hash
          ? `its hash ${actual} does not match the hash recorded in datapackage.json (${resource.hash})`
          : `its size (${bytes.length} bytes) does not match "bytes" in datapackage.json (${resource.bytes})`;
      problems.push({
        file,
        message: `has changed since it was recorded: ${what}.`,
        hint:
          pkg.status === 'released'
            ? `edition ${version} is released, and released editions are frozen: restore the file from version control and make changes in a new edition with \`npm run data -- new <version>\`.`
            : `if you meant to edit draft edition ${version}, run \`npm run data -- validate ${version} --fix-hashes\` to record the new hash and size.`,
      });
    }

    const decoded = decodeCsvText(bytes);
    if ('problem' in decoded) {
      problems.push({ file, ...decoded.problem });
      return;
    }
    const separator = separatorProblem(decoded.text);
    if (separator) {
      problems.push({ file, ...separator });
      return;
    }
    let rows: CsvRow[];
    try {
      rows = parseCsv(decoded.text);
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err;
      problems.push({ file, line: err.line, column: err.column, message: `is not valid CSV: ${err.message}.` });
      return;
    }
    const [header, ...lines] = rows;
    if (!checkHeader(header, canonical, file, problems)) return;
    // Rows of empty cells (",,,,,", which spreadsheets write for formatted but empty rows) hold nothing: skip them like blank lines.
    const body = lines.filter((row) => row.cells.some((c) => c.value !== ''));
    if (body.length === 0) {
      problems.push({
        file,
        line: header!.line,
        message: `has a header but no rows, so table "${resource.name}" is empty.`,
        hint: `add its rows, or remove the table: delete ${resource.path} and its resource in datapackage.json.`,
      });
      return;
    }

    const typed: (ObservationRow | EventRow)[] = [];
    for (const row of body) {
      const result = castRow(row, resource, file, ctx);
      if (!result) continue;
      typed.push(result.row);
      if (resource['x-table-type'] === 'observations') {
        observations.set(result.row.id, { ...(result.row as ObservationRow), table: resource.name, digits: result.digits });
      } else {
        events.set(result.row.id, { ...(result.row as EventRow), table: resource.name });
      }
    }
    tables.set(resource.name, { resource, rows: typed });
  });

  // A released edition's extra files are reported against the lock (lock.ts), which says how to restore it.
  if (pkg.status === 'draft') problems.push(...undeclaredTables(folder, version, [...input.files.keys()], seenPaths));

  if (problems.length > 0) throw fail();
  return { version: pkg.version, asOf: pkg.asOf, status: pkg.status, previous: pkg.previous, pkg, tables, observations, events };
}

