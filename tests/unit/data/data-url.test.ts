/** The camps file's address, and the test-only override that production builds compile away. */
import { describe, expect, it } from 'vitest';
import { campsUrl } from '../../../src/data/data-url.ts';

const BASE = 'https://example.org/map/';

describe('campsUrl (test mode, as under Vitest)', () => {
  it('is data/camps.geojson beside the page', () => {
    expect(campsUrl(BASE, '')).toBe('https://example.org/map/data/camps.geojson');
    expect(campsUrl(BASE, '?utm_source=x')).toBe('https://example.org/map/data/camps.geojson');
  });

  it('takes ?data= as a path on the same site', () => {
    expect(campsUrl(BASE, '?data=fixtures/hostile/camps.geojson')).toBe('https://example.org/map/fixtures/hostile/camps.geojson');
    expect(campsUrl(BASE, '?data=/other/camps.geojson')).toBe('https://example.org/other/camps.geojson');
  });

  it.each(['https://evil.example/camps.geojson', '//evil.example/camps.geojson', 'http://example.org/map/camps.geojson'])(
    'refuses %s, which is not on this site',
    (path) => {
      expect(() => campsUrl(BASE, `?data=${encodeURIComponent(path)}`)).toThrow(/invalid test data URL/);
    },
  );
});
