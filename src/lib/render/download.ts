/**
 * The download of one exhibit: exactly the plotted data as a long-format CSV, and a Frictionless
 * datapackage.json describing it. Pure: the source registry is passed in. Same spec, same bytes.
 */
import { hashBytes } from '../data/hash.ts';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { getSource } from '../sources/registry.ts';
import type { SourceRegistry } from '../sources/schema.ts';

/** CSV columns in file order, with their Table Schema type and description. */
const COLUMNS = [
  { name: 'series', type: 'string', description: 'Series label as shown in the chart legend.' },
  { name: 'x', type: 'string', description: 'Category, or the x value for numeric axes.' },
  { name: 'label', type: 'string', description: 'The point\'s name (scatter) or the text shown for the value (e.g. "~$100bn"), if any.' },
  { name: 'qualifier', type: 'string', description: 'As published: "~" approximately, ">" more than, "<" less than; empty when exact.' },
  { name: 'value', type: 'number', description: 'The plotted value, in `unit` and `scale`; empty where there is no value. For timeline spans, the end.' },
  { name: 'low', type: 'number', description: 'Low end of a published range, if any.' },
  { name: 'high', type: 'number', description: 'High end of a published range, if any.' },
  { name: 'start', type: 'number', description: 'Start of a timeline span, if any.' },
  { name: 'unit', type: 'string', description: 'Unit of value/low/high (see the site\'s units list).' },
  { name: 'scale', type: 'string', description: 'Multiplier of value/low/high: one, thousand, million, billion or trillion.' },
  { name: 'kind', type: 'string', description: 'reported, guidance, estimate or derived.' },
  { name: 'unconfirmed', type: 'boolean', description: 'true when any input is unconfirmed (not verified against a primary source).' },
  { name: 'source_keys', type: 'string', description: 'Dataset row ids the value was read or computed from, separated by spaces.' },
] as const;

type Cell = string | number | boolean | null | undefined;

export function exhibitCsv(spec: ExhibitSpec): string {
  const unit = spec.y.unit ?? '';
  const scale = spec.y.scale ?? (spec.y.unit ? 'one' : '');
  const lines = [COLUMNS.map((c) => c.name).join(',')];
  for (const s of spec.series) {
    for (const p of s.points) {
      const row: Cell[] = [s.label, p.x, p.label, p.qualifier, p.y, p.low, p.high, p.y0, unit, scale, p.kind, p.unconfirmed, p.keys.join(' ')];
      lines.push(row.map(csvCell).join(','));
    }
  }
  // RFC 4180: CRLF after every record, the last included.
  return `${lines.join('\r\n')}\r\n`;
}

/** One CSV field: numbers as numbers; text guarded against spreadsheet formulas, then quoted if needed. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`Cannot write ${v} to a CSV download: values must be finite numbers. Check the exhibit function that built this spec.`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // A text cell starting with = + - @ (or tab/CR) runs as a formula in spreadsheets.
  const guarded = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** datapackage.json for the download, with the CSV's sha256 and byte count. Keys sorted, two-space indent. */
export function exhibitDatapackage(spec: ExhibitSpec, registry: SourceRegistry, csv: string = exhibitCsv(spec)): string {
  const ids = [...new Set(spec.sources.map((r) => r.id))];
  const pkg = {
    profile: 'tabular-data-package',
    name: spec.id,
    title: spec.title,
    description: spec.takeaway,
    version: spec.edition,
    asOf: spec.asOf,
    notes: spec.notes,
    sources: ids.map((id) => {
      const e = getSource(registry, id);
      return e.URL ? { title: e.title, path: e.URL } : { title: e.title };
    }),
    resources: [
      {
        name: 'data',
        path: 'data.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: new TextEncoder().encode(csv).length,
        hash: hashBytes(csv),
        schema: {
          fields: COLUMNS.map((c) => ({
            ...c,
            ...(c.name === 'x' && spec.x.type !== 'category'
              ? { type: 'number', description: `${spec.x.label}${spec.x.unit ? ` (${spec.x.unit}, ${spec.x.scale ?? 'one'})` : ''}.` }
              : {}),
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(sortKeys(pkg), null, 2)}\n`;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
