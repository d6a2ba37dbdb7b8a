/**
 * Opt-in online imagery (e.g. satellite tiles) drawn over the offline land and under the
 * labels and camps. Off unless the site is built with VITE_IMAGERY_TILES, because every tile
 * request tells a third party that someone is looking at this place.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

export interface Imagery {
  /** Tile URL templates with {z}/{x}/{y}, e.g. a satellite imagery service's. */
  tiles: string[];
  attribution: string;
  maxzoom: number;
}

export const IMAGERY_SOURCE = 'imagery';

/**
 * Reads the build-time configuration; undefined (the default) keeps the map fully offline.
 * @example imageryFromEnv({ VITE_IMAGERY_TILES: 'https://tiles.example/{z}/{y}/{x}', VITE_IMAGERY_ATTRIBUTION: '© Example' })
 */
export function imageryFromEnv(env: Record<string, string | undefined>): Imagery | undefined {
  const tiles = env.VITE_IMAGERY_TILES?.split(',').map((url) => url.trim()).filter((url) => url.startsWith('https://'));
  if (!tiles?.length) return undefined;
  return { tiles, attribution: env.VITE_IMAGERY_ATTRIBUTION ?? '', maxzoom: Number(env.VITE_IMAGERY_MAXZOOM) || 18 };
}

export function imageryStyle({ tiles, attribution, maxzoom }: Imagery): { source: SourceSpecification; layer: LayerSpecification } {
  return {
    source: { type: 'raster', tiles, tileSize: 256, maxzoom, attribution },
    layer: { id: IMAGERY_SOURCE, type: 'raster', source: IMAGERY_SOURCE },
  };
}
