/**
 * Vite plugin: emits `preview.svg`, the static picture of the map drawn from geo/ at build time
 * (scripts/lib/preview.ts), and serves it under `npm start`. It is never checked in, so it can
 * never show stale data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { DEFAULT_LAYERS } from '../../src/data/vocabulary.ts';
import { GEO_DIR, ROOT, loadGeo } from './geo-files.ts';
import { previewSvg, type Preview } from './preview.ts';

export const PREVIEW_PATH = 'preview.svg';

/**
 * The preview of the sites in `geoDir` that the map shows first, those of the default layers;
 * the build gate (data-plugin.ts) has already refused bad data.
 */
export function buildPreview(geoDir = GEO_DIR): Preview {
  const sites = loadGeo(geoDir).filter((site) => DEFAULT_LAYERS.includes(site.layer));
  const countries = JSON.parse(readFileSync(join(ROOT, 'public/basemap/countries.geojson'), 'utf8')) as FeatureCollection;
  return previewSvg(sites, countries);
}

export function embedPreview(geoDir = GEO_DIR): Plugin {
  return {
    name: 'embed-preview',
    // The map's stand-in is drawn into the page's own markup, so it paints with the page's first
    // paint: as an <img> (even of a data: URL) a phone first built it a document of its own, which
    // held the first paint back by 60-85 ms (CPU slowed 4x). The <noscript> fallback and the loader keep the file.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<img class="map-placeholder" src="\.\/preview\.svg"[^>]*>/, () => buildPreview(geoDir).inline),
    },
    configureServer(server) {
      server.middlewares.use(`/${PREVIEW_PATH}`, (_request, response) => {
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(buildPreview(geoDir).svg);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PREVIEW_PATH, source: buildPreview(geoDir).svg });
    },
  };
}
