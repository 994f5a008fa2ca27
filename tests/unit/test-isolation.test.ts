// The unit project runs with isolate: false (vitest.config.ts). A file that mocks a module or changes process
// state would leak into the files after it in the same worker, so it must be in the isolated project.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED, NEEDS_ISOLATION } from '../isolated-unit-tests.ts';

const dir = path.resolve('tests/unit');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts') && f !== 'test-isolation.test.ts');

describe('unit test isolation', () => {
  it('lists every file that mocks modules or changes process state as isolated', () => {
    const needing = files.filter((f) => NEEDS_ISOLATION.test(fs.readFileSync(path.join(dir, f), 'utf8'))).map((f) => `tests/unit/${f}`);
    expect(needing.length).toBeGreaterThan(0);
    expect(needing.filter((f) => !ISOLATED.includes(f)), 'add these to tests/isolated-unit-tests.ts').toEqual([]);
  });

  it('lists only files that exist', () => {
    expect(ISOLATED.filter((f) => !fs.existsSync(f))).toEqual([]);
  });

  it('recognises the patterns that need isolation', () => {
    for (const line of ["vi.mock('x')", 'vi.stubEnv("A", "b")', 'process.env.SITE_URL = "x"', "process.env['A'] = '1'", 'process.chdir(dir)', 'delete process.env.A'])
      expect(NEEDS_ISOLATION.test(line), line).toBe(true);
    for (const line of ['env: { ...process.env, A: 1 }', 'if (process.env.A === "1")', 'const { A, ...rest } = process.env'])
      expect(NEEDS_ISOLATION.test(line), line).toBe(false);
  });
});
