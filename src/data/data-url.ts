/** Where the app reads its sites from. */
import { LAYERS } from './vocabulary.ts';

/**
 * Every layer file beside the page, `data/<layer>.geojson`, except in a test build, where
 * `?data=` may name one other file on the same site, so browser tests can load fixtures (hostile
 * text, say) that the build gate would refuse. Production builds compile the override away: MODE
 * is a constant there (tests/unit/scripts/production-build.test.ts checks).
 * @example layerUrls('https://example.org/map/', '')[0] // 'https://example.org/map/data/kwanliso.geojson'
 */
export function layerUrls(base: string, search: string): string[] {
  const standard = LAYERS.map((layer) => `${base}data/${layer}.geojson`);
  if (import.meta.env.MODE !== 'test') return standard;
  const path = new URLSearchParams(search).get('data');
  if (!path) return standard;
  const url = new URL(path, base);
  if (url.origin !== new URL(base).origin) throw new Error(`invalid test data URL: ${path} is not on this site`);
  return [url.href];
}

/**
 * Whether the page reads the build's own layer files, not a test's `?data=`: then the map may
 * start with the build's files of the same sites (src/map/style.ts).
 * @example readsBuildData('') // true
 */
export function readsBuildData(search: string): boolean {
  return import.meta.env.MODE !== 'test' || !new URLSearchParams(search).get('data');
}
