/** Test page: the camps drawn from tests/fixtures/tiles/camps.pmtiles through src/map/tiles.ts alone. */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CAMPS_TILE_LAYER, campTilesSource } from '../../../src/map/tiles.ts';

maplibregl.setWorkerUrl(workerUrl);

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { camps: campTilesSource('camps.pmtiles') },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#fbfaf7' } },
      { id: 'camps', type: 'circle', source: 'camps', 'source-layer': CAMPS_TILE_LAYER, paint: { 'circle-radius': 6, 'circle-color': '#0072B2' } },
    ],
  },
  // The whole country (DPRK_BOUNDS in src/map/first-view.ts).
  bounds: [124.2, 37.6, 130.8, 43.1],
});
Object.assign(window, { tilesMap: map });
