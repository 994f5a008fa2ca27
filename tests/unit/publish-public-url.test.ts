import { describe, expect, it } from 'vitest';
import { isPlaceholderHost, publicSiteUrl } from '../../src/lib/publish/public-url.ts';
import { absoluteUrl } from '../../src/lib/meta/urls.ts';

describe('public site URL', () => {
  it('knows placeholder hosts from real ones', () => {
    for (const h of ['example.com', 'research.example.com', 'a.example.org', 'example.net', 'localhost', '127.0.0.1', 'site.test', 'x.invalid', 'EXAMPLE.COM.'])
      expect(isPlaceholderHost(h), h).toBe(true);
    for (const h of ['research.meridianridge.com', 'examples.com', 'example.co.uk', 'myexample.com']) expect(isPlaceholderHost(h), h).toBe(false);
  });

  it('passes a real address through, SITE_URL first', () => {
    expect(publicSiteUrl('https://research.meridianridge.com', {})).toBe('https://research.meridianridge.com');
    expect(publicSiteUrl('https://research.example.com', { SITE_URL: 'https://staging.meridianridge.com' })).toBe('https://staging.meridianridge.com');
  });

  it('refuses a placeholder in a client build, naming the setting', () => {
    expect(() => publicSiteUrl('https://research.example.com', {}, 'content/site.yaml')).toThrow(/placeholder: https:\/\/research\.example\.com \(from `url:` in content\/site\.yaml\)[\s\S]*PREVIEW=1/);
    expect(() => publicSiteUrl('https://research.meridianridge.com', { SITE_URL: 'http://localhost:4321' })).toThrow(/from SITE_URL \(environment\)/);
  });

  it('lets a preview build without one, and then prints no absolute URL', () => {
    expect(publicSiteUrl('https://research.example.com', { PREVIEW: '1' })).toBeUndefined();
    expect(publicSiteUrl('https://research.example.com', { SKIP_PDF: '1' })).toBeUndefined();
    expect(absoluteUrl(undefined, '/research', 'articles/capex/')).toBe('/research/articles/capex/');
    expect(absoluteUrl('https://research.meridianridge.com', '/', 'feed.xml')).toBe('https://research.meridianridge.com/feed.xml');
  });
});
