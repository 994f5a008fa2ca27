/**
 * The download of one exhibit: exactly the plotted data as a long-format CSV, and a Frictionless
 * datapackage.json describing it. Pure: the source registry is passed in. Same spec, same bytes.
 */
import { hashBytes } from '../data/hash.ts';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { specValues } from '../exhibits/values.ts';
import { getSource } from '../sources/registry.ts';
import type { SourceRegistry } from '../sources/schema.ts';

/** CSV columns in file order, with their Table Schema type and description. */
const COLUMNS = [
  { name: 'series', type: 'string', description: 'Series label as shown in the chart legend, or the column of a table.' },
  { name: 'x', type: 'string', description: 'Category, or the row of a table.' },
  { name: 'name', type: 'string', description: 'What the value is (a scatter point\'s model), or the words of a text cell of a table; empty otherwise.' },
  { name: 'qualifier', type: 'string', description: 'As published: "~" approximately, ">" more than, "<" less than; empty when exact.' },
  { name: 'value', type: 'number', description: 'The value, in `unit` and `scale`; empty where there is no value.' },
  { name: 'low', type: 'number', description: 'Low end of a published range, if any, in `unit` and `scale`.' },
  { name: 'high', type: 'number', description: 'High end of a published range, if any, in `unit` and `scale`.' },
  { name: 'start', type: 'integer', description: 'First year of a timeline span or event, if any.' },
  { name: 'end', type: 'integer', description: 'Last year of a timeline span (the dataset edition\'s year for an ongoing one), if any.' },
  { name: 'unit', type: 'string', description: 'Unit of value/low/high (see the site\'s units list); set on every row with a value.' },
  { name: 'scale', type: 'string', description: 'Multiplier of value/low/high: one, thousand, million, billion or trillion; set on every row with a value.' },
  { name: 'kind', type: 'string', description: 'reported, guidance, estimate or derived.' },
  { name: 'unconfirmed', type: 'boolean', description: 'true when any input is unconfirmed (not verified against a primary source).' },
  { name: 'edition', type: 'string', description: 'Dataset edition the source keys were read from, when it is not the package\'s `version` (empty otherwise).' },
  { name: 'source_keys', type: 'string', description: 'Dataset row ids the value was read or computed from, separated by spaces.' },
  { name: 'note', type: 'string', description: 'What this value is, as its dataset row notes it (definition, coverage, assumption); empty when the row has no note.' },
] as const;

type CsvCell = string | number | boolean | null | undefined;

/**
 * One CSV row per plotted point or per table cell, each with its own unit and scale (`measureOf` a point,
 * `cellMeasure` a cell), so rows in different scales never share a column of bare numbers. Timeline rows
 * are years, written as start and end, not as values. Text cells go to `name`.
 */
export function exhibitCsv(spec: ExhibitSpec): string {
  const lines = [COLUMNS.map((c) => c.name).join(',')];
  for (const v of specValues(spec)) {
    const p = v.value;
    const timeline = spec.chart === 'timeline';
    const hasValue = !v.text && !timeline && p.y !== null;
    const name = v.text ? ('text' in p ? p.text : undefined) : 'name' in p ? p.name : undefined;
    const start = timeline && 'x' in p ? (p.y0 ?? p.y) : undefined;
    const end = timeline ? p.y : undefined;
    const row: CsvCell[] = [
      v.group,
      v.at,
      name,
      v.text ? '' : p.qualifier,
      hasValue ? p.y : undefined,
      hasValue ? p.low : undefined,
      hasValue ? p.high : undefined,
      start,
      end,
      hasValue ? (v.measure.unit ?? '') : '',
      hasValue ? v.measure.scale : '',
      v.text ? '' : p.kind,
      v.text ? '' : p.unconfirmed,
      // Only a value read from another edition names it; the rest are the package's `version`, so a new
      // edition that leaves an exhibit's values alone leaves its CSV byte-identical.
      v.text ? '' : (p.edition ?? ''),
      p.keys.join(' '),
      p.note,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  // RFC 4180: CRLF after every record, the last included.
  return `${lines.join('\r\n')}\r\n`;
}

/** One CSV field: numbers as numbers; text guarded against spreadsheet formulas, then quoted if needed. */
export function csvCell(v: CsvCell): string {
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

/** A licence as a Data Package lists it. */
export interface PackageLicense {
  name: string;
  path: string;
  title: string;
}

/** How exhibitCsv writes: RFC 4180 with CRLF (Frictionless CSV Dialect). */
export const EXHIBIT_DIALECT = { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\r\n', quoteChar: '"' } as const;

/**
 * datapackage.json for the download, with the CSV's sha256 and byte count, its dialect and the licence of
 * the dataset edition its figures come from (`licenses`, from that edition's datapackage.json). Keys sorted,
 * two-space indent.
 */
export function exhibitDatapackage(spec: ExhibitSpec, registry: SourceRegistry, licenses: PackageLicense[], csv: string = exhibitCsv(spec)): string {
  if (!licenses.length) throw new Error(`The download of exhibit "${spec.id}" needs a licence: dataset edition ${spec.edition} lists none in its datapackage.json "licenses".`);
  const ids = [...new Set(spec.sources.map((r) => r.id))];
  const pkg = {
    profile: 'tabular-data-package',
    name: spec.id,
    title: spec.title,
    description: spec.takeaway,
    version: spec.edition,
    asOf: spec.asOf,
    licenses: licenses.map(({ name, path, title }) => ({ name, path, title })),
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
        dialect: EXHIBIT_DIALECT,
        bytes: new TextEncoder().encode(csv).length,
        hash: hashBytes(csv),
        schema: {
          fields: COLUMNS.map((c) => ({
            ...c,
            // x holds numbers only on a numeric axis, and only if every row's x is one (a reference line
            // on a scatter chart is named, not placed); categories, table rows and events are words.
            ...(c.name === 'x' && spec.chart !== 'table' && spec.x.type !== 'category' && specValues(spec).every((v) => typeof v.at === 'number')
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
