/**
 * I/O for the article edition review (article-review.ts): reads every article's frontmatter and MDX,
 * resolves `<Value>`s through the metric registry and the dataset, compares exhibits through the exhibit
 * registry, and throws one ArticleReviewError listing every article to review. Called once per build from
 * src/pages/articles/[slug].astro (getStaticPaths), and by `npm run data -- diff`.
 */
import path from 'node:path';
import { ARTICLE_FILE, articlesDir, articleSlugs, brokenArticles, describeBroken, getArticleIndex } from '../content/article-index.ts';
import { valueText, type ValueTextProps as ValueOptions } from '../content/value-text.ts';
import { listEditions, loadEdition } from '../data/load.ts';
import { toQuantity } from '../data/lookup.ts';
import { defaultRoot, displayPath } from '../data/paths.ts';
import type { Edition } from '../data/schema.ts';
import type { Scale } from '../data/units.ts';
import { computeMetric, METRICS } from '../metrics/index.ts';
import { kindWord } from '../render/value-text.ts';
import { articlesToReview, type ArticleReview, type ArticleShows, type ReviewDeps, reviewMessage } from './article-review.ts';
import { isDataError } from './data-error.ts';
import { exhibitRevisions } from './revisions.ts';

/** The build error: its message says everything, so it carries no stack trace for Astro to print. */
export class ArticleReviewError extends Error {
  readonly reviews: ArticleReview[];
  constructor(message: string, reviews: ArticleReview[]) {
    super(message);
    this.name = 'ArticleReviewError';
    this.reviews = reviews;
    this.stack = '';
  }
}

/** Every article's `dataset`, `<Value>`s and `<Exhibit>`s, in slug order. */
export function readArticles(dir: string = articlesDir()): ArticleShows[] {
  // From the article index, which the build has already parsed every article for (a second parse of each
  // was about 5 ms an article). An article the index could not parse stops the comparison with its error.
  const index = getArticleIndex(dir);
  return articleSlugs(dir).map((slug) => {
    const file = path.join(dir, slug, ARTICLE_FILE);
    const entry = index.get(slug);
    if (!entry) {
      const broken = brokenArticles(dir).find((b) => b.slug === slug);
      throw new Error(broken ? describeBroken(broken) : `${displayPath(file)} is not in the article index.`);
    }
    const values = entry.values.map((p) => {
      const options: ValueOptions = {
        ...(p.digits !== undefined ? { digits: Number(p.digits) } : {}),
        ...(p.scale !== undefined ? { scale: p.scale as Scale } : {}),
        ...(p.style === 'prose' || p.style === 'short' ? { style: p.style } : {}),
        ...(p.part === 'value' || p.part === 'low' || p.part === 'high' || p.part === 'number' ? { part: p.part } : {}),
      };
      return { key: p.of!, options };
    });
    return { slug, file: displayPath(file), dataset: entry.dataset, values, exhibits: entry.exhibits };
  });
}

/** The registries and loader behind the comparison; editions are read from `root`. */
export function reviewDeps(root: string = defaultRoot()): ReviewDeps {
  const load = (v: string) => loadEdition(v, { root });
  return {
    load: (v) => (listEditions(root).includes(v) ? load(v) : undefined),
    valueIn: (key, options, edition) => {
      let q;
      try {
        q = METRICS.has(key) ? computeMetric(key, edition, load) : edition.observations.has(key) ? toQuantity(edition, key) : undefined;
      } catch (err) {
        // A metric that needs rows this edition lacks is "not in" it; anything else is a bug.
        if (isDataError(err)) return undefined;
        throw err;
      }
      return q && { text: valueText(q, options), kind: q.kind };
    },
    exhibitChanges: (id, from, to) => {
      const rev = exhibitRevisions(id, to, from);
      if (rev.status === 'new') return [`not in edition ${from.version} (it uses figures added since)`];
      return rev.changes.map((c) => c.line);
    },
    kindWord,
  };
}

/** Throws one ArticleReviewError when an article shows figures that changed since its `dataset` edition. */
export function checkArticleEditions(published: Edition, articles: ArticleShows[] = readArticles(), deps: ReviewDeps = reviewDeps()): void {
  const reviews = articlesToReview(articles, published, deps);
  if (reviews.length) throw new ArticleReviewError(reviewMessage(reviews, published), reviews);
}
