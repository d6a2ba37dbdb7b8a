/** What both reference pages share with the app: its frame, its first view, and the mark the benchmark waits for. */
import './layout.css';

/** The app's first view (DPRK_BOUNDS in src/map/camp-map.ts), kept apart so no app code is bundled here. */
export const DPRK_BOUNDS: [number, number, number, number] = [124.2, 37.6, 130.8, 43.1];

/** The site root, ending in `/`, which the pages read the app's own basemap and data files from. */
export const base = new URL('./', location.href).href;

/** Tells the benchmark that every site is drawn, the same way the app does. */
export function markReady(): void {
  if (performance.getEntriesByName('map-ready').length === 0) performance.mark('map-ready');
}
