/**
 * A strict validator of the Frictionless Data Package / Table Schema rules the published packages use
 * (dataset editions, exhibit downloads), checked against the CSV bytes. The Frictionless JS implementation
 * (`datapackage`, tests/e2e/datapackages.test.ts) also reads every published package, but it checks neither
 * the hash and byte count nor the declared line terminator, and it guesses a missing delimiter; this covers
 * exactly our subset, strictly:
 *   package: profile, name, licenses, resources;
 *   resource: path, profile, format, mediatype, encoding utf-8, bytes and sha256 hash of the file, dialect
 *     (delimiter ",", quoteChar '"', doubleQuote, header, lineTerminator — every record ends with it);
 *   schema: header = field names in order, missingValues, field types string / number / integer /
 *     boolean / date / year, constraints required / unique / pattern / enum / minimum / maximum, primaryKey.
 * Anything else it meets (an unknown type or constraint) is reported rather than ignored. Pure.
 */
import { createHash } from 'node:crypto';

export interface ValidateOptions {
  /** Report a resource without `dialect` (exhibit packages and new editions declare one). */
  requireDialect?: boolean;
  /** Report a package without `licenses`. */
  requireLicense?: boolean;
}

type Json = Record<string, unknown>;

const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$|^(?:NaN|INF|-INF)$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const KNOWN_CONSTRAINTS = new Set(['required', 'unique', 'pattern', 'enum', 'minimum', 'maximum']);

/** RFC 4180 records with the terminator that ended each; throws on a quote that never closes. */
export function csvRecords(text: string, quote = '"', delimiter = ','): { cells: string[]; end: string }[] {
  const out: { cells: string[]; end: string }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === quote && text[i + 1] === quote) {
        cell += quote;
        i += 2;
      } else if (c === quote) {
        quoted = false;
        i += 1;
      } else {
        cell += c;
        i += 1;
      }
      continue;
    }
    if (c === quote && cell === '') {
      quoted = true;
      i += 1;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      const end = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
      cells.push(cell);
      out.push({ cells, end });
      cells = [];
      cell = '';
      i += end.length;
    } else {
      cell += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (cell !== '' || cells.length) {
    cells.push(cell);
    out.push({ cells, end: '' });
  }
  return out;
}

/** The cell as its field's type, or a reason it is not one. */
function cast(value: string, field: Json): { value: unknown } | { problem: string } {
  const type = (field.type as string | undefined) ?? 'string';
  switch (type) {
    case 'string':
      return { value };
    case 'number':
      return NUMBER.test(value) ? { value: Number(value.replace('INF', 'Infinity')) } : { problem: `"${value}" is not a number` };
    case 'integer':
      return INTEGER.test(value) ? { value: Number(value) } : { problem: `"${value}" is not an integer` };
    case 'boolean': {
      const t = (field.trueValues as string[] | undefined) ?? TRUE_VALUES;
      const f = (field.falseValues as string[] | undefined) ?? FALSE_VALUES;
      return t.includes(value) ? { value: true } : f.includes(value) ? { value: false } : { problem: `"${value}" is not a boolean (${[...t, ...f].join(', ')})` };
    }
    case 'date': {
      if (!DATE.test(value)) return { problem: `"${value}" is not a date (YYYY-MM-DD)` };
      const d = new Date(`${value}T00:00:00Z`);
      return d.toISOString().slice(0, 10) === value ? { value } : { problem: `"${value}" is not a real date` };
    }
    case 'year':
      return /^\d{4}$/.test(value) ? { value: Number(value) } : { problem: `"${value}" is not a year` };
    default:
      return { problem: `field type "${type}" is not one this validator knows` };
  }
}

/** Problems of one package (descriptor + its files): empty when valid. `file(path)` returns a resource's bytes. */
export function validatePackage(descriptor: Json, file: (path: string) => Uint8Array | undefined, opts: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  const pkgName = String(descriptor.name ?? '(unnamed)');
  if (descriptor.profile !== 'tabular-data-package') problems.push(`${pkgName}: profile is ${JSON.stringify(descriptor.profile)}, not "tabular-data-package"`);
  if (typeof descriptor.name !== 'string' || !/^[a-z0-9._-]+$/.test(descriptor.name)) problems.push(`${pkgName}: name must be lower-case letters, digits, ".", "_" or "-"`);
  const licenses = descriptor.licenses as Json[] | undefined;
  if (licenses !== undefined && (!Array.isArray(licenses) || licenses.some((l) => typeof l.name !== 'string' && typeof l.path !== 'string'))) {
    problems.push(`${pkgName}: every licence needs a name or a path`);
  }
  if (opts.requireLicense && !(Array.isArray(licenses) && licenses.length)) problems.push(`${pkgName}: no licenses`);
  const resources = descriptor.resources as Json[] | undefined;
  if (!Array.isArray(resources) || !resources.length) return [...problems, `${pkgName}: no resources`];
  for (const r of resources) problems.push(...validateResource(r, file, opts).map((p) => `${pkgName}/${String(r.path)}: ${p}`));
  return problems;
}

