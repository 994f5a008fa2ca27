/**
 * The report's configuration: what `<content root>/site.yaml` may hold. The engine owns the shape, the
 * report owns the values (branding, dates, the published edition, the article order), so re-skinning the
 * site or publishing an edition never means editing TypeScript. Every rule has a message that says what
 * to write, because it is printed under the YAML line that broke it (src/lib/config/parse-site.ts).
 */
import { z } from 'zod';
import { EDITION_PATTERN } from '../data/schema.ts';
import { IsoDate as isoDate } from '../validate/iso-date.ts';

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'write the colour as six hex digits in quotes, e.g. "#123c69"');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an article folder name: lowercase words joined by dashes, e.g. capex');

export const SiteConfig = z
  .object({
    /** Firm name shown in the header, footer, PDFs and citations. */
    firm: z.string().min(1, 'write the firm name'),
    /** Report title shown on the home page and in every page title. */
    reportTitle: z.string().min(1, 'write the report title'),
    /** One line under the title on the home page and the PDF cover. */
    reportSubtitle: z.string().min(1, 'write a one-line subtitle'),
    /** Publication date of the report (ISO). Articles carry their own dates. */
    published: isoDate,
    /**
     * The report's "Updated" date (ISO). Left out, it is the published edition's as-of date (or `published`
     * if later); written, it must not be older than that as-of date (src/lib/config/report-updated.ts).
     */
    updated: isoDate.optional(),
    /**
     * Dataset edition the site publishes (a folder in `<content root>/data/`). Set it with
     * `npm run data -- publish <edition>`; RESEARCH_EDITION overrides it for one build.
     */
    edition: z.string().regex(EDITION_PATTERN, 'an edition name such as "2025-02" (YYYY-MM, in quotes)'),
    /** Path of the logo in public/, starting with "/". */
    logo: z.string().startsWith('/', 'a path inside public/ starting with "/", e.g. "/logo.svg"'),
    colors: z
      .object({
        /** Brand colour for headings and links; must keep 4.5:1 contrast on white. */
        brand: hexColour,
        /** Secondary colour for highlights. */
        accent: hexColour,
      })
      .strict(),
    /** The report's key takeaways, shown on the home page (no figures: numbers belong in articles, from the data). */
    takeaways: z.array(z.string().min(1, 'write the takeaway or delete the line')).min(1, 'list at least one takeaway').max(6, 'list at most six takeaways'),
    /** The report's argument in one sentence, under the title on the home page and the PDF cover. No figures. */
    thesis: z.string().min(1, 'write the thesis in one sentence, or delete the line').optional(),
    /**
     * Three or four headline figures for the home page and the PDF's executive summary, each a dataset row
     * id or metric id (like <Value of="…"/>) with a short label; printed from the published edition.
     */
    headlines: z
      .array(
        z
          .object({
            of: z.string().min(1, 'a dataset row id or metric id, as in <Value of="…"/>'),
            label: z.string().min(1, 'a short label for the figure'),
            digits: z.number().int().min(0).max(6).optional(),
            style: z.enum(['prose', 'short']).optional(),
          })
          .strict(),
      )
      .max(4, 'list at most four headline figures')
      .optional(),
    /** The exhibit shown as the home page's lead chart (an exhibit id placed in an article); default: the first chart of the first article. */
    leadExhibit: z.string().min(1).optional(),
    /** Legal disclaimer printed at the end of every article, on the home page and in PDFs. */
    disclaimer: z.string().min(1, 'write the disclaimer'),
    /** What readers should know about the limits of the figures; a paragraph on the methodology page. */
    limits: z.string().min(1).optional(),
    /** Public URL of the site root (for canonical links, sitemap and feeds); SITE_URL overrides it. */
    url: z.url({ error: 'a full URL such as "https://research.yourfirm.com"' }),
    /**
     * The articles in report order, by folder name (`<content root>/articles/<slug>/index.mdx`). Every
     * article folder must be listed once; reorder the report by moving lines.
     */
    articles: z.array(slug),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;

/** The file name of the configuration inside the content root. */
export const SITE_FILE = 'site.yaml';
