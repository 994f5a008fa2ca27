import { createHash } from 'node:crypto';

/** `sha256:<hex>` of a file's bytes, the form used in datapackage.json and editions.lock.json. */
export function hashBytes(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
