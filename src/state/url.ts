/**
 * The URL hash: the one place that reads and writes the app's keys. `map=zoom/lat/lon`
 * belongs to MapLibre's hash handler and is left as it is, as is any key this app does
 * not know. The embed page and the embed-code generator use the same two functions.
 */
import type { Filters, SiteQuery } from '../data/filter.ts';
import { FACILITY_TYPES, LAYERS, MINISTRIES, PRECISIONS, SOURCE_KINDS, STATUSES, type Layer } from '../data/vocabulary.ts';
import { LANGUAGES, type Lang } from './language.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface HashState {
  site?: string;
  lang?: Lang;
  filters: Filters;
  /** Free-text search over names and aliases. */
  q?: string;
  /** "Known by YEAR": sites publicly reported by then, as they were then. */
  year?: number;
  /** "Operating in YEAR": sites operating that year, as they were then. Links carry one of the two. */
  operating?: number;
  /** The layers shown; the default set (every layer but detention centres) when absent. */
  layers?: Layer[];
  /** Embed only: colour theme and whether the list and controls are shown. */
  theme?: Theme;
  controls?: boolean;
}

const FILTER_VALUES = {
  ministry: MINISTRIES,
  facility_type: FACILITY_TYPES,
  status: STATUSES,
  location_precision: PRECISIONS,
  evidence: SOURCE_KINDS,
} as const;

/** Hash key of each filter: short, readable in a shared link. */
const FILTER_KEYS: Record<keyof Filters, string> = {
  ministry: 'ministry',
  facility_type: 'type',
  status: 'status',
  location_precision: 'precision',
  evidence: 'evidence',
};

const OWN_KEYS = ['site', 'lang', 'q', 'year', 'operating', 'layers', 'theme', 'controls', ...Object.values(FILTER_KEYS)];

export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

/**
 * Reads the app's keys; unknown keys and unknown values are ignored, never an error.
 * @example readHash('#map=9/39.67/126.85&site=yodok&ministry=MSoS,KGB&x=1') // {site: 'yodok', filters: {ministry: ['MSoS'], ...}}
 */
export function readHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const oneOf = <T extends string>(key: string, values: readonly T[]) => values.find((v) => v === params.get(key));
  const list = <T extends string>(key: string, values: readonly T[]) => {
    const wanted = new Set(params.get(key)?.split(','));
    return values.filter((v) => wanted.has(v));
  };
  const yearOf = (key: string) => {
    const year = Number(params.get(key));
    return params.has(key) && Number.isInteger(year) && year > 1900 && year < 2200 ? year : undefined;
  };
  const controls = params.get('controls');
  const year = yearOf('year');
  return withoutUndefined({
    site: text('site'),
    lang: oneOf('lang', LANGUAGES),
    filters: {
      ministry: list(FILTER_KEYS.ministry, FILTER_VALUES.ministry),
      facility_type: list(FILTER_KEYS.facility_type, FILTER_VALUES.facility_type),
      status: list(FILTER_KEYS.status, FILTER_VALUES.status),
      location_precision: list(FILTER_KEYS.location_precision, FILTER_VALUES.location_precision),
      evidence: list(FILTER_KEYS.evidence, FILTER_VALUES.evidence),
    },
    q: text('q'),
    year,
    // "Known by" wins a link that names both: it is the older key, the one published links carry.
    operating: year === undefined ? yearOf('operating') : undefined,
    layers: params.has('layers') ? list('layers', LAYERS) : undefined,
    theme: oneOf('theme', THEMES),
    controls: controls === '0' ? false : controls === '1' ? true : undefined,
  });
}

/**
 * The hash with the app's keys set from `state`; `map=` and unknown keys keep their place.
 * @example writeHash({ site: 'yodok', filters: NO_FILTERS }, '#map=9/39.67/126.85') // '#map=9/39.67/126.85&site=yodok'
 */
export function writeHash(state: HashState, hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of OWN_KEYS) params.delete(key);
  const set = (key: string, value: string | undefined) => value && params.set(key, value);
  set('site', state.site);
  for (const [filter, key] of Object.entries(FILTER_KEYS) as [keyof Filters, string][]) set(key, state.filters[filter].join(','));
  set('q', state.q);
  set('year', state.year?.toString());
  set('operating', state.operating?.toString());
  // An empty list is a choice too (no layer shown): only `undefined` means the default.
  if (state.layers) params.set('layers', state.layers.join(','));
  set('lang', state.lang);
  set('theme', state.theme);
  set('controls', state.controls === undefined ? undefined : state.controls ? '1' : '0');
  return toHash(params);
}

/**
 * The hash without its camera: a link that opens on its site, or frames every site, wherever
 * the camera of whoever wrote it was.
 * @example withoutView('#map=8/39.5/126.5&site=yodok') // '#site=yodok'
 */
export function withoutView(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('map');
  return toHash(params);
}

// URLSearchParams escapes the slashes of map=9/39.6/126.8 and the commas of lists; keep links readable.
const toHash = (params: URLSearchParams) => `#${params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',')}`;

/**
 * The question the state asks of the sites: its filters, search, layers and timeline.
 * @example siteQuery({ filters: NO_FILTERS, operating: 1990 }) // {filters, year: 1990, timeline: 'operating', ...}
 */
export function siteQuery(state: HashState): SiteQuery {
  const operating = state.year === undefined && state.operating !== undefined;
  return {
    filters: state.filters,
    ...(state.q ? { q: state.q } : {}),
    ...(state.year !== undefined || operating ? { year: state.year ?? state.operating, timeline: operating ? 'operating' : 'known' } : {}),
    ...(state.layers ? { layers: state.layers } : {}),
    ...(state.site ? { site: state.site } : {}),
  };
}

/**
 * The camera from `map=zoom/lat/lon`, if the hash has a valid one.
 * @example readView('#map=9/39.67/126.85') // {zoom: 9, lat: 39.67, lon: 126.85}
 */
export function readView(hash: string): View | undefined {
  const parts = new URLSearchParams(hash.replace(/^#/, '')).get('map')?.split('/').map(Number);
  if (!parts || parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom = 0, lat = 0, lon = 0] = parts;
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { zoom, lat, lon } : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
