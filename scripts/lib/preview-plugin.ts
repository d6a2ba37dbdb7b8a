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
