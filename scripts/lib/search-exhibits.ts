/**
 * Pure: turns the exhibits of a built article page into search records of their own, so a search hit on
 * an exhibit's title, takeaway, notes or table links straight to the exhibit (`…/#exhibit-<id>`) instead of
 * the nearest heading. The article's own record leaves exhibits out (see scripts/post-build/search.mjs).
 */

export interface ExhibitRecord {
  /** Site-relative URL with the exhibit anchor; Pagefind adds the base path at search time. */
  url: string;
  content: string;
  language: string;
  meta: { title: string; article: string };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Visible text of an HTML fragment: no scripts, styles, tags or elements marked data-pagefind-ignore. */
export function htmlText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(span|div|p)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** Text of the first match; the content is the last capture group (earlier ones may name the tag). */
function firstMatchText(html: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(html);
  return m ? htmlText(m[m.length - 1]!) : undefined;
}

/** The exhibit's title element (its last group is the content). */
const TITLE = /<([a-z][a-z0-9]*)\b[^>]*class="[^"]*\bexhibit-title\b[^"]*"[^>]*>([\s\S]*?)<\/\1>/i;

/** One record per `<figure data-exhibit>` in the page, in page order. */
export function exhibitRecords(html: string, pageUrl: string): ExhibitRecord[] {
  const article = firstMatchText(html, /<h1\b[^>]*>([\s\S]*?)<\/h1>/i) ?? pageUrl;
  const records: ExhibitRecord[] = [];
  for (const m of html.matchAll(/<figure\b([^>]*\bdata-exhibit="[^"]+"[^>]*)>([\s\S]*?)<\/figure>/gi)) {
    const attrs = m[1]!;
    const body = m[2]!;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    const title = firstMatchText(body, TITLE) ?? id;
    const number = /^(Exhibit \d+(?:\.\d+)?)\s+(.*)$/.exec(title);
    const bare = number ? number[2]! : title;
    // The content opens with the bare title as a sentence of its own: with "Exhibit N" in the text, an
    // excerpt could start on the stray number ("2 2025 capex: …"), and without the full stop the title
    // would run into the takeaway. The number stays in meta.title, which the results list shows.
    records.push({
      url: `${pageUrl}#${id}`,
      content: `${/[.!?]$/.test(bare) ? bare : `${bare}.`} ${htmlText(body.replace(TITLE, ' '))}`.trim(),
      language: 'en',
      meta: { title: number ? `${number[1]}: ${bare}` : title, article },
    });
  }
  return records;
}
