/**
 * The two timelines: a site as publicly known by a year (from its first report), or as operating
 * in a year (from its founding, closure and history). An uncertain or open-ended date counts from
 * its latest possible year, so neither timeline shows a site earlier than its sources allow.
 */
import { compareDates, latestYear, type DateValue } from './dates.ts';
import type { Site } from './site.ts';

/** Which question the year answers: `known` (reported by then; the `year=` key) or `operating` (in that year). */
export const TIMELINES = ['known', 'operating'] as const;
export type Timeline = (typeof TIMELINES)[number];

type Changing = 'status' | 'ministry' | 'facility_type';

/**
 * The site as its history describes it at the end of `year`. Each changing fact comes from the
 * latest history entry up to then (its closure counts as one); once no later change is recorded
 * the site's current value holds. Before its first recorded change a site is taken as operating,
 * under the operator and type that change names.
 * @example stateIn(sungho, 2021).facility_type // 'kwanliso'; stateIn(sungho, 2023).facility_type // 'labour-training-camp'
 */
export function stateIn(site: Site, year: number): Site {
  const closure = site.closed ? [{ date: site.closed.date, status: 'closed' as const }] : [];
  const changes: (Partial<Pick<Site, Changing>> & { date: DateValue })[] = [...site.history, ...closure].sort((a, b) => compareDates(a.date, b.date));
  const asOf = <K extends Changing>(key: K, before: Site[K] | undefined): Site[K] => {
    const later = changes.filter((entry) => entry[key] !== undefined && latestYear(entry.date) > year);
    if (later.length === 0) return site[key];
    const known = changes.findLast((entry) => entry[key] !== undefined && latestYear(entry.date) <= year);
    return (known?.[key] ?? before ?? later[0]?.[key] ?? site[key]) as Site[K];
  };
  return { ...site, status: asOf('status', 'operating'), ministry: asOf('ministry', undefined), facility_type: asOf('facility_type', undefined) };
}

/** The year from which a site counts as publicly known: its first report's latest possible year. */
export function knownFrom(site: Site): number {
  return latestYear(site.first_reported.date);
}

/**
 * The years a site counts as operating, both ends included: from its founding (else its first
 * report) to its closure, each at its latest possible year. A site closed before its first
 * report counts as operating in the year it closed.
 * @example operatingYears(yodok) // [1969, 2014] with the values its sources give
 */
export function operatingYears(site: Site): [number, number] {
  const end = site.closed ? latestYear(site.closed.date) : Number.POSITIVE_INFINITY;
  const start = latestYear((site.established ?? site.first_reported).date);
  return [Math.min(start, end), end];
}

/**
 * The site as the timeline shows it in `year`, or undefined when it is not there then.
 * @example siteIn(yodok, 1990, 'operating') // Yodok, operating; siteIn(yodok, 1990, 'known') // undefined
 */
export function siteIn(site: Site, year: number | undefined, timeline: Timeline = 'known'): Site | undefined {
  if (year === undefined) return site;
  if (timeline === 'known') return knownFrom(site) <= year ? stateIn(site, year) : undefined;
  const [start, end] = operatingYears(site);
  return start <= year && year <= end ? stateIn(site, year) : undefined;
}

/** The years the slider spans: from the earliest founding or report to this year. */
export function yearRange(sites: readonly Site[], now = new Date()): [number, number] {
  const first = Math.min(...sites.map((site) => Math.min(knownFrom(site), operatingYears(site)[0])));
  return [Number.isFinite(first) ? first : now.getFullYear(), now.getFullYear()];
}
