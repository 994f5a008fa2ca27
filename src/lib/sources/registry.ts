/**
 * Helpers over the source registry (content/sources.json, CSL-JSON): look up by id, short in-text
 * citations, full references and the exhibit source line. All pure; `loadSources` (re-exported here so
 * components import one module) lives in load-sources.ts.
 */
import { DataError } from '../data/errors.ts';
import { closest } from '../data/suggest.ts';
import type { SourceEntry, SourceRef, SourceRegistry } from './schema.ts';
import { apaDate } from '../format/date.ts';

export { loadSources } from './load-sources.ts';
export { parseSourceRegistry } from './parse-sources.ts';


/** The entry with `id`; an unknown id fails naming the closest ids. */
export function getSource(registry: SourceRegistry, id: string): SourceEntry {
  const entry = registry.find((e) => e.id === id);
  if (entry) return entry;
  const near = closest(id, registry.map((e) => e.id));
  throw new DataError(
    `Unknown source id "${id}": it is not in content/sources.json.${near.length ? `\nClosest ids: ${near.join(', ')}.` : ''}\nCorrect the id, or add the source to content/sources.json (CSL-JSON, with its S-number from research/facts.md in "note").`,
  );
}

type Name = SourceEntry['author'][number];
const nameShort = (n: Name) => ('literal' in n ? n.literal : n.family);

function year(entry: SourceEntry): string {
  const y = entry.issued?.['date-parts'][0]?.[0];
  return y === undefined ? 'n.d.' : String(y);
}

/** In-text citation: "Meta (2024)", "Kaplan & McCandlish (2020)", "Hoffmann et al. (2022)", "Stanford HAI (n.d.)". */
export function shortCitation(entry: SourceEntry): string {
  const a = entry.author;
  const who = a.length === 1 ? nameShort(a[0]!) : a.length === 2 ? `${nameShort(a[0]!)} & ${nameShort(a[1]!)}` : `${nameShort(a[0]!)} et al.`;
  return `${who} (${year(entry)})`;
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part.split('-').map((p) => `${p[0]}.`).join('-'))
    .join(' ');
}

function nameFull(n: Name): string {
  if ('literal' in n) return n.literal;
  return n.given ? `${n.family}, ${initials(n.given)}` : n.family;
}

/** APA-style author list: "A, B., & C, D." and, beyond 20 names, the first 19 … the last. */
function authorList(names: Name[]): string {
  const full = names.map(nameFull);
  if (full.length === 1) return full[0]!;
  if (full.length > 20) return `${full.slice(0, 19).join(', ')}, … ${full[full.length - 1]}`;
  return `${full.slice(0, -1).join(', ')}, & ${full[full.length - 1]}`;
}

function dateText(entry: SourceEntry): string {
  const parts = entry.issued?.['date-parts'][0];
  if (!parts) return 'n.d.';
  const [y, m, d] = parts;
  return apaDate(y as number, m, d);
}

export interface ReferenceParts {
  authors: string;
  /** "2024, December 27", "2024" or "n.d.". */
  date: string;
  /** Set in italics by the component. */
  title: string;
  container?: string | undefined;
  url?: string | undefined;
}

const endWithStop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/**
 * APA-like reference: `Authors (Date). Title. Container. URL`. `parts` lets a component italicise the
 * title; `text` is the same reference as plain text.
 */
export function formatReference(entry: SourceEntry): { text: string; url?: string | undefined; parts: ReferenceParts } {
  const authors = authorList(entry.author);
  const container = entry['container-title'] ?? entry.publisher;
  const parts: ReferenceParts = { authors, date: dateText(entry), title: entry.title, container, url: entry.URL };
  const text = [`${authors} (${parts.date}).`, endWithStop(entry.title), container ? endWithStop(container) : '', entry.URL ?? '']
    .filter(Boolean)
    .join(' ');
  return { text, url: entry.URL, parts };
}

/**
 * The source line under an exhibit: "Sources: DeepSeek-AI (2024), Table 1; Meta (2024)." Refs are
 * deduplicated by id in first-appearance order, locators of one id merged; "Source:" for one.
 */
export function sourceLine(refs: SourceRef[], registry: SourceRegistry): string {
  const order: string[] = [];
  const locators = new Map<string, string[]>();
  for (const ref of refs) {
    if (!locators.has(ref.id)) {
      getSource(registry, ref.id);
      order.push(ref.id);
      locators.set(ref.id, []);
    }
    const list = locators.get(ref.id)!;
    const loc = ref.locator?.trim();
    if (loc && !list.includes(loc)) list.push(loc);
  }
  if (order.length === 0) return '';
  const items = order.map((id) => {
    const cite = shortCitation(getSource(registry, id));
    const locs = locators.get(id)!;
    return locs.length ? `${cite}, ${locs.join(', ')}` : cite;
  });
  return `${order.length === 1 ? 'Source' : 'Sources'}: ${items.join('; ')}.`;
}
