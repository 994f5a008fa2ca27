/**
 * Text templates: prose outside MDX (a declarative exhibit's title, takeaway, notes and text cells; later
 * an article's frontmatter summary and takeaways) that names figures by key instead of typing them:
 *
 *   "ChatGPT reached a hundred million users in {adoption.months-to-100m.chatgpt} …"
 *   "{market.nvidia.value-loss style=short}", "{capex.amazon.2025 part=low digits=0}"
 *
 * `{key options}` takes the options of the <Value> component (digits, scale, style, part) and is printed by
 * the same formatter, so text in an exhibit and in the article around it cannot print one figure two ways.
 * The words around the templates are checked by the hard-coded-quantity rule of article prose. `{{` and
 * `}}` write literal braces.
 *
 * Pure: the caller supplies how keys resolve (dataset row or metric of some edition) and maps the offsets
 * of problems to its own file positions (a YAML scalar, a frontmatter field).
 */
import { z } from 'zod';
import type { Quantity } from '../data/quantity.ts';
import { SCALE_IDS } from '../data/units.ts';
import { closest } from '../data/suggest.ts';
import { valueText } from './value-text.ts';
import { findHardCodedQuantities } from './hardcoded-quantities.ts';

/** The options of `<Value>` (src/components/Value.astro), as written inside a template. */
export const TemplateOptions = z
  .object({
    digits: z.coerce.number().int().min(0).max(6).optional(),
    scale: z.enum(SCALE_IDS).optional(),
    style: z.enum(['prose', 'short']).optional(),
    part: z.enum(['value', 'low', 'high', 'number']).optional(),
  })
  .strict();
export type TemplateOptions = z.infer<typeof TemplateOptions>;
const OPTION_NAMES = Object.keys(TemplateOptions.shape);

/** How a template key becomes a figure: `undefined` for an unknown key; may throw for a metric that cannot be computed. */
export interface TemplateResolver {
  resolve: (key: string) => Quantity | undefined;
  /** Every valid key, for "did you mean". */
  keys: () => Iterable<string>;
}

/** One problem, at `offset` (0-based, in the template text) spanning `length` characters. */
export interface TemplateProblem {
  offset: number;
  length: number;
  message: string;
  hint?: string;
}

export interface TemplateRef {
  key: string;
  quantity: Quantity;
  options: TemplateOptions;
}

export interface RenderedTemplate {
  text: string;
  /** The figures the text cites, in order: their sources and rows are the text's provenance. */
  refs: TemplateRef[];
  problems: TemplateProblem[];
}

/** A figure printed the way `<Value>` prints it, `part` included (value-text.ts, shared with Value.astro). */
export function formatValue(q: Quantity, options: TemplateOptions = {}): string {
  return valueText(q, options);
}

const KEY = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** `{key a=b c=d}` -> key and options, or the problems with the template's contents. */
function parseInner(inner: string, start: number): { key: string; options: TemplateOptions } | { problems: TemplateProblem[] } {
  const tokens = [...inner.matchAll(/\S+/g)];
  const first = tokens[0];
  const whole = { offset: start, length: inner.length + 2 };
  if (!first) return { problems: [{ ...whole, message: 'Empty template "{}".', hint: 'Write a dataset row id or metric id between the braces, e.g. {capex.amazon.2024}; write {{ for a literal brace.' }] };
  const key = first[0];
  if (!KEY.test(key)) {
    return { problems: [{ ...whole, message: `"${key}" is not a key: keys are dataset row ids or metric ids, lower case, like capex.amazon.2024.`, hint: 'Write {{ and }} for literal braces.' }] };
  }
  const problems: TemplateProblem[] = [];
  const raw: Record<string, string> = {};
  for (const t of tokens.slice(1)) {
    const at = { offset: start + 1 + (t.index ?? 0), length: t[0].length };
    const eq = t[0].indexOf('=');
    const name = eq < 0 ? t[0] : t[0].slice(0, eq);
    if (!OPTION_NAMES.includes(name)) {
      const near = closest(name, OPTION_NAMES, 1);
      problems.push({ ...at, message: `Unknown option "${name}" in {${key} …}.`, hint: `${near.length ? `Did you mean "${near[0]}"? ` : ''}Options are those of <Value>: ${OPTION_NAMES.map((o) => `${o}=…`).join(', ')}.` });
      continue;
    }
    if (eq < 0) {
      problems.push({ ...at, message: `Option "${name}" in {${key} …} has no value.`, hint: `Write ${name}=<value>, e.g. digits=1, scale=million, style=short, part=low.` });
      continue;
    }
    raw[name] = t[0].slice(eq + 1);
  }
  const parsed = TemplateOptions.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      const tok = tokens.find((t) => t[0].startsWith(`${name}=`));
      const valid = name === 'digits' ? 'a whole number from 0 to 6' : (TemplateOptions.shape[name as keyof typeof TemplateOptions.shape].unwrap() as z.ZodEnum).options.join(', ');
      problems.push({
        offset: start + 1 + (tok?.index ?? 0),
        length: tok?.[0].length ?? inner.length,
        message: `Option ${name}="${raw[name]}" in {${key} …} is not valid.`,
        hint: `${name} takes ${valid}.`,
      });
    }
  }
  if (problems.length || !parsed.success) return { problems };
  return { key, options: parsed.data };
}

