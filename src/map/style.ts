/** The whole map style: the offline basemap with the camp sources and layers on top. */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { offlineBasemap, type BasemapTheme } from './basemap.ts';
import { IMAGERY_SOURCE, imageryStyle, type Imagery } from './imagery.ts';
import type { LabelField } from './labels.ts';
import { CLUSTERING, SITE_SOURCES, campLayers } from './layers.ts';
import { OTHER_POINTS_SOURCE, otherPointLayers } from './other-points.ts';

/** The marker sprite beside the page (scripts/lib/sprite-plugin.ts): `markers.png`, `markers@2x.json`… */
export const SPRITE_PATH = 'markers';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * Where the build puts what a source draws of the sites a plain link shows (scripts/lib/map-data-plugin.ts).
 * @example mapDataPath('camps') // 'map/camps.geojson'
 */
export function mapDataPath(source: string): string {
  return `map/${source}.geojson`;
}

/**
 * @param base absolute URL of the site's root, ending in `/`, so every asset stays on this origin
 * @param defaultSites start with the build's files of the sites a plain link shows, rather than with none
 */
export function mapStyle(base: string, theme: BasemapTheme, labelField: LabelField, imagery?: Imagery, defaultSites = false): StyleSpecification {
  const basemap = offlineBasemap(base, theme);
  const data = (source: string) => (defaultSites ? `${base}${mapDataPath(source)}` : empty());
  const online = imagery && imageryStyle(imagery);
  // Imagery replaces the look of the land but keeps the offline borders and labels on top.
  const isArea = (layer: LayerSpecification) => layer.type === 'background' || layer.type === 'fill';
  const below = basemap.layers.filter(isArea);
  const above = basemap.layers.filter((layer) => !isArea(layer));
  return {
    version: 8,
    glyphs: basemap.glyphs,
    sprite: `${base}${SPRITE_PATH}`,
    sources: {
      ...basemap.sources,
      ...(online ? { [IMAGERY_SOURCE]: online.source } : {}),
      [OTHER_POINTS_SOURCE]: { type: 'geojson', data: data(OTHER_POINTS_SOURCE) },
      ...Object.fromEntries(SITE_SOURCES.map((source) => [source, { type: 'geojson', data: data(source), promoteId: 'id', ...CLUSTERING[source] }])),
    },
    layers: [...(online ? [...below, online.layer, ...above] : basemap.layers), ...otherPointLayers(), ...campLayers(labelField, theme)],
  };
}
