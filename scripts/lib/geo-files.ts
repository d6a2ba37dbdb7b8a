/** Reads geo/ and the basemap outlines from disk for the CLI and the build; the rules live in src/data. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { boundariesFrom, type Boundaries } from '../../src/data/geography.ts';
import { nodeChecks } from '../../src/data/node-checks.ts';
import { parseJson, validateSites, type Problem } from '../../src/data/validate.ts';

export const ROOT = new URL('../..', import.meta.url).pathname;
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

export interface FileReport {
  file: string;
  siteCount: number;
  problems: Problem[];
}

/** Validates each file with the same rules the app uses, naming files relative to the repo. */
export function validateFiles(paths: string[], boundaries = loadBoundaries()): FileReport[] {
  return paths.map((path) => {
    const file = relative(process.cwd(), path) || path;
    const parsed = parseJson(readFileSync(path, 'utf8'), file);
    if ('problem' in parsed) return { file, siteCount: 0, problems: [parsed.problem] };
    const { sites, problems } = validateSites(parsed.json, file, nodeChecks(boundaries));
    return { file, siteCount: sites.length, problems };
  });
}
