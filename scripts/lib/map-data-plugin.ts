/**
 * Vite plugin: emits what the map draws of the sites a plain link shows (those of the default
 * layers), one file per map source, as `map/<source>.geojson`, and serves them under `npm start`.
 * The map's worker fetches and tiles them with the basemap, in one wave, as a bare MapLibre page
 * would; the page need not wait for its own check of the layer files (a worker's, after the
 * download) before the map can draw the sites.
 */
import type { Plugin } from 'vite';
import { visibleSites } from '../../src/data/filter.ts';
import { SITE_SOURCES, campsGeoJSON, sourceOf } from '../../src/map/layers.ts';
import { OTHER_POINTS_SOURCE, otherPointsGeoJSON } from '../../src/map/other-points.ts';
import { mapDataFingerprint } from '../../src/map/fingerprint.ts';
import { mapDataPath } from '../../src/map/style.ts';
import { readHash, siteQuery } from '../../src/state/url.ts';
import { GEO_DIR, loadGeo } from './geo-files.ts';

export interface MapData {
  /** Each file's text by path: each site source's sites, and the other points of their disputes. */
  files: Map<string, string>;
  /** mapDataFingerprint of the sites drawn, which the page compares with the sites it has checked. */
  fingerprint: string;
}

/**
 * @example mapDataFiles().files.get('map/camps.geojson') // '{"type":"FeatureCollection","features":[…]}'
 */
export function mapDataFiles(geoDir = GEO_DIR): MapData {
  // The build gate (data-plugin.ts) has already refused bad data.
  const shown = visibleSites(loadGeo(geoDir), siteQuery(readHash('')));
  const files = new Map([
    ...SITE_SOURCES.map((source): [string, string] => [mapDataPath(source), JSON.stringify(campsGeoJSON(shown.filter((site) => sourceOf(site) === source)))]),
    [mapDataPath(OTHER_POINTS_SOURCE), JSON.stringify(otherPointsGeoJSON(shown))],
  ]);
  return { files, fingerprint: mapDataFingerprint(shown) };
}

/** Also defines `__MAP_DATA_SITES__`, the fingerprint of the sites in the files. */
export function mapData(geoDir = GEO_DIR): Plugin {
  let data: MapData | undefined;
  const made = () => (data ??= mapDataFiles(geoDir));
  return {
    name: 'map-data',
    config: () => ({ define: { __MAP_DATA_SITES__: JSON.stringify(made().fingerprint) } }),
    configureServer(server) {
      server.middlewares.use('/map/', (request, response, next) => {
        const body = mapDataFiles(geoDir).files.get(`map${request.url ?? ''}`);
        if (body === undefined) return next();
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of made().files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
