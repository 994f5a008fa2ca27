import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../src/lib/data/hash.ts';
import { editionDownloads, editionZip, zipName } from '../../src/lib/editions/downloads.ts';
import { editionFingerprint } from '../../src/lib/editions/fingerprint.ts';
import { readZipDirectory } from '../../src/lib/editions/zip.ts';

const root = path.join(process.cwd(), 'content');
const lock = JSON.parse(readFileSync(path.join(root, 'data/editions.lock.json'), 'utf8')) as { editions: Record<string, Record<string, string>> };

describe.each(Object.keys(lock.editions))('downloads of released edition %s', (version) => {
  it('list every locked file with the size on disk and the sha256 the lock froze', () => {
    const downloads = editionDownloads(version, root);
    const files = downloads.filter((d) => !d.name.endsWith('.zip'));
    expect(files.map((d) => d.name).sort()).toEqual(Object.keys(lock.editions[version]!).sort());
    for (const d of files) {
      expect(`sha256:${d.sha256}`).toBe(lock.editions[version]![d.name]);
      expect(d.bytes).toBe(readFileSync(path.join(root, 'data', version, d.name)).length);
    }
    expect(downloads.at(-1)?.name).toBe(zipName(version, root));
  });

  it('fingerprint the edition by the locked hash of its datapackage.json', () => {
    expect(`sha256:${editionFingerprint(version, root).sha256}`).toBe(lock.editions[version]!['datapackage.json']);
    expect(editionFingerprint(version, root).short).toMatch(/^[0-9a-f]{12}$/);
  });

  it('zip the files byte for byte in one folder, dated with the as-of date, the same bytes every time', () => {
    const zip = editionZip(version, root);
    expect(Buffer.from(editionZip(version, root)).equals(Buffer.from(zip))).toBe(true);
    const listed = editionDownloads(version, root).at(-1)!;
    expect(listed).toMatchObject({ bytes: zip.length, sha256: hashBytes(zip).slice(7) });
    const folder = zipName(version, root).replace(/\.zip$/, '');
    const listing = readZipDirectory(zip);
    expect(listing.map((l) => l.name)).toEqual(Object.keys(lock.editions[version]!).sort().map((n) => `${folder}/${n}`));
    const buf = Buffer.from(zip);
    for (const l of listing) {
      const start = l.offset + 30 + buf.readUInt16LE(l.offset + 26);
      const data = buf.subarray(start, start + l.compressedSize);
      const bytes = l.method === 8 ? inflateRawSync(data) : data;
      expect(hashBytes(bytes)).toBe(lock.editions[version]![l.name.slice(folder.length + 1)]);
    }
  });
});
