/**
 * Dataset workflow CLI: `npm run data -- <command>`. Logs go to stderr, data (diff --json) to stdout;
 * exit 1 with a precise message on any problem. Files are written to a temp path and renamed, and a
 * released edition is never rewritten.
 *
 *   new <version>                       start a draft edition copied from the latest one
 *   validate [<version>] [--fix-hashes] check one or all editions (record new CSV hashes in a draft)
 *   release <version>                   freeze a draft: record hashes, mark released, write the lock
 *   diff <a> <b> [--json]               what changed between two editions, and the articles it affects
 *   add-table <version> <name>          add a table with the canonical header and schema (scripts/lib/data-editions.ts)
 *   publish <version>                   set `edition:` in site.yaml (scripts/lib/publish.ts)
 *   help
 * `--root <dir>` (or RESEARCH_CONTENT_ROOT) points at another content folder (tests use a temp copy).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffEditions, formatDiffJson, formatDiffText } from '../src/lib/data/diff.ts';
import { DataError } from '../src/lib/data/errors.ts';
import { hashBytes } from '../src/lib/data/hash.ts';
import {
  clearEditionCache,
  defaultRoot,
  displayPath,
  editionDir,
  editionStatus,
  listEditions,
  loadEdition,
  loadSources,
  previousMetadata,
  readEditionFiles,
  validateEditionFiles,
} from '../src/lib/data/load.ts';
import { fileSystemMessage } from './lib/fs-error-message.ts';
import { LOCK_FILE, readLock, withLockEntry, writeLock } from '../src/lib/data/lock.ts';
import { draftFrom, parsePackageJson, serializePackage, withRecordedHashes } from '../src/lib/data/package-file.ts';
import { EDITION_PATTERN, type Edition } from '../src/lib/data/schema.ts';
import { validateEdition } from '../src/lib/data/validate.ts';
import { publishEdition } from './lib/publish.ts';
import { addTable, checkConsistency, upkeepDraft } from './lib/data-editions.ts';
import { affectedArticlesText } from './lib/diff-articles.ts';

const USAGE = `Usage: npm run data -- <command> [options]

Commands:
  new <version>                        Start draft edition <version> (YYYY-MM) as a copy of the latest edition.
  validate [<version>] [--fix-hashes]  Check one edition, or all of them. --fix-hashes records the current
                                       hash and size of each CSV in a draft edition's datapackage.json,
                                       declares the optional columns its CSVs use and writes its "sources"
                                       list from the sources its rows cite.
  release <version>                    Freeze a draft edition: record hashes, set "status": "released" and
                                       add it to content/data/${LOCK_FILE}.
  diff <a> <b> [--json]                List revised, superseded, added and removed rows between two editions,
                                       then the articles whose values or exhibits changed (on stderr with --json).
  add-table <version> <name>           Add table <name> to a draft: writes <name>.csv with the canonical header
    [--profile observations|events]    and declares it in datapackage.json with the canonical Table Schema.
    [--title "Title"]                  (default profile: observations; default title from the name)
  publish <version>                    Publish a released edition: set "edition:" in content/site.yaml.
  help                                 Show this text.

Options:
  --root <dir>                         Content folder to work on (default: ./content, or RESEARCH_CONTENT_ROOT).
`;

/** A usage or workflow error: printed as-is, exit 1. */
class CliError extends Error {}

