/**
 * The one definition of a site. The TypeScript types, the runtime checks used by the
 * app, the CLI and the build, and `geo/camps.schema.json` are all derived from here.
 */
// zod/mini rather than zod: the same checks and types in a third of the browser bundle. Its
// objects have no compiled fast path either, so nothing here probes `new Function`, which the
// app's CSP (no 'unsafe-eval') would report as a violation.
import * as z from 'zod/mini';
import { isHttpUrl } from './links.ts';
import { DISPUTABLE_FIELDS, FACILITY_TYPES, MINISTRIES, PRECISIONS, PROVINCES, STATUSES } from './vocabulary.ts';

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

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date, not in the future. */
export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', abort: true }),
    z.refine(isCalendarDate, { message: 'is not a real calendar date', abort: true }),
    z.refine((d) => d <= TODAY.slice(0, d.length), 'lies in the future'),
  );

// Read once: a clock call per date was a tenth of the validator's time on 100,000 sites.
const TODAY = new Date().toISOString();

// The regex before it has fixed the layout, so fields are read by position: splitting and
// mapping the string cost twice as much as the whole test.
function isCalendarDate(value: string): boolean {
  const month = value.length > 4 ? Number(value.slice(5, 7)) : 1;
  const day = value.length > 7 ? Number(value.slice(8, 10)) : 1;
  const date = new Date(Date.UTC(Number(value.slice(0, 4)), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// One parse per URL, where two refinements would parse it three times.
export const httpUrl = z.string().check((context) => {
  if (!URL.canParse(context.value)) context.issues.push({ code: 'custom', message: 'is not a well-formed URL', input: context.value });
  else if (!isHttpUrl(context.value)) context.issues.push({ code: 'custom', message: 'is not an http(s) link', input: context.value });
});

// Descriptions (for the JSON Schema) go straight into the registry: as `z.describe` checks,
// z.compile could not generate code for them and would hand those fields to the interpreter.
export const sourceSchema = z.strictObject({
  url: httpUrl,
  title: text,
  publisher: text,
  date: z.union([isoDate, z.literal('undated')]).register(z.globalRegistry, {
    description: 'Publication date; "undated" only where none could be found.',
  }),
  archive_url: z.optional(httpUrl).register(z.globalRegistry, { description: 'An archived copy, e.g. on the Wayback Machine.' }),
  note: z.optional(text),
});

const sources = z.array(sourceSchema).check(z.minLength(1, 'needs at least one source'));

export const historyEntrySchema = z.strictObject({
  date: isoDate,
  event: text,
  status: z.optional(z.enum(STATUSES)),
  ministry: z.optional(z.enum(MINISTRIES)),
  facility_type: z.optional(z.enum(FACILITY_TYPES)),
  sources,
});

export const disputeSchema = z.strictObject({
  field: z.enum(DISPUTABLE_FIELDS),
  // A clone, so that every other `text` stays undescribed.
  note: text.clone().register(z.globalRegistry, { description: 'What each source says, in plain words.' }),
  sources: z.array(sourceSchema).check(z.minLength(2, 'needs the sources on both sides')),
});

export const siteSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a slug (lowercase letters, digits and single hyphens)')),
  name: text,
  name_ko: text,
  aliases: z._default(z.array(text), []),
  facility_type: z.enum(FACILITY_TYPES),
  ministry: z.enum(MINISTRIES),
  ministry_note: z.optional(text),
  status: z.enum(STATUSES),
  province: z.enum(PROVINCES),
  county: text,
  location_precision: z.enum(PRECISIONS),
  location_source: text,
  first_reported: isoDate,
  population_estimate: z.optional(z.strictObject({ text, sources })),
  sources,
  history: z._default(z.array(historyEntrySchema), []),
  disputes: z._default(z.array(disputeSchema), []),
});

export type Source = z.infer<typeof sourceSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type SiteProperties = z.infer<typeof siteSchema>;

/** A validated site: its properties plus the point it sits at, `[lon, lat]`. */
export interface Site extends SiteProperties {
  coordinates: [number, number];
}
