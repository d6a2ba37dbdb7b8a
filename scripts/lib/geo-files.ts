/** Reads geo/ and the basemap outlines from disk for the CLI, the build and the tests; the rules live in src/data. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { boundariesFrom, type Boundaries } from '../../src/data/geography.ts';
import { nodeChecks } from '../../src/data/node-checks.ts';
import type { Site } from '../../src/data/site.ts';
import { formatProblem, parseJson, validateLayers, type LayerFile, type Problem } from '../../src/data/validate.ts';
import { LAYERS } from '../../src/data/vocabulary.ts';

// Through the path module: a test environment's own URL class (happy-dom) resolves file: URLs wrongly.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GEO_DIR = join(ROOT, 'geo');

/** North Korea's outline and provinces, as shipped with the offline basemap. */
export function loadBoundaries(): Boundaries {
  const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'public/basemap', name), 'utf8')) as FeatureCollection;
  return boundariesFrom(read('countries.geojson'), read('provinces.geojson'));
}

/** Every `.geojson` file in a folder, or the file itself. */
export function geoFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.geojson'))
    .sort()
    .map((name) => join(path, name));
}

/** The layer files of a data folder, in the order of LAYERS; a missing layer is a problem of the folder. */
export function layerFiles(dir = GEO_DIR): { paths: string[]; problems: Problem[] } {
  const present = new Set(geoFiles(dir).map((path) => path.split('/').pop()));
  const folder = relative(process.cwd(), dir) || dir;
  const problems: Problem[] = [
    ...LAYERS.filter((layer) => !present.has(`${layer}.geojson`)).map((layer) => ({ file: folder, feature: '', message: `has no ${layer}.geojson layer` })),
    ...[...present]
      .filter((name) => !LAYERS.some((layer) => `${layer}.geojson` === name))
      .map((name) => ({ file: join(folder, name ?? ''), feature: '', message: `is not a layer: name it after one of ${LAYERS.join(', ')}` })),
  ];
  return { paths: LAYERS.map((layer) => join(dir, `${layer}.geojson`)).filter((path) => present.has(path.split('/').pop())), problems };
}

export interface Report {
  /** The files as named in messages, relative to the repo. */
  files: string[];
  sites: Site[];
  problems: Problem[];
}

/**
 * Validates the files together with the same rules the app uses (ids unique and the 100 m rule
 * across all of them), naming files relative to the repo.
 */
export function validateFiles(paths: readonly string[], boundaries = loadBoundaries()): Report {
  const parsed = paths.map((path) => {
    const file = relative(process.cwd(), path) || path;
    return { file, parsed: parseJson(readFileSync(path, 'utf8'), file) };
  });
  const readable = parsed.flatMap(({ file, parsed }): LayerFile[] => ('json' in parsed ? [{ file, json: parsed.json }] : []));
  const unreadable = parsed.flatMap(({ parsed }) => ('problem' in parsed ? [parsed.problem] : []));
  const { sites, problems } = validateLayers(readable, nodeChecks(boundaries));
  const files = parsed.map(({ file }) => file);
  // File by file, in the order given: a stable sort keeps each file's own order.
  const inOrder = [...unreadable, ...problems].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
  return { files, sites, problems: inOrder };
}

/** The valid sites of one file (a fixture, say), validated with every check. */
export function sitesIn(path: string): Site[] {
  return validateFiles([path]).sites;
}

/** Sites already validated, by the paths and content hashes of the layer files. */
const validated = new Map<string, Site[]>();

/**
 * The sites of a data folder, validated with every check; throws on any problem, which the
 * build gate (data-plugin.ts) has already reported line by line.
 * @example loadGeo().length // 305
 */
export function loadGeo(dir = GEO_DIR, boundaries?: Boundaries): Site[] {
  const { paths, problems: missing } = layerFiles(dir);
  // A build reads the data in a dozen places (pages, cards, downloads...), and validating it takes
  // seconds (the border distances): once per content of the layer files, unless other outlines are given.
  const key = boundaries ? undefined : paths.map((path) => `${path}\n${createHash('sha256').update(readFileSync(path)).digest('hex')}`).join('\n');
  const known = key === undefined ? undefined : validated.get(key);
  if (known) return [...known];
  const { sites, problems } = validateFiles(paths, boundaries ?? loadBoundaries());
  const all = [...missing, ...problems];
  if (all.length) throw new Error(`invalid data in ${dir}:\n${all.map(formatProblem).join('\n')}`);
  if (key !== undefined) validated.set(key, sites);
  return [...sites];
}

/** The data version a citation names: a hash of the layer files, so it changes exactly when the data does. */
export function dataVersion(dir = GEO_DIR): string {
  const hash = createHash('sha256');
  for (const path of layerFiles(dir).paths) hash.update(readFileSync(path));
  return hash.digest('hex').slice(0, 8);
}
