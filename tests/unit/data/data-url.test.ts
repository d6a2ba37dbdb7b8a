/** The layer files' addresses, and the test-only override that production builds compile away. */
import { describe, expect, it } from 'vitest';
import { layerUrls } from '../../../src/data/data-url.ts';

const BASE = 'https://example.org/map/';

describe('layerUrls (test mode, as under Vitest)', () => {
  it('is every layer file in data/ beside the page', () => {
    const standard = [
      'https://example.org/map/data/kwanliso.geojson',
      'https://example.org/map/data/kyohwaso.geojson',
      'https://example.org/map/data/labour-training-camps.geojson',
      'https://example.org/map/data/detention-centres.geojson',
    ];
    expect(layerUrls(BASE, '')).toEqual(standard);
    expect(layerUrls(BASE, '?utm_source=x')).toEqual(standard);
  });

  it('takes ?data= as a path on the same site', () => {
    expect(layerUrls(BASE, '?data=fixtures/hostile/camps.geojson')).toEqual(['https://example.org/map/fixtures/hostile/camps.geojson']);
    expect(layerUrls(BASE, '?data=/other/camps.geojson')).toEqual(['https://example.org/other/camps.geojson']);
  });

  it.each(['https://evil.example/camps.geojson', '//evil.example/camps.geojson', 'http://example.org/map/camps.geojson'])(
    'refuses %s, which is not on this site',
    (path) => {
      expect(() => layerUrls(BASE, `?data=${encodeURIComponent(path)}`)).toThrow(/invalid test data URL/);
    },
  );
});
