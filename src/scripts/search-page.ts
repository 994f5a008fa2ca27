/**
 * The search page's only script: reads ?q=, queries the Pagefind index written after the build
 * (scripts/post-build/search.mjs) and lists the hits. Each hit links to the article section (Pagefind's
 * heading sub-results) or the exhibit anchor (exhibits are indexed as their own records). Everything is
 * loaded from the site itself; Pagefind's module is resolved against the base path at runtime.
 */
interface Anchor {
  id: string;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: Anchor;
}
interface Hit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<Hit> }[] } | null>;
}

const page = document.querySelector<HTMLElement>('[data-search-base]')!;
const statusLine = page.querySelector<HTMLElement>('[data-search-status]')!;
const list = page.querySelector<HTMLOListElement>('[data-search-results]')!;
const base = page.dataset.searchBase!;
const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
page.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Pagefind excerpts are escaped text with <mark> around matches; rebuild them as nodes, never as HTML. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', undefined, 'search-excerpt');
  for (const node of new DOMParser().parseFromString(html, 'text/html').body.childNodes) {
    p.append(node.nodeName === 'MARK' ? el('mark', node.textContent ?? '') : (node.textContent ?? ''));
  }
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

async function run(): Promise<void> {
  if (!query) return;
  statusLine.textContent = 'Searching…';
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 28 });
    const found = await pagefind.search(query);
    const hits = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
    statusLine.textContent = hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.` : `No results for “${query}”.`;
    for (const hit of hits) {
      const li = el('li');
      const heading = el('h2');
      heading.append(link(hit.url, hit.meta.title ?? hit.url));
      li.append(heading);
      if (hit.meta.article) li.append(el('p', `In ${hit.meta.article}`, 'meta'));
      const sections = hit.sub_results.filter((s) => s.anchor).slice(0, 3);
      if (!sections.length) li.append(excerpt(hit.excerpt));
      for (const s of sections) {
        const section = el('div', undefined, 'search-section');
        section.append(link(s.url, s.title), excerpt(s.excerpt));
        li.append(section);
      }
      list.append(li);
    }
  } catch {
    statusLine.textContent = 'Search could not load. Try again, or browse the articles from the report page.';
  }
}

void run();

export {};
