/**
 * Loader for interactive exhibit charts. It stays tiny because every article page ships it up front:
 * chart.js and the config code are fetched only when a chart comes near the viewport, and only the
 * registration chunks its kind needs (listed server-side in data-chart-parts). If anything fails, the
 * static image simply stays.
 */
const PARTS: Record<string, () => Promise<unknown>> = {
  bar: () => import('./charts-bar.ts'),
  line: () => import('./charts-line.ts'),
  scatter: () => import('./charts-scatter.ts'),
  log: () => import('./charts-log.ts'),
};

function mount(el: HTMLElement): void {
  const parts = (el.dataset.chartParts ?? '').split(' ').filter((p) => p in PARTS);
  Promise.all([import('./charts-core.ts'), ...parts.map((p) => PARTS[p]!())])
    .then(([core]) => core.mountChart(el))
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
