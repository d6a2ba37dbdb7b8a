/**
 * `datapackage.json`: a Frictionless Data Package describing the downloadable files, so data
 * tools can load them. The CSV's fields are read from the CSV itself and described here; a
 * column without a description stops the build, so the two cannot drift apart.
 */
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import type { DataVersion } from '../../src/data/version.ts';
import { FACILITY_TYPES, LAYERS, MINISTRIES, STATUSES } from '../../src/data/vocabulary.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';

export const DATAPACKAGE = 'datapackage.json';
const LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };

type FieldType = 'string' | 'number';
const LABEL = 'The code beside it, in English words.';
const EDTF = 'An EDTF date (ISO 8601-2), e.g. 2009, 2009?, [..2011-07-15]; geo/README.md lists the forms.';

/** What each CSV column holds. */
export const CSV_FIELDS: Record<string, { type?: FieldType; description: string }> = {
  id: { description: 'Stable identifier (a slug), also in links: #site=<id> and site/<id>/.' },
  layer: { description: `The layer file the site is in: ${LAYERS.join(', ')}.` },
  name: { description: 'English name.' },
  name_ko: { description: 'Korean name, in Hangul.' },
  name_ko_source: { description: 'The source URL the Korean name was read in, or "transliteration".' },
  aliases: { description: 'Other names and romanisations, separated by "; ".' },
  facility_type: { description: `What the site is now: ${FACILITY_TYPES.join(', ')}.` },
  facility_type_label: { description: LABEL },
  ministry: { description: `Operator as reported: ${MINISTRIES.join(', ')} (geo/README.md).` },
  ministry_label: { description: LABEL },
  ministry_note: { description: 'A split or uncertain operator, in words.' },
  status: { description: `Latest reported status: ${STATUSES.join(', ')}.` },
  status_label: { description: LABEL },
  province: { description: 'Province as reported.' },
  province_label: { description: LABEL },
  county: { description: 'County, city or district as reported.' },
  county_ko: { description: 'The county in Korean, where a source gives it.' },
  latitude: { type: 'number', description: 'WGS 84 latitude of the point, no more precise than location_precision allows.' },
  longitude: { type: 'number', description: 'WGS 84 longitude of the point.' },
  location_precision: { description: 'What the point marks: facility, approximate (settlement, ring of about 5 km), county (about 15 km) or province (about 40 km).' },
  location_precision_label: { description: LABEL },
  location_source: { description: 'Exactly where the coordinate was read, and what it does and does not show.' },
  first_reported: { description: `The earliest public report found. ${EDTF}` },
  first_reported_source: { description: 'The source URL of that report.' },
  established: { description: `Founding. ${EDTF}` },
  closed: { description: `Closure. ${EDTF}` },
  population_estimate: { description: 'A figure or range as reported.' },
  history: { description: 'Dated changes, "<EDTF date>: <event>", separated by "; ".' },
  disputes: { description: 'Where sources disagree, "<field>: <note>", separated by "; ".' },
  evidence: { description: 'The kinds of source the site rests on, separated by "; ".' },
  sources: { description: 'Every source as a citation with its kind, caveat, URL, archived copy and the copy it was read through, separated by "; ".' },
  wikidata: { description: 'Wikidata QID.' },
  wikipedia: { description: 'Wikipedia URL.' },
  nkpd: { description: 'Korea Future NKPD entity id.' },
  hrnk: { description: 'The HRNK map placemark as HRNK names it.' },
  nkdb: { description: 'The NKDB Visual Atlas entry as NKDB names it.' },
  kinu: { description: 'The KINU camp as KINU names it.' },
};

export interface PackagedFile {
  /** From the root of the built site. */
  path: string;
  name: string;
  title: string;
  format: string;
  mediatype: string;
  content: string;
  /** A CSV file: described with a Table Schema. */
  tabular?: boolean;
}

/**
 * The package for these files.
 * @example JSON.parse(dataPackage(files, version)).resources.map((r) => r.path) // ['downloads/nk-camps.csv', …]
 */
export function dataPackage(files: readonly PackagedFile[], version: DataVersion, siteUrl: URL | undefined): string {
  const resources = files.map((file) => ({
    name: file.name,
    title: file.title,
    path: file.path,
    format: file.format,
    mediatype: file.mediatype,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(file.content),
    hash: `sha256:${createHash('sha256').update(file.content).digest('hex')}`,
    ...(file.tabular ? { profile: 'tabular-data-resource', schema: tableSchema(file.content) } : { profile: 'data-resource' }),
  }));
  const described = {
    profile: 'data-package',
    name: 'nk-camp-map',
    title: STRINGS.en.title,
    description: STRINGS.en.subtitle,
    version: version.hash,
    created: `${version.date}T00:00:00Z`,
    ...(siteUrl ? { homepage: siteUrl.href } : {}),
    keywords: ['North Korea', 'prison camps', 'kwanliso', 'kyohwaso', 'human rights'],
    licenses: [LICENCE],
    resources,
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}

/** The Table Schema of a CSV file, from its header row. */
function tableSchema(csv: string): { fields: { name: string; type: FieldType; description: string }[]; primaryKey: string } {
  const [header = []] = Papa.parse<string[]>(csv, { preview: 1 }).data;
  const fields = header.map((name) => {
    const field = CSV_FIELDS[name];
    if (!field) throw new Error(`invalid datapackage: the CSV column "${name}" has no description in CSV_FIELDS`);
    return { name, type: field.type ?? 'string', description: field.description };
  });
  return { fields, primaryKey: 'id' };
}
