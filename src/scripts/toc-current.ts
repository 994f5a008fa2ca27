/**
 * Marks the section being read in the side contents of an article (wide screens): the last heading that
 * has crossed the top eighth of the window gets aria-current="location" on its link. Article pages only,
 * and small on purpose: a chart-free article must stay within the 1 KB JavaScript budget with the theme
 * toggle (tests/e2e/budgets.test.ts). Without JavaScript the list still works, unmarked.
 */
// Each side-contents link with its heading (the raw href attribute is the heading's id, not percent-encoded).
const pairs = [...document.querySelectorAll('[data-toc] a')].flatMap((a) => {
  const h = document.getElementById(a.getAttribute('href')!.slice(1));
  return h ? [[h, a] as const] : [];
});
let current: Element | undefined;
// Called whenever a heading enters or leaves the top eighth of the window (where a contents link scrolls
// it); the current section is the last heading above that line. The pairs are in reading order.
const io = new IntersectionObserver(
  () => {
    let at: Element | undefined;
    for (const [h, a] of pairs) if (h.getBoundingClientRect().top < innerHeight / 8) at = a;
    if (at === current) return;
    current?.removeAttribute('aria-current');
    (current = at)?.setAttribute('aria-current', 'location');
  },
  { rootMargin: '0px 0px -87%' },
);
for (const [h] of pairs) io.observe(h);
