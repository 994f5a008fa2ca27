/** /feed.xml: Atom feed of the articles, with takeaways and every exhibit (image, title, takeaway). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exhibitLabel, getArticleIndex, reportParts } from '../lib/content/article-index.ts';
import { shownFrontmatter } from '../lib/content/frontmatter-text.ts';
import { getExhibit } from '../lib/exhibits/index.ts';
import { atomFeed, type FeedExhibit } from '../lib/meta/feed.ts';
import { absoluteUrl } from '../lib/meta/urls.ts';
import { summarize } from '../lib/render/summary.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(siteUrl, base, path);
  const index = getArticleIndex();
  const parts = reportParts();
  const articles = await getCollection('articles');
  const xml = atomFeed({
    title: site.reportTitle,
    subtitle: site.reportSubtitle,
    siteUrl: url(''),
    feedUrl: url('feed.xml'),
    author: site.firm,
    icon: url(site.logo),
    rights: `© ${site.firm}. ${site.disclaimer}`,
    entries: articles.map((a) => {
      const page = url(`articles/${a.id}/`);
      const exhibits: FeedExhibit[] = (index.get(a.id)?.exhibits ?? []).map((id, i) => {
        const spec = getExhibit(id);
        return {
          number: exhibitLabel(parts.get(a.id) ?? 0, i + 1),
          title: spec.title,
          takeaway: spec.takeaway,
          alt: summarize(spec),
          url: `${page}#exhibit-${id}`,
          ...(spec.chart === 'table' ? {} : { image: url(`exhibits/${id}.svg`) }),
        };
      });
      const { title, summary, date, updated, authors, topics, takeaways } = shownFrontmatter(a.data);
      return { url: page, title, summary, date, ...(updated ? { updated } : {}), authors, topics, takeaways, exhibits };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
