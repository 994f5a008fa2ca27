/**
 * The report's configuration as pages import it: branding, dates, the published edition and the article
 * order, read from `<content root>/site.yaml` (the schema and its rules are src/lib/config/site-schema.ts;
 * the loader is src/lib/config/load-site.ts). RESEARCH_EDITION overrides the pinned edition.
 */
import { loadSiteConfig } from './lib/config/load-site.ts';
import type { SiteConfig } from './lib/config/site-schema.ts';

export { SiteConfig } from './lib/config/site-schema.ts';

export const site: SiteConfig = loadSiteConfig();
