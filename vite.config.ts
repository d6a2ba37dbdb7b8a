import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/lib/csp-plugin.ts';
import { campData } from './scripts/lib/data-plugin.ts';
import { GEO_DIR } from './scripts/lib/geo-files.ts';
import { versionOf } from './scripts/lib/version.ts';
import { embedLoader } from './scripts/lib/loader-plugin.ts';
import { mapData } from './scripts/lib/map-data-plugin.ts';
import { noSourceMaps } from './scripts/lib/no-source-maps.ts';
import { embedPreview } from './scripts/lib/preview-plugin.ts';
import { embedFooterPage } from './scripts/lib/embed-footer-plugin.ts';
import { PAGE_ENTRY } from './scripts/lib/page-assets.ts';
import { sitePages } from './scripts/lib/site-pages-plugin.ts';
import { shareCards } from './scripts/lib/cards-plugin.ts';
import { correctionsPages } from './scripts/lib/corrections-plugin.ts';
import { downloadFiles } from './scripts/lib/downloads-plugin.ts';
import { searchAndShare } from './scripts/lib/seo-plugin.ts';
import { siteUrl } from './scripts/lib/site-url.ts';
import { markerSprite } from './scripts/lib/sprite-plugin.ts';
import { labelGlyphs } from './scripts/lib/glyphs-plugin.ts';
import { compileHint } from './scripts/lib/compile-hints.ts';
import { offlineWorker } from './scripts/lib/sw-plugin.ts';

const geoDir = process.env.CAMP_GEO_DIR ?? GEO_DIR;
// The public address, for the few links that must be absolute (README: "Build and host it").
const publicUrl = siteUrl();
// The benchmark's generated datasets (up to 100,000 sites) need no page or card per site.
const perSite = process.env.CAMP_SITE_PAGES !== 'off';
const version = versionOf(geoDir);

export default defineConfig({
  // Relative paths, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [
    campData(geoDir),
    // The static preview.svg and the newsroom loader embed.js, both built from geo/.
    embedPreview(geoDir),
    embedLoader(geoDir),
    // The embed's footer, in its page from the first paint.
    embedFooterPage(geoDir),
    // The map's marker images, drawn at build time so the page draws none.
    markerSprite(),
    // The glyphs of the map's Korean labels, built from their characters so the page draws none.
    labelGlyphs(geoDir),
    // What the map draws of a plain link's sites, so its worker loads them with the basemap.
    mapData(geoDir),
    // No modulepreload of the map's code: on a phone the browser compiled MapLibre's megabyte
    // before the first paint, which came ~100 ms later (the picture of every site with it).
    // A page per site, in each language, from the popup's own code.
    ...(perSite ? [sitePages(geoDir, publicUrl), shareCards(geoDir)] : []),
    correctionsPages(geoDir, publicUrl),
    // Every site in one file of each type, and datapackage.json describing them.
    downloadFiles(geoDir, publicUrl),
    // Canonical, Open Graph and JSON-LD on the main page; robots.txt and sitemap.xml.
    searchAndShare(geoDir, publicUrl),
    contentSecurityPolicy(),
    noSourceMaps(),
    // The full map's service worker, listing every file above: last.
    offlineWorker({ dataVersion: version.hash, dataDate: version.date }),
  ],
  define: {
    // The data version the main page's citation names (src/data/version.ts).
    __DATA_VERSION__: JSON.stringify(version),
  },
  build: {
    target: 'es2022',
    // The pages carry no modulepreload links (see the plugins above), so the polyfill would read none.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // embed.html is a second page: the map for newsrooms' iframes.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        // The static pages' stylesheet and script (scripts/lib/page-assets.ts).
        [PAGE_ENTRY]: fileURLToPath(new URL('./src/site-page/main.ts', import.meta.url)),
      },
      output: {
        // MapLibre's chunk compiled off the main thread as it loads (scripts/lib/compile-hints.ts):
        // a phone's blocking time fell by about a third. After minification, which drops comments.
        postBanner: compileHint,
        codeSplitting: {
          groups: [
            // The small modules that the page's parts share at start (state, data, the English
            // strings) in one file, which compresses better than the ten the automatic split made
            // of them. Those only a popup or a download needs (citations, dates in words) stay out.
            { name: 'shared', test: /\/src\/(state|data|ui\/(?!citations)|i18n\/(strings|languages|evidence)|map\/compact)|preload-helper/, minShareCount: 2 },
          ],
        },
      },
    },
  },
});
