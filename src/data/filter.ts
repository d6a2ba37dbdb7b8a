/**
 * The one predicate that decides which sites are shown: the map's filter, the list, the
 * count and the downloads all use `visibleSites`, so they can never disagree.
 */
import { matchesQuery, siteKeys } from './search.ts';
import type { Site } from './site.ts';
import { siteIn, type Timeline } from './timeline.ts';
import { DEFAULT_LAYERS, type FacilityType, type Layer, type Ministry, type Precision, type SourceKind, type Status } from './vocabulary.ts';

/** Which sites to show; an empty list means no restriction on that property. */
export interface Filters {
  ministry: Ministry[];
  facility_type: FacilityType[];
  status: Status[];
  location_precision: Precision[];
  /** Sites with at least one source of these kinds. */
  evidence: SourceKind[];
}

export const NO_FILTERS: Filters = { ministry: [], facility_type: [], status: [], location_precision: [], evidence: [] };

export interface SiteQuery {
  filters: Filters;
  q?: string;
  /** The year on the timeline, read as `timeline` says. */
  year?: number;
  timeline?: Timeline;
  /** The layers shown; DEFAULT_LAYERS when absent. */
  layers?: readonly Layer[];
  /** A site the link names: shown whatever its layer. */
  site?: string;
}

type SiteFacet = Exclude<keyof Filters, 'evidence'>;

/** True when the site (as it is, or as it was in the query's year) passes every filter and the search. */
export function matches(site: Site, { filters, q }: Pick<SiteQuery, 'filters' | 'q'>): boolean {
  const allows = <K extends SiteFacet>(key: K) => filters[key].length === 0 || (filters[key] as string[]).includes(site[key]);
  return (
    allows('ministry') &&
    allows('facility_type') &&
    allows('status') &&
    allows('location_precision') &&
    (filters.evidence.length === 0 || site.sources.some((source) => filters.evidence.includes(source.kind))) &&
    (!q || matchesQuery(siteKeys(site), q))
  );
}

/**
 * The sites to show, each as the timeline has it in the query's year.
 * @example visibleSites(sites, { filters: { ...NO_FILTERS, ministry: ['MSoS'] }, year: 2021 })
 */
export function visibleSites(sites: readonly Site[], query: SiteQuery): Site[] {
  const layers = query.layers ?? DEFAULT_LAYERS;
  return sites.flatMap((site) => {
    if (!layers.includes(site.layer) && site.id !== query.site) return [];
    const then = siteIn(site, query.year, query.timeline);
    return then && matches(then, query) ? [then] : [];
  });
}

/**
 * Shows or hides one value of a facet, as a legend click does. An empty list means "all",
 * so hiding one value of an unfiltered facet leaves the others, and showing the last
 * hidden value clears the facet.
 * @example toggleValue([], 'MSS', ['MSS', 'MSoS', 'unknown']) // ['MSoS', 'unknown']
 */
export function toggleValue<T extends string>(list: readonly T[], value: T, all: readonly T[]): T[] {
  const shown = list.length === 0 ? all : list;
  const next = shown.includes(value) ? shown.filter((v) => v !== value) : [...shown, value];
  return next.length === all.length ? [] : all.filter((v) => next.includes(v));
}

/** True when a facet value is shown under the current filters. */
export function isShown<T extends string>(list: readonly T[], value: T): boolean {
  return list.length === 0 || list.includes(value);
}
