/** The embed's colours: `theme=light|dark|auto`, applied to the page and to the live map. */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { basemapTheme, type BasemapTheme } from '../map/basemap.ts';
import { SITE_SOURCES, layerIds } from '../map/layers.ts';
import { mapStyle } from '../map/style.ts';
import type { Theme } from '../state/url.ts';

/**
 * The palette to draw: `auto` follows the reader's device, anything else missing means light.
 * @example resolveTheme('auto', true) // 'dark'
 */
export function resolveTheme(theme: Theme | undefined, prefersDark: boolean): BasemapTheme {
  return theme === 'dark' || (theme === 'auto' && prefersDark) ? 'dark' : 'light';
}

/** The map's layers in a palette, with camp labels that read on it (dark text would glare on the dark basemap). */
export function themedLayers(base: string, theme: BasemapTheme, labelField: 'name' | 'name_ko'): LayerSpecification[] {
  const c = basemapTheme[theme];
  const overrides: Record<string, Record<string, string>> =
    theme === 'dark'
      ? Object.fromEntries(
          SITE_SOURCES.flatMap((source) => [
            [layerIds(source).labels, { 'text-color': c.cityText, 'text-halo-color': c.halo }],
            [layerIds(source).selected, { 'circle-stroke-color': c.cityText }],
          ]),
        )
      : {};
  return mapStyle(base, theme, labelField).layers.map((layer) =>
    overrides[layer.id] ? ({ ...layer, paint: { ...layer.paint, ...overrides[layer.id] } } as LayerSpecification) : layer,
  );
}

/** Repaints a loaded map, keeping its sources, camera and popup. */
export function repaint(map: MapLibreMap, layers: readonly LayerSpecification[]): void {
  type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
  for (const layer of layers) {
    for (const [property, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, property as PaintName, value);
  }
}
