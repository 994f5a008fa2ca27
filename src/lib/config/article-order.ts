/**
 * Report order of the articles: the `articles:` list of site.yaml. The loader has already checked that the
 * list and the article folders agree, so this only sorts; anything unlisted would go last, by slug.
 */
export function inReportOrder<T extends { id: string }>(entries: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...entries].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
