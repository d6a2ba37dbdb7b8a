/**
 * Validation throughput in Node: validateSites with nodeChecks (the boundaries and the compiled
 * schema, as the CLI and the build run it) on generated sites, and the same features through
 * each stage alone, to show where the time goes. Timed by this process's CPU time, which other work on a shared machine
 * inflates far less than the wall clock; the wall-clock figure is kept beside it.
 */
import * as gjv from 'geojson-validation';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { checkPlace, type Boundaries } from '../../src/data/geography.ts';
import { compiledSiteSchema, nodeChecks } from '../../src/data/node-checks.ts';
import { validateSites } from '../../src/data/validate.ts';
import { loadBoundaries } from '../lib/geo-files.ts';
import { generateSites } from './sites.ts';

/** The goal from the issue: the build should check a big dataset in seconds. */
export const VALIDATION_GOAL = 50_000;

export interface ValidationResult {
  sites: number;
  /** validateSites with nodeChecks, the build's path, per second of CPU time. */
  featuresPerSecond: number;
  /** The same per second of wall-clock time. */
  wallFeaturesPerSecond: number;
  /** validateSites without options (no boundaries, the interpreted schema), what the browser runs on every page load. */
  browserFeaturesPerSecond: number;
  /** Microseconds of CPU per feature, in all and in each stage on its own. */
  microsPerFeature: { total: number; structure: number; schema: number; place: number };
}

/** Milliseconds of CPU time and of wall-clock time that `work` took. */
const time = (work: () => void): { cpu: number; wall: number } => {
  const [cpu, wall] = [process.cpuUsage(), performance.now()];
  work();
  const { user, system } = process.cpuUsage(cpu);
  return { cpu: (user + system) / 1000, wall: performance.now() - wall };
};

/** Times validation of generated sites (generateSites); each figure is the best of `repeat` passes. */
export function validationThroughput(collection: FeatureCollection<Point>, boundaries: Boundaries, repeat = 1): ValidationResult {
  const count = collection.features.length;
  // Fresh objects, as JSON.parse would hand them over, so no stage sees another's caches.
  const fresh = () => JSON.parse(JSON.stringify(collection)) as FeatureCollection<Point>;
  // The build validates once, in a fresh process; here the earlier passes' copies of the sites
  // are garbage, and collecting them inside a timed pass charged the validator for the bench's
  // own leftovers. V8's collector, reached as its --expose-gc flag makes it, runs before each pass.
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  const best = (stage: (features: Feature<Point>[]) => void) => {
    const fastest = { cpu: Infinity, wall: Infinity };
    for (let pass = 0; pass < repeat; pass++) {
      const { features } = fresh();
      collectGarbage();
      const took = time(() => stage(features));
      fastest.cpu = Math.min(fastest.cpu, took.cpu);
      fastest.wall = Math.min(fastest.wall, took.wall);
    }
    return fastest;
  };
  validateSites(generateSites(500, boundaries, 1), 'warm-up', nodeChecks(boundaries));

  const total = best((features) => validateSites({ type: 'FeatureCollection', features }, 'bench', nodeChecks(boundaries)));
  const browser = best((features) => validateSites({ type: 'FeatureCollection', features }, 'bench'));
  const structure = best((features) => features.forEach((feature) => gjv.isFeature(feature, true)));
  const schema = best((features) => features.forEach((feature) => compiledSiteSchema.safeParse(feature.properties, { reportInput: true })));
  const parsed = collection.features.map((feature) => compiledSiteSchema.parse(feature.properties));
  const place = best((features) => features.forEach((feature, i) => checkPlace(feature.geometry.coordinates, parsed[i], boundaries)));
  const micros = ({ cpu }: { cpu: number }) => (cpu * 1000) / count;
  return {
    sites: count,
    featuresPerSecond: (count * 1000) / total.cpu,
    wallFeaturesPerSecond: (count * 1000) / total.wall,
    browserFeaturesPerSecond: (count * 1000) / browser.cpu,
    microsPerFeature: { total: micros(total), structure: micros(structure), schema: micros(schema), place: micros(place) },
  };
}

/**
 * validationThroughput on `count` generated sites in a fresh Node process, as the CLI and the
 * build validate: in the bench's own, whose heap holds its builds and browser results, the
 * collector's threads charged their work to the validator (a third of its CPU time in one run).
 */
export function validationInFreshProcess(count: number, repeat: number): ValidationResult {
  const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(count), String(repeat)], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as ValidationResult;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = 1000, repeat = 1] = process.argv.slice(2).map(Number);
  const boundaries = loadBoundaries();
  process.stdout.write(JSON.stringify(validationThroughput(generateSites(count, boundaries), boundaries, repeat)));
}
