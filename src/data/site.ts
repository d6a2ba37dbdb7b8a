/**
 * The one definition of a site. The TypeScript types, the runtime checks used by the
 * app, the CLI and the build, and `geo/sites.schema.json` are all derived from here.
 */
// zod/mini rather than zod: the same checks and types in a third of the browser bundle. Its
// objects have no compiled fast path either, so nothing here probes `new Function`, which the
// app's CSP (no 'unsafe-eval') would report as a violation.
import * as z from 'zod/mini';
import { linkProblem } from './links.ts';
import type { DateValue } from './dates.ts';
import {
  DISPUTABLE_FIELDS,
  FACILITY_TYPES,
  MINISTRIES,
  PRECISIONS,
  PROVINCES,
  SHARED_POINT_KINDS,
  SOURCE_KINDS,
  STATUSES,
  type Layer,
} from './vocabulary.ts';

/** Longest text allowed in any field: long enough for a note, short enough to catch pasted pages. */
export const MAX_TEXT = 600;

// Control characters (other than none at all) are never legitimate in names or citations,
// and zero-width or bidi overrides there are a spoofing risk rather than typography.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

export const text = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'is empty'),
    z.maxLength(MAX_TEXT, `is longer than ${MAX_TEXT} characters`),
    z.refine((s) => !CONTROL_CHARS.test(s), 'contains control or invisible formatting characters'),
  );

/**
 * A date as EDTF (ISO 8601-2), e.g. `1993`, `2009?`, `1965~`, `196X`, `[..2009-06-03]`. The schema
 * checks only that it is short text: its syntax and meaning are read by a DateReader (dates.ts),
 * after the schema, so the browser needs no parser.
 */
const edtfText = z.string().check(z.minLength(1, 'is empty'), z.maxLength(40, 'is too long for a date'));

// One check, one parse of the URL, where two refinements would parse it twice.
export const httpUrl = z.string().check((context) => {
  const problem = linkProblem(context.value);
  if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
});

/** A reference to one of the site's sources, by its URL: each source is described once, in `sources`. */
const sourceRef = httpUrl.clone().register(z.globalRegistry, { description: "The URL of one of this site's sources." });
const sourceRefs = (least: number, message: string) => z.array(sourceRef).check(z.minLength(least, message));

// Descriptions (for the JSON Schema) go straight into the registry: as `z.describe` checks,
// z.compile could not generate code for them and would hand those fields to the interpreter.
export const sourceSchema = z.strictObject({
  url: httpUrl,
  title: text,
  publisher: text,
  date: z.union([edtfText, z.literal('undated')]).register(z.globalRegistry, {
    description: 'Publication date (EDTF); a database entry\'s edit date; "undated" only where none could be found.',
  }),
  kind: z.enum(SOURCE_KINDS),
  note: z.optional(text),
  archive_url: z.optional(httpUrl).register(z.globalRegistry, { description: 'An archived copy, e.g. on the Wayback Machine.' }),
  read_via: z.optional(httpUrl).register(z.globalRegistry, {
    description: 'Where it was actually read, when that was a copy: a mirror, a quotation, an extract of a database.',
  }),
});

export const historyEntrySchema = z.strictObject({
  date: edtfText,
  event: text,
  status: z.optional(z.enum(STATUSES)),
  ministry: z.optional(z.enum(MINISTRIES)),
  facility_type: z.optional(z.enum(FACILITY_TYPES)),
  sources: sourceRefs(1, 'needs at least one source'),
});

/** A dated fact (founding, closure), sourced like any other. */
const datedFactSchema = z.strictObject({ date: edtfText, sources: sourceRefs(1, 'needs at least one source'), note: z.optional(text) });

/** Another source's point for the same site, in a location dispute: drawn faintly, joined to the site. */
export const otherPointSchema = z.strictObject({
  coordinates: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
  precision: z.enum(PRECISIONS),
  source: sourceRef,
  label: text,
});

export const disputeSchema = z.strictObject({
  field: z.enum(DISPUTABLE_FIELDS),
  // A clone, so that every other `text` stays undescribed.
  note: text.clone().register(z.globalRegistry, { description: 'What each source says, in plain words.' }),
  sources: sourceRefs(2, 'needs the sources on both sides'),
  points: z.optional(z.array(otherPointSchema).check(z.minLength(1, 'is empty'))),
});

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a slug (lowercase letters, digits and single hyphens)'));

export const siteSchema = z.strictObject({
  id: slug,
  name: text,
  name_ko: text,
  name_ko_source: z.union([sourceRef, z.literal('transliteration')]).register(z.globalRegistry, {
    description: 'The source the Korean name was read in, or "transliteration" where it was made from the romanised name.',
  }),
  aliases: z._default(z.array(text), []),
  facility_type: z.enum(FACILITY_TYPES),
  ministry: z.enum(MINISTRIES),
  ministry_note: z.optional(text),
  status: z.enum(STATUSES),
  province: z.enum(PROVINCES),
  county: text,
  county_ko: z.optional(text),
  location_precision: z.enum(PRECISIONS),
  location_source: text,
  first_reported: z.strictObject({ date: edtfText, source: sourceRef }).register(z.globalRegistry, {
    description: 'The earliest public report found, and the source that made it; "[..YYYY]" where only a later source was read.',
  }),
  established: z.optional(datedFactSchema),
  closed: z.optional(datedFactSchema),
  population_estimate: z.optional(z.strictObject({ text, sources: sourceRefs(1, 'needs at least one source') })),
  sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
  history: z._default(z.array(historyEntrySchema), []),
  disputes: z._default(z.array(disputeSchema), []),
  external_ids: z.optional(
    z.strictObject({
      wikidata: z.optional(z.string().check(z.regex(/^Q[1-9]\d*$/, 'is not a Wikidata id (Q and digits)'))),
      wikipedia: z.optional(httpUrl),
      nkpd: z.optional(z.string().check(z.regex(/^[a-z0-9]+$/, "is not a Korea Future NKPD entity id"))),
      hrnk: z.optional(text),
      nkdb: z.optional(text),
      kinu: z.optional(text),
    }),
  ),
  shared_point: z.optional(
    z.strictObject({ kind: z.enum(SHARED_POINT_KINDS), with: z.array(slug).check(z.minLength(1, 'names no site')) }),
  ),
});

/** The site as written in geo/: dates are EDTF strings, sources cited by URL. */
export type SiteProperties = z.infer<typeof siteSchema>;
type RawSource = z.infer<typeof sourceSchema>;
type RawHistoryEntry = z.infer<typeof historyEntrySchema>;
type RawDatedFact = z.infer<typeof datedFactSchema>;

export type Source = Omit<RawSource, 'date'> & { date: DateValue | 'undated' };
export type HistoryEntry = Omit<RawHistoryEntry, 'date'> & { date: DateValue };
export type DatedFact = Omit<RawDatedFact, 'date'> & { date: DateValue };
export type Dispute = z.infer<typeof disputeSchema>;
export type OtherPoint = z.infer<typeof otherPointSchema>;

/**
 * A validated site: as in geo/, with each date read into a DateValue, plus its point
 * (`[lon, lat]`) and the layer it was loaded from.
 */
export interface Site extends Omit<SiteProperties, 'first_reported' | 'established' | 'closed' | 'sources' | 'history'> {
  first_reported: { date: DateValue; source: string };
  established?: DatedFact;
  closed?: DatedFact;
  sources: Source[];
  history: HistoryEntry[];
  coordinates: [number, number];
  layer: Layer;
}
