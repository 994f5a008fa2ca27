/**
 * Prose defects around rendered values, found in the MDX tree at build time (the editorial audit's list):
 * - a hedge next to a value that already prints its qualifier: "about ~$589 billion", "runs above >$1
 *   billion", "no more than >16 billion parameters";
 * - a word repeated across a value: "57 million users monthly users";
 * - a word glued to a value or cross-reference, or to a number: "on<Value …/>", "<Value …/>monthly",
 *   "on13 February".
 * Pure: the caller says what each <Value> prints (value-text.ts) and reports the problems.
 */
import type { Root } from 'mdast';
import type { Qualifier } from '../data/units.ts';
import type { JsxNode } from './article-refs.ts';

export interface PrintedValue {
  /** What the reader sees, e.g. "~$589 billion". */
  text: string;
  /** The qualifier it prints ("" when exact or when `part="number"` drops it). */
  qualifier: Qualifier;
}

export interface Point {
  line: number;
  column: number;
}

export interface WordingProblem {
  /** Where the problem starts in the file (1-based). */
  place: Point;
  message: string;
}

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  children?: Node[];
  position?: { start: Point & { offset?: number }; end: Point };
}

const QUALIFIER_WORDS: Record<Exclude<Qualifier, ''>, string> = {
  '~': 'approximately',
  '>': 'more than',
  '<': 'less than',
};

/** Hedges and comparisons that double a printed qualifier. Longest first, so "no more than" wins over "more than". */
const HEDGES = [
  'no more than', 'no less than', 'not more than', 'not less than', 'in excess of', 'upwards of', 'close to',
  'more than', 'less than', 'fewer than', 'greater than', 'at least', 'at most', 'up to', 'just over', 'just under',
  'well over', 'well above', 'well below', 'approximately', 'approx.', 'roughly', 'around', 'about', 'nearly',
  'almost', 'circa', 'some', 'over', 'above', 'below', 'under', 'exceeding', 'exceeds', 'exceeded', 'beyond',
];
const HEDGE_BEFORE = new RegExp(`(?:^|[\\s(])(${HEDGES.map((h) => h.replace(/[.]/g, '\\.')).join('|')})\\s+$`, 'i');

/** Short words that never end glued to a number in good prose ("on13 February", "in2025"). */
const GLUED_NUMBER = /\b(on|in|at|by|of|to|from|since|until|for|and|or|the|about|around|over|under|than|with|per|was|were|is|are|fell|rose)(\d)/g;

const INLINE_CHECKED = new Set(['Value', 'ExhibitRef']);

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}][\p{L}-]*/gu) ?? [];
}

/** The file position of `offset` inside a text node whose value matches its source (no escapes before it). */
function pointIn(node: Node, offset: number): Point {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = (node.value ?? '').slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

function startOf(node: Node): Point {
  return node.position?.start ?? { line: 1, column: 1 };
}

function source(node: Node): string {
  const jsx = node as unknown as JsxNode;
  const props = jsx.attributes
    .filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && !['article', 'n', 'from', 'number'].includes(a.name))
    .map((a) => `${(a as { name: string }).name}="${(a as { value: string }).value}"`);
  return `<${jsx.name}${props.length ? ` ${props.join(' ')}` : ''} />`;
}

export function findWordingProblems(tree: Root, print: (node: JsxNode) => PrintedValue | undefined): WordingProblem[] {
  const problems: WordingProblem[] = [];
  const visit = (parent: Node): void => {
    const kids = parent.children ?? [];
    kids.forEach((child, i) => {
      if (child.type === 'text' && child.value) {
        for (const m of child.value.matchAll(GLUED_NUMBER)) {
          const at = (m.index ?? 0) + m[1]!.length;
          const tail = /^[\d,.]+\S*/.exec(child.value.slice(at))?.[0] ?? m[2]!;
          problems.push({
            place: pointIn(child, m.index ?? 0),
            message: `"${m[1]}${tail}" is missing a space: write "${m[1]} ${tail}".`,
          });
        }
      }
      if (child.type !== 'mdxJsxTextElement' || !child.name || !INLINE_CHECKED.has(child.name)) {
        visit(child);
        return;
      }
      const prev = kids[i - 1];
      const next = kids[i + 1];
      const tag = source(child);
      const prevText = prev?.type === 'text' ? (prev.value ?? '') : '';
      const nextText = next?.type === 'text' ? (next.value ?? '') : '';
      const lastWord = /[\p{L}\p{N}]+$/u.exec(prevText)?.[0];
      if (lastWord) {
        problems.push({
          place: startOf(child),
          message: `"${lastWord}" is glued to ${tag}: write "${lastWord} ${tag}" with a space.`,
        });
      }
      const firstWord = /^[\p{L}\p{N}]+/u.exec(nextText)?.[0];
      if (firstWord) {
        problems.push({
          place: startOf(next!),
          message: `${tag} is glued to "${firstWord}": write "${tag} ${firstWord}" with a space.`,
        });
      }
      if (child.name !== 'Value') return;
      const printed = print(child as unknown as JsxNode);
      if (!printed) return;
      const hedge = HEDGE_BEFORE.exec(prevText);
      if (printed.qualifier && hedge) {
        const said = hedge[1]!;
        problems.push({
          place: pointIn(prev!, prevText.length - hedge[0].trimStart().length),
          message: `"${said} ${printed.text}" qualifies the figure twice: ${tag} already prints "${printed.qualifier}" (${QUALIFIER_WORDS[printed.qualifier]}). Write "${tag}" without "${said}", or rephrase around it.`,
        });
      }
      // "57 million users monthly users": the value's last word comes back within the next few words.
      const valueWords = words(printed.text);
      const unitWord = valueWords.at(-1);
      const following = words(nextText.split(/[.;:!?()]/)[0] ?? '').slice(0, 3);
      if (unitWord && unitWord.length > 2 && following.includes(unitWord)) {
        const phrase = nextText.trim().split(/\s+/).slice(0, following.indexOf(unitWord) + 1).join(' ');
        problems.push({
          place: startOf(child),
          message: `"${printed.text} ${phrase}" repeats "${unitWord}": ${tag} already prints it. Drop the second "${unitWord}" (write "${tag} ${phrase.replace(new RegExp(`\\s*\\b${unitWord}\\b`, 'i'), '')}"), or rephrase.`,
        });
      }
      const precedingWord = words(prevText).at(-1);
      if (precedingWord && precedingWord.length > 2 && precedingWord === valueWords[0]) {
        problems.push({
          place: pointIn(prev!, prevText.toLowerCase().lastIndexOf(precedingWord)),
          message: `"${precedingWord} ${printed.text}" repeats "${precedingWord}": ${tag} already prints it. Drop the word before the value.`,
        });
      }
    });
  };
  visit(tree as unknown as Node);
  return problems.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}
