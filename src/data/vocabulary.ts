/**
 * The closed lists a site is described with, and what each location precision means. Kept
 * apart from the schema (site.ts) so the page's first code, which reads them for the URL,
 * the filters and the markers, loads no schema library.
 */
/**
 * Who runs a site, as the sources name it: the two ministries, the army, and the local
 * people's committees and the Workers' Party that Korea Future's database names for some
 * labour-training centres and offices.
 */
export const MINISTRIES = ['MSS', 'MSoS', 'KPA', 'PC', 'WPK', 'unknown'] as const;

/**
 * What a site is. The first three are the camps the map began with; the rest are where most
 * detainees pass first, as Korea Future's prison database and NKDB name them: holding centres
 * (jipkyulso), pre-trial detention centres (kuryujang), waiting rooms, temporary detention
 * facilities (offices, relief stations) and military prisons.
 */
export const FACILITY_TYPES = [
  'kwanliso',
  'kyohwaso',
  'labour-training-camp',
  'holding-centre',
  'detention-centre',
  'waiting-room',
  'temporary-facility',
  'military-prison',
  'unknown',
] as const;

export const STATUSES = ['operating', 'closed', 'converted', 'disputed', 'unconfirmed'] as const;
export const PRECISIONS = ['facility', 'approximate', 'county', 'province'] as const;
export const PROVINCES = [
  'Pyongyang',
  'Rason',
  'North Pyongan',
  'South Pyongan',
  'Chagang',
  'North Hwanghae',
  'South Hwanghae',
  'Kangwon',
  'South Hamgyong',
  'North Hamgyong',
  'Ryanggang',
] as const;
export const DISPUTABLE_FIELDS = ['status', 'ministry', 'province', 'location', 'facility_type', 'first_reported', 'established', 'closed', 'name'] as const;

/**
 * How much weight a source carries, from an analyst's reading of satellite images to a mirror
 * of an encyclopedia. Extend it only with a reason: readers filter and weigh sites by it.
 */
export const SOURCE_KINDS = [
  'imagery-analysis',
  'testimony',
  'official',
  'ngo-report',
  'database',
  'news',
  'news-anonymous-source',
  'book',
  'encyclopedia',
  'secondary-copy',
] as const;

/** Why two sites may sit within 100 m of each other: one compound, or one cited point for a county or province. */
export const SHARED_POINT_KINDS = ['compound', 'county-seat', 'province-point'] as const;

/**
 * The layer files in geo/, each a FeatureCollection named `<id>.geojson`. A site lives in the
 * layer of what it is best known as, whatever it later became.
 */
export const LAYERS = ['kwanliso', 'kyohwaso', 'labour-training-camps', 'detention-centres'] as const;

/** The layers of many small sites, often several at one county seat: the map may cluster them. */
export const DENSE_LAYERS: readonly Layer[] = ['labour-training-camps', 'detention-centres'];

/** The layers shown when a link names none: the dense detention layer waits to be asked for. */
export const DEFAULT_LAYERS: readonly Layer[] = ['kwanliso', 'kyohwaso', 'labour-training-camps'];

/** The layer a site of each type belongs to when its file is not a layer file (a fixture, a download). */
export const TYPE_LAYER: Record<FacilityType, Layer> = {
  kwanliso: 'kwanliso',
  kyohwaso: 'kyohwaso',
  'military-prison': 'kyohwaso',
  'labour-training-camp': 'labour-training-camps',
  'holding-centre': 'detention-centres',
  'detention-centre': 'detention-centres',
  'waiting-room': 'detention-centres',
  'temporary-facility': 'detention-centres',
  unknown: 'kyohwaso',
};

export type Ministry = (typeof MINISTRIES)[number];
export type FacilityType = (typeof FACILITY_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Province = (typeof PROVINCES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Layer = (typeof LAYERS)[number];

/**
 * Decimal places a coordinate may carry at each precision: a settlement-level point
 * written to the metre would claim more than its source knows.
 */
export const MAX_DECIMALS: Record<Precision, number> = { facility: 6, approximate: 3, county: 2, province: 1 };

/** Radius of the uncertainty ring drawn around a site, in kilometres. */
export const UNCERTAINTY_KM: Record<Precision, number> = { facility: 0, approximate: 5, county: 15, province: 40 };

/** Two sites closer than this must say they share a place (`shared_point`). */
export const SHARED_POINT_METRES = 100;
