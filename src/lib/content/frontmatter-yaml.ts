/**
 * The YAML of an MDX file's frontmatter as a document whose line numbers are the MDX file's: the opening
 * `---` line is blanked, everything from the closing `---` on is dropped. Undefined without frontmatter.
 * Its own module (no I/O, no registries) so the articles loader can use it without loading the report.
 */
export function frontmatterYaml(mdx: string): string | undefined {
  const open = /^---[ \t]*\r?\n/.exec(mdx);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m.exec(mdx.slice(open[0].length));
  if (!close) return undefined;
  return '\n' + mdx.slice(open[0].length, open[0].length + close.index);
}

