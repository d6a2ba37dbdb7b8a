/**
 * The service worker's rules, apart from its events so they can be tested in Node: which files
 * it keeps, under which cache, and which requests it answers.
 */

/** One file the worker keeps: its path under the site's root and a hash of its content. */
export type PrecacheEntry = readonly [path: string, revision: string];

/** What a build tells its worker (scripts/lib/sw-plugin.ts writes it into sw.js). */
export interface OfflineManifest {
  /** The data version the build's layer files carry (dataVersion in scripts/lib/geo-files.ts). */
  dataVersion: string;
  /** When the data last changed, YYYY-MM-DD. */
  dataDate: string;
  files: readonly PrecacheEntry[];
}

export const CACHE_PREFIX = 'nk-camp-map-';
/** The header under which a kept response carries its file's revision, so a later build can reuse it. */
export const REVISION_HEADER = 'x-nk-revision';

/**
 * One cache per build, named after everything in it: a new build never mixes with the old one.
 * @example cacheName({ dataVersion: 'ab12cd34', dataDate: '2026-12-01', files: [['index.html', '1f2e3d4c']] }) // 'nk-camp-map-ab12cd34-…'
 */
export function cacheName(manifest: OfflineManifest): string {
  let hash = 0x811c9dc5;
  for (const [path, revision] of manifest.files) {
    for (const char of `${path}\n${revision}\n`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  }
  return `${CACHE_PREFIX}${manifest.dataVersion}-${(hash >>> 0).toString(16)}`;
}

/**
 * The kept path a request is answered from, relative to the worker's scope, or undefined if the
 * worker leaves it to the network: requests to other sites, other methods, anything not kept,
 * and the embed, which keeps nothing on a reader's device (README, Privacy).
 * @example keptPath('https://maps.example.org/nk/#site=x', 'https://maps.example.org/nk/', true, kept) // 'index.html'
 */
export function keptPath(url: string, scope: string, navigation: boolean, kept: ReadonlySet<string>): string | undefined {
  const { origin, pathname } = new URL(url);
  const root = new URL(scope);
  if (origin !== root.origin || !pathname.startsWith(root.pathname)) return undefined;
  const path = decodeURIComponent(pathname.slice(root.pathname.length));
  // The full map is the folder's page; the embed and any other page go to the network.
  if (navigation) return path === '' || path === 'index.html' ? 'index.html' : undefined;
  return kept.has(path) ? path : undefined;
}

/**
 * Whether a request comes from the embed (its page or anything it loads): those go to the network.
 * @example fromEmbed('https://maps.example.org/nk/embed.html#site=x') // true
 */
export function fromEmbed(clientUrl: string | undefined): boolean {
  return clientUrl !== undefined && new URL(clientUrl).pathname.endsWith('/embed.html');
}
