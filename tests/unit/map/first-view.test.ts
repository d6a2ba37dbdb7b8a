/** The first view frames every site with its uncertainty ring, whatever the filters show. */
import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';
import { UNCERTAINTY_KM } from '../../../src/data/vocabulary.ts';
import { DPRK_BOUNDS, FIRST_VIEW, grow } from '../../../src/map/first-view.ts';

describe('the first view', () => {
  it('holds every site of every layer, with its ring', () => {
    const [west, south, east, north] = FIRST_VIEW;
    for (const site of loadGeo()) {
      const [lon, lat] = site.coordinates;
      // The ring's bounds, rounded outwards: a little larger than the ring itself.
      const [w, s, e, n] = grow([lon, lat, lon, lat], UNCERTAINTY_KM[site.location_precision]);
      expect(w >= west && s >= south && e <= east && n <= north, site.id).toBe(true);
    }
  });

  it('grows the country by the widest ring, never less', () => {
    const [west, south, east, north] = FIRST_VIEW;
    const [w, s, e, n] = DPRK_BOUNDS;
    expect(north - n).toBeGreaterThanOrEqual(40 / 111.32);
    expect(s - south).toBeGreaterThanOrEqual(40 / 111.32);
    expect(east - e).toBeGreaterThanOrEqual(40 / (111.32 * Math.cos((n * Math.PI) / 180)));
    expect(w - west).toBeGreaterThanOrEqual(40 / (111.32 * Math.cos((n * Math.PI) / 180)));
  });
});
