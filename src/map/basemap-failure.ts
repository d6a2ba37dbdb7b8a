/**
 * When a file of the offline basemap fails to load, the camps still draw, on the plain
 * background colour; this tells the reader why the map looks bare, once, politely.
 * (Failed glyph files need no notice: MapLibre then draws the labels with a local font.)
 */
import type { ErrorEvent } from 'maplibre-gl';
import { el } from '../ui/dom.ts';
import './basemap-failure.css';

/** Every source of the offline basemap is named `bm-…` (src/map/basemap.ts). */
export const BASEMAP_SOURCE_PREFIX = 'bm-';

/**
 * @example isBasemapError(new ErrorEvent(new Error('404'), { sourceId: 'bm-countries' })) // true
 */
export function isBasemapError(event: ErrorEvent): boolean {
  const sourceId: unknown = 'sourceId' in event ? event.sourceId : undefined;
  return typeof sourceId === 'string' && sourceId.startsWith(BASEMAP_SOURCE_PREFIX);
}

/** A handler for the map's error events: true if it was a basemap failure (now shown), else false. */
export function basemapFailureNotice(container: HTMLElement, message: string): (event: ErrorEvent) => boolean {
  let notice: HTMLElement | undefined;
  return (event) => {
    if (!isBasemapError(event)) return false;
    if (!notice) {
      notice = el('div', { class: 'notice basemap-failure', role: 'status' }, el('p', {}, message));
      container.append(notice);
    }
    return true;
  };
}
