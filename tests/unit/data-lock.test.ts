import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { compareWithLock, hashBytes, parseLock, serializeLock, withLockEntry } from '../../src/lib/data/lock.ts';

const H = (s: string) => hashBytes(s);

describe('lock', () => {
  it('hashes bytes as sha256:<hex>', () => {
    expect(hashBytes('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe(hashBytes('abc'));
  });

  it('serialises with sorted editions and files', () => {
    const lock = withLockEntry(withLockEntry({ editions: {} }, '2026-02', { 'z.csv': H('z'), 'a.csv': H('a') }), '2025-02', { 'datapackage.json': H('p') });
    const text = serializeLock(lock);
    expect(Object.keys(JSON.parse(text).editions)).toEqual(['2025-02', '2026-02']);
    expect(Object.keys(JSON.parse(text).editions['2026-02'])).toEqual(['a.csv', 'z.csv']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseLock(text, 'lock.json')).toEqual(lock);
  });

  it('reports changed, missing and added files of a released edition', () => {
    const lock = { editions: { '2025-02': { 'a.csv': H('a'), 'b.csv': H('b'), 'datapackage.json': H('p') } } };
    const problems = compareWithLock('2025-02', 'content/data/2025-02', { 'a.csv': H('a2'), 'datapackage.json': H('p'), 'c.csv': H('c') }, lock, 'content/data/editions.lock.json');
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
      `content/data/2025-02/a.csv has changed since edition 2025-02 was released (lock ${H('a')}, file ${H('a2')}).`,
      'content/data/2025-02/b.csv is missing but is part of released edition 2025-02.',
      'content/data/2025-02/c.csv was added after edition 2025-02 was released.',
    ]);
    expect(problems[0]!.hint).toContain('npm run data -- new <version>');
  });

  it('reports an edition missing from the lock and says to release it', () => {
    const [p] = compareWithLock('2026-02', 'content/data/2026-02', {}, { editions: {} }, 'content/data/editions.lock.json');
    expect(p).toEqual({
      file: 'content/data/editions.lock.json',
      message: 'edition 2026-02 is marked "released" in content/data/2026-02/datapackage.json but has no entry in the lock.',
      hint: 'an edition is released only by the CLI: set "status": "draft" in content/data/2026-02/datapackage.json, then run `npm run data -- release 2026-02`, which records its hashes in the lock and marks it released.',
    });
  });

  it('rejects a malformed lock file', () => {
    expect(() => parseLock('{"editions": {"2025-02": {"a.csv": "md5:x"}}}', 'lock.json')).toThrow(DataError);
    expect(() => parseLock('{', 'lock.json')).toThrow(/^lock\.json:1:2 is not valid JSON: Expected property name or '}'\.\n/);
  });
});
