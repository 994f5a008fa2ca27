/**
 * The Atom feed of the report's articles: each entry carries the summary, the key takeaways and every
 * exhibit (static chart image by absolute URL, title and takeaway) as escaped HTML content. Pure and
 * deterministic: `updated` is the newest article date (or revision date), never the build time.
 */
import { escapeXml } from './escape.ts';

export interface FeedExhibit {
  /** Report-wide exhibit label, "2.4" (part.number). */
  number: string;
  title: string;
  takeaway: string;
  /** Absolute URL of the static SVG; absent for table exhibits. */
  image?: string;
  /** Text description of the chart (the image's alt). */
  alt: string;
  /** Absolute URL of the exhibit in its article. */
  url: string;
}

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Date of the last substantive revision, if any. */
  updated?: string;
  authors: string[];
  topics: string[];
  takeaways: string[];
  exhibits: FeedExhibit[];
}

export interface FeedInput {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  author: string;
  /** Absolute URL of the logo. */
  icon?: string;
  rights?: string;
  entries: FeedEntry[];
}

const atomDate = (iso: string) => `${iso}T00:00:00Z`;
const lastChange = (e: FeedEntry) => (e.updated && e.updated > e.date ? e.updated : e.date);

function entryHtml(e: FeedEntry): string {
  const parts = [`<p>${escapeXml(e.summary)}</p>`];
  if (e.takeaways.length) parts.push(`<h2>Key takeaways</h2><ul>${e.takeaways.map((t) => `<li>${escapeXml(t)}</li>`).join('')}</ul>`);
  for (const x of e.exhibits) {
    const caption = `<figcaption><a href="${escapeXml(x.url)}"><strong>Exhibit ${x.number}: ${escapeXml(x.title)}</strong></a><br />${escapeXml(x.takeaway)}</figcaption>`;
    parts.push(x.image ? `<figure><img src="${escapeXml(x.image)}" alt="${escapeXml(x.alt)}" />${caption}</figure>` : `<figure>${caption}</figure>`);
  }
  return parts.join('');
}

/** Newest first; ties by title so the order never depends on file order. */
export function atomFeed(f: FeedInput): string {
  const entries = [...f.entries].sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title, 'en') : a.date < b.date ? 1 : -1));
  const updated = entries.map(lastChange).sort().at(-1);
  const x = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${x(f.title)}</title>`,
    `  <subtitle>${x(f.subtitle)}</subtitle>`,
    `  <id>${x(f.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${x(f.siteUrl)}" />`,
    `  <link rel="self" type="application/atom+xml" href="${x(f.feedUrl)}" />`,
    ...(updated ? [`  <updated>${atomDate(updated)}</updated>`] : []),
    `  <author><name>${x(f.author)}</name></author>`,
    ...(f.icon ? [`  <icon>${x(f.icon)}</icon>`] : []),
    ...(f.rights ? [`  <rights>${x(f.rights)}</rights>`] : []),
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <title>${x(e.title)}</title>`,
      `    <id>${x(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}" />`,
      `    <published>${atomDate(e.date)}</published>`,
      `    <updated>${atomDate(lastChange(e))}</updated>`,
      ...e.authors.map((a) => `    <author><name>${x(a)}</name></author>`),
      ...e.topics.map((t) => `    <category term="${x(t)}" />`),
      `    <summary>${x(e.summary)}</summary>`,
      // The HTML is escaped once more as XML text: a feed reader unescapes it, then renders it.
      `    <content type="html">${x(entryHtml(e))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