function validateResource(r: Json, file: (path: string) => Uint8Array | undefined, opts: ValidateOptions): string[] {
  const problems: string[] = [];
  const expect = (key: string, want: unknown) => {
    if (r[key] !== want) problems.push(`${key} is ${JSON.stringify(r[key])}, not ${JSON.stringify(want)}`);
  };
  expect('profile', 'tabular-data-resource');
  expect('format', 'csv');
  expect('mediatype', 'text/csv');
  expect('encoding', 'utf-8');
  const bytes = typeof r.path === 'string' ? file(r.path) : undefined;
  if (!bytes) return [...problems, `file ${JSON.stringify(r.path)} is missing`];
  if (r.bytes !== bytes.length) problems.push(`bytes is ${String(r.bytes)}, the file has ${bytes.length}`);
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (r.hash !== hash) problems.push(`hash ${String(r.hash)} does not match the file (${hash})`);

  const dialect = r.dialect as Json | undefined;
  if (!dialect && opts.requireDialect) problems.push('no dialect');
  const d = { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, ...(dialect ?? {}) };
  for (const [k, want] of Object.entries({ delimiter: ',', quoteChar: '"', doubleQuote: true, header: true })) {
    if (d[k as keyof typeof d] !== want) problems.push(`dialect.${k} is ${JSON.stringify(d[k as keyof typeof d])}; the files are written with ${JSON.stringify(want)}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [...problems, 'the file is not valid UTF-8'];
  }
  if (text.charCodeAt(0) === 0xfeff) problems.push('the file starts with a byte-order mark');
  let records: { cells: string[]; end: string }[];
  try {
    records = csvRecords(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return [...problems, `CSV: ${(err as Error).message}`];
  }
  if (dialect?.lineTerminator !== undefined) {
    const bad = records.findIndex((rec, i) => rec.end !== dialect.lineTerminator && !(rec.end === '' && i === records.length - 1));
    if (bad >= 0) problems.push(`record ${bad + 1} ends with ${JSON.stringify(records[bad]!.end)}, but dialect.lineTerminator is ${JSON.stringify(dialect.lineTerminator)}`);
  }

  const schema = r.schema as Json | undefined;
  const fields = (schema?.fields as Json[] | undefined) ?? [];
  if (!fields.length) return [...problems, 'schema has no fields'];
  const names = fields.map((f) => String(f.name));
  const header = records[0]?.cells ?? [];
  if (header.join(',') !== names.join(',')) problems.push(`header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`);
  const missing = (schema?.missingValues as string[] | undefined) ?? [''];
  for (const f of fields) {
    for (const k of Object.keys((f.constraints as Json | undefined) ?? {})) if (!KNOWN_CONSTRAINTS.has(k)) problems.push(`field "${String(f.name)}": constraint "${k}" is not one this validator knows`);
  }
  const pk = schema?.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? (schema.primaryKey as string[]) : [String(schema.primaryKey)];
  for (const k of pk) if (!names.includes(k)) problems.push(`primaryKey "${k}" is not a field`);
  const seen = new Map<string, Map<string, number>>();
  const keys = new Map<string, number>();
  records.slice(1).forEach((rec, idx) => {
    const row = idx + 2;
    if (rec.cells.length !== names.length) {
      problems.push(`row ${row} has ${rec.cells.length} cells, the schema ${names.length} fields`);
      return;
    }
    const values: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      const name = String(f.name);
      const raw = rec.cells[i]!;
      const c = (f.constraints as Json | undefined) ?? {};
      if (missing.includes(raw)) {
        values[name] = null;
        if (c.required === true) problems.push(`row ${row}, field "${name}": required but empty`);
        return;
      }
      const v = cast(raw, f);
      if ('problem' in v) {
        problems.push(`row ${row}, field "${name}" (${String(f.type ?? 'string')}): ${v.problem}`);
        return;
      }
      values[name] = v.value;
      if (typeof c.pattern === 'string' && !new RegExp(`^(?:${c.pattern})$`, 'u').test(raw)) problems.push(`row ${row}, field "${name}": "${raw}" does not match pattern ${c.pattern}`);
      if (Array.isArray(c.enum) && !c.enum.some((e) => e === v.value || String(e) === raw)) problems.push(`row ${row}, field "${name}": "${raw}" is not in enum`);
      if (typeof c.minimum === 'number' && typeof v.value === 'number' && v.value < c.minimum) problems.push(`row ${row}, field "${name}": ${raw} is below minimum ${c.minimum}`);
      if (typeof c.maximum === 'number' && typeof v.value === 'number' && v.value > c.maximum) problems.push(`row ${row}, field "${name}": ${raw} is above maximum ${c.maximum}`);
      if (c.unique === true) {
        const m = seen.get(name) ?? new Map<string, number>();
        seen.set(name, m);
        const first = m.get(raw);
        if (first !== undefined) problems.push(`row ${row}, field "${name}": "${raw}" repeats row ${first} (unique)`);
        else m.set(raw, row);
      }
    });
    if (pk.length) {
      if (pk.some((k) => values[k] === null || values[k] === undefined)) problems.push(`row ${row}: primary key ${pk.join(', ')} is empty`);
      const key = JSON.stringify(pk.map((k) => values[k]));
      const first = keys.get(key);
      if (first !== undefined) problems.push(`row ${row}: primary key ${key} repeats row ${first}`);
      else keys.set(key, row);
    }
  });
  return problems;
}
