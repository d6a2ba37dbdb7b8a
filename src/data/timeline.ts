/** A site as it was reported in a given year, from `first_reported` and its dated `history`. */
import type { Site } from './site.ts';

const yearOf = (date: string) => Number(date.slice(0, 4));

type Changing = 'status' | 'ministry' | 'facility_type';

/**
 * The site as known by the end of `year`, or undefined if it had not yet been reported.
 * Each changing fact comes from the latest history entry up to then; once no later change
 * is recorded the site's current value holds. Before its first recorded change a site is
 * taken as operating, under the operator and type that change names.
 * @example siteAsOf(sungho, 2021)?.status // 'operating'; siteAsOf(sungho, 2023)?.status // 'converted'
 */
export function siteAsOf(site: Site, year: number | undefined): Site | undefined {
  if (year === undefined) return site;
  if (yearOf(site.first_reported) > year) return undefined;
  const changes = [...site.history].sort((a, b) => a.date.localeCompare(b.date));
  const asOf = <K extends Changing>(key: K, before: Site[K] | undefined): Site[K] => {
    const later = changes.filter((entry) => entry[key] !== undefined && yearOf(entry.date) > year);
    if (later.length === 0) return site[key];
    const known = changes.findLast((entry) => entry[key] !== undefined && yearOf(entry.date) <= year);
    return (known?.[key] ?? before ?? later[0]?.[key] ?? site[key]) as Site[K];
  };
  return { ...site, status: asOf('status', 'operating'), ministry: asOf('ministry', undefined), facility_type: asOf('facility_type', undefined) };
}

/** The years the slider spans: from the earliest report to this year. */
export function yearRange(sites: readonly Site[], now = new Date()): [number, number] {
  const first = Math.min(...sites.map((s) => yearOf(s.first_reported)));
  return [Number.isFinite(first) ? first : now.getFullYear(), now.getFullYear()];
}
