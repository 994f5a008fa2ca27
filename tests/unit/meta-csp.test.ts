import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../src/lib/meta/csp.ts';

describe('Content-Security-Policy', () => {
  it('allows scripts from the site only: no inline script, no eval', () => {
    const meta = contentSecurityPolicy('meta');
    expect(meta).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(/script-src ([^;]*)/.exec(meta)?.[1]).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('adds frame-ancestors in the header only (browsers ignore it in a meta tag)', () => {
    expect(contentSecurityPolicy('meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy('header')).toBe(`${contentSecurityPolicy('meta')}; frame-ancestors 'none'`);
  });

  it('writes a _headers file with the policy, nosniff, referrer policy and immutable assets under the base path', () => {
    const file = headersFile('/research');
    expect(file.split('\n')).toEqual([
      '/*',
      `  Content-Security-Policy: ${contentSecurityPolicy('header')}`,
      '  Cross-Origin-Opener-Policy: same-origin',
      '  Permissions-Policy: camera=(), geolocation=(), microphone=(), payment=(), usb=()',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
      '  X-Frame-Options: DENY',
      '',
      '/research/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ]);
    expect(headersFile('/')).toContain('\n/_astro/*\n');
  });
});
