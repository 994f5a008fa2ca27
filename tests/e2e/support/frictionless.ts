/**
 * A published Data Package checked with the Frictionless JS implementation (npm `datapackage`): the
 * descriptor against the Tabular Data Package profile, then every resource read with its Table Schema
 * casting each value (a text in a number field, a header that is not the fields, a broken constraint
 * throw). src/lib/validate/table-schema.ts stays for what this library does not check (hash and bytes,
 * the declared line terminator, the header named exactly as the fields).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Package } from 'datapackage';

export type Descriptor = { licenses?: unknown[]; resources: { name: string; dialect?: object }[] } & Record<string, unknown>;

export function readDescriptor(dir: string): Descriptor {
  return JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
}

/** Every problem Frictionless finds in the package in `dir` (empty when it is valid and every table reads). */
export async function frictionlessProblems(dir: string, descriptor: Descriptor = readDescriptor(dir)): Promise<string[]> {
  const pkg = await Package.load(descriptor, { basePath: dir });
  const problems = pkg.valid ? [] : pkg.errors.map((e) => `descriptor: ${e.message}`);
  for (const resource of pkg.resources) {
    try {
      await resource.read({ cast: true });
    } catch (err) {
      const e = err as { message?: string; errors?: { message: string }[] };
      problems.push(`${resource.name}: ${e.message ?? String(err)}${e.errors?.length ? ` (${e.errors.slice(0, 5).map((x) => x.message).join('; ')})` : ''}`);
    }
  }
  return problems;
}
