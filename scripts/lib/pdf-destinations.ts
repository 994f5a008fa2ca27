/**
 * Pure: the page each named destination of a printed PDF lies on. Chromium writes a named destination for
 * every element id that a link of the page points at (the catalog's /Dests dictionary: name → [page /XYZ x y]),
 * so the report's contents links tell the PDF step on which page each entry starts, read from the very
 * printing that is published (scripts/lib/pdf-print.ts numbers the contents page with it).
 */

/**
 * A destination's name as the id it stands for: PDF name escapes (#xx) undone, then the percent-encoding of
 * the link's URL fragment (Chromium names a destination after the fragment, so id "café" is "caf%C3%A9").
 */
function idOf(name: string): string {
  const fragment = Buffer.from(name.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Object number → offset of its last definition (an incremental update supersedes the first). */
function objectOffsets(text: string): Map<number, number> {
  const offsets = new Map<number, number>();
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) offsets.set(Number(m[1]), m.index);
  return offsets;
}

/** The dictionary text of object `n`: up to its stream, if it has one, or its end. */
function objectText(text: string, offsets: Map<number, number>, n: number): string {
  const at = offsets.get(n);
  if (at === undefined) throw new Error(`The PDF has no object ${n}.`);
  const end = text.indexOf('endobj', at);
  const stream = text.indexOf('stream', at);
  return text.slice(at, stream >= 0 && stream < end ? stream : end);
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** Page object numbers in reading order, walking the (balanced, nested) page tree from `n`. */
function pageOrder(text: string, offsets: Map<number, number>, n: number, seen = new Set<number>()): number[] {
  if (seen.has(n)) throw new Error(`The PDF's page tree loops at object ${n}.`);
  seen.add(n);
  const dict = objectText(text, offsets, n);
  if (!/\/Type\s*\/Pages\b/.test(dict)) return [n];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((m) => pageOrder(text, offsets, Number(m[1]), seen));
}

/** Destination name → 1-based page number, for every named destination of the PDF. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  // latin1 maps bytes 1:1 to characters; the objects read here are plain dictionaries.
  const text = Buffer.from(pdf).toString('latin1');
  const roots = [...text.matchAll(/\/Root\s+(\d+)\s+0\s+R/g)];
  const root = roots.at(-1)?.[1];
  if (root === undefined) throw new Error('The PDF has no document catalog (/Root).');
  const offsets = objectOffsets(text);
  const catalog = objectText(text, offsets, Number(root));
  const pagesRoot = ref(catalog, 'Pages');
  if (pagesRoot === undefined) throw new Error('The PDF catalog has no page tree (/Pages).');
  const pageNumber = new Map(pageOrder(text, offsets, pagesRoot).map((obj, i) => [obj, i + 1]));
  const destsRef = ref(catalog, 'Dests');
  const pages = new Map<string, number>();
  if (destsRef === undefined) return pages;
  for (const m of objectText(text, offsets, destsRef).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageNumber.get(Number(m[2]));
    if (page !== undefined) pages.set(idOf(m[1]!), page);
  }
  return pages;
}
