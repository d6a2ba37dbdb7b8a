/** Where a site may lie: inside North Korea, and a county-level site inside its stated province. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { SiteProperties } from './site.ts';
import type { NeighbourCheck, PlaceCheck } from './validate.ts';
import { SHARED_POINT_METRES } from './vocabulary.ts';

export type Area = Feature<Polygon | MultiPolygon>;

export interface Boundaries {
  country: Area;
  provinces: ReadonlyMap<string, Area>;
}

/**
 * How far outside an outline a site may sit and still count as inside. Natural Earth's
 * 10m outlines are generalised by a few hundred metres, and camps such as No. 12 Jongo-ri
 * lie within a few kilometres of the Tumen border.
 */
export const BORDER_BUFFER_KM = 3;

/** North Korea's ISO 3166 numeric code, the id world-atlas gives its outline. */
const DPRK = '408';

/** Picks North Korea and its provinces out of the basemap's countries and provinces layers. */
export function boundariesFrom(countries: FeatureCollection, provinces: FeatureCollection): Boundaries {
  const country = countries.features.find((f) => f.properties?.iso_n3 === DPRK);
  if (!country) throw new Error(`invalid countries layer: no feature with iso_n3 ${DPRK}`);
  const byName = new Map<string, Area>();
  for (const province of provinces.features) byName.set(String(province.properties?.name), province as Area);
  return { country: country as Area, provinces: byName };
}

/** The geographic checks validateSites runs when given them (the CLI, the build, the tests). */
export function placeCheck(boundaries: Boundaries): PlaceCheck {
  return (point, site) => checkPlace(point, site, boundaries);
}

/** Problems with where a point lies, in plain words; empty when it is where it should be. */
export function checkPlace(point: Position, site: SiteProperties | undefined, { country, provinces }: Boundaries): string[] {
  const [lon = NaN, lat = NaN] = point;
  const outside = kmOutside(point, country);
  if (outside > BORDER_BUFFER_KM) {
    if (kmOutside([lat, lon], country) === 0) return [`latitude and longitude look swapped: [${lon}, ${lat}] should be [${lat}, ${lon}]`];
    return [`[${lon}, ${lat}] lies outside North Korea (${outside.toFixed(1)} km beyond the border)`];
  }
  const province = site?.location_precision === 'county' ? provinces.get(site.province) : undefined;
  if (province && site) {
    const fromProvince = kmOutside(point, province);
    if (fromProvince > BORDER_BUFFER_KM) {
      return [`county-level site [${lon}, ${lat}] lies outside its stated province ${site.province} (${fromProvince.toFixed(1)} km away)`];
    }
  }
  return [];
}

/** Two sites further apart in latitude than this are further apart than SHARED_POINT_METRES, whatever their longitudes. */
const NEAR_LATITUDE = SHARED_POINT_METRES / distance([0, 0], [0, 1], { units: 'meters' });

/**
 * Every pair of sites closer than SHARED_POINT_METRES, each pair once with its earlier site
 * first. A sweep in order of latitude compares each site only with those that follow it within
 * 100 m of latitude, and measures only those within twice that of longitude too: 100,000 sites
 * take a few comparisons each rather than 5 billion.
 * @example closePairs([camp12, camp13]) // [{a: camp12, b: camp13, metres: 0}] when both sit at Onsong's seat
 */
export const closePairs: NeighbourCheck = (sites) => {
  // Coordinates side by side in memory: 100,000 sites' own objects scatter them, and reading them was most of the time.
  const lons = Float64Array.from(sites, (site) => site.coordinates[0]);
  const lats = Float64Array.from(sites, (site) => site.coordinates[1]);
  const at = (array: Float64Array, i: number) => array[i] ?? NaN;
  const order = Uint32Array.from(sites.keys()).sort((i, j) => at(lats, i) - at(lats, j));
  // A degree of longitude is shortest where the sites lie furthest from the equator; twice the
  // window there leaves room for any rounding, as a pair inside it is then measured exactly.
  const furthest = lats.reduce((most, lat) => Math.max(most, Math.abs(lat)), 0);
  const nearLongitude = (2 * NEAR_LATITUDE) / Math.cos((furthest * Math.PI) / 180);
  const found: { i: number; j: number; metres: number }[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    for (let next = k + 1; next < order.length; next++) {
      const j = order[next] ?? 0;
      if (at(lats, j) - at(lats, i) >= NEAR_LATITUDE) break;
      if (Math.abs(at(lons, j) - at(lons, i)) >= nearLongitude) continue;
      const metres = distance([at(lons, i), at(lats, i)], [at(lons, j), at(lats, j)], { units: 'meters' });
      if (metres < SHARED_POINT_METRES) found.push(i < j ? { i, j, metres } : { i: j, j: i, metres });
    }
  }
  // In the sites' own order, as their problems are listed.
  found.sort((x, y) => x.i - y.i || x.j - y.j);
  return found.flatMap(({ i, j, metres }) => {
    const [a, b] = [sites[i], sites[j]];
    return a && b ? [{ a, b, metres }] : [];
  });
};

