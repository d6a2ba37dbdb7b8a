/** KML from hostile data: every value escaped, in the balloon and in the data. */
import { describe, expect, it } from 'vitest';
import { kml } from '@tmcw/togeojson';
import { sitesIn } from '../../../scripts/lib/geo-files.ts';
import { kmlColour, toKML } from '../../../src/export/kml.ts';
import { parseXml } from '../../xml.ts';

const hostile = sitesIn('tests/fixtures/hostile/camps.geojson');

describe('toKML', () => {
  const text = toKML(hostile, { base: 'https://example.org/map/' });
  const { features } = kml(parseXml(text));

  it('reads back to the same sites, names intact', () => {
    // Layer by layer, so not in the order given.
    const byId = (pairs: unknown[][]) => pairs.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byId(features.map((f) => [f.properties?.id, f.properties?.name]))).toEqual(byId(hostile.map((site) => [site.id, site.name])));
  });

  it('writes data into the balloon escaped, so Google Earth shows it as text', () => {
    for (const feature of features) {
      const description = String(feature.properties?.description);
      expect(description).not.toMatch(/<(img|script|svg|iframe)\b/i);
      expect(description).not.toContain('href="javascript:');
    }
    expect(String(features[0]?.properties?.description)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('points each placemark at its style, with the marker icon from the site', () => {
    for (const feature of features) {
      const site = hostile.find((s) => s.id === feature.properties?.id)!;
      expect(feature.properties?.styleUrl).toBe(`#camp-${site.ministry}-${site.facility_type}`);
      expect(feature.properties?.icon).toBe(`https://example.org/map/icons/camp-${site.ministry}-${site.facility_type}.png`);
    }
  });

  it('colours Google Earth’s own pin by ministry where the site’s address is unknown', () => {
    const { features: pins } = kml(parseXml(toKML(hostile)));
    expect(pins[0]?.properties?.icon).toBeUndefined();
    expect(toKML(hostile)).toContain(`<color>${kmlColour('#D55E00')}</color>`);
  });
});

describe('kmlColour', () => {
  it('writes alpha, blue, green, red', () => {
    expect(kmlColour('#D55E00')).toBe('ff005ed5');
  });
});
