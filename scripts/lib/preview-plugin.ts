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

/**
 * The preview as a `data:` URL, for the pages' own `<img>`: in the page itself, it is drawn with the
 * first paint rather than a round trip later (a phone's largest contentful paint).
 * Only what a URL or an HTML attribute cannot hold as it is gets escaped, so it stays about the file's size.
 * @example previewDataUrl('<svg fill="#fff"/>') // 'data:image/svg+xml,%3Csvg fill=%22%23fff%22/%3E'
 */
export function previewDataUrl(svg: string): string {
  return `data:image/svg+xml,${svg.replace(/[%#"<>&\n]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

export function embedPreview(geoDir = GEO_DIR): Plugin {
  return {
    name: 'embed-preview',
    // Only the map's stand-in in a page; the <noscript> fallback and the loader keep the file.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/(<img class="map-placeholder" src=")\.\/preview\.svg"/, (_, start: string) => `${start}${previewDataUrl(buildPreview(geoDir).svg)}"`),
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
