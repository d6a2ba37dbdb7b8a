/**
 * Cuts the camps into vector tiles and packs them as one PMTiles archive: the fixture that
 * shows the map can read tiles by HTTP range instead of one GeoJSON file (docs/scaling.md).
 *
 *   npm run tiles [-- geo/camps.geojson tests/fixtures/tiles/camps.pmtiles]
 *
 * The features carry what the map draws (campsGeoJSON), as the GeoJSON source does. At this
 * size geojson-vt is enough; a dataset of hundreds of thousands would go through tippecanoe.
 */
import { nodeChecks } from '../src/data/node-checks.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, Point } from 'geojson';
import { Compression, TileType } from 'pmtiles';
import { gzipSync } from 'node:zlib';
import { formatProblem, parseJson, validateSites } from '../src/data/validate.ts';
import { campsGeoJSON } from '../src/map/layers.ts';
import { loadBoundaries } from './lib/geo-files.ts';
import { writePmtiles, type Tile } from './lib/pmtiles-writer.ts';

/** The layer name inside each tile, which a style names as `source-layer`. */
export const TILE_LAYER = 'camps';
export const MAX_ZOOM = 8;
const EXTENT = 4096;

/** Tile x or y of a longitude or latitude at zoom z (Web Mercator). */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/**
 * Every non-empty tile from zoom 0 to MAX_ZOOM of a point collection, as gzipped MVT.
 * @example tilesOf(campsGeoJSON(sites)).length // 200-odd for 25 sites
 */
export function tilesOf(collection: FeatureCollection<Point>): Tile[] {
  // MVT ids must be integers: the string id stays a property, and the style promotes it.
  const features = collection.features.map(({ geometry, properties }) => ({ type: 'Feature' as const, geometry, properties }));
  const index = new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, indexMaxPoints: 0, extent: EXTENT });
  const lons = features.map((f) => f.geometry.coordinates[0] ?? 0);
  const lats = features.map((f) => f.geometry.coordinates[1] ?? 0);
  const tiles: Tile[] = [];
  for (let z = 0; z <= MAX_ZOOM; z++) {
    // One tile more on each side: a point near an edge also sits in its neighbour's buffer.
    const [x0, y0] = tileOf(Math.min(...lons), Math.max(...lats), z);
    const [x1, y1] = tileOf(Math.max(...lons), Math.min(...lats), z);
    for (let x = Math.max(0, x0 - 1); x <= Math.min(2 ** z - 1, x1 + 1); x++) {
      for (let y = Math.max(0, y0 - 1); y <= Math.min(2 ** z - 1, y1 + 1); y++) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: EXTENT })) });
      }
    }
  }
  return tiles;
}

/** The archive for a camps file's valid sites; throws on any problem, as the build does. */
export function campsArchive(text: string, file: string): Uint8Array {
  const parsed = parseJson(text, file);
  if ('problem' in parsed) throw new Error(formatProblem(parsed.problem));
  const { sites, problems } = validateSites(parsed.json, file, nodeChecks(loadBoundaries()));
  if (problems.length) throw new Error(`invalid camps file:\n${problems.map(formatProblem).join('\n')}`);
  const collection = campsGeoJSON(sites);
  const lons = sites.map((site) => site.coordinates[0]);
  const lats = sites.map((site) => site.coordinates[1]);
  const bounds: [number, number, number, number] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  const fields = Object.fromEntries(Object.keys(collection.features[0]?.properties ?? {}).map((key) => [key, 'String']));
  return writePmtiles(tilesOf(collection), {
    tileType: TileType.Mvt,
    tileCompression: Compression.Gzip,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 6],
    metadata: {
      name: 'North Korea prison camps',
      format: 'pbf',
      vector_layers: [{ id: TILE_LAYER, fields, minzoom: 0, maxzoom: MAX_ZOOM }],
      attribution: 'Camp data: see the sources cited for each site',
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input = 'geo/camps.geojson', output = 'tests/fixtures/tiles/camps.pmtiles'] = process.argv.slice(2);
  const archive = campsArchive(readFileSync(input, 'utf8'), input);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, archive);
  console.log(`${output}: ${archive.length.toLocaleString('en')} bytes from ${input}`);
}
