/**
 * Generated datasets for the scale runs: any number of sites that pass the project's own
 * validator, at random points inside North Korea, with the precision mix of geo/camps.geojson.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Boundaries } from '../../src/data/geography.ts';
import { nodeChecks } from '../../src/data/node-checks.ts';
import { FACILITY_TYPES, MAX_DECIMALS, MINISTRIES, STATUSES, type Precision } from '../../src/data/vocabulary.ts';
import { formatProblem, validateSites } from '../../src/data/validate.ts';

/** 16 facility, 2 approximate, 6 county and 1 province out of 25, as in geo/camps.geojson today. */
const PRECISION_MIX: readonly Precision[] = [
  ...Array<Precision>(16).fill('facility'),
  ...Array<Precision>(2).fill('approximate'),
  ...Array<Precision>(6).fill('county'),
  'province',
];

/** A small seeded generator (mulberry32), so every run draws the same sites. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` valid sites as a camps FeatureCollection. Each point is rounded to what its precision
 * allows before it is checked, so it lies strictly inside the country and its province.
 * @example generateSites(100, loadBoundaries()).features.length // 100
 */
export function generateSites(count: number, boundaries: Boundaries, seed = 7): FeatureCollection<Point> {
  const next = random(seed);
  const provinces = [...boundaries.provinces];
  const [west, south, east, north] = bbox(boundaries);
  const features: Feature<Point>[] = [];
  for (let i = 0; i < count; i++) {
    const precision = PRECISION_MIX[i % PRECISION_MIX.length] ?? 'facility';
    const round = (value: number) => Number(value.toFixed(MAX_DECIMALS[precision]));
    let point: [number, number];
    let province: string | undefined;
    do {
      point = [round(west + next() * (east - west)), round(south + next() * (north - south))];
      province = booleanPointInPolygon(point, boundaries.country) ? provinces.find(([, area]) => booleanPointInPolygon(point, area))?.[0] : undefined;
    } while (!province);
    const n = String(i + 1).padStart(6, '0');
    features.push({
      type: 'Feature',
      id: `generated-${n}`,
      geometry: { type: 'Point', coordinates: point },
      properties: {
        id: `generated-${n}`,
        name: `Generated site ${n}`,
        name_ko: `생성 ${n}`,
        facility_type: FACILITY_TYPES[i % FACILITY_TYPES.length],
        ministry: MINISTRIES[i % MINISTRIES.length],
        status: STATUSES[i % STATUSES.length],
        province,
        county: `County ${n}`,
        location_precision: precision,
        location_source: 'Generated for the benchmark: a random point inside North Korea.',
        first_reported: String(1990 + (i % 30)),
        sources: [{ url: `https://example.org/reports/${n}`, title: `Report ${n}`, publisher: 'Benchmark', date: '2020' }],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function bbox({ country }: Boundaries): [number, number, number, number] {
  const rings = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const points = rings.flat(2);
  const lons = points.map(([lon = 0]) => lon);
  const lats = points.map(([, lat = 0]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Writes generated sites as `camps.geojson` in a new folder under `parent`, after checking
 * them with validateSites, and returns the folder (a stand-in for geo/).
 */
export function writeGeoDir(parent: string, collection: FeatureCollection<Point>, boundaries: Boundaries): string {
  const { problems } = validateSites(collection, 'generated', nodeChecks(boundaries));
  if (problems.length) throw new Error(`invalid generated sites:\n${problems.slice(0, 5).map(formatProblem).join('\n')}`);
  const dir = join(parent, `geo-${collection.features.length}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'camps.geojson'), JSON.stringify(collection));
  return dir;
}
