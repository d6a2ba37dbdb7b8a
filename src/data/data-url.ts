/** Where the app reads its sites from. */

/**
 * Always `data/camps.geojson` beside the page, except in a test build, where `?data=` may
 * name another file on the same site, so browser tests can load fixtures (hostile text, say)
 * that the build gate would refuse. Production builds compile the override away: MODE is a
 * constant there (tests/unit/scripts/production-build.test.ts checks).
 * @example campsUrl('https://example.org/map/', '') // 'https://example.org/map/data/camps.geojson'
 */
export function campsUrl(base: string, search: string): string {
  const standard = `${base}data/camps.geojson`;
  if (import.meta.env.MODE !== 'test') return standard;
  const path = new URLSearchParams(search).get('data');
  if (!path) return standard;
  const url = new URL(path, base);
  if (url.origin !== new URL(base).origin) throw new Error(`invalid test data URL: ${path} is not on this site`);
  return url.href;
}
