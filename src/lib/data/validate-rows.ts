/**
 * Row-level checks for validate.ts: the CSV header against the canonical fields, then each cell cast to
 * its Table Schema type with a message that quotes the cell and says how to write it. Pure.
 */
import type { CsvCell, CsvRow } from './csv.ts';
import type { Problem } from './errors.ts';
import { CANONICAL_FIELDS, EventRow, expectedFields, ObservationRow, OPTIONAL_FIELDS, type Resource, type TableField } from './schema.ts';
import { closest } from './suggest.ts';
import { periodProblem } from './period-format.ts';
import { checkConflict, type SeenFigure } from './validate-conflicts.ts';

export interface RowContext {
  folder: string;
  registryIds: Set<string>;
  problems: Problem[];
  /** Row id -> where it was first defined (`file:line`), across all tables of the edition. */
  ids: Map<string, string>;
  /** `table|subject|metric` -> the first row's unit/scale and location, to catch mixed series. */
  series: Map<string, { unit: string; scale: string; at: string }>;
  /** Figure key (validate-conflicts.ts) -> the rows giving it so far, to catch conflicting duplicates. */
  figures: Map<string, SeenFigure[]>;
}

/** How an enum column's values are named in messages. */
const ENUM_NOUN: Record<string, string> = {
  unit: 'unit',
  scale: 'scale',
  kind: 'kind',
  confidence: 'confidence code',
  period_type: 'period type',
  qualifier: 'qualifier',
  phase: 'phase',
};

const PATTERN_HINT: Record<string, string> = {
  id: 'use lowercase letters and digits in words joined by dots or dashes, e.g. capex.amazon.2024.',
  fiscal_year_end: 'write the day the fiscal year ends as MM-DD (06-30), or a 52/53-week rule: last-sun-jan (last Sunday of January) or nearest-sun-jan (Sunday nearest 31 January).',
};

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const BOOLEAN: Record<string, boolean> = { true: true, false: false };
const OPTIONAL_NAMES = new Set(Object.values(OPTIONAL_FIELDS).flatMap((list) => list.map((f) => f.name)));
const INTEGER = /^-?\d+$/;

/** Checks the header row; returns false (after recording problems) when rows cannot be mapped to fields. */
export function checkHeader(header: CsvRow | undefined, canonical: TableField[], file: string, problems: Problem[]): boolean {
  const expected = canonical.map((f) => f.name);
  const expectedLine = expected.join(',');
  if (!header) {
    problems.push({ file, message: 'is empty.', hint: `start the file with the header line: ${expectedLine}` });
    return false;
  }
  const names = header.cells.map((c) => c.value.trim());
  const before = problems.length;
  for (const f of canonical) {
    if (!names.includes(f.name)) {
      problems.push({
        file,
        line: header.line,
        message: `header is missing column "${f.name}"${f.constraints?.required ? ' (required)' : ''}.`,
        hint: `the header must be exactly: ${expectedLine}`,
      });
    }
  }
  for (const c of header.cells) {
    const name = c.value.trim();
    if (!expected.includes(name) && OPTIONAL_NAMES.has(name)) {
      problems.push({
        file,
        line: c.line,
        column: c.column,
        message: `header has the optional column "${name}", but datapackage.json does not declare it for this table.`,
        hint: 'in a draft edition, run `npm run data -- validate <version> --fix-hashes`, which declares the optional columns each CSV header uses.',
      });
    } else if (!expected.includes(name)) {
      const near = closest(name, expected, 1);
      problems.push({
        file,
        line: c.line,
        column: c.column,
        message: `header has column "${name}", which is not part of this table${near.length ? ` (did you mean "${near[0]}"?)` : ''}.`,
        hint: `remove or rename it; the header must be exactly: ${expectedLine}`,
      });
    } else if (names.indexOf(name) !== c.index) {
      problems.push({ file, line: c.line, column: c.column, message: `header repeats column "${name}".`, hint: `the header must be exactly: ${expectedLine}` });
    }
  }
  if (problems.length === before && names.join(',') !== expectedLine) {
    const at = names.findIndex((n, i) => n !== expected[i]);
    const cell = header.cells[at];
    problems.push({
      file,
      line: header.line,
      column: cell?.column,
      message: `columns are out of order: column ${at + 1} is "${names[at]}" but should be "${expected[at]}".`,
      hint: `order the columns exactly as: ${expectedLine}`,
    });
  }
  return problems.length === before;
}

function canonicalEnum(name: string): string[] {
  return [...CANONICAL_FIELDS.observations, ...CANONICAL_FIELDS.events].find((f) => f.name === name)?.constraints?.enum ?? [];
}

