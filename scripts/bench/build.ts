/** Production builds for the benchmark: the app once per dataset, and the two reference pages. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { DATA_PATH } from '../lib/data-plugin.ts';
import { ROOT } from '../lib/geo-files.ts';

/**
 * Builds the app as `npm run build` does, from `geoDir` (a folder like geo/) into `outDir`.
 * The project's vite.config.ts reads CAMP_GEO_DIR when loaded, and build() loads it afresh.
 */
export async function buildApp(geoDir: string, outDir: string): Promise<void> {
  const previous = process.env.CAMP_GEO_DIR;
  process.env.CAMP_GEO_DIR = geoDir;
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.CAMP_GEO_DIR;
    else process.env.CAMP_GEO_DIR = previous;
  }
}

/** The reference pages, as `maplibre.html` and `leaflet.html` in one folder. */
export const REFERENCE_PAGES = ['maplibre', 'leaflet'] as const;
export type ReferencePage = (typeof REFERENCE_PAGES)[number];

/**
 * Builds the reference pages with the app's public/ folder (basemap, glyphs) and copies in the
 * camps file of an app build, so every page draws the very same bytes.
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
  mkdirSync(join(outDir, 'data'), { recursive: true });
  copyFileSync(join(appDir, DATA_PATH), join(outDir, DATA_PATH));
}
