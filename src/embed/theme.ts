/** The embed's colours: `theme=light|dark|auto`, applied to the page and to the live map. */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapTheme } from '../map/basemap.ts';
import type { Theme } from '../state/url.ts';

/**
 * The palette to draw: `auto` follows the reader's device, anything else missing means light.
 * @example resolveTheme('auto', true) // 'dark'
 */
export function resolveTheme(theme: Theme | undefined, prefersDark: boolean): BasemapTheme {
  return theme === 'dark' || (theme === 'auto' && prefersDark) ? 'dark' : 'light';
}

/** Repaints a loaded map in another palette's layers (mapStyle's), keeping its sources, camera and popup. */
export function repaint(map: MapLibreMap, layers: readonly LayerSpecification[]): void {
  type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
  for (const layer of layers) {
    for (const [property, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, property as PaintName, value);
  }
}
