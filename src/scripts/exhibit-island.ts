/**
 * Loader for interactive exhibit charts. Every article page ships it up front, so it stays tiny:
 * chart.js and the config code are fetched only when a chart comes within 200px of the viewport.
 * If anything fails, the static image is shown instead.
 */
/**
 * The static images sit in a <noscript> (ExhibitChart.astro), so with JavaScript they are not downloaded.
 * They are put in the page when it is printed (print.css shows them) or when the chart cannot be drawn.
 */
function showStatic(el: Element): void {
  const fallback = el.querySelector('noscript');
  if (!fallback || el.querySelector('.exhibit-static')) return;
  fallback.insertAdjacentHTML('afterend', fallback.textContent ?? '');
  // Printing must not wait for a lazy image that is off-screen.
  el.querySelectorAll('img.exhibit-static-light').forEach((img) => img.removeAttribute('loading'));
}

function mount(el: HTMLElement): void {
  import('./charts-mount.ts')
    .then((m) => m.mountChart(el))
    // The static image is a complete chart; a failed upgrade shows it instead of being a page error.
    .catch(() => {
      el.setAttribute('data-chart-failed', '');
      showStatic(el);
    });
}

const charts = document.querySelectorAll<HTMLElement>('[data-exhibit-chart]');
const showAllStatic = () => charts.forEach(showStatic);
window.addEventListener('beforeprint', showAllStatic);
window.matchMedia('print').addEventListener('change', (e) => {
  if (e.matches) showAllStatic();
});
if ('IntersectionObserver' in window) {
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        mount(e.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  charts.forEach((el) => io.observe(el));
} else {
  charts.forEach(mount);
}
