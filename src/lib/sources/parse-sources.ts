/** Pure parsing of content/sources.json text, with file:line:column for JSON syntax errors. */
import { jsonErrorPosition, type Problem, problemsError } from '../data/errors.ts';
import { SourceEntry, type SourceRegistry } from './schema.ts';

/** Parses and validates sources.json text; `file` is the display path used in messages. */
export function parseSourceRegistry(text: string, file: string): SourceRegistry {
  const problems: Problem[] = [];
  const fail = () => problemsError('The source registry is invalid', problems, `Fix ${file}; each entry is CSL-JSON as exported by Zotero (schema in src/lib/sources/schema.ts).`);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const at = jsonErrorPosition((err as Error).message, text);
    problems.push({ file, line: at.line, column: at.column, message: `is not valid JSON: ${at.reason}.`, hint: 'look for a missing comma or quote, or a trailing comma, at or just before this position.' });
    throw fail();
  }
  if (!Array.isArray(json) || json.length === 0) {
    problems.push({ file, message: 'must be a non-empty JSON array of CSL-JSON entries.' });
    throw fail();
  }
  const seen = new Map<string, number>();
  json.forEach((entry: unknown, i) => {
    const parsed = SourceEntry.safeParse(entry);
    const id = typeof entry === 'object' && entry && 'id' in entry ? String((entry as { id: unknown }).id) : `#${i}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, message: `[${i}] (${id}) ${issue.path.join('.') || '(entry)'}: ${issue.message}` });
      }
      return;
    }
    const prior = seen.get(parsed.data.id);
    if (prior !== undefined) problems.push({ file, message: `[${i}] repeats id "${parsed.data.id}" (first at [${prior}]).`, hint: 'ids are unique; rename one entry.' });
    else seen.set(parsed.data.id, i);
  });
  if (problems.length) throw fail();
  return json as SourceRegistry;
}
