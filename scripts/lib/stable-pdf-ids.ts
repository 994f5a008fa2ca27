/**
 * Chromium names the structure elements of a tagged PDF after its DOM node ids, "(node00003228)". Those ids
 * count every node the renderer process created before, so the same page printed after other pages (tabs
 * printing in parallel pick pages in a timing-dependent order) gets other numbers and other bytes. Each id is
 * replaced by its rank among the page's ids, written with the same width: the order (the ID tree is sorted)
 * and every byte offset (the xref table) stay as they were.
 */
export function stablePdfNodeIds(pdf: Uint8Array): { pdf: Buffer; renamed: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set([...text.matchAll(/\(node(\d+)\)/g)].map((m) => m[1]!))].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  // An id too short for its rank would change the length; keep those (never seen: ranks are small).
  const out = text.replace(/\(node(\d+)\)/g, (m, id: string) => {
    const next = rank.get(id)!;
    return next.length === id.length ? `(node${next})` : m;
  });
  return { pdf: Buffer.from(out, 'latin1'), renamed: ids.length };
}
