/**
 * YAML that authors write (declarative metrics, exhibits, site settings), parsed with positions so every
 * problem names file:line:column. One zod schema per file shape; its issues are mapped back to the YAML
 * node they are about, and an unknown key suggests the closest valid one.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { problemsError, type Problem } from '../data/errors.ts';
import { closest } from '../data/suggest.ts';

export interface Position {
  line: number;
  column: number;
}

export interface PositionedYaml {
  /** The plain data (maps, lists, scalars). */
  data: unknown;
  /** Where the value at `path` starts; the nearest existing ancestor when the path is missing. */
  at(path: readonly PropertyKey[]): Position;
  /** Where the key of the map entry at `path` starts (for unknown-key messages). */
  keyAt(path: readonly PropertyKey[]): Position;
}

function nodeAt(doc: Document, path: readonly PropertyKey[]): { node: Node | null; key: Node | null } {
  let node: unknown = doc.contents;
  let key: Node | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) break;
      key = isScalar(pair.key) ? pair.key : null;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      if (!node.items[step]) break;
      node = node.items[step];
      key = null;
    } else break;
  }
  return { node: (node as Node | null) ?? null, key };
}

/** Parses YAML text; a syntax error throws a DataError with file:line:column. */
export function parsePositioned(text: string, file: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    const problems: Problem[] = doc.errors.map((e) => ({
      file,
      ...pos(e.pos[0]),
      message: e.message.split('\n')[0] ?? e.message,
      hint: e.code === 'DUPLICATE_KEY' ? 'Each key may appear once in a map; remove or rename the repeated key.' : 'Check the indentation and quoting on that line (YAML uses spaces, not tabs).',
    }));
    throw problemsError(`${file} is not valid YAML`, problems, `Fix ${file} and build again.`);
  }
  const at = (path: readonly PropertyKey[]) => pos(nodeAt(doc, path).node?.range?.[0]);
  const keyAt = (path: readonly PropertyKey[]) => {
    const { key, node } = nodeAt(doc, path);
    return pos((key ?? node)?.range?.[0]);
  };
  return { data: doc.toJS(), at, keyAt };
}

/** A zod object's keys, for "did you mean" on unknown keys. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  for (const step of path) {
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') s = def.innerType;
    if ((s as { def?: { type?: string } }).def?.type === 'array' && typeof step === 'number') s = (s as { def: { element: unknown } }).def.element;
    else if ((s as { def?: { shape?: Record<string, unknown> } }).def?.shape) s = (s as { def: { shape: Record<string, unknown> } }).def.shape[String(step)];
    else return [];
  }
  let def = (s as { def?: { type?: string; shape?: Record<string, unknown>; innerType?: unknown } } | undefined)?.def;
  while (def && (def.type === 'optional' || def.type === 'default') && def.innerType) def = (def.innerType as { def?: typeof def }).def;
  return def?.shape ? Object.keys(def.shape) : [];
}

/**
 * Validates parsed YAML with `schema`; every issue becomes a problem at its node's position, an unknown
 * key names the closest valid key. Throws one DataError listing them all.
 */
export function validatePositioned<S extends z.ZodType>(yaml: PositionedYaml, schema: S, file: string, what: string): z.infer<S> {
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.flatMap((issue): Problem[] => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
      const valid = knownKeys(schema, issue.path);
      return issue.keys.map((k) => {
        const near = closest(k, valid, 1)[0];
        return {
          file,
          ...yaml.keyAt([...issue.path, k]),
          message: `unknown key "${k}"${issue.path.length ? ` in ${where}` : ''}.`,
          hint: near ? `Did you mean "${near}"? Valid keys: ${valid.join(', ')}.` : `Valid keys: ${valid.join(', ')}.`,
        };
      });
    }
    return [{ file, ...yaml.at(issue.path), message: `${where}: ${issue.message}.` }];
  });
  throw problemsError(`${file} is not a valid ${what}`, problems, `Fix ${file} and build again.`);
}
