/** The visible sites as files a researcher can take away: GeoJSON as in geo/, and a flat CSV. */
import Papa from 'papaparse';
import type { FeatureCollection, Point } from 'geojson';
import type { Site, SiteProperties, Source } from './site.ts';
import type { FacilityType, Ministry, Precision, Province, Status } from './vocabulary.ts';

/**
 * The site's properties as geo/ writes them: dates back to their EDTF strings, without the
 * point and the layer the loader added.
 */
export function toProperties(site: Site): SiteProperties {
  // The point and the layer are the loader's additions, not properties.
  const { coordinates, layer, established, closed, ...rest } = site;
  return {
    ...rest,
    first_reported: { ...site.first_reported, date: site.first_reported.date.edtf },
    ...(established ? { established: { ...established, date: established.date.edtf } } : {}),
    ...(closed ? { closed: { ...closed, date: closed.date.edtf } } : {}),
    sources: site.sources.map((source) => ({ ...source, date: source.date === 'undated' ? 'undated' : source.date.edtf })),
    history: site.history.map((entry) => ({ ...entry, date: entry.date.edtf })),
  };
}

/** A FeatureCollection in the same shape as the files in geo/, so it passes `npm run validate`. */
export function toGeoJSON(sites: readonly Site[]): FeatureCollection<Point, SiteProperties> {
  return {
    type: 'FeatureCollection',
    features: sites.map((site) => ({
      type: 'Feature',
      id: site.id,
      geometry: { type: 'Point', coordinates: site.coordinates },
      properties: toProperties(site),
    })),
  };
}

const dateOf = (source: Source) => (source.date === 'undated' ? 'undated' : source.date.edtf);
const citation = (s: Source) =>
  `${s.title} — ${s.publisher}, ${dateOf(s)} [${s.kind}]${s.note ? ` (${s.note})` : ''} <${s.url}>${s.archive_url ? ` archived <${s.archive_url}>` : ''}${s.read_via ? ` read via <${s.read_via}>` : ''}`;

/** The reader's words for the coded columns: each gets a `…_label` column beside its code. */
export interface CsvLabels {
  facility_type: Record<FacilityType, string>;
  ministry: Record<Ministry, string>;
  status: Record<Status, string>;
  province: Record<Province, string>;
  location_precision: Record<Precision, string>;
}

/** The labels from a language's strings, whose names for the codes these are. */
export function csvLabels(t: {
  facilityTypes: CsvLabels['facility_type'];
  ministryNames: CsvLabels['ministry'];
  statuses: CsvLabels['status'];
  provinces: CsvLabels['province'];
  precisionShort: CsvLabels['location_precision'];
}): CsvLabels {
  return { facility_type: t.facilityTypes, ministry: t.ministryNames, status: t.statuses, province: t.provinces, location_precision: t.precisionShort };
}

/** Excel reads a CSV as the system's legacy code page unless it starts with a byte order mark: with it, Korean arrives intact. */
const BOM = '\uFEFF';

/**
 * One row per site, UTF-8 with a byte order mark; lists are joined with "; " and sources written
 * out as citations with their kind and caveat. Codes stay codes, for scripts; the labels, in the
 * reader's language, are for people.
 * @example toCSV([yodok], csvLabels(STRINGS.en)) // '\uFEFFid,layer,name,…'
 */
export function toCSV(sites: readonly Site[], labels: CsvLabels): string {
  const coded = <K extends keyof CsvLabels>(site: Site, key: K) => ({ [key]: site[key], [`${key}_label`]: (labels[key] as Record<string, string>)[site[key]] });
  const rows = sites.map((site) => ({
    id: site.id,
    layer: site.layer,
    name: site.name,
    name_ko: site.name_ko,
    name_ko_source: site.name_ko_source,
    aliases: site.aliases.join('; '),
    ...coded(site, 'facility_type'),
    ...coded(site, 'ministry'),
    ministry_note: site.ministry_note ?? '',
    ...coded(site, 'status'),
    ...coded(site, 'province'),
    county: site.county,
    county_ko: site.county_ko ?? '',
    latitude: site.coordinates[1],
    longitude: site.coordinates[0],
    ...coded(site, 'location_precision'),
    location_source: site.location_source,
    first_reported: site.first_reported.date.edtf,
    first_reported_source: site.first_reported.source,
    established: site.established?.date.edtf ?? '',
    closed: site.closed?.date.edtf ?? '',
    population_estimate: site.population_estimate?.text ?? '',
    history: site.history.map((h) => `${h.date.edtf}: ${h.event}`).join('; '),
    disputes: site.disputes.map((d) => `${d.field}: ${d.note}`).join('; '),
    evidence: [...new Set(site.sources.map((s) => s.kind))].join('; '),
    sources: site.sources.map(citation).join('; '),
    wikidata: site.external_ids?.wikidata ?? '',
    wikipedia: site.external_ids?.wikipedia ?? '',
    nkpd: site.external_ids?.nkpd ?? '',
    hrnk: site.external_ids?.hrnk ?? '',
    nkdb: site.external_ids?.nkdb ?? '',
    kinu: site.external_ids?.kinu ?? '',
  }));
  // A cell starting with = + - @ is a formula in a spreadsheet; escape it.
  return BOM + Papa.unparse(rows, { escapeFormulae: true });
}
