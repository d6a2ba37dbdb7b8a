/** The whole map style: the offline basemap with the camp sources and layers on top. */
import type { StyleSpecification } from 'maplibre-gl';
import { offlineBasemap, type BasemapTheme } from './basemap.ts';
import { CAMPS_SOURCE, UNCERTAINTY_SOURCE, campLayers } from './layers.ts';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * @param base absolute URL of the site's root, ending in `/`, so every asset stays on this origin
 */
export function mapStyle(base: string, theme: BasemapTheme, labelField: 'name' | 'name_ko'): StyleSpecification {
  const basemap = offlineBasemap(base, theme);
  return {
    version: 8,
    glyphs: basemap.glyphs,
    sources: {
      ...basemap.sources,
      [UNCERTAINTY_SOURCE]: { type: 'geojson', data: empty() },
      [CAMPS_SOURCE]: { type: 'geojson', data: empty(), promoteId: 'id' },
    },
    layers: [...basemap.layers, ...campLayers(labelField)],
  };
}
