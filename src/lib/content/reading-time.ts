/** Minutes to read an article body: prose words at 230 per minute, ignoring JSX, imports and math. */
export function readingMinutes(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^---[\s\S]*?---/, '')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  // Each exhibit takes about as long to read as a short paragraph.
  const exhibits = (mdxBody.match(/<Exhibit\s/g) ?? []).length;
  return Math.max(1, Math.round(words / 230 + exhibits * 0.5));
}
