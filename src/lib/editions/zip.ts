/**
 * A minimal deterministic ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record;
 * no ZIP64, no encryption). Same entries, same bytes: entries are sorted by name, every entry gets the
 * same fixed timestamp, and no host-specific attributes are written. Each file is deflated with node:zlib
 * and stored instead when deflating does not make it smaller. No fs, no clock.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, forward slashes, no leading slash. */
  name: string;
  bytes: Uint8Array;
}

/** DOS date/time of an ISO date at midnight; ZIP cannot express dates before 1980. */
export function dosDateTime(isoDate: string): { date: number; time: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`"${isoDate}" is not an ISO date (YYYY-MM-DD); a ZIP timestamp needs one.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1980 || y > 2107) throw new Error(`ZIP timestamps run from 1980 to 2107; ${isoDate} is outside that range.`);
  return { date: ((y - 1980) << 9) | (mo << 5) | d, time: 0 };
}

// Bit 11: names are UTF-8.
const FLAG_UTF8 = 0x0800;
const VERSION = 20;

export function zipFiles(entries: ZipEntry[], opts: { date: string }): Uint8Array {
  const { date, time } = dosDateTime(opts.date);
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.name === sorted[i - 1]!.name) throw new Error(`A ZIP archive cannot hold "${sorted[i]!.name}" twice; give each entry a unique name.`);
  }
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of sorted) {
    if (!e.name || e.name.startsWith('/') || e.name.includes('\\')) throw new Error(`ZIP entry name "${e.name}" must be a relative path with forward slashes.`);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.bytes) >>> 0;
    const deflated = deflateRawSync(e.bytes, { level: 9 });
    const store = deflated.length >= e.bytes.length;
    const data = store ? e.bytes : deflated;
    const method = store ? 0 : 8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, data);

    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(VERSION, 4); // made by: MS-DOS, so no Unix permission bits are recorded
    cd.writeUInt16LE(VERSION, 6);
    cd.writeUInt16LE(FLAG_UTF8, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(time, 12);
    cd.writeUInt16LE(date, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(e.bytes.length, 24);
    cd.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes: all 0
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

export interface ZipListing {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  date: number;
  time: number;
  offset: number;
}

/** Reads the central directory back (for tests and for checking a download without unzip). */
export function readZipDirectory(zip: Uint8Array): ZipListing[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = buf.length - 22;
  if (endAt < 0 || buf.readUInt32LE(endAt) !== 0x06054b50) throw new Error('Not a ZIP archive: no end-of-central-directory record in the last 22 bytes.');
  const count = buf.readUInt16LE(endAt + 10);
  let at = buf.readUInt32LE(endAt + 16);
  const out: ZipListing[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`Broken ZIP central directory at byte ${at}.`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    out.push({
      name: buf.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: buf.readUInt16LE(at + 10),
      time: buf.readUInt16LE(at + 12),
      date: buf.readUInt16LE(at + 14),
      crc32: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}
