/**
 * A CSV in an edition folder that datapackage.json does not list is read by nothing: its rows would be
 * silently left out of every exhibit. Validation names each one and says how to declare it. Pure.
 */
import type { Problem } from './errors.ts';

/** Problems for the CSVs of a draft edition that its datapackage.json does not declare. */
export function undeclaredTables(folder: string, version: string, files: string[], declared: ReadonlySet<string>): Problem[] {
  return files
    .filter((name) => /\.csv$/i.test(name) && !declared.has(name))
    .sort()
    .map((name) => {
      const table = name.replace(/\.csv$/i, '');
      const valid = /^[a-z0-9-]+\.csv$/.test(name);
      return {
        file: `${folder}/${name}`,
        message: 'is not declared in datapackage.json, so no table reads it and its rows are not part of the edition.',
        hint: valid
              ? `run \`npm run data -- add-table ${version} ${table}\` (add \`--profile events\` for a timeline table) to declare it with the canonical Table Schema, or delete the file if it is not meant to be part of the edition.`
              : `table files are named with lowercase letters, digits and dashes, e.g. gpu-prices.csv: rename the file, then run \`npm run data -- add-table ${version} <name>\` to declare it, or delete it.`,
      };
    });
}
