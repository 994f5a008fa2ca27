/**
 * Article frontmatter. Exported from a plain module (not content.config.ts) so tests can validate
 * fixtures directly: getCollection() is empty under vitest.
 */
import { z } from 'zod';
import { EDITION_PATTERN } from '../data/schema.ts';
import { closest } from '../data/suggest.ts';
import { IsoDate } from '../validate/iso-date.ts';
import { findHardCodedQuantities } from './hardcoded-quantities.ts';

/** Unknown fields get the closest valid name; `order` (the old way to order articles) says where order lives now. */
function unknownFields(keys: readonly string[]): string {
  const fields = Object.keys(ArticleFrontmatter.shape);
  return keys
    .map((key) => {
      if (key === 'order') return 'Unknown frontmatter field "order": the report\'s article order is the `articles:` list in content/site.yaml; delete this line and move the article there.';
      const near = closest(key, fields, 1)[0];
      return `Unknown frontmatter field "${key}".${near ? ` Did you mean "${near}"?` : ''} Valid fields: ${fields.join(', ')}.`;
    })
    .join(' ');
}

/**
 * One correction notice: when it was made and, in words, what was wrong and what the article now says.
 * Figures are not typed here (the quantity rule of article prose): a notice that repeated the wrong figure
 * would print it unlinked to any dataset row, so it describes the change instead.
 */
export const CorrectionNotice = z.strictObject({
  date: IsoDate,
  /**
   * `correction` (the default): something the article said was wrong. `update`: new material added in a
   * later edition, announced the same way so a returning reader sees what changed since the last visit.
   */
  kind: z.enum(['correction', 'update']).default('correction'),
  text: z
    .string()
    .min(20)
    .superRefine((text, ctx) => {
      for (const q of findHardCodedQuantities(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${q.text}" is a figure typed into a correction notice. Describe the change in words (e.g. "the cost per GPU-hour we derived was wrong and has been removed"); the corrected figures are in the article and the dataset.`,
        });
      }
    }),
});
export type CorrectionNotice = z.infer<typeof CorrectionNotice>;

export const ArticleFrontmatter = z.strictObject(
  {
    title: z.string().min(1),
    /** One or two sentences for the home page, feeds and search results. */
    summary: z.string().min(20),
    /** Publication date, ISO (YYYY-MM-DD). Rendered as "14 February 2025"; no build-time clock. */
    date: IsoDate,
    /** Date of the last substantive revision (e.g. for a new dataset edition), ISO; shown beside the date. */
    updated: IsoDate.optional(),
    authors: z.array(z.string().min(1)).min(1),
    topics: z.array(z.string().min(1)).min(1),
    /**
     * The dataset edition this article's prose was last checked against. It may be older than the edition
     * the site publishes only while nothing the article shows changed between the two; otherwise the build
     * lists it for review (src/lib/editions/article-review.ts).
     */
    dataset: z.string().regex(EDITION_PATTERN, 'an edition name such as 2025-02'),
    /** Three to five one-line key takeaways, shown at the top of the article and on the home page. */
    takeaways: z.array(z.string().min(1)).min(1).max(6),
    /** Corrections and updates notices, shown near the top of the article: what was wrong or what was added, what it now says, when. */
    corrections: z.array(CorrectionNotice).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys) : undefined) },
);
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;
