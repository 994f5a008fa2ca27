/** Escaping for the text formats the meta builders write by hand (XML feeds and sitemaps, JSON in HTML). */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value in XML/HTML: the five characters that can end or open markup. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] as string);
}

/**
 * JSON for a <script type="application/…json"> block: `<`, `>` and `&` become \u escapes so no string
 * can close the element ("</script>") or open a comment ("<!--"); U+2028/2029 are escaped for older
 * JavaScript parsers. The parsed value is unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
