/** The camp layers: what each site carries to the map, and rings that keep their size on the ground. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { UNCERTAINTY_KM } from '../../../src/data/vocabulary.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';
import { CAMPS_SOURCE, campLayers, campsGeoJSON, ringRadiusAtZoom0 } from '../../../src/map/layers.ts';

const sites = loadGeo();
const ringLayer = campLayers().find((layer) => layer.id === 'camps-uncertainty');

/** Ground metres per pixel in MapLibre's Web Mercator (512 px world) at a zoom and latitude. */
const metresPerPixel = (zoom: number, lat: number) => (2 * Math.PI * 6_378_137 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

describe('uncertainty rings', () => {
  it('give every site that is not located to the facility a ring, and none to the rest', () => {
    const features = campsGeoJSON(sites).features;
    for (const feature of features) {
      const site = sites.find((s) => s.id === feature.properties?.id);
      expect(feature.properties?.ring > 0, feature.properties?.id).toBe(site?.location_precision !== 'facility');
    }
    expect(features.filter((f) => f.properties?.ring > 0).length).toBeGreaterThan(0);
  });

  it('draw a ring of the precision\'s radius on the ground at every zoom', () => {
    expect(ringLayer).toMatchObject({ type: 'circle', source: CAMPS_SOURCE });
    const radius = createPropertyExpression((ringLayer as { paint: { 'circle-radius': ExpressionSpecification } }).paint['circle-radius'], 'paint.circle-radius', latest.paint_circle['circle-radius'] as StylePropertySpecification);
    if (radius.result !== 'success') throw new Error('invalid circle-radius expression');
    for (const site of sites.filter((s) => s.location_precision !== 'facility')) {
      const [, lat] = site.coordinates;
      const properties = { ring: ringRadiusAtZoom0(UNCERTAINTY_KM[site.location_precision], lat) };
      for (const zoom of [5, 7.5, 13]) {
        const pixels = radius.value.evaluate({ zoom }, { type: 'Point', properties } as never) as number;
        expect((pixels * metresPerPixel(zoom, lat)) / 1000).toBeCloseTo(UNCERTAINTY_KM[site.location_precision], 6);
      }
    }
  });
});