/**
 * Renders a template: each `{key options}` printed from the resolver's figure, the words around them
 * checked for hand-typed quantities. Every problem is collected (none stops the others) so one run
 * lists them all.
 */
export function renderTemplate(template: string, resolver: TemplateResolver): RenderedTemplate {
  const problems: TemplateProblem[] = [];
  const refs: TemplateRef[] = [];
  let text = '';
  // The literal words with each template blanked out (same length, so offsets stay the template's own).
  let literal = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if ((c === '{' || c === '}') && template[i + 1] === c) {
      text += c;
      literal += `${c}\u0000`;
      i += 2;
      continue;
    }
    if (c === '}') {
      problems.push({ offset: i, length: 1, message: 'A "}" without its "{".', hint: 'Write }} for a literal brace.' });
      literal += '\u0000';
      i += 1;
      continue;
    }
    if (c !== '{') {
      text += c;
      literal += c;
      i += 1;
      continue;
    }
    const end = template.indexOf('}', i + 1);
    const nextOpen = template.indexOf('{', i + 1);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      problems.push({ offset: i, length: 1, message: 'A "{" without its "}".', hint: 'Close the template, e.g. {capex.amazon.2024}, or write {{ for a literal brace.' });
      literal += '\u0000';
      i += 1;
      continue;
    }
    const inner = template.slice(i + 1, end);
    literal += '\u0000'.repeat(end + 1 - i);
    const parsed = parseInner(inner, i);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
    } else {
      const at = { offset: i, length: end + 1 - i };
      let q: Quantity | undefined;
      let failed = false;
      try {
        q = resolver.resolve(parsed.key);
      } catch (err) {
        failed = true;
        problems.push({ ...at, message: `{${parsed.key}} cannot be computed: ${(err as Error).message.split('\n')[0]}`, ...hintOf(err) });
      }
      if (q) {
        refs.push({ key: parsed.key, quantity: q, options: parsed.options });
        text += formatValue(q, parsed.options);
      } else if (!failed) {
        const near = closest(parsed.key, resolver.keys(), 3);
        problems.push({
          ...at,
          message: `Unknown key "${parsed.key}": no dataset row or metric has that id.`,
          hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'Check the id against the dataset CSVs and the metrics.ts files.',
        });
      }
    }
    i = end + 1;
  }
  for (const hit of findHardCodedQuantities(literal)) {
    problems.push({
      offset: hit.offset,
      length: hit.text.length,
      message: `A quantity is typed into the text: "${hit.text}".`,
      hint: 'Figures must come from the dataset so text and exhibits cannot disagree: write {<row id or metric id>} instead, adding the row or a metric if it is missing.',
    });
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { text, refs, problems };
}

function hintOf(err: unknown): { hint?: string } {
  const rest = (err as Error).message.split('\n').slice(1).join(' ').trim();
  return rest ? { hint: rest } : {};
}
