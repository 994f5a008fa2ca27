/**
 * "Cite this" texts: APA 7 references and BibTeX entries for an article and for a dataset edition.
 * Pure; dates are parsed by hand (no Date, no time zone).
 */
import { apaDate, shortMonth } from '../format/date.ts';

export interface ArticleCitationInput {
  title: string;
  /** Person or group authors as written in the frontmatter ("Research team"). */
  authors: string[];
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The firm publishing the site. */
  publisher: string;
  /** Title of the report the article belongs to. */
  container: string;
  url: string;
  /** Article slug: part of the BibTeX key. */
  slug: string;
}

export interface DatasetCitationInput {
  title: string;
  /** Edition name, "2025-02". */
  version: string;
  /** ISO date the figures stood as. */
  asOf: string;
  creator: string;
  url: string;
}

export interface Citation {
  apa: string;
  bibtex: string;
}

function parseDate(iso: string): { y: string; m: number; d?: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    throw new Error(`Cannot cite a work dated "${iso}": the date must be ISO, YYYY-MM-DD. Fix the date in the frontmatter or datapackage.json.`);
  }
  return { y: match[1] as string, m: Number(match[2]), ...(match[3] ? { d: Number(match[3]) } : {}) };
}

/** APA author list: "A", "A, & B", "A, B, & C". */
function apaAuthors(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

const stop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

export function articleCitation(a: ArticleCitationInput): Citation {
  const { y, m, d } = parseDate(a.date);
  const when = apaDate(Number(y), m, d);
  const apa = `${stop(apaAuthors(a.authors))} (${when}). ${stop(a.title)} In ${stop(a.container)} ${stop(a.publisher)} ${a.url}`;
  const bibtex = bibEntry('misc', bibKey(a.publisher, y, a.slug), [
    ['author', a.authors.map(bibName).join(' and ')],
    ['title', `{${bibEscape(a.title)}}`],
    ['howpublished', `${bibEscape(a.container)}, ${bibEscape(a.publisher)}`],
    ['year', y],
    ['month', (shortMonth(m) ?? '').toLowerCase(), true],
    ['url', a.url, false, true],
  ]);
  return { apa, bibtex };
}

export function datasetCitation(ds: DatasetCitationInput): Citation {
  const { y } = parseDate(ds.asOf);
  // APA leaves out the publisher when it is the author.
  const apa = `${stop(ds.creator)} (${y}). ${ds.title} (Version ${ds.version}) [Data set]. ${ds.url}`;
  const bibtex = bibEntry('misc', bibKey(ds.creator, y, `data-${ds.version}`), [
    ['author', bibName(ds.creator)],
    ['title', `{${bibEscape(ds.title)}}`],
    ['howpublished', 'Data set'],
    ['version', bibEscape(ds.version)],
    ['year', y],
    ['url', ds.url, false, true],
  ]);
  return { apa, bibtex };
}

/** A group author is braced so BibTeX does not split it into given and family names. */
function bibName(name: string): string {
  return /\s/.test(name) && !/,/.test(name) && !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name) ? `{${bibEscape(name)}}` : bibEscape(name);
}

/** "meridian2025capex": first word of the publisher, year, slug; ASCII letters and digits only. */
function bibKey(publisher: string, year: string, slug: string): string {
  const word = (publisher.split(/\s+/)[0] ?? 'ref').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${word}${year}${slug.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

const BIB_SPECIAL: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };

/** LaTeX specials become commands, so a title with "&", "%" or "}" cannot break the entry. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) => BIB_SPECIAL[c] ?? `\\${c}`);
}

/** Fields: [name, value, bare (unbraced, e.g. month macros), url (only braces escaped away)]. */
function bibEntry(type: string, key: string, fields: [string, string, boolean?, boolean?][]): string {
  const width = Math.max(...fields.map(([n]) => n.length));
  const body = fields.map(([name, value, bare, url]) => {
    const v = url ? value.replace(/[{}\\\s]/g, encodeURIComponent) : value;
    return `  ${name.padEnd(width)} = ${bare ? v : `{${v}}`}`;
  });
  return `@${type}{${key},\n${body.join(',\n')}\n}`;
}
