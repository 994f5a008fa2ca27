/** Reads an error-case fixture folder into the pure validator's input, as if it were content/data/2025-02. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EditionInput } from '../../src/lib/data/validate.ts';

export const FIXTURES = path.join(process.cwd(), 'tests/fixtures/data');
export const FIXTURE_ROOT = path.join(FIXTURES, 'content');

export const registryIds = new Set<string>(
  (JSON.parse(readFileSync(path.join(FIXTURE_ROOT, 'sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id),
);

export function caseInput(name: string): EditionInput {
  const dir = path.join(FIXTURES, name);
  const pkgFile = path.join(dir, 'datapackage.json');
  const files = new Map<string, Uint8Array | undefined>();
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.csv')) files.set(f, readFileSync(path.join(dir, f)));
  return {
    folder: 'content/data/2025-02',
    datapackageText: existsSync(pkgFile) ? readFileSync(pkgFile, 'utf8') : undefined,
    files,
    registryIds,
  };
}
