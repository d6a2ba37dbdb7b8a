/**
 * The one predicate that decides which sites are shown: the map's filter, the list, the
 * count and the downloads all use `visibleSites`, so they can never disagree.
 */
import type { Filters } from '../state/url.ts';
import { matchesQuery, siteKeys } from './search.ts';
import type { Site } from './site.ts';
import { siteAsOf } from './timeline.ts';

export interface SiteQuery {
  filters: Filters;
  q?: string;
  year?: number;
}

/** True when the site (as it is, or as it was in the query's year) passes every filter and the search. */
export function matches(site: Site, { filters, q }: SiteQuery): boolean {
  const allows = <K extends keyof Filters>(key: K) => filters[key].length === 0 || (filters[key] as string[]).includes(site[key]);
  return (
    allows('ministry') &&
    allows('facility_type') &&
    allows('status') &&
    allows('location_precision') &&
    (!q || matchesQuery(siteKeys(site), q))
  );
}

/**
 * The sites to show, each as it was reported in the query's year.
 * @example visibleSites(sites, { filters: { ...NO_FILTERS, ministry: ['MSoS'] }, year: 2021 })
 */
export function visibleSites(sites: readonly Site[], query: SiteQuery): Site[] {
  return sites.flatMap((site) => {
    const then = siteAsOf(site, query.year);
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
