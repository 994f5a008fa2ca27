/**
 * Branding and publication settings: the one place a firm changes to re-skin the microsite,
 * and the pin that says which dataset edition is published.
 */
import { z } from 'zod';
import { EDITION_PATTERN } from './lib/data/schema.ts';

export const SiteConfig = z.object({
  /** Firm name shown in the header, footer, PDFs and citations. */
  firm: z.string().min(1),
  /** Report title shown on the home page and in every page title. */
  reportTitle: z.string().min(1),
  reportSubtitle: z.string().min(1),
  /** Publication date of the report (ISO). Articles carry their own dates. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Date of the latest revision of the report as a whole (ISO), if it was revised after publication. */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Dataset edition the site publishes (a folder in content/data/). */
  edition: z.string().regex(EDITION_PATTERN),
  /** Path of the logo in public/. */
  logo: z.string().startsWith('/'),
  colors: z.object({
    /** Brand colour for headings and links; must keep 4.5:1 contrast on white. */
    brand: z.string().regex(/^#[0-9a-f]{6}$/i),
    accent: z.string().regex(/^#[0-9a-f]{6}$/i),
  }),
  /** The report's key takeaways, shown on the home page (no figures: numbers belong in articles, from the data). */
  takeaways: z.array(z.string().min(1)).min(3).max(6),
  /** Legal disclaimer printed at the end of every article, on the home page and in PDFs. */
  disclaimer: z.string().min(1),
  /** Public URL of the site root (for canonical links, sitemap and feeds). */
  url: z.url(),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

export const site: SiteConfig = SiteConfig.parse({
  firm: 'Meridian Ridge Asset Management',
  reportTitle: 'DeepSeek and the AI Race',
  reportSubtitle: 'Capex implications and market impact: a research microsite',
  published: '2025-02-14',
  updated: '2026-02-13',
  edition: process.env.RESEARCH_EDITION ?? '2026-02',
  logo: '/logo.svg',
  colors: { brand: '#123c69', accent: '#b8562b' },
  takeaways: [
    'Cheaper AI is not the same as less spending on AI: when the cost of a capability falls far enough, demand for it can grow faster than the cost falls.',
    'Efficiency has become a competitive weapon. DeepSeek showed that engineering under hardware constraints can cut the compute a frontier-class model needs.',
    'The largest cloud and platform companies kept raising capital spending after DeepSeek; the build-out is changing shape, not stopping.',
    'Value is shifting from infrastructure toward applications and platforms as inference gets cheaper and models become interchangeable.',
    'Distillation and edge AI put capable models within reach of more developers and devices. We think the AI cycle is early, not at a peak.',
  ],
  disclaimer:
    'This material is provided for information only and is intended for institutional investors. It is not investment advice, an offer or a solicitation to buy or sell any security. The views expressed are those of the authors at the date of publication and may change without notice. Figures are drawn from public sources believed to be reliable, identified beside each exhibit; we have not independently verified them and make no representation as to their accuracy or completeness. Estimates, guidance and projections are forward-looking and may not be realised. Past performance is not a reliable indicator of future results. No part of this material may be reproduced without written permission.',
  url: 'https://research.example.com',
});