type Cast = { ok: true; value: string | number | boolean | null } | { ok: false };

function castCell(field: TableField, cell: CsvCell, file: string, tableType: string, problems: Problem[], optional: string[]): Cast {
  const raw = cell.value;
  const at = { file, line: cell.line, column: cell.column };
  if (raw === '') {
    if (field.constraints?.required) {
      problems.push({
        ...at,
        message: `column "${field.name}" is empty, but every ${tableType} row needs it.`,
        hint: `only these columns may be left empty: ${optional.join(', ')}.`,
      });
      return { ok: false };
    }
    return { ok: true, value: field.name === 'qualifier' ? '' : null };
  }
  if (raw !== raw.trim()) {
    problems.push({ ...at, message: `column "${field.name}": "${raw}" has spaces at the start or end.`, hint: 'remove the spaces around the value.' });
    return { ok: false };
  }
  if (field.type === 'number') {
    if (!NUMBER.test(raw)) {
      problems.push({
        ...at,
        message: `column "${field.name}": "${raw}" is not a number.`,
        hint: 'write a plain decimal with a dot, e.g. 80.5 or -3: no thousands separators, currency signs, units or % (the unit and scale columns carry those).',
      });
      return { ok: false };
    }
    return { ok: true, value: Number(raw) };
  }
  if (field.type === 'boolean') {
    if (!(raw in BOOLEAN)) {
      problems.push({ ...at, message: `column "${field.name}": "${raw}" is not true or false.`, hint: 'write true or false in lowercase, or leave the cell empty.' });
      return { ok: false };
    }
    return { ok: true, value: BOOLEAN[raw]! };
  }
  if (field.type === 'integer') {
    if (!INTEGER.test(raw)) {
      problems.push({ ...at, message: `column "${field.name}": "${raw}" is not a whole number.`, hint: 'write digits only, e.g. 1956.' });
      return { ok: false };
    }
    return { ok: true, value: Number(raw) };
  }
  const allowed = field.constraints?.enum;
  if (allowed && !allowed.includes(raw) && canonicalEnum(field.name).includes(raw)) {
    problems.push({
      ...at,
      message: `column "${field.name}": "${raw}" is a known ${ENUM_NOUN[field.name] ?? 'value'} but this edition's datapackage.json does not list it.`,
      hint: `add "${raw}" to the constraints.enum of field "${field.name}" in datapackage.json (editions started with \`npm run data -- new\` get the current list).`,
    });
    return { ok: false };
  }
  if (allowed && !allowed.includes(raw)) {
    const noun = ENUM_NOUN[field.name] ?? 'value';
    const near = closest(raw, allowed.filter(Boolean), 1);
    problems.push({
      ...at,
      message: `column "${field.name}": "${raw}" is not a known ${noun}${near.length ? ` (did you mean "${near[0]}"?)` : ''}.`,
      hint: `use one of: ${allowed.map((v) => (v === '' ? '(empty)' : v)).join(', ')}${field.name === 'unit' || field.name === 'scale' ? ' (defined in src/lib/data/units.ts)' : ''}.`,
    });
    return { ok: false };
  }
  const pattern = field.constraints?.pattern;
  if (pattern && !new RegExp(pattern).test(raw)) {
    problems.push({ ...at, message: `column "${field.name}": "${raw}" is not a valid ${field.name === 'id' ? 'id' : field.name}.`, hint: PATTERN_HINT[field.name] ?? `match the pattern ${pattern}.` });
    return { ok: false };
  }
  return { ok: true, value: raw };
}

/** Decimals written in a number cell, capped at 3: the default precision for printing it. */
export function writtenDecimals(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : Math.min(3, raw.length - dot - 1);
}

const label = (unit: string, scale: string) => `${unit}${scale === 'one' ? '' : ` (${scale})`}`;