/** Where the CLI writes: data (diff, help) to `stdout`, logs and errors to `stderr`. Tests pass collectors. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Log = (line: string) => void;

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function requireVersion(root: string, version: string | undefined, command: string): string {
  if (!version) throw new CliError(`\`${command}\` needs an edition name, e.g. \`npm run data -- ${command} 2025-02\`.`);
  const available = listEditions(root);
  if (!EDITION_PATTERN.test(version)) {
    throw new CliError(`"${version}" is not an edition name: editions are named after their vintage, YYYY-MM (e.g. 2025-02).\nAvailable editions: ${available.join(', ') || '(none)'}.`);
  }
  if (!available.includes(version)) {
    throw new CliError(`Edition ${version} does not exist in ${displayPath(path.join(root, 'data'))}.\nAvailable editions: ${available.join(', ') || '(none)'}.`);
  }
  return version;
}

function readPackage(root: string, version: string) {
  const file = path.join(editionDir(root, version), 'datapackage.json');
  if (!existsSync(file)) throw new CliError(`${displayPath(file)} is missing; every edition needs one.`);
  return { file, pkg: parsePackageJson(readFileSync(file, 'utf8'), displayPath(file)) };
}

function frozen(root: string, version: string): CliError {
  return new CliError(
    `Edition ${version} is released, and released editions are frozen: its files are recorded in ${displayPath(path.join(root, 'data', LOCK_FILE))}.\nMake changes in a new edition: \`npm run data -- new <version>\`.`,
  );
}

function cmdNew(root: string, version: string | undefined, log: Log): void {
  if (!version) throw new CliError('`new` needs the new edition name, e.g. `npm run data -- new 2026-03`.');
  if (!EDITION_PATTERN.test(version)) throw new CliError(`"${version}" is not an edition name: name an edition after its vintage, YYYY-MM (e.g. 2026-03).`);
  const editions = listEditions(root);
  const target = editionDir(root, version);
  if (existsSync(target)) throw new CliError(`Edition ${version} already exists at ${displayPath(target)}; it was not touched.\nChoose another name, or edit that edition if it is a draft.`);
  const latest = editions[editions.length - 1];
  if (!latest) throw new CliError(`There is no edition in ${displayPath(path.join(root, 'data'))} to copy; create the first one by hand.`);
  if (version < latest) throw new CliError(`Edition ${version} would be older than the latest edition ${latest}; name the new edition after its vintage, later than ${latest}.`);
  const { pkg } = readPackage(root, latest);
  const tmp = path.join(root, 'data', `.tmp-${version}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name] of readEditionFiles(root, latest)) {
      if (name !== 'datapackage.json') cpSync(path.join(editionDir(root, latest), name), path.join(tmp, name));
    }
    writeFileSync(path.join(tmp, 'datapackage.json'), serializePackage(draftFrom(pkg, version, latest)));
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  log(`Created draft edition ${version} from ${latest} in ${displayPath(target)}.`);
  log(`Next: in its datapackage.json, rewrite "title" and "description" (marked TODO: they describe ${latest}), set "asOf" to a date after ${String(pkg.asOf)} and write the "changelog";`);
  log(`edit its CSVs, then run \`npm run data -- validate ${version} --fix-hashes\`. Drafts are never published; \`release\` makes it publishable.`);
}

function summarise(edition: Edition, log: Log): void {
  let total = 0;
  for (const [, t] of edition.tables) {
    total += t.rows.length;
    log(`  ${t.resource.path}: ${t.rows.length} rows`);
  }
  log(`${edition.version} (${edition.status}): valid, ${edition.tables.size} tables, ${total} rows.`);
}

function cmdValidate(root: string, version: string | undefined, fixHashes: boolean, log: Log): boolean {
  const versions = version ? [requireVersion(root, version, 'validate')] : listEditions(root);
  if (!versions.length) throw new CliError(`No editions found in ${displayPath(path.join(root, 'data'))}.`);
  const registry = loadSources(root);
  let ok = true;
  for (const v of versions) {
    log(`Validating ${v}…`);
    if (fixHashes) {
      const { file, pkg } = readPackage(root, v);
      if (pkg.status === 'released') throw frozen(root, v);
      const { pkg: next, changed } = withRecordedHashes(pkg, readEditionFiles(root, v));
      if (changed.length) {
        writeAtomic(file, serializePackage(next));
        log(`  recorded new hash and size for ${changed.join(', ')}`);
      }
      upkeep(root, v, log);
    }
    try {
      // Drafts are checked as for release, including metadata copied from the previous edition.
      const releaseChecks = editionStatus(root, v) === 'draft';
      const edition = validateEditionFiles(root, v, readEditionFiles(root, v), registry, { releaseChecks });
      checkConsistency(root, edition);
      summarise(edition, log);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      log(err.message);
      ok = false;
    }
  }
  return ok;
}

/** Optional columns and the sources list of a draft, written by the tool (scripts/lib/data-editions.ts). */
function upkeep(root: string, version: string, log: Log): void {
  const { file, pkg } = readPackage(root, version);
  const { pkg: next, logs } = upkeepDraft(root, version, pkg, readEditionFiles(root, version));
  if (next !== pkg) writeAtomic(file, serializePackage(next));
  logs.forEach(log);
}

