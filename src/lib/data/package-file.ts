/**
 * Pure edits of a datapackage.json for the dataset CLI (record hashes, start a draft, release). Works on
 * the raw JSON object so the file keeps its key order and any fields we do not model.
 */
import { DataError, jsonErrorPosition } from './errors.ts';
import { hashBytes } from './hash.ts';
import { todoText } from './edition-metadata.ts';
import { fieldsFor } from './optional-columns.ts';
import type { TableField } from './schema.ts';

export type PackageJson = Record<string, unknown> & { resources?: unknown };

export function parsePackageJson(text: string, file: string): PackageJson {
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as PackageJson;
  } catch (err) {
    const at = jsonErrorPosition((err as Error).message, text);
    const where = at.line === undefined ? file : `${file}:${at.line}:${at.column}`;
    throw new DataError(`${where} is not valid JSON: ${at.reason}.\nFix the syntax, then run the command again.`);
  }
  throw new DataError(`${file} must contain a JSON object (a Data Package descriptor).`);
}

/** Two-space JSON with a trailing newline, as every edition file is written. */
export function serializePackage(pkg: PackageJson): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * Sets `hash` and `bytes` of every resource whose file is present; returns the names of resources
 * whose recorded values changed.
 */
export function withRecordedHashes(pkg: PackageJson, files: Map<string, Uint8Array>): { pkg: PackageJson; changed: string[] } {
  const changed: string[] = [];
  const resources = Array.isArray(pkg.resources) ? pkg.resources : [];
  const next = resources.map((r: unknown) => {
    if (!r || typeof r !== 'object') return r;
    const res = r as Record<string, unknown>;
    const bytes = typeof res.path === 'string' ? files.get(res.path) : undefined;
    if (!bytes) return res;
    const hash = hashBytes(bytes);
    if (res.hash === hash && res.bytes === bytes.length) return res;
    changed.push(String(res.path));
    return { ...res, hash, bytes: bytes.length };
  });
  return { pkg: { ...pkg, resources: next }, changed };
}

/**
 * The descriptor of a new draft copied from `previous`. Each resource's schema.fields is refreshed to
 * the current canonical list (keeping the optional columns it declares), so units added to units.ts since
 * `previous` was released can be used. The title and description describe `previous`'s vintage: they are
 * kept for reference behind a TODO marker that `validate` and `release` refuse; the copied asOf is refused
 * until it is later.
 */
export function draftFrom(pkg: PackageJson, version: string, previous: string): PackageJson {
  const resources = (Array.isArray(pkg.resources) ? pkg.resources : []).map((r: unknown) => {
    if (!r || typeof r !== 'object') return r;
    const res = r as Record<string, unknown> & { schema?: Record<string, unknown> & { fields?: TableField[] } };
    const type = res['x-table-type'];
    if (type !== 'observations' && type !== 'events') return res;
    return { ...res, schema: { ...res.schema, fields: fieldsFor(type, (res.schema?.fields ?? []).map((f) => f.name)) } };
  });
  const marked = (key: 'title' | 'description') => (typeof pkg[key] === 'string' ? { [key]: todoText(version, pkg[key]) } : {});
  return { ...pkg, version, status: 'draft', previous, changelog: [], ...marked('title'), ...marked('description'), resources };
}
