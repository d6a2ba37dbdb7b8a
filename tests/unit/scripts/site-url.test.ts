import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../scripts/lib/site-url.ts';

describe('siteUrl', () => {
  it('is absent without the setting, and ends in / with it', () => {
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('')).toBeUndefined();
    expect(siteUrl('https://example.org/map')?.href).toBe('https://example.org/map/');
    expect(siteUrl('http://localhost:8080/')?.href).toBe('http://localhost:8080/');
  });

  it.each(['example.org/map', 'ftp://example.org/', 'javascript:alert(1)', 'https://example.org/?x=1'])('refuses %s', (value) => {
    expect(() => siteUrl(value)).toThrow(/invalid SITE_URL/);
  });
});
