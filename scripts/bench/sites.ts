/**
 * Generated datasets for the scale runs: any number of sites that pass the project's own
 * validator, at random points inside North Korea, with the precision mix of geo/camps.geojson.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { closePairs, type Boundaries } from '../../src/data/geography.ts';
import type { Site } from '../../src/data/site.ts';
import { nodeChecks } from '../../src/data/node-checks.ts';
import { DEFAULT_LAYERS, FACILITY_TYPES, LAYERS, MAX_DECIMALS, MINISTRIES, SHARED_POINT_KINDS, SOURCE_KINDS, TYPE_LAYER, type FacilityType, type Precision, type Status } from '../../src/data/vocabulary.ts';
import { formatProblem, validateSites } from '../../src/data/validate.ts';
import { CORRECTIONS_FILE } from '../lib/corrections.ts';

/** 16 facility, 2 approximate, 6 county and 1 province out of 25, as in geo/camps.geojson today. */
const PRECISION_MIX: readonly Precision[] = [
  ...Array<Precision>(16).fill('facility'),
  ...Array<Precision>(2).fill('approximate'),
  ...Array<Precision>(6).fill('county'),
  'province',
];

/** The types of the layers shown by default, so every generated site is drawn. */
const SHOWN_TYPES = FACILITY_TYPES.filter((type) => DEFAULT_LAYERS.includes(TYPE_LAYER[type]));
/** Closed sites would each need a closure date; the mix of the others is enough for the map. */
const GENERATED_STATUSES: readonly Status[] = ['operating', 'converted', 'disputed', 'unconfirmed'];

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
        name_ko_source: 'transliteration',
        facility_type: SHOWN_TYPES[i % SHOWN_TYPES.length],
        ministry: MINISTRIES[i % MINISTRIES.length],
        status: GENERATED_STATUSES[i % GENERATED_STATUSES.length],
        province,
        county: `County ${n}`,
        location_precision: precision,
        location_source: 'Generated for the benchmark: a random point inside North Korea.',
        first_reported: { date: String(1990 + (i % 30)), source: `https://example.org/reports/${n}` },
        sources: [{ url: `https://example.org/reports/${n}`, title: `Report ${n}`, publisher: 'Benchmark', date: '2020', kind: SOURCE_KINDS[i % SOURCE_KINDS.length] }],
      },
    });
  }
  sharePoints(features);
  return { type: 'FeatureCollection', features };
}

/**
 * Random points fall within 100 m of one another now and then (province-level ones, rounded to
 * whole degrees, often): each such site says so in shared_point, as two real sites at one county
 * seat do, so the 100 m rule passes.
 */
function sharePoints(features: Feature<Point>[]): void {
  const points = features.map((feature) => ({ id: String(feature.id), coordinates: feature.geometry.coordinates }) as unknown as Site);
  const shared = new Map<string, string[]>();
  for (const { a, b } of closePairs(points)) {
    shared.set(a.id, [...(shared.get(a.id) ?? []), b.id]);
    shared.set(b.id, [...(shared.get(b.id) ?? []), a.id]);
  }
  for (const feature of features) {
    const others = shared.get(String(feature.id));
    if (others && feature.properties) feature.properties.shared_point = { kind: SHARED_POINT_KINDS[0], with: others };
  }
}

function bbox({ country }: Boundaries): [number, number, number, number] {
  const rings = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const points = rings.flat(2);
  const lons = points.map(([lon = 0]) => lon);
  const lats = points.map(([, lat = 0]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Writes generated sites as layer files (each site in its type's layer) in a new folder under
 * `parent`, after checking them with validateSites, and returns the folder (a stand-in for geo/).
 */
export function writeGeoDir(parent: string, collection: FeatureCollection<Point>, boundaries: Boundaries): string {
  const { problems } = validateSites(collection, 'generated', nodeChecks(boundaries));
  if (problems.length) throw new Error(`invalid generated sites:\n${problems.slice(0, 5).map(formatProblem).join('\n')}`);
  const dir = join(parent, `geo-${collection.features.length}`);
  mkdirSync(dir, { recursive: true });
  for (const layer of LAYERS) {
    const features = collection.features.filter((feature) => TYPE_LAYER[feature.properties?.facility_type as FacilityType] === layer);
    writeFileSync(join(dir, `${layer}.geojson`), JSON.stringify({ type: 'FeatureCollection', features }));
  }
  // Made-up sites have no history of corrections; the build still wants the log.
  writeFileSync(join(dir, CORRECTIONS_FILE), JSON.stringify({ baseline: { commit: '0000000', note: 'Generated for the benchmark.' }, entries: [] }));
  return dir;
}
