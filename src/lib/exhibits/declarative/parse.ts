/**
 * Reads a declarative exhibit file: YAML (with positions) -> a validated ExhibitDeclaration, or a DataError
 * listing every problem as file:line:column, what is wrong and what to do (closest valid field or value).
 * Pure: the caller reads the file.
 */
import type { z } from 'zod';
import { problemsError, type Problem } from '../../data/errors.ts';
import { closest } from '../../data/suggest.ts';
import { parsePositioned, pathText, positionOf, type PositionedYaml, type YamlPath } from '../../yaml/positioned.ts';
import { DECLARATIVE_CHARTS, ExhibitDeclaration } from './schema.ts';


export interface ParsedExhibit extends PositionedYaml {
  /** The exhibit id: the file name without `.yaml`. */
  id: string;
  declaration: ExhibitDeclaration;
}

/** Where a problem is: enough of a parsed file to turn a YAML path into file:line:column. */
export type Positioned = PositionedYaml;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Field names of the object schema at `path` (following the declaration's chart kind), for "did you mean". */
function fieldsAt(path: YamlPath, data: unknown): string[] {
  let schema: z.ZodType = ExhibitDeclaration;
  let value: unknown = data;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let cur = s;
    for (;;) {
      const def = cur.def as { type: string; innerType?: z.ZodType; options?: z.ZodType[] };
      if ((def.type === 'optional' || def.type === 'default') && def.innerType) cur = def.innerType;
      else if (def.type === 'union' && def.options) {
        // The object member of a union (e.g. a labelled row next to a plain id), else the union itself.
        const obj = def.options.map(unwrap).find((o) => (o.def as { type: string }).type === 'object');
        if (!obj) return cur;
        cur = obj;
      } else return cur;
    }
  };
  const objectOf = (s: z.ZodType, v: unknown): z.ZodType => {
    const u = unwrap(s);
    const def = u.def as { type: string; options?: z.ZodType[] };
    if (def.type === 'union' && def.options && v && typeof v === 'object') {
      // The discriminated union: the member for this chart kind.
      const chart = (v as { chart?: unknown }).chart;
      const member = def.options.find((o) => {
        const shape = (o as z.ZodObject).shape as Record<string, z.ZodType>;
        const c = shape.chart?.def as { type: string; values?: unknown[]; entries?: Record<string, unknown> } | undefined;
        return c && (c.values?.includes(chart) || Object.values(c.entries ?? {}).includes(chart));
      });
      return member ?? def.options[0]!;
    }
    return u;
  };
  schema = objectOf(schema, value);
  for (const seg of path) {
    const def = schema.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[seg] : undefined;
    if (def.type === 'object' && typeof seg === 'string') schema = objectOf((schema as z.ZodObject).shape[seg] as z.ZodType, value);
    else if (def.type === 'array' && def.element) schema = objectOf(def.element, value);
    else if (def.type === 'record' && def.valueType) schema = objectOf(def.valueType, value);
    else return [];
    if (!schema) return [];
  }
  const def = schema.def as { type: string };
  return def.type === 'object' ? Object.keys((schema as z.ZodObject).shape) : [];
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v === 'string' ? 'the text' : `the ${typeof v}`} ${JSON.stringify(v)}`;
}

/** One zod issue as positioned problems. */
function issueProblems(p: Positioned, issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = issue.path as (string | number)[];
  const where = pathText(path);
  const got = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const fields = fieldsAt(path, data);
      return issue.keys.map((key) => {
        const near = closest(key, fields, 1);
        return {
          ...positionOf(p, [...path, key], 'key'),
          message: `Unknown field "${key}"${where ? ` in ${where}` : ''}.`,
          hint: `${near.length ? `Did you mean "${near[0]}"? ` : ''}Fields here: ${fields.join(', ')}.`,
        };
      });
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator === 'chart') {
        const chart = valueAt(data, ['chart']);
        if (chart === undefined) return [{ ...positionOf(p, []), message: 'The field "chart" is missing.', hint: `Add chart: with one of ${DECLARATIVE_CHARTS.join(', ')}.` }];
        const near = typeof chart === 'string' ? closest(chart, DECLARATIVE_CHARTS, 1) : [];
        const ts = chart === 'scatter' || chart === 'timeline';
        return [
          {
            ...positionOf(p, ['chart']),
            message: `chart: ${describe(chart).replace(/^the text /, '')} is not a chart kind a declarative exhibit can have.`,
            hint: ts
              ? `Scatter charts and timelines place each point from more than one row or event: write them as a TypeScript build() in the article's exhibits.ts.`
              : `${near.length ? `Did you mean "${near[0]}"? ` : ''}Use one of ${DECLARATIVE_CHARTS.join(', ')}.`,
          },
        ];
      }
      const expected = [...new Set(issue.errors.flatMap((errs) => errs.filter((e) => e.path.length === 0).map((e) => ('expected' in e ? String(e.expected) : ''))))].filter(Boolean);
      const forms = expected.map((e) => ({ string: 'a text', array: 'a list', object: 'a mapping' })[e] ?? e);
      return [{ ...positionOf(p, path), message: `${where} is ${describe(got)}; it should be ${forms.join(' or ') || 'another form'}.`, hint: 'See README.md, “Adding an exhibit”, for the form of each field.' }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const near = typeof got === 'string' ? closest(got, values, 1) : [];
      return [
        {
          ...positionOf(p, path),
          message: `${where}: ${describe(got).replace(/^the text /, '')} is not one of the allowed values.`,
          hint: `${near.length ? `Did you mean "${near[0]}"? ` : ''}Allowed: ${values.join(', ')}.`,
        },
      ];
    }
    case 'invalid_type': {
      if (got === undefined) return [{ ...positionOf(p, path), message: `The field "${where}" is missing.`, hint: `Add ${String(path[path.length - 1])}: (${issue.expected === 'string' ? 'a text' : issue.expected === 'array' ? 'a list' : issue.expected}).` }];
      const want = ({ string: 'a text', array: 'a list', object: 'a mapping', number: 'a number', boolean: 'true or false' } as Record<string, string>)[issue.expected] ?? issue.expected;
      return [{ ...positionOf(p, path), message: `${where} is ${describe(got)}; it should be ${want}.` }];
    }
    case 'too_small':
      return [{ ...positionOf(p, path), message: `${where} ${issue.origin === 'array' ? 'must list at least one item' : issue.origin === 'string' ? 'must not be empty' : issue.message.toLowerCase()}.` }];
    default:
      return [{ ...positionOf(p, path), message: `${where || 'The file'}: ${issue.message}.` }];
  }
}

