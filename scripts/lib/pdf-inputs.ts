/**
 * What a printed page really depends on, for the PDF cache (scripts/lib/pdf-print.ts records the hash of
 * every file a page loads). Pages are printed with JavaScript off, so a page's machine-only head metadata is
 * never drawn: the dataset fingerprint (`dataset-edition-sha256`, which changes with any value of the
 * edition), descriptions and social-card tags, and JSON-LD. Hashing the HTML with those removed lets one
 * changed value re-print only the pages that show it instead of every PDF. Everything a reader can see
 * (title, body, styles, images, fonts) is still hashed byte for byte. Pure.
 */

/** `<meta name|property="…">` values that no browser draws: descriptions, social cards, the edition stamps. */
const METADATA_META = /^(?:description|generator|author|keywords|dataset-edition(?:-sha256)?|citation_[\w:]+|og:[\w:]+|twitter:[\w:]+|article:[\w:]+)$/;
const META_TAG = /<meta\b[^>]*>/gi;
const NAME_ATTR = /\b(?:name|property)="([^"]*)"/i;
const JSON_LD = /<script\b[^>]*\btype="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/gi;

/** True for the URL paths of HTML documents the printer loads (`/articles/x/`, `/report/print/`, `….html`). */
export function isHtmlPath(dep: string): boolean {
  const pathname = dep.split('?')[0] ?? dep;
  return pathname.endsWith('/') || pathname.endsWith('.html');
}

/** The bytes of `dep` that can change a print: for HTML, the document without its machine-only metadata. */
export function printedBytes(dep: string, bytes: Uint8Array): Uint8Array {
  if (!isHtmlPath(dep)) return bytes;
  const html = Buffer.from(bytes).toString('utf8');
  const kept = html.replace(JSON_LD, '').replace(META_TAG, (tag) => (METADATA_META.test(NAME_ATTR.exec(tag)?.[1] ?? '') ? '' : tag));
  return Buffer.from(kept, 'utf8');
}