/** Casts and checks one data row; records problems and returns undefined when the row is unusable. */
export function castRow(row: CsvRow, resource: Resource, file: string, ctx: RowContext): { row: ObservationRow | EventRow; digits: number } | undefined {
  const type = resource['x-table-type'];
  // Cast by the canonical fields, not the declared ones, so a wrong declaration is reported once rather
  // than per cell; only a declared enum (a subset, checked in validate.ts) narrows what a cell may hold.
  const declared = new Map(resource.schema.fields.map((f) => [f.name, f.constraints?.enum]));
  const fields = expectedFields(type, resource.schema.fields).map((f) => {
    const own = declared.get(f.name);
    return own && f.constraints?.enum ? { ...f, constraints: { ...f.constraints, enum: own } } : f;
  });
  const { problems } = ctx;
  const last = row.cells[row.cells.length - 1];
  if (row.cells.length !== fields.length) {
    problems.push({
      file,
      line: row.line,
      column: last?.column,
      message: `row has ${row.cells.length} cells but the header has ${fields.length}.`,
      hint: 'put a cell that contains a comma in double quotes, e.g. "Meta Platforms, Inc.", and give every row one cell per column (empty cells still need their comma).',
    });
    return undefined;
  }
  const optional = fields.filter((f) => !f.constraints?.required).map((f) => f.name);
  const record: Record<string, string | number | boolean | null> = {};
  let ok = true;
  fields.forEach((field, i) => {
    const cast = castCell(field, row.cells[i]!, file, type, problems, optional);
    // An empty optional column is left out of the row, as if the table did not have it.
    if (cast.ok && !(cast.value === null && OPTIONAL_NAMES.has(field.name))) record[field.name] = cast.value;
    else if (!cast.ok) ok = false;
  });
  if (!ok) return undefined;

  const cellOf = (name: string) => row.cells[fields.findIndex((f) => f.name === name)] ?? row.cells[0]!;
  const at = (name: string) => ({ file, line: cellOf(name).line, column: cellOf(name).column });
  const parsed = type === 'observations' ? ObservationRow.safeParse(record) : EventRow.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'id');
      problems.push({ ...at(name), message: `column "${name}": ${issue.message}.` });
    }
    return undefined;
  }
  const data = parsed.data;
  let valid = true;
  const here = `${file}:${row.line}`;
  const first = ctx.ids.get(data.id);
  if (first) {
    problems.push({ ...at('id'), message: `id "${data.id}" is already used at ${first}.`, hint: 'ids are unique across every table of the edition; rename one of the rows.' });
    valid = false;
  } else {
    ctx.ids.set(data.id, here);
  }
  if (!ctx.registryIds.has(data.source)) {
    const near = closest(data.source, ctx.registryIds);
    problems.push({
      ...at('source'),
      message: `column "source": "${data.source}" is not in the source registry.${near.length ? ` Closest ids: ${near.join(', ')}.` : ''}`,
      hint: 'add the source to content/sources.json (with its S-number from research/facts.md in "note") or correct the id.',
    });
    valid = false;
  }
  if ('unit' in data) {
    const obs = data;
    const period = periodProblem(obs.period, obs.period_type, obs.fiscal_year_end);
    if (period) {
      problems.push({ ...at(period.message.startsWith('column "fiscal_year_end"') ? 'fiscal_year_end' : 'period'), ...period });
      valid = false;
    }
    if (obs.low !== null && obs.high !== null && !(obs.low <= obs.value && obs.value <= obs.high)) {
      problems.push({ ...at('value'), message: `value ${obs.value} is outside its range low ${obs.low} to high ${obs.high}.`, hint: 'for a range, set value inside it (e.g. the midpoint) with low <= value <= high.' });
      valid = false;
    }
    const key = `${resource.name}|${obs.subject}|${obs.metric}`;
    const prior = ctx.series.get(key);
    if (!prior) ctx.series.set(key, { unit: obs.unit, scale: obs.scale, at: here });
    else if (prior.unit !== obs.unit || prior.scale !== obs.scale) {
      problems.push({
        ...at(prior.unit !== obs.unit ? 'unit' : 'scale'),
        message: `series "${obs.subject}" / "${obs.metric}" is in ${label(obs.unit, obs.scale)} here but in ${label(prior.unit, prior.scale)} at ${prior.at}.`,
        hint: 'use one unit and scale for every row of a series so charts compare like with like: convert the value (1500 with scale million is 1.5 with scale billion).',
      });
      valid = false;
    }
    // Only rows that are otherwise valid are compared, so one typo is not also reported as a conflict.
    const conflict = valid ? checkConflict(ctx.figures, obs, here, at('id')) : undefined;
    if (conflict) {
      problems.push(conflict);
      valid = false;
    }
  } else if (data.end !== null && data.end < data.start) {
    problems.push({ ...at('end'), message: `end ${data.end} is before start ${data.start}.`, hint: 'write the earlier year in start.' });
    valid = false;
  }
  if (!valid) return undefined;
  // A range is printed by its ends, so its precision is theirs.
  const written = (name: string) => writtenDecimals(cellOf(name).value);
  const digits = 'unit' in data && data.low !== null ? Math.max(written('low'), written('high')) : written('value');
  return { row: data, digits };
}