/**
 * Parses and validates one exhibit file. Throws a DataError naming file:line:column of every problem:
 * YAML syntax first (nothing else can be checked then), else every schema problem at once.
 */
export function parseExhibitFile(file: string, source: string): ParsedExhibit {
  const id = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
  const action = 'Fix the file: README.md, “Adding an exhibit”, describes every field.';
  // YAML syntax first: nothing else can be checked then.
  const p = parsePositioned(source, file, { summary: `Exhibit file ${file} is not valid YAML`, action });
  const problems: Problem[] = [];
  if (!ID.test(id)) {
    problems.push({ file, line: 1, column: 1, message: `The file name "${id}" is not a valid exhibit id.`, hint: 'Name the file <id>.yaml with lower-case words joined by hyphens, like adoption-speed.yaml.' });
  }
  const data = p.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 1, column: 1, message: 'The file should be a mapping of fields (title:, takeaway:, chart:, …).' });
    throw problemsError(`Exhibit file ${file} is not valid`, problems, action);
  }
  const result = ExhibitDeclaration.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues;
    // "series is missing" says nothing new next to "unknown field serie, did you mean series?".
    const misspelt = new Set(
      issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.flatMap((k) => closest(k, fieldsAt(i.path as YamlPath, data), 1).map((f) => pathText([...(i.path as YamlPath), f]))) : [])),
    );
    for (const issue of issues) {
      if (issue.code === 'invalid_type' && valueAt(data, issue.path as YamlPath) === undefined && misspelt.has(pathText(issue.path as YamlPath))) continue;
      problems.push(...issueProblems(p, issue, data));
    }
  }
  if (problems.length || !result.success) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw problemsError(`Exhibit file ${file} is not valid`, problems, action);
  }
  return { ...p, id, declaration: result.data };
}
