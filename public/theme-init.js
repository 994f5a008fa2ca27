// Sets data-theme before first paint (blocking <script src> in <head>; see src/scripts/theme.ts).
(function (r, t) {
  try {
    t = localStorage.getItem('theme');
  } catch (e) {}
  r.setAttribute('data-theme', t === 'dark' || t === 'light' ? t : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
})(document.documentElement);
