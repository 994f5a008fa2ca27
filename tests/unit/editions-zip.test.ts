import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dosDateTime, readZipDirectory, zipFiles } from '../../src/lib/editions/zip.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const csv = enc('id,value\n' + Array.from({ length: 200 }, (_, i) => `row-${i},${i * 1.5}`).join('\n') + '\n');
const entries = [
  { name: 'pkg/z.csv', bytes: csv },
  { name: 'pkg/a.json', bytes: enc('{"a":1}\n') },
  { name: 'pkg/ü-empty.txt', bytes: new Uint8Array(0) },
];
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

/** The bytes of entry `i` as stored in the archive, decompressed. */
function entryBytes(zip: Uint8Array, listing: ReturnType<typeof readZipDirectory>[number]): Buffer {
  const buf = Buffer.from(zip);
  expect(buf.readUInt32LE(listing.offset)).toBe(0x04034b50);
  const start = listing.offset + 30 + buf.readUInt16LE(listing.offset + 26) + buf.readUInt16LE(listing.offset + 28);
  const data = buf.subarray(start, start + listing.compressedSize);
  return listing.method === 8 ? inflateRawSync(data) : Buffer.from(data);
}

describe('zipFiles', () => {
  it('writes the same bytes for the same entries in any order', () => {
    const a = zipFiles(entries, { date: '2025-02-14' });
    const b = zipFiles([...entries].reverse(), { date: '2025-02-14' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(zipFiles(entries, { date: '2026-02-13' })).equals(Buffer.from(a))).toBe(false);
  });

  it('lists entries sorted, with sizes, CRC-32, the fixed date and contents that round-trip', () => {
    const zip = zipFiles(entries, { date: '2025-02-14' });
    const listing = readZipDirectory(zip);
    expect(listing.map((l) => l.name)).toEqual(['pkg/a.json', 'pkg/z.csv', 'pkg/ü-empty.txt']);
    const { date, time } = dosDateTime('2025-02-14');
    for (const l of listing) {
      const original = entries.find((e) => e.name === l.name)!.bytes;
      expect(l.size).toBe(original.length);
      expect(l.crc32).toBe(crc32(original) >>> 0);
      expect([l.date, l.time]).toEqual([date, time]);
      expect(entryBytes(zip, l).equals(Buffer.from(original))).toBe(true);
    }
    // The CSV compresses, so it is deflated; tiny files are stored.
    expect(listing.find((l) => l.name === 'pkg/z.csv')?.method).toBe(8);
    expect(listing.find((l) => l.name === 'pkg/a.json')?.method).toBe(0);
  });

  it('encodes DOS dates and rejects what ZIP cannot hold', () => {
    expect(dosDateTime('1980-01-01')).toEqual({ date: (0 << 9) | (1 << 5) | 1, time: 0 });
    expect(dosDateTime('2025-02-14').date).toBe((45 << 9) | (2 << 5) | 14);
    expect(() => dosDateTime('14/02/2025')).toThrow('"14/02/2025" is not an ISO date (YYYY-MM-DD); a ZIP timestamp needs one.');
    expect(() => dosDateTime('1979-12-31')).toThrow('ZIP timestamps run from 1980 to 2107');
    expect(() => zipFiles([entries[0]!, entries[0]!], { date: '2025-02-14' })).toThrow('cannot hold "pkg/z.csv" twice');
    expect(() => zipFiles([{ name: '/abs.csv', bytes: csv }], { date: '2025-02-14' })).toThrow('must be a relative path');
  });

  it.skipIf(!hasUnzip)('is accepted by unzip -t and listed by unzip -l', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'editions-zip-'));
    try {
      const file = path.join(dir, 'test.zip');
      writeFileSync(file, zipFiles(entries, { date: '2025-02-14' }));
      const t = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(t.status, t.stdout + t.stderr).toBe(0);
      expect(t.stdout).toContain('No errors detected');
      const l = spawnSync('unzip', ['-l', file], { encoding: 'utf8' });
      expect(l.stdout).toMatch(/2025-02-14 00:00\s+pkg\/a\.json/);
      expect(l.stdout).toMatch(/3 files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
