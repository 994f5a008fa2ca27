// The e2e-builds project has no global setup, so a file there that read the shared site would get nothing
// from inject(); and a start-order entry that names no file would silently stop ordering anything.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_BUILDS, START_ORDER } from '../test-projects.ts';

const e2e = fs
  .readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/e2e/${f}`);
const readsSite = (file: string) => /\binject\(\s*'(?:siteDir|siteUrl|sweepDir|siteBuiltMarker)'/.test(fs.readFileSync(file, 'utf8'));

describe('test projects and start order', () => {
  it('puts in e2e-builds only files that exist and never read the shared site', () => {
    expect(E2E_BUILDS.filter((f) => !fs.existsSync(f))).toEqual([]);
    expect(E2E_BUILDS.filter(readsSite)).toEqual([]);
  });

  it('leaves in the e2e project only files that read the shared site (the others start sooner in e2e-builds)', () => {
    const rest = e2e.filter((f) => !E2E_BUILDS.includes(f));
    expect(rest.length).toBeGreaterThan(5);
    expect(rest.filter((f) => !readsSite(f))).toEqual([]);
  });

  it('names in the start order only files and folders that exist', () => {
    expect(START_ORDER.filter((entry) => !fs.existsSync(path.resolve(entry)))).toEqual([]);
  });
});