function cmdRelease(root: string, version: string | undefined, log: Log): void {
  const v = requireVersion(root, version, 'release');
  const { file, pkg } = readPackage(root, v);
  if (pkg.status === 'released') throw frozen(root, v);
  const files = readEditionFiles(root, v);
  const { pkg: recorded } = withRecordedHashes(pkg, files);
  const { pkg: hashed, logs } = upkeepDraft(root, v, recorded, files);
  const text = serializePackage({ ...hashed, status: 'released' });
  const csvs = new Map([...files].filter(([name]) => name !== 'datapackage.json'));
  const registryIds = new Set(loadSources(root).map((e) => e.id));
  const edition = validateEdition({
    folder: displayPath(editionDir(root, v)),
    datapackageText: text,
    files: csvs,
    registryIds,
    releaseChecks: { previous: previousMetadata(root, text) },
  });
  checkConsistency(root, edition, true);
  // What the upkeep declared is said only once the release goes ahead: a refused release writes nothing.
  logs.forEach(log);
  const hashes = Object.fromEntries([...csvs].map(([name, bytes]) => [name, hashBytes(bytes)]));
  hashes['datapackage.json'] = hashBytes(text);
  // Lock first: a lock entry for a draft is harmless, a released descriptor without one is not.
  writeLock(root, withLockEntry(readLock(root), v, hashes));
  writeAtomic(file, text);
  summarise(edition, log);
  log(`Released edition ${v}; its ${Object.keys(hashes).length} files are recorded in ${displayPath(path.join(root, 'data', LOCK_FILE))} and are now frozen.`);
  log(`Publish it with \`npm run data -- publish ${v}\`.`);
}

async function cmdDiff(root: string, a: string | undefined, b: string | undefined, json: boolean, io: CliIo): Promise<void> {
  const log: Log = (line) => io.stderr(`${line}\n`);
  if (!a || !b) throw new CliError('`diff` needs two edition names, e.g. `npm run data -- diff 2025-02 2026-02`.');
  const from = loadEdition(requireVersion(root, a, 'diff'), { root });
  const to = loadEdition(requireVersion(root, b, 'diff'), { root });
  const diff = diffEditions(from, to);
  if (json) io.stdout(formatDiffJson(diff));
  else io.stdout(`${formatDiffText(diff, { from, to })}\n`);
  // The articles whose figures changed: on stdout after the text diff, on stderr beside JSON.
  const articles = await affectedArticlesText(root, from, to);
  if (json) log(articles);
  else io.stdout(`\n${articles}\n`);
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const log: Log = (line) => io.stderr(`${line}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        json: { type: 'boolean' },
        'fix-hashes': { type: 'boolean' },
        profile: { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new CliError(`${(err as Error).message.replace(/\. To specify a positional.*$/s, '.')}\nRun \`npm run data -- help\` for usage.`);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  const root = path.resolve(values.root ?? defaultRoot());
  if (values.help || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const extra = (n: number) => {
    if (args.length > n) throw new CliError(`Too many arguments for \`${command}\`: ${args.slice(n).join(' ')}.\nRun \`npm run data -- help\` for usage.`);
  };
  const only = (flag: 'json' | 'fix-hashes', cmd: string) => {
    if (values[flag] && command !== cmd) throw new CliError(`--${flag} only applies to \`${cmd}\`.`);
  };
  only('json', 'diff');
  only('fix-hashes', 'validate');
  for (const flag of ['profile', 'title'] as const) {
    if (values[flag] !== undefined && command !== 'add-table') throw new CliError(`--${flag} only applies to \`add-table\`.`);
  }
  switch (command) {
    case 'new':
      extra(1);
      cmdNew(root, args[0], log);
      return 0;
    case 'validate':
      extra(1);
      return cmdValidate(root, args[0], values['fix-hashes'] ?? false, log) ? 0 : 1;
    case 'release':
      extra(1);
      cmdRelease(root, args[0], log);
      return 0;
    case 'diff':
      extra(2);
      await cmdDiff(root, args[0], args[1], values.json ?? false, io);
      return 0;
    case 'add-table':
      extra(2);
      addTable(root, args[0], args[1], { profile: values.profile, title: values.title }).forEach(log);
      return 0;
    case 'publish':
      extra(1);
      publishEdition(root, args[0], log);
      return 0;
    case undefined:
      throw new CliError(`No command given.\n\n${USAGE}`);
    default:
      throw new CliError(`Unknown command "${command}". Commands: new, validate, release, diff, add-table, publish, help.\nRun \`npm run data -- help\` for usage.`);
  }
}

/**
 * Runs one CLI command and returns its exit code: 0, or 1 with a precise message on stderr for any usage,
 * data or file-system problem (anything else is a bug and throws). Tests call it in-process.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    // Editions are cached per process; a command must see the files as they are now.
    clearEditionCache();
    return await run(argv, io);
  } catch (err) {
    const message = err instanceof CliError || err instanceof DataError ? err.message : fileSystemMessage(err);
    if (message === undefined) throw err;
    io.stderr(`${message}\n`);
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
}
