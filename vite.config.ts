import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/lib/csp-plugin.ts';
import { campData } from './scripts/lib/data-plugin.ts';
import { GEO_DIR } from './scripts/lib/geo-files.ts';
import { embedLoader } from './scripts/lib/loader-plugin.ts';
import { noSourceMaps } from './scripts/lib/no-source-maps.ts';
import { preloadDynamicImports } from './scripts/lib/preload-plugin.ts';
import { embedPreview } from './scripts/lib/preview-plugin.ts';

const geoDir = process.env.CAMP_GEO_DIR ?? GEO_DIR;
// The data version a citation names: a hash of the sites file, so it changes exactly when the data does.
const dataVersion = createHash('sha256').update(readFileSync(`${geoDir}/camps.geojson`)).digest('hex').slice(0, 8);

/** When the sites file last changed, from git; today where there is no history (e.g. a tarball). */
function dataDate(file: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || today();
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
    // The map's code and the panel's download with the page's.
    preloadDynamicImports(['src/map/map-or-preview.ts', 'src/panel.ts']),
    contentSecurityPolicy(),
    noSourceMaps(),
  ],
  define: {
    __DATA_VERSION__: JSON.stringify(dataVersion),
    __DATA_DATE__: JSON.stringify(dataDate(`${geoDir}/camps.geojson`)),
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
