/**
 * content/data/editions.lock.json freezes released editions: the sha256 of every file of every released
 * edition. Format (keys sorted, so the file diffs cleanly):
 *   { "editions": { "2025-02": { "capex.csv": "sha256:…", "datapackage.json": "sha256:…" } } }
 * The pure functions compare and update; `readLock`/`writeLock` are the I/O wrappers.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { displayPath } from './paths.ts';
import { DataError, jsonErrorPosition, type Problem, problemsError } from './errors.ts';

const Hash = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'write "sha256:" followed by 64 lowercase hex digits');

export const EditionsLock = z
  .object({ editions: z.record(z.string(), z.record(z.string(), Hash)) })
  .strict();
export type EditionsLock = z.infer<typeof EditionsLock>;

export const LOCK_FILE = 'editions.lock.json';

export { hashBytes } from './hash.ts';

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Stable text of a lock: sorted keys, two-space indent, trailing newline. */
export function serializeLock(lock: EditionsLock): string {
  const editions = sortKeys(Object.fromEntries(Object.entries(lock.editions).map(([v, files]) => [v, sortKeys(files)])));
  return `${JSON.stringify({ editions }, null, 2)}\n`;
}

/** Returns a new lock with `version` set to exactly `files` (file name -> hash). */
export function withLockEntry(lock: EditionsLock, version: string, files: Record<string, string>): EditionsLock {
  return { editions: { ...lock.editions, [version]: { ...files } } };
}

export function parseLock(text: string, file: string): EditionsLock {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorPosition((err as Error).message, text);
    throw new DataError(
      `${at.line === undefined ? file : `${file}:${at.line}:${at.column}`} is not valid JSON: ${at.reason}.\nThe lock is written by \`npm run data -- release <version>\`; restore it from version control rather than editing it by hand.`,
    );
  }
  const parsed = EditionsLock.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new DataError(`${file} does not have the expected shape.\n${lines.join('\n')}\nRestore it from version control; \`npm run data -- release <version>\` writes it.`);
  }
  return parsed.data;
}

/**
 * Problems for a released edition whose files differ from the lock. `actual` maps every file in the
 * edition folder to its hash. An edition missing from the lock is one problem.
 */
export function compareWithLock(version: string, folder: string, actual: Record<string, string>, lock: EditionsLock, lockFile: string): Problem[] {
  const locked = lock.editions[version];
  if (!locked) {
    return [
      {
        file: lockFile,
        message: `edition ${version} is marked "released" in ${folder}/datapackage.json but has no entry in the lock.`,
        hint: `an edition is released only by the CLI: set "status": "draft" in ${folder}/datapackage.json, then run \`npm run data -- release ${version}\`, which records its hashes in the lock and marks it released.`,
      },
    ];
  }
  const frozen = `released editions are frozen. Restore the file from version control, and make changes in a new edition: \`npm run data -- new <version>\`.`;
  const problems: Problem[] = [];
  for (const name of Object.keys(sortKeys(locked))) {
    const expected = locked[name];
    const got = actual[name];
    if (got === undefined) {
      problems.push({ file: `${folder}/${name}`, message: `is missing but is part of released edition ${version}.`, hint: frozen });
    } else if (got !== expected) {
      problems.push({
        file: `${folder}/${name}`,
        message: `has changed since edition ${version} was released (lock ${expected}, file ${got}).`,
        hint: frozen,
      });
    }
  }
  for (const name of Object.keys(sortKeys(actual))) {
    if (!(name in locked)) {
      problems.push({ file: `${folder}/${name}`, message: `was added after edition ${version} was released.`, hint: frozen });
    }
  }
  return problems;
}

export function lockError(version: string, problems: Problem[], lockFile = `content/data/${LOCK_FILE}`): DataError {
  return problemsError(
    `Released dataset edition ${version} does not match ${lockFile}`,
    problems,
    `Released editions never change, so pages citing them stay true. Put corrections in a new edition (\`npm run data -- new <version>\`), release it and publish it with \`npm run data -- publish <version>\`.`,
  );
}

/** Reads `<root>/data/editions.lock.json`; a missing file is an empty lock (no edition released yet). */
export function readLock(root: string): EditionsLock {
  const file = path.join(root, 'data', LOCK_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { editions: {} };
    throw err;
  }
  return parseLock(text, displayPath(file));
}

/** Writes the lock through a temp file and a rename, so a crash never leaves half a lock. */
export function writeLock(root: string, lock: EditionsLock): void {
  const file = path.join(root, 'data', LOCK_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, serializeLock(lock));
  renameSync(tmp, file);
}
