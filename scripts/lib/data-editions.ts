/**
 * The dataset CLI's edition-upkeep commands and checks (scripts/data.ts dispatches to them):
 * - `add-table <edition> <name> [--profile observations|events] [--title <text>]`: a new table with the
 *   canonical header and Table Schema, written by the tool;
 * - on `validate --fix-hashes` and `release` of a draft: declare the optional columns each CSV uses and
 *   write the `sources` list from the rows (package-sources.ts, optional-columns.ts);
 * - on `validate` and `release`: the sources list matches the rows, like_for_like flags are not stale.
 * Errors are DataErrors (printed as-is by data.ts, exit 1).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataError, problemsError, type Problem } from '../../src/lib/data/errors.ts';
import { hashBytes } from '../../src/lib/data/hash.ts';
import { likeForLikeProblems } from '../../src/lib/data/like-for-like.ts';
import { displayPath, editionDir, listEditions, loadEdition, loadSources, validateEditionFiles } from '../../src/lib/data/load.ts';
import { withDeclaredColumns } from '../../src/lib/data/optional-columns.ts';
import { citedSources, sourceListProblems, withSourceList } from '../../src/lib/data/package-sources.ts';
import { parsePackageJson, serializePackage, type PackageJson } from '../../src/lib/data/package-file.ts';
import { CANONICAL_FIELDS, EDITION_DIALECT, EDITION_PATTERN, type Edition, TABLE_TYPES, type TableType } from '../../src/lib/data/schema.ts';

const TABLE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** "gpu-prices" -> "Gpu prices": a starting title the analyst can edit. */
function titleOf(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A suggestion for a bad table name: "GPU_Prices.csv" -> "gpu-prices". */
function tidyName(name: string): string {
  return name
    .replace(/\.csv$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface AddTableOptions {
  profile?: string | undefined;
  title?: string | undefined;
}

/** `add-table`: returns the lines to log. */
export function addTable(root: string, version: string | undefined, name: string | undefined, opts: AddTableOptions): string[] {
  const usage = 'Usage: `npm run data -- add-table <edition> <name> [--profile observations|events] [--title "Title"]`, e.g. `npm run data -- add-table 2026-03 gpu-prices`.';
  if (!version || !name) throw new DataError(`\`add-table\` needs an edition and a table name.\n${usage}`);
  const available = listEditions(root);
  if (!EDITION_PATTERN.test(version) || !available.includes(version)) {
    throw new DataError(`Edition ${version} does not exist in ${displayPath(path.join(root, 'data'))}.\nAvailable editions: ${available.join(', ') || '(none)'}. Start a draft with \`npm run data -- new <version>\`.`);
  }
  const profile = (opts.profile ?? 'observations') as TableType;
  if (!TABLE_TYPES.includes(profile)) {
    throw new DataError(`--profile "${opts.profile}" is not a table profile: use observations (one number per row, the default) or events (timeline spans).`);
  }
  if (!TABLE_NAME.test(name)) {
    const tidy = tidyName(name);
    throw new DataError(
      `"${name}" is not a table name: table names are lowercase words of letters and digits joined by dashes, and the file is <name>.csv.\n` +
        (tidy && TABLE_NAME.test(tidy) ? `Try \`npm run data -- add-table ${version} ${tidy}\`.` : usage),
    );
  }
  const dir = editionDir(root, version);
  const pkgFile = path.join(dir, 'datapackage.json');
  if (!existsSync(pkgFile)) throw new DataError(`${displayPath(pkgFile)} is missing; every edition needs one. Start editions with \`npm run data -- new <version>\`.`);
  const pkg = parsePackageJson(readFileSync(pkgFile, 'utf8'), displayPath(pkgFile));
  if (pkg.status === 'released') {
    throw new DataError(`Edition ${version} is released, and released editions are frozen: a table cannot be added to it.\nStart a draft with \`npm run data -- new <version>\` and add the table there.`);
  }
  const resources = (Array.isArray(pkg.resources) ? pkg.resources : []) as Record<string, unknown>[];
  const file = `${name}.csv`;
  const clash = resources.find((r) => r.name === name || r.path === file);
  if (clash) {
    throw new DataError(`Edition ${version} already has table "${name}" (${displayPath(path.join(dir, String(clash.path)))}); it was not touched.\nAdd rows to that file, or choose another name.`);
  }
  const header = CANONICAL_FIELDS[profile].map((f) => f.name).join(',');
  const csvPath = path.join(dir, file);
  const logs: string[] = [];
  let bytes: Uint8Array;
  if (existsSync(csvPath)) {
    // A CSV written before it was declared (validate points here): keep its rows if its header fits.
    bytes = readFileSync(csvPath);
    const first = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.trim();
    if (!first.startsWith(header)) {
      throw new DataError(
        `${displayPath(csvPath)} exists but its header is not the canonical ${profile} header, so it was not declared.\nMake its first line exactly:\n${header}\n${profile === 'observations' ? 'or pass `--profile events` if it is a timeline table, ' : 'or pass `--profile observations`, '}then run the command again.`,
      );
    }
    logs.push(`Declared the existing ${displayPath(csvPath)} as table "${name}".`);
  } else {
    bytes = new TextEncoder().encode(`${header}\n`);
    writeAtomic(csvPath, new TextDecoder().decode(bytes));
    logs.push(`Created ${displayPath(csvPath)} with the ${profile} header.`);
  }
  const resource = {
    name,
    path: file,
    title: opts.title?.trim() || titleOf(name),
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: EDITION_DIALECT,
    hash: hashBytes(bytes),
    bytes: bytes.length,
    'x-table-type': profile,
    schema: { fields: CANONICAL_FIELDS[profile], primaryKey: 'id', missingValues: [''] },
  };
  const next = { ...pkg, resources: [...resources, resource] };
  const { pkg: declared } = withDeclaredColumns(next, new Map([[file, bytes]]));
  writeAtomic(pkgFile, serializePackage(declared));
  logs.push(`Added table "${name}" (${profile}, title "${resource.title}") to ${displayPath(pkgFile)}.`);
  logs.push(`Next: add rows to ${file} (ids unique across the edition), then run \`npm run data -- validate ${version} --fix-hashes\`.`);
  return logs;
}

/**
 * A draft copied from an older edition gets what new editions declare: the CSV `dialect` of each table and
 * the canonical `pattern` of a field whose accepted values have widened since (fiscal_year_end takes
 * 52/53-week rules). Released editions are never passed here: they are frozen.
 */
export function withCurrentSchema(pkg: PackageJson): { pkg: PackageJson; changed: string[] } {
  const changed: string[] = [];
  const resources = (Array.isArray(pkg.resources) ? pkg.resources : []).map((r: Record<string, unknown>) => {
    const type = r['x-table-type'] as TableType;
    const schema = (r.schema ?? {}) as { fields?: Record<string, unknown>[] };
    const canonical = CANONICAL_FIELDS[type] ?? [];
    let touched = false;
    const fields = (schema.fields ?? []).map((f) => {
      const want = canonical.find((c) => c.name === f.name)?.constraints?.pattern;
      const has = (f.constraints as { pattern?: string } | undefined)?.pattern;
      if (want === undefined || has === undefined || has === want) return f;
      touched = true;
      return { ...f, constraints: { ...(f.constraints as object), pattern: want } };
    });
    const next = { ...r, ...(r.dialect ? {} : { dialect: EDITION_DIALECT }), schema: { ...schema, fields } };
    if (touched || !r.dialect) changed.push(String(r.path));
    return next;
  });
  return changed.length ? { pkg: { ...pkg, resources }, changed } : { pkg, changed };
}

/**
 * The upkeep a draft's descriptor gets before it is validated or released: optional columns declared
 * from each CSV header, `sources` written from the rows. Needs the rows, so the edition is validated
 * first; returns the new descriptor (unchanged when nothing to do) and what changed.
 */
export function upkeepDraft(root: string, version: string, pkg: PackageJson, files: Map<string, Uint8Array>): { pkg: PackageJson; logs: string[] } {
  const logs: string[] = [];
  const current = withCurrentSchema(pkg);
  if (current.changed.length) logs.push(`  declared the CSV dialect and current field patterns of ${current.changed.join(', ')}`);
  const columns = withDeclaredColumns(current.pkg, files);
  if (columns.changed.length) logs.push(`  declared the optional columns of ${columns.changed.join(', ')}`);
  const withPkg = new Map(files);
  withPkg.set('datapackage.json', new TextEncoder().encode(serializePackage(columns.pkg)));
  let edition: Edition;
  try {
    edition = validateEditionFiles(root, version, withPkg, loadSources(root));
  } catch (err) {
    // The rows are not readable yet: leave the sources list; validation reports the problems.
    if (err instanceof DataError) return { pkg: columns.pkg, logs };
    throw err;
  }
  const sources = withSourceList(columns.pkg, citedSources(edition), loadSources(root));
  if (sources.added.length) logs.push(`  listed sources ${sources.added.join(', ')} (cited by rows)`);
  if (sources.removed.length) logs.push(`  dropped sources ${sources.removed.join(', ')} (cited by no row)`);
  return { pkg: sources.pkg, logs };
}

/** Consistency checks beyond the loader's: sources list and like_for_like flags. Throws one DataError. */
export function checkConsistency(root: string, edition: Edition, checkFlags: boolean = edition.status === 'draft'): void {
  const folder = displayPath(editionDir(root, edition.version));
  const problems: Problem[] = [...sourceListProblems(edition, `${folder}/datapackage.json`)];
  // A released edition's flags were checked when it was released; it cannot change now.
  // The previous edition is read only when a row is flagged, so a broken older edition does not block this one.
  if (checkFlags && [...edition.observations.values()].some((r) => r.like_for_like === false)) {
    const previous = edition.previous && listEditions(root).includes(edition.previous) ? loadEdition(edition.previous, { root }) : undefined;
    problems.push(...likeForLikeProblems(edition, previous, folder));
  }
  if (problems.length) {
    throw problemsError(`Dataset edition ${edition.version} is invalid`, problems, `Fix the problems above in ${folder}/, then run \`npm run data -- validate ${edition.version}\` to check the edition again.`);
  }
}
