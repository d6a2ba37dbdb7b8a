/**
 * Vite plugin: the share cards, a 1200×630 PNG per site (cards/<id>.png) and one for the map
 * (cards/map.png), drawn at build time with the bundled fonts (card.ts).
 */
import type { Plugin } from 'vite';
import { DEFAULT_LAYERS } from '../../src/data/vocabulary.ts';
import { MAP_CARD, siteCardPath } from '../../src/state/pages.ts';
import { cachedPng, mapCardSvg, siteCardSvg } from './card.ts';
import { GEO_DIR, loadGeo } from './geo-files.ts';
import { loadBasemap } from './location-map.ts';
import { versionOf } from './version.ts';

export function shareCards(geoDir = GEO_DIR): Plugin {
  return {
    name: 'share-cards',
    apply: 'build',
    async generateBundle() {
      const sites = loadGeo(geoDir);
      const basemap = loadBasemap();
      // The map's card shows what the map opens on: the default layers, as preview.svg does.
      const shown = sites.filter((site) => DEFAULT_LAYERS.includes(site.layer));
      const cards = [
        { fileName: MAP_CARD, svg: mapCardSvg(shown, basemap.countries, versionOf(geoDir)) },
        ...sites.map((site) => ({ fileName: siteCardPath(site.id), svg: siteCardSvg(site, basemap) })),
      ];
      // All at once: resvg renders on the thread pool, so cards draw side by side.
      const pngs = await Promise.all(cards.map(async ({ fileName, svg }) => ({ fileName, source: await cachedPng(svg) })));
      for (const png of pngs) this.emitFile({ type: 'asset', ...png });
    },
  };
}
