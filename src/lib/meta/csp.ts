/**
 * The site's Content-Security-Policy and security headers, in one place: Base.astro puts the policy in a
 * <meta http-equiv> tag (so it holds on any static host), and src/pages/[headers].ts writes the same
 * policy, plus what a meta tag cannot carry, into dist/_headers for Netlify/Cloudflare Pages.
 *
 * Scripts: 'self' only. No inline script anywhere: the theme is applied before paint by the external
 * /theme-init.js, Astro is told never to inline bundled scripts (astro.config.mjs), and JSON/JSON-LD
 * data blocks are not scripts. 'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly; it
 * allows no eval() of JavaScript. Styles: 'unsafe-inline' is needed for KaTeX's inline style attributes,
 * the brand colours on <html> and the small stylesheets Astro inlines.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** frame-ancestors is ignored in a <meta> policy, so it travels in the HTTP header only. */
const HEADER_ONLY: readonly (readonly [string, readonly string[]])[] = [['frame-ancestors', ["'none'"]]];

export function contentSecurityPolicy(where: 'meta' | 'header'): string {
  const list = where === 'meta' ? CSP_DIRECTIVES : [...CSP_DIRECTIVES, ...HEADER_ONLY];
  return list.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Headers for every response. Sorted by name so the file is the same each build. */
export function securityHeaders(): [string, string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy('header')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), geolocation=(), microphone=(), payment=(), usb=()'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
  ];
  return headers.sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * A Netlify / Cloudflare Pages `_headers` file. `base` is the site's base path ("/" or "/research/"):
 * hashed assets under `<base>_astro/` never change, so they may be cached for a year.
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = ['/*', ...securityHeaders().map(([k, v]) => `  ${k}: ${v}`), '', `${root}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable', ''];
  return lines.join('\n');
}
