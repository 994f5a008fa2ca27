/**
 * Marks the section being read in an article's side contents (aria-current on its link). The list works
 * without it; this only adds the "you are here" mark. A few hundred bytes, within the article budget.
 */
const nav = document.querySelector<HTMLElement>('[data-toc]');
if (nav && 'IntersectionObserver' in window) {
  const links = new Map<string, HTMLAnchorElement>();
  nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((a) => links.set(decodeURIComponent(a.hash.slice(1)), a));
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const visible = new Set<Element>();
  const mark = () => {
    // The first heading on screen, else the last one scrolled past.
    const current = headings.find((h) => visible.has(h)) ?? [...headings].reverse().find((h) => h.getBoundingClientRect().top < 0);
    links.forEach((a, id) => (current?.id === id ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
  };
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
    mark();
  });
  headings.forEach((h) => io.observe(h));
}
