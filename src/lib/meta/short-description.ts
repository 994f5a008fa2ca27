/** Meta descriptions: search engines show about 160 characters; a longer one is cut where they choose. */

/**
 * A short meta description (search snippets, social cards) from a long summary: the first sentence if it
 * fits in `max` characters, else the text cut at a word boundary with an ellipsis. The summary stays whole
 * on the page.
 */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentence = /^(.+?[.!?])(?=\s+[A-Z"“‘(]|$)/.exec(clean)?.[1];
  if (sentence && sentence.length <= max && sentence.length >= 40) return sentence;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
