/** Production builds for the benchmark: the app once per dataset, and the two reference pages. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { DEFAULT_LAYERS } from '../../src/data/vocabulary.ts';
import { DATA_DIR } from '../lib/data-plugin.ts';
import { ROOT } from '../lib/geo-files.ts';

/**
 * Builds the app as `npm run build` does, from `geoDir` (a folder like geo/) into `outDir`;
 * without a page and a card per site where `sitePages` is false (the generated datasets: the
 * map's page is what is measured). The project's vite.config.ts reads CAMP_GEO_DIR and
 * CAMP_SITE_PAGES when loaded, and build() loads it afresh. `mode: 'test'` exposes the map to
 * the browser tests (src/main.ts).
 */
export async function buildApp(geoDir: string, outDir: string, sitePages = true, mode: 'production' | 'test' = 'production'): Promise<void> {
  const previous = { CAMP_GEO_DIR: process.env.CAMP_GEO_DIR, CAMP_SITE_PAGES: process.env.CAMP_SITE_PAGES };
  process.env.CAMP_GEO_DIR = geoDir;
  if (!sitePages) process.env.CAMP_SITE_PAGES = 'off';
  try {
    await build({ root: ROOT, mode, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

/** The reference pages, as `maplibre.html` and `leaflet.html` in one folder. */
export const REFERENCE_PAGES = ['maplibre', 'leaflet'] as const;
export type ReferencePage = (typeof REFERENCE_PAGES)[number];

/** Where the reference pages read the sites: the features of the app's default layers in one file. */
export const REFERENCE_DATA = `${DATA_DIR}/camps.geojson`;

/** The features of an app build's default layers, the sites its first view draws. */
export function shownFeatures(appDir: string): unknown[] {
  return DEFAULT_LAYERS.flatMap((layer) => (JSON.parse(readFileSync(join(appDir, DATA_DIR, `${layer}.geojson`), 'utf8')) as { features: unknown[] }).features);
}

/**
 * Builds the reference pages with the app's public/ folder (basemap, glyphs) and writes the
 * sites the app shows at first into one file, so every page draws the same sites.
 */
export async function buildReferences(appDir: string, outDir: string): Promise<void> {
  const pages = join(ROOT, 'scripts/bench/pages');
  await build({
    configFile: false,
    root: pages,
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(REFERENCE_PAGES.map((page) => [page, join(pages, `${page}.html`)])) },
    },
  });
  mkdirSync(join(outDir, DATA_DIR), { recursive: true });
  writeFileSync(join(outDir, REFERENCE_DATA), JSON.stringify({ type: 'FeatureCollection', features: shownFeatures(appDir) }));
}
