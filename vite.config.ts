import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/lib/csp-plugin.ts';
import { campData } from './scripts/lib/data-plugin.ts';
import { GEO_DIR, dataVersion } from './scripts/lib/geo-files.ts';
import { embedLoader } from './scripts/lib/loader-plugin.ts';
import { mapData } from './scripts/lib/map-data-plugin.ts';
import { noSourceMaps } from './scripts/lib/no-source-maps.ts';
import { preloadDynamicImports } from './scripts/lib/preload-plugin.ts';
import { embedPreview } from './scripts/lib/preview-plugin.ts';
import { markerSprite } from './scripts/lib/sprite-plugin.ts';
import { offlineWorker } from './scripts/lib/sw-plugin.ts';

const geoDir = process.env.CAMP_GEO_DIR ?? GEO_DIR;
/** When the data last changed, from git; today where there is no history (e.g. a tarball). */
function dataDate(dir: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || today();
  } catch {
    return today();
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export default defineConfig({
  // Relative paths, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [
    campData(geoDir),
    // The static preview.svg and the newsroom loader embed.js, both built from geo/.
    embedPreview(geoDir),
    embedLoader(geoDir),
    // The map's marker images, drawn at build time so the page draws none.
    markerSprite(),
    // What the map draws of a plain link's sites, so its worker loads them with the basemap.
    mapData(geoDir),
    // The map's code and the panel's download with the page's.
    preloadDynamicImports(['src/map/map-or-preview.ts', 'src/panel.ts']),
    contentSecurityPolicy(),
    noSourceMaps(),
    // The full map's service worker, listing every file above: last.
    offlineWorker({ dataVersion: dataVersion(geoDir), dataDate: dataDate(geoDir) }),
  ],
  define: {
    __DATA_VERSION__: JSON.stringify(dataVersion(geoDir)),
    __DATA_DATE__: JSON.stringify(dataDate(geoDir)),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // embed.html is a second page: the map for newsrooms' iframes.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
