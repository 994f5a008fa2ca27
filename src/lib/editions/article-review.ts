/**
 * Which articles need review when the published edition is not the one their prose was checked against
 * (`dataset:` in the frontmatter). An article still builds if nothing it shows changed between its
 * `dataset` edition and the published one: every inline `<Value>` prints the same text with the same kind,
 * and every exhibit it places has no revision between the two (revisions.ts). Otherwise it is listed with
 * what changed (old -> new), and the build stops once with every such article. `npm run data -- diff`
 * uses the same comparison to list the articles a new edition affects. Pure: editions, formatting and
 * exhibit comparison are passed in.
 */
import type { Edition } from '../data/schema.ts';
import type { Kind } from '../data/units.ts';
import type { ValueTextProps as ValueOptions } from '../content/value-text.ts';

/** What an article shows, as read from its MDX. */
export interface ArticleShows {
  slug: string;
  /** Display path of the MDX file. */
  file: string;
  /** The edition its prose was checked against. */
  dataset: string;
  /** Its `<Value>`s in reading order (key and formatting props). */
  values: { key: string; options: ValueOptions }[];
  /** The exhibits it places, in reading order. */
  exhibits: string[];
}

export interface ReviewDeps {
  /** An edition by name, or undefined when there is no such edition. */
  load: (version: string) => Edition | undefined;
  /** What `<Value of={key} …options />` prints from `edition`, or undefined when the key is not in it. */
  valueIn: (key: string, options: ValueOptions, edition: Edition) => { text: string; kind: Kind } | undefined;
  /** One line per change of exhibit `id` from edition `from` to `to`; empty when unchanged. */
  exhibitChanges: (id: string, from: Edition, to: Edition) => string[];
  /** Words for a kind in messages ("company guidance"). */
  kindWord: (kind: Kind) => string;
}

export interface ArticleReview {
  slug: string;
  file: string;
  dataset: string;
  /** One line per value or exhibit that changed, in reading order (values first). */
  changes: string[];
}

/** Exhibit lines quoted per exhibit before "and N more". */
const EXHIBIT_LINES = 3;

function propsText(o: ValueOptions): string {
  return (['digits', 'scale', 'style', 'part'] as const)
    .filter((k) => o[k] !== undefined)
    .map((k) => ` ${k}="${o[k]}"`)
    .join('');
}

/** What in `article` changed from edition `from` to edition `to` (empty: nothing it shows changed). */
export function shownChanges(article: Pick<ArticleShows, 'values' | 'exhibits'>, from: Edition, to: Edition, deps: ReviewDeps): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of article.values) {
    const tag = `<Value of="${v.key}"${propsText(v.options)} />`;
    if (seen.has(tag)) continue;
    seen.add(tag);
    const a = deps.valueIn(v.key, v.options, from);
    const b = deps.valueIn(v.key, v.options, to);
    const show = (x: { text: string; kind: Kind }) => `${x.text} (${deps.kindWord(x.kind)})`;
    if (!a && !b) continue;
    if (!a) out.push(`${tag}: not in edition ${from.version}; now ${show(b!)}`);
    else if (!b) out.push(`${tag}: ${show(a)}; not in edition ${to.version}`);
    else if (a.text !== b.text || a.kind !== b.kind) out.push(`${tag}: ${show(a)} → ${show(b)}`);
  }
  for (const id of [...new Set(article.exhibits)]) {
    const lines = deps.exhibitChanges(id, from, to);
    if (!lines.length) continue;
    const more = lines.length > EXHIBIT_LINES ? `; and ${lines.length - EXHIBIT_LINES} more` : '';
    out.push(`<Exhibit id="${id}" />: ${lines.slice(0, EXHIBIT_LINES).join('; ')}${more}`);
  }
  return out;
}

/** The articles that need review before `published` can go out with them, in the order given. */
export function articlesToReview(articles: ArticleShows[], published: Edition, deps: ReviewDeps): ArticleReview[] {
  const out: ArticleReview[] = [];
  for (const a of articles) {
    if (a.dataset === published.version) continue;
    const from = deps.load(a.dataset);
    const changes = from ? shownChanges(a, from, published, deps) : [`its dataset edition ${a.dataset} does not exist`];
    if (changes.length) out.push({ slug: a.slug, file: a.file, dataset: a.dataset, changes });
  }
  return out;
}

/** The one message the build stops with: every article to review, why, and what to do. */
export function reviewMessage(reviews: ArticleReview[], published: Edition): string {
  const n = reviews.length;
  const lines = [
    `${n === 1 ? '1 article shows' : `${n} articles show`} figures that changed since the dataset edition ${n === 1 ? 'its' : 'their'} prose was checked against; the site publishes edition ${published.version}.`,
    '',
  ];
  for (const r of reviews) {
    lines.push(`${r.file} (dataset: "${r.dataset}"):`);
    for (const c of r.changes) lines.push(`  - ${c}`);
    lines.push('');
  }
  lines.push(
    `What to do: for each article, review the prose against these changes (\`npm run data -- diff ${reviews[0]?.dataset ?? '<edition>'} ${published.version}\` lists every changed figure), update it where the story changed, then set \`dataset: "${published.version}"\` in its frontmatter (and \`updated:\` if the text changed).`,
    `Articles whose figures did not change may keep an older \`dataset:\`.`,
  );
  return lines.join('\n');
}
