/**
 * Pure edit behind `npm run data -- publish <edition>`: the site.yaml text with `edition:` set to another
 * edition. The yaml Document API finds the value (its exact range in the text); only those bytes are
 * replaced, so comments, quoting and line breaks everywhere else stay as the analyst wrote them (a
 * re-serialised document would re-fold long lines).
 */
import { isScalar, parseDocument, Scalar } from 'yaml';

export interface EditionEdit {
  text: string;
  /** The edition the file named before, if any. */
  previous: string | undefined;
}

/** Sets `edition:` in site.yaml text, keeping the quote style of the old value; appends the key if absent. */
export function withEdition(text: string, version: string): EditionEdit {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new Error(`site.yaml has YAML errors; fix them before publishing: ${doc.errors[0]?.message ?? ''}`);
  const node = doc.get('edition', true);
  if (isScalar(node) && node.range) {
    const quote = node.type === Scalar.QUOTE_SINGLE ? "'" : node.type === Scalar.PLAIN ? '' : '"';
    const [start, end] = node.range;
    return { text: `${text.slice(0, start)}${quote}${version}${quote}${text.slice(end)}`, previous: String(node.value) };
  }
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  return { text: `${text}${sep}\n# The dataset edition the site publishes (set by \`npm run data -- publish\`).\nedition: "${version}"\n`, previous: undefined };
}
