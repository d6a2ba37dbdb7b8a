/** Where a site may lie: inside North Korea, and a county-level site inside its stated province. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { SiteProperties } from './site.ts';
import type { PlaceCheck } from './validate.ts';

type Area = Feature<Polygon | MultiPolygon>;

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

function kmOutside(point: Position, area: Area): number {
  if (booleanPointInPolygon(point, area)) return 0;
  return Math.abs(pointToPolygonDistance(point, area, { units: 'kilometers' }));
}
