/**
 * Zod issues rewritten for the people who typed the input: an analyst editing site.yaml or an author
 * writing `<Exhibit … />`. Each issue becomes "what is wrong" plus "what to write instead", naming the
 * closest valid key or option (src/lib/data/suggest.ts), so nobody has to read a raw ZodError.
 * Pure: the caller adds positions (YAML line:column, the component's name).
 */
import type { z } from 'zod';
import { closest } from '../data/suggest.ts';

export type IssuePath = (string | number)[];

export interface FriendlyIssue {
  /** Path of the offending value; for an unknown key, the path of the object that holds it. */
  path: IssuePath;
  /** Set for unknown keys: the key as written (callers point at it rather than at its object). */
  unknownKey?: string;
  message: string;
  hint: string;
}

export interface IssueWords {
  /** What a key is called here: "key" in a YAML file, "prop" on a component. */
  field: string;
  /** How to add a missing field, e.g. (name) => `add \`${name}: …\``. */
  addMissing: (name: string) => string;
}

type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  in?: Schema;
}
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional/default/nullable/pipe wrappers down to the schema that says what the value is. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    const d = defOf(s);
    if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault' || d.type === 'readonly') && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

/** The schema of the value at `path`, or undefined where the path leaves the schema. */
export function schemaAt(schema: Schema, path: IssuePath): Schema | undefined {
  let s: Schema | undefined = unwrap(schema);
  for (const part of path) {
    if (!s) return undefined;
    const d = defOf(s);
    if (typeof part === 'number' && d.type === 'array' && d.element) s = unwrap(d.element);
    else if (typeof part === 'string' && d.type === 'object' && d.shape?.[part]) s = unwrap(d.shape[part]);
    else return undefined;
  }
  return s;
}

/** The keys an object schema at `path` accepts, in declaration order. */
export function keysAt(schema: Schema, path: IssuePath): string[] {
  const s = schemaAt(schema, path);
  const shape = s ? defOf(s).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

/** `colors.brand`, `takeaways[2]`. */
export function pathName(path: IssuePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** A value as quoted in a message: strings in quotes, long ones cut. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  if (Array.isArray(v)) return v.length ? `a list of ${v.length}` : 'an empty list';
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'object') return 'a group of keys';
  return String(v);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of keys',
};

/** Zod's own wording starts like this; a schema's custom message ("write the date as …") does not. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function sizeRule(issue: { code: string; origin?: string; minimum?: unknown; maximum?: unknown }): string {
  const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') return issue.code === 'too_small' ? `list at least ${n} item${n === 1 ? '' : 's'}` : `list at most ${n} item${n === 1 ? '' : 's'}`;
  if (issue.origin === 'string') return issue.code === 'too_small' ? (n <= 1 ? 'it must not be empty' : `write at least ${n} characters`) : `write at most ${n} characters`;
  return issue.code === 'too_small' ? `use a number of at least ${n}` : `use a number of at most ${n}`;
}

function options(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Every issue of a failed parse, in the order zod reported them, one entry per unknown key. */
export function friendlyIssues(schema: Schema, input: unknown, issues: readonly z.core.$ZodIssue[], words: IssueWords): FriendlyIssue[] {
  const out: FriendlyIssue[] = [];
  for (const issue of issues) {
    const path = issue.path as IssuePath;
    const name = pathName(path) || '(top level)';
    const value = valueAt(input, path);
    const custom = !DEFAULT_MESSAGE.test(issue.message);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const valid = keysAt(schema, path);
        for (const key of issue.keys) {
          const near = closest(key, valid, 1)[0];
          const where = path.length ? ` in ${pathName(path)}` : '';
          out.push({
            path,
            unknownKey: key,
            message: `unknown ${words.field} "${key}"${where}.`,
            hint: `${near ? `did you mean "${near}"? ` : ''}Valid ${words.field}s${where}: ${valid.join(', ')}.`,
          });
        }
        break;
      }
      case 'invalid_type': {
        const leaf = String(path[path.length - 1] ?? name);
        if (value === undefined) {
          out.push({ path, message: `"${name}" is missing.`, hint: `${words.addMissing(leaf)}.` });
        } else {
          const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
          out.push({ path, message: `"${name}" is ${showValue(value)}, but it must be ${expected}.`, hint: custom ? issue.message : `write ${expected} there.` });
        }
        break;
      }
      case 'invalid_value': {
        const near = closest(String(value), issue.values.map(String), 1)[0];
        out.push({
          path,
          message: `"${name}" is ${showValue(value)}, which is not one of its options.`,
          hint: `${near ? `did you mean ${JSON.stringify(near)}? ` : ''}Valid options: ${options(issue.values)}.`,
        });
        break;
      }
      case 'too_small':
      case 'too_big':
        out.push({ path, message: `"${name}" is ${showValue(value)}.`, hint: custom ? issue.message : sizeRule(issue as never) });
        break;
      default:
        out.push({ path, message: `"${name}" is ${showValue(value)}, which is not valid.`, hint: custom ? issue.message : issue.message.replace(/^Invalid input: /, '') });
    }
  }
  // Schema messages are phrases ("write the date as …"); printed as hints they end like sentences.
  return out.map((i) => ({ ...i, hint: /[.?!]$/.test(i.hint) ? i.hint : `${i.hint}.` }));
}
