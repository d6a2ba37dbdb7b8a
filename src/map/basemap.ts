/**
 * The offline basemap: Natural Earth land, borders, coastline and North Korea's provinces, plus
 * curated GeoNames cities, all served from this site (public/basemap, public/fonts), so drawing
 * the map contacts no other host. Built by scripts/build-basemap.ts and scripts/build-glyphs.ts.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';

/** [west, south, east, north] of the basemap data; scripts/build-basemap.ts clips to it. */
export const BASEMAP_BBOX = [117, 32, 134, 44.5] as const;

/** Calm, low-saturation palettes, so the red, blue and grey camp markers stand out. */
export const basemapTheme = {
  light: {
    sea: '#dde5ea',
    land: '#ebe9e4', // neighbours: muted
    landFocus: '#fbfaf7', // North Korea: lighter, so it reads as the subject
    outside: '#f4f4f2', // beyond the data's extent
    coast: '#9fb0bb', province: '#c3bcb0', border: '#857c70', borderCasing: 'rgba(133,124,112,0.18)',
    provinceText: '#8b8276', cityText: '#33312e', foreignCityText: '#6f6b65', dot: '#4a4744',
    halo: 'rgba(251,250,247,0.9)',
  },
  dark: {
    sea: '#111519', land: '#25292e', landFocus: '#32363b', outside: '#1a1d21',
    coast: '#46525c', province: '#4c5157', border: '#8c9097', borderCasing: 'rgba(140,144,151,0.16)',
    provinceText: '#8f949a', cityText: '#dcdee1', foreignCityText: '#a3a7ad', dot: '#c4c8cd',
    halo: 'rgba(20,23,27,0.9)',
  },
} as const;

export type BasemapTheme = keyof typeof basemapTheme;

export interface OfflineBasemap {
  glyphs: string;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** The one font stack the site's glyphs are built for (scripts/build-glyphs.ts). */
export const FONT = ['Noto Sans Regular'];
const NE = '© Natural Earth';
const NORTH_KOREA = '408';

/**
 * @param base absolute URL of the site's root ending in '/'. Built by concatenation: `new URL()`
 *   would percent-encode the `{fontstack}`/`{range}` tokens.
 */
export function offlineBasemap(base: string, theme: BasemapTheme = 'light'): OfflineBasemap {
  const c = basemapTheme[theme];
  const geojson = (file: string, attribution = NE): SourceSpecification => ({
    type: 'geojson',
    data: `${base}basemap/${file}.geojson`,
    attribution,
    maxzoom: 12,
  });
  const zoomWidth = (z5: number, z10: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 5, z5, 10, z10];
  // rank 1 always; 2 from z5; 3 from z7; 4 from z8 (filters see integer zooms only)
  const visibleCities: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5, 2, 7, 3, 8, 4]];
  const halo = { 'text-halo-color': c.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.5 };

  const [w, s, e, n] = BASEMAP_BBOX;
  const outside: SourceSpecification = {
    type: 'geojson',
    data: {
      type: 'Polygon', // the world with the data's extent cut out, so the edge reads as a frame
      coordinates: [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]], [[w, s], [w, n], [e, n], [e, s], [w, s]]],
    },
  };

  const line = (id: string, source: string, color: string, width: ExpressionSpecification, dash?: number[]): LayerSpecification => ({
    id,
    type: 'line',
    source,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': color, 'line-width': width, ...(dash ? { 'line-dasharray': dash } : {}) },
  });

  const layers: LayerSpecification[] = [
    { id: 'bm-sea', type: 'background', paint: { 'background-color': c.sea } },
    {
      id: 'bm-land',
      type: 'fill',
      source: 'bm-countries',
      paint: { 'fill-color': ['match', ['get', 'iso_n3'], NORTH_KOREA, c.landFocus, c.land], 'fill-antialias': false },
    },
    line('bm-provinces', 'bm-province-lines', c.province, zoomWidth(0.6, 1.4), [4, 2]),
    // The coast is the land polygons' outline (no separate coastline file). Land borders are
    // outlined too, but under the wider, opaque bm-borders line on the same arcs.
    line('bm-coastline', 'bm-countries', c.coast, zoomWidth(0.7, 1.2)),
    line('bm-border-casing', 'bm-borders', c.borderCasing, zoomWidth(4, 8)),
    line('bm-borders', 'bm-borders', c.border, zoomWidth(1.1, 2)),
    { id: 'bm-outside', type: 'fill', source: 'bm-outside', paint: { 'fill-color': c.outside } },
    { id: 'bm-outside-edge', type: 'line', source: 'bm-outside', paint: { 'line-color': c.coast, 'line-width': 0.8 } },
    {
      id: 'bm-province-labels',
      type: 'symbol',
      source: 'bm-province-labels',
      minzoom: 5.5,
      // Pyongyang and Rason are also city labels: name them as provinces only when zoomed in
      filter: ['step', ['zoom'], ['!', ['in', ['get', 'iso_3166_2'], ['literal', ['KP-01', 'KP-13']]]], 8, true],
      layout: {
        'text-field': ['format', ['upcase', ['get', 'name']], {}, '\n', {}, ['get', 'name_ko'], { 'font-scale': 0.95 }],
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 10, 14],
        'text-letter-spacing': 0.08,
        'text-line-height': 1.25,
        'text-max-width': 7,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.3,
        'symbol-sort-key': 10,
      },
      paint: { 'text-color': c.provinceText, ...halo },
    },
    {
      id: 'bm-city-dots',
      type: 'circle',
      source: 'bm-cities',
      filter: visibleCities,
      paint: {
        'circle-radius': ['case', ['get', 'capital'], 4, ['<=', ['get', 'rank'], 2], 3, 2.4],
        'circle-color': ['case', ['get', 'capital'], c.landFocus, c.dot],
        'circle-stroke-color': ['case', ['get', 'capital'], c.dot, c.landFocus],
        'circle-stroke-width': ['case', ['get', 'capital'], 2, 1],
      },
    },
    {
      id: 'bm-city-labels',
      type: 'symbol',
      source: 'bm-cities',
      filter: visibleCities,
      layout: {
        'text-field': ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_ko'], { 'font-scale': 0.9 }],
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, ['-', 13, ['get', 'rank']], 10, ['-', 17, ['get', 'rank']]],
        'text-line-height': 1.15,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'symbol-sort-key': ['+', ['get', 'rank'], ['match', ['get', 'country'], 'KP', 0, 0.5]],
      },
      paint: { 'text-color': ['match', ['get', 'country'], 'KP', c.cityText, c.foreignCityText], ...halo },
    },
  ];

  return {
    glyphs: `${base}fonts/{fontstack}/{range}.pbf`,
    sources: {
      'bm-outside': outside,
      'bm-countries': geojson('countries'),
      'bm-borders': geojson('borders'),
      'bm-province-lines': geojson('province-lines'), // internal boundaries; provinces.geojson has the polygons
      'bm-province-labels': geojson('province-labels'),
      'bm-cities': geojson('cities', 'GeoNames (CC BY 4.0)'),
    },
    layers,
  };
}
