/**
 * Camps from vector tiles instead of one GeoJSON file: the path for a dataset too big to send
 * whole (docs/scaling.md). The tiles come from a PMTiles archive on this site, read by HTTP
 * range requests, so no tile server is needed and no other host is contacted.
 * Not used by the app yet: a style opts in by using this source.
 */
import * as maplibregl from 'maplibre-gl';
import { Protocol } from 'pmtiles';

/** The layer inside each tile (scripts/build-tiles.ts), a style's `source-layer`. */
export const CAMPS_TILE_LAYER = 'camps';

let registered = false;

/**
 * Registers the `pmtiles://` protocol with MapLibre (once) and returns a vector source for a
 * .pmtiles archive on this site's own origin. Feature ids come from the `id` property, as in
 * the GeoJSON source, so feature state and clicks work the same.
 * @example map.addSource('camps', campTilesSource(new URL('data/camps.pmtiles', location.href).href))
 */
export function campTilesSource(url: string): maplibregl.VectorSourceSpecification {
  const absolute = new URL(url, location.href);
  // Private by default: a tile archive elsewhere would tell that host who reads the map.
  if (absolute.origin !== location.origin) throw new Error(`invalid tiles URL: ${url} is not on this site`);
  if (!registered) {
    maplibregl.addProtocol('pmtiles', new Protocol().tile);
    registered = true;
  }
  return { type: 'vector', url: `pmtiles://${absolute.href}`, promoteId: 'id' };
}
