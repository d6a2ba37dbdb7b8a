/** The visible sites as files a researcher can take away: GeoJSON as in geo/, and a flat CSV. */
import Papa from 'papaparse';
import type { FeatureCollection, Point } from 'geojson';
import type { Site, SiteProperties, Source } from './site.ts';

/** A FeatureCollection in the same shape as geo/camps.geojson, so it passes `npm run validate`. */
export function toGeoJSON(sites: readonly Site[]): FeatureCollection<Point, SiteProperties> {
  return {
    type: 'FeatureCollection',
    features: sites.map(({ coordinates, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates },
      properties,
    })),
  };
}

const citation = (s: Source) => `${s.title} — ${s.publisher}, ${s.date} <${s.url}>`;

/** One row per site; lists are joined with "; " and sources written out as citations. */
export function toCSV(sites: readonly Site[]): string {
  return Papa.unparse(
    sites.map((site) => ({
      id: site.id,
      name: site.name,
      name_ko: site.name_ko,
      aliases: site.aliases.join('; '),
      facility_type: site.facility_type,
      ministry: site.ministry,
      ministry_note: site.ministry_note ?? '',
      status: site.status,
      province: site.province,
      county: site.county,
      latitude: site.coordinates[1],
      longitude: site.coordinates[0],
      location_precision: site.location_precision,
      location_source: site.location_source,
      first_reported: site.first_reported,
      population_estimate: site.population_estimate?.text ?? '',
      history: site.history.map((h) => `${h.date}: ${h.event}`).join('; '),
      disputes: site.disputes.map((d) => `${d.field}: ${d.note}`).join('; '),
      sources: site.sources.map(citation).join('; '),
    })),
    // A cell starting with = + - @ is a formula in a spreadsheet; escape it.
    { escapeFormulae: true },
  );
}
