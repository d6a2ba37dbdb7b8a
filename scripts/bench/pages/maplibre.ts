/**
 * The bare MapLibre reference: the app's own offline basemap style and the same camps file as a
 * plain circle layer, with no validation, list, icons, rings or controls. The app's time over
 * this page's is what the app itself costs.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { offlineBasemap } from '../../../src/map/basemap.ts';
import { DPRK_BOUNDS, base, markReady } from './frame.ts';

maplibregl.setWorkerUrl(workerUrl);

const basemap = offlineBasemap(base);
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    glyphs: basemap.glyphs,
    sources: { ...basemap.sources, camps: { type: 'geojson', data: `${base}data/camps.geojson` } },
    layers: [
      ...basemap.layers,
      {
        id: 'camps',
        type: 'circle',
        source: 'camps',
        paint: { 'circle-radius': 6, 'circle-color': '#b00020', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
      },
    ],
  },
  bounds: DPRK_BOUNDS,
  minZoom: 5,
  maxZoom: 13,
  localIdeographFontFamily: '"Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif',
});
// The first idle comes only once every source, the camps included, is loaded and drawn.
map.once('idle', markReady);
