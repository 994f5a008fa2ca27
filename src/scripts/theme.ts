/**
 * The theme toggle. public/theme-init.js has already set `data-theme` on <html> before first paint;
 * this module wires the toggle buttons, saves an explicit choice in localStorage, follows the system
 * preference while there is no saved choice, and announces every change with a `themechange` event on
 * `document` (detail: { theme }) so charts can redraw. The only script on pages without exhibits, so
 * it stays well under 1 KB gzip.
 */
type Theme = 'light' | 'dark';

const KEY = 'theme';
const root = document.documentElement;
const system = matchMedia('(prefers-color-scheme: dark)');

function saved(): Theme | null {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'dark' || t === 'light' ? t : null;
  } catch {
    // Storage can be disabled (privacy settings); the theme then lasts for the page only.
    return null;
  }
}

const fallback = (): Theme => saved() ?? (system.matches ? 'dark' : 'light');

function apply(theme: Theme): void {
  const changed = root.getAttribute('data-theme') !== theme;
  root.setAttribute('data-theme', theme);
  document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(theme === 'dark')));
  if (changed) document.dispatchEvent(new CustomEvent('themechange', { detail: { theme } }));
}

apply(root.getAttribute('data-theme') === 'dark' ? 'dark' : root.getAttribute('data-theme') === 'light' ? 'light' : fallback());

document.addEventListener('click', (e) => {
  if (!(e.target instanceof Element) || !e.target.closest('[data-theme-toggle]')) return;
  const next: Theme = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // See saved().
  }
  apply(next);
});
system.addEventListener('change', () => apply(fallback()));
// A choice made in another tab applies here too.
addEventListener('storage', (e) => {
  if (e.key === KEY) apply(fallback());
});