function kmOutside(point: Position, area: Area): number {
  if (isInside(point, area)) return 0;
  return Math.abs(pointToPolygonDistance(point, area, { units: 'kilometers' }));
}

/** Cells per side of the grid laid over an outline's bounding box. */
const GRID = 256;
const OUTSIDE = 0;
const INSIDE = 1;
const BORDER = 2;

interface Grid {
  west: number;
  south: number;
  east: number;
  north: number;
  cells: Uint8Array;
}

const grids = new WeakMap<Area, Grid>();

/**
 * booleanPointInPolygon's answer, boundary counting as inside, without walking the whole
 * outline for most points: only a point in a grid cell that an edge may cross is tested
 * exactly. Every other cell lies wholly inside or wholly outside, classified once.
 */
export function isInside(point: Position, area: Area): boolean {
  let grid = grids.get(area);
  if (!grid) grids.set(area, (grid = gridOver(area)));
  const [lon = NaN, lat = NaN] = point;
  if (!(lon >= grid.west && lon <= grid.east && lat >= grid.south && lat <= grid.north)) return false;
  const cell = grid.cells[row(grid, lat) * GRID + column(grid, lon)];
  return cell === BORDER ? booleanPointInPolygon(point, area) : cell === INSIDE;
}

// Lookup and marking share these, and floating-point subtraction, division and floor never
// reverse an order, so a point on an edge always falls in a cell marked as a border.
const column = ({ west, east }: Grid, lon: number) => Math.min(GRID - 1, Math.floor(((lon - west) / (east - west)) * GRID));
const row = ({ south, north }: Grid, lat: number) => Math.min(GRID - 1, Math.floor(((lat - south) / (north - south)) * GRID));

function gridOver(area: Area): Grid {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const rings = polygons.flat();
  const lons = rings.flat().map(([lon = NaN]) => lon);
  const lats = rings.flat().map(([, lat = NaN]) => lat);
  const grid: Grid = {
    west: Math.min(...lons),
    south: Math.min(...lats),
    east: Math.max(...lons),
    north: Math.max(...lats),
    cells: new Uint8Array(GRID * GRID),
  };
  // Every cell an edge's bounding box touches: more than the edge crosses, never fewer.
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [[x1 = NaN, y1 = NaN], [x2 = NaN, y2 = NaN]] = [ring[i - 1] ?? [], ring[i] ?? []];
      for (let r = row(grid, Math.min(y1, y2)); r <= row(grid, Math.max(y1, y2)); r++) {
        for (let c = column(grid, Math.min(x1, x2)); c <= column(grid, Math.max(x1, x2)); c++) grid.cells[r * GRID + c] = BORDER;
      }
    }
  }
  // Neighbouring cells in a row with no edge in either hold no boundary point between them, so
  // such a run lies wholly inside or outside: one exact test, at its first centre, answers for it.
  const [width, height] = [(grid.east - grid.west) / GRID, (grid.north - grid.south) / GRID];
  for (let r = 0; r < GRID; r++) {
    let run = BORDER;
    for (let c = 0; c < GRID; c++) {
      if (grid.cells[r * GRID + c] === BORDER) {
        run = BORDER;
        continue;
      }
      if (run === BORDER) run = booleanPointInPolygon([grid.west + (c + 0.5) * width, grid.south + (r + 0.5) * height], area) ? INSIDE : OUTSIDE;
      grid.cells[r * GRID + c] = run;
    }
  }
  return grid;
}
