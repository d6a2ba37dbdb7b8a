/**
 * The closed lists a site is described with, and what each location precision means. Kept
 * apart from the schema (site.ts) so the page's first code, which reads them for the URL,
 * the filters and the markers, loads no schema library.
 */
export const MINISTRIES = ['MSS', 'MSoS', 'unknown'] as const;
export const FACILITY_TYPES = ['kwanliso', 'kyohwaso', 'labour-training-camp'] as const;
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
export const DISPUTABLE_FIELDS = ['status', 'ministry', 'province', 'location', 'facility_type', 'first_reported'] as const;

export type Ministry = (typeof MINISTRIES)[number];
export type FacilityType = (typeof FACILITY_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];

/**
 * Decimal places a coordinate may carry at each precision: a settlement-level point
 * written to the metre would claim more than its source knows.
 */
export const MAX_DECIMALS: Record<Precision, number> = { facility: 6, approximate: 3, county: 2, province: 1 };

/** Radius of the uncertainty ring drawn around a site, in kilometres. */
export const UNCERTAINTY_KM: Record<Precision, number> = { facility: 0, approximate: 5, county: 15, province: 40 };
