/**
 * Vite plugin: builds the full map's service worker (src/offline/sw.ts) into `sw.js` at the site's
 * root, with the list of files it keeps and a hash of each, so every build with a changed file
 * ships a changed worker, which browsers then install in the background. Kept: everything the full
 * map loads, the basemap, the glyphs and the data; not the embed's page or loader, the demo,
 * licence texts, the province outlines that only the build's checks read, or the pages and files
 * made for citing and sharing (a page, a map, a card and three downloads per site, some 30 MB: the
 * map's own details say all a page does). Build only: `npm start` registers no worker.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import type { OfflineManifest, PrecacheEntry } from '../../src/offline/precache.ts';
import { WORKER_PATH } from '../../src/offline/register.ts';
import { markerIconPath } from '../../src/export/kml.ts';
import { LANGUAGES } from '../../src/state/language.ts';
import { CORRECTIONS_FEED, MAP_CARD, correctionsPagePath, fullDownloadPath, siteIndexPath } from '../../src/state/pages.ts';
import { DATAPACKAGE } from './datapackage.ts';
import { PAGE_ENTRY } from './page-assets.ts';

const ENTRY = fileURLToPath(new URL('../../src/offline/sw.ts', import.meta.url));

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * The citable pages and downloads, where the build's other plugins put them (src/state/pages.ts),
 * with the pages' own assets and the KML files' icons.
 */
const FOR_CITING = {
  folders: [
    ...LANGUAGES.flatMap((lang) => [siteIndexPath(lang), correctionsPagePath(lang)]),
    folderOf(MAP_CARD),
    folderOf(fullDownloadPath('csv')),
    folderOf(markerIconPath('MSS', 'kwanliso')),
    `assets/${PAGE_ENTRY}-`,
  ],
  files: [CORRECTIONS_FEED, DATAPACKAGE, 'sitemap.xml', 'robots.txt'],
};
const isForCiting = (path: string) => FOR_CITING.folders.some((folder) => path.startsWith(folder)) || FOR_CITING.files.includes(path);

/**
 * Whether the worker keeps a file of the build.
 * @example isKept('assets/camp-map-1a2b3c.js') // true
 */
export function isKept(path: string): boolean {
  return !/^(embed\.html|embed\.js|sw\.js|demo\/|basemap\/provinces\.geojson$)|\.(md|txt)$/.test(path) && !isForCiting(path);
}

const revision = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex').slice(0, 12);

/** Every file under `root`, as paths relative to it with `/`. */
function filesIn(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/** The worker's code for this manifest, minified. */
export async function buildWorker(manifest: OfflineManifest): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest) },
    build: { write: false, target: 'es2022', minify: true, lib: { entry: ENTRY, formats: ['iife'], name: 'nkCampMapWorker', fileName: () => WORKER_PATH } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('invalid service worker build: no chunk');
  return chunk.code;
}

export function offlineWorker(data: Pick<OfflineManifest, 'dataVersion' | 'dataDate'>): Plugin {
  let publicDir = '';
  return {
    name: 'offline-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // Last, so every other plugin's files (the data, the preview, the sprite) are in the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const files = new Map<string, string>();
        for (const output of Object.values(bundle)) files.set(output.fileName, revision(output.type === 'chunk' ? output.code : output.source));
        if (publicDir) for (const path of filesIn(publicDir)) files.set(path, revision(readFileSync(join(publicDir, path))));
        const kept: PrecacheEntry[] = [...files].filter(([path]) => isKept(path)).sort(([a], [b]) => a.localeCompare(b));
        this.emitFile({ type: 'asset', fileName: WORKER_PATH, source: await buildWorker({ ...data, files: kept }) });
      },
    },
  };
}
