/**
 * Loader for interactive exhibit charts. Every article page ships it up front, so it stays tiny:
 * chart.js and the config code are fetched only when a chart comes within 200px of the viewport.
 * If anything fails, the static image simply stays.
 */
function mount(el: HTMLElement): void {
  import('./charts-mount.ts')
    .then((m) => m.mountChart(el))
    // The static image is already a complete chart; a failed upgrade should not be a page error.
    .catch(() => el.setAttribute('data-chart-failed', ''));
}

const charts = document.querySelectorAll<HTMLElement>('[data-exhibit-chart]');
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
