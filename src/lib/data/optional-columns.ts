/**
 * Declaring the optional columns (OPTIONAL_FIELDS in schema.ts) a draft's CSVs use, so analysts add a
 * column to the CSV and the tool writes its Table Schema field. Pure: CSV bytes in, descriptor out.
 */
import type { PackageJson } from './package-file.ts';
import { CANONICAL_FIELDS, OPTIONAL_FIELDS, type TableField, type TableType } from './schema.ts';

/** Column names of a CSV's first line (BOM stripped; names are plain words, so no quoting to undo). */
function headerNames(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
}

/** Canonical fields, then the optional ones `names` include (in OPTIONAL_FIELDS order). */
export function fieldsFor(type: TableType, names: Iterable<string>): TableField[] {
  const has = new Set(names);
  return [...CANONICAL_FIELDS[type], ...OPTIONAL_FIELDS[type].filter((f) => has.has(f.name))];
}

/**
 * Sets each resource's schema.fields to the canonical fields plus the optional columns its CSV header
 * uses; returns the names of the resources whose declaration changed.
 */
export function withDeclaredColumns(pkg: PackageJson, files: Map<string, Uint8Array>): { pkg: PackageJson; changed: string[] } {
  const changed: string[] = [];
  const resources = (Array.isArray(pkg.resources) ? pkg.resources : []).map((r: unknown) => {
    if (!r || typeof r !== 'object') return r;
    const res = r as Record<string, unknown> & { schema?: { fields?: TableField[] } };
    const type = res['x-table-type'];
    const bytes = typeof res.path === 'string' ? files.get(res.path) : undefined;
    if ((type !== 'observations' && type !== 'events') || !bytes) return res;
    const declared = res.schema?.fields ?? [];
    const optionalNow = declared.slice(CANONICAL_FIELDS[type].length).map((f) => f.name);
    const wanted = OPTIONAL_FIELDS[type].map((f) => f.name).filter((n) => headerNames(bytes).includes(n));
    if (optionalNow.join(',') === wanted.join(',')) return res;
    changed.push(String(res.name ?? res.path));
    return { ...res, schema: { ...res.schema, fields: fieldsFor(type, wanted) } };
  });
  return { pkg: { ...pkg, resources }, changed };
}
