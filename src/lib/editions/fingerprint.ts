/**
 * The fingerprint printed on every page: the sha256 of the edition's datapackage.json, which records
 * the hash of every CSV, so one hash pins every figure a page can show. I/O (reads one file), cached
 * by mtime so `astro dev` never shows a stale hash.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashBytes } from '../data/hash.ts';
import { defaultRoot, fileSignature } from '../data/paths.ts';

export interface EditionFingerprint {
  version: string;
  /** 64 lowercase hex digits. */
  sha256: string;
  /** The first 12 hex digits, as printed in footers. */
  short: string;
}

const cache = new Map<string, { sig: string; value: EditionFingerprint }>();

export function editionFingerprint(version: string, root: string = defaultRoot()): EditionFingerprint {
  const file = path.join(root, 'data', version, 'datapackage.json');
  const sig = fileSignature([file]);
  const hit = cache.get(file);
  if (hit && hit.sig === sig) return hit.value;
  const sha256 = hashBytes(readFileSync(file)).slice('sha256:'.length);
  const value = { version, sha256, short: sha256.slice(0, 12) };
  cache.set(file, { sig, value });
  return value;
}
