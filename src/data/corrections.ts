/**
 * The public corrections log (geo/corrections.json): every change to a fact of the data, with
 * its date, reason and sources, since a baseline commit. `uncoveredChanges` compares the sites
 * at the baseline with the sites now and names each changed fact the log does not account for.
 */
import * as z from 'zod/mini';
import { httpUrl, text } from './site.ts';
import { describeIssue, type Problem } from './validate.ts';

/** The facts a change to which must be logged: where a site is, what it is, who runs it, and when. */
export const FACTS = ['site', 'location', 'facility_type', 'ministry', 'status', 'first_reported', 'established', 'closed'] as const;
export type Fact = (typeof FACTS)[number];

export const CHANGES = ['added', 'removed', 'moved', 'reclassified', 'redated', 'corrected'] as const;
export type Change = (typeof CHANGES)[number];

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a slug (lowercase letters, digits and single hyphens)'));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a day (YYYY-MM-DD)'));

export const correctionSchema = z.strictObject({
  id: slug,
  date: day,
  change: z.enum(CHANGES),
  sites: z.array(slug).check(z.minLength(1, 'names no site')),
  /** `site` for a site added or removed. */
  facts: z.array(z.enum(FACTS)).check(z.minLength(1, 'names no fact')),
  summary: text,
  reason: text,
  sources: z.array(httpUrl).check(z.minLength(1, 'needs at least one source')),
});

export const correctionsLogSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** The commit whose data the log starts from: every fact changed since then has an entry. */
  baseline: z.strictObject({ commit: z.string().check(z.regex(/^[0-9a-f]{7,40}$/, 'is not a commit hash')), note: text }),
  entries: z.array(correctionSchema),
});

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionsLog = z.infer<typeof correctionsLogSchema>;

/** A site's facts as plain strings, read from a feature of any version of the data. */
export type Facts = Record<Exclude<Fact, 'site'>, string> & { id: string };

/**
 * The facts of a raw GeoJSON feature, tolerant of older shapes of the data (a date was once a
 * plain string; it is now `{date, source}`), so a baseline from before a schema change compares.
 * @example factsOf(feature).first_reported // '[..2009-06-03]'
 */
export function factsOf(feature: unknown): Facts | undefined {
  const { geometry, properties: p } = (feature ?? {}) as { geometry?: { coordinates?: unknown }; properties?: Record<string, unknown> };
  if (!p || typeof p.id !== 'string') return undefined;
  const dateOf = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'object' && value ? String((value as { date?: unknown }).date ?? '') : '');
  return {
    id: p.id,
    location: `${JSON.stringify(geometry?.coordinates ?? null)} ${String(p.location_precision ?? '')}`,
    facility_type: String(p.facility_type ?? ''),
    ministry: String(p.ministry ?? ''),
    status: String(p.status ?? ''),
    first_reported: dateOf(p.first_reported),
    established: dateOf(p.established),
    closed: dateOf(p.closed),
  };
}

/** Every (site, fact) that differs between two states of the data; a site added or removed is its fact `site`. */
export function factChanges(before: readonly Facts[], after: readonly Facts[]): { site: string; fact: Fact }[] {
  const old = new Map(before.map((facts) => [facts.id, facts]));
  const now = new Map(after.map((facts) => [facts.id, facts]));
  const changes: { site: string; fact: Fact }[] = [];
  for (const [id, facts] of now) {
    const was = old.get(id);
    if (!was) changes.push({ site: id, fact: 'site' });
    else for (const fact of FACTS) if (fact !== 'site' && was[fact] !== facts[fact]) changes.push({ site: id, fact });
  }
  for (const id of old.keys()) if (!now.has(id)) changes.push({ site: id, fact: 'site' });
  return changes;
}

/**
 * The changes the log does not account for: an entry accounts for a fact of each site it names.
 * @example uncoveredChanges(baseline, current, log.entries) // [] when every change is logged
 */
export function uncoveredChanges(before: readonly Facts[], after: readonly Facts[], entries: readonly Correction[]): { site: string; fact: Fact }[] {
  return factChanges(before, after).filter(({ site, fact }) => !entries.some((entry) => entry.sites.includes(site) && entry.facts.includes(fact)));
}

/**
 * Problems with a parsed log, one line each as the validator prints them: its shape, entry ids
 * unique, no entry dated in the future, and every site it names either present now or removed
 * by the log itself.
 */
export function validateCorrections(json: unknown, file: string, siteIds: ReadonlySet<string>, today = new Date().toISOString().slice(0, 10)): { log?: CorrectionsLog; problems: Problem[] } {
  const parsed = correctionsLogSchema.safeParse(json);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, feature: '', message: describeIssue(issue) })) };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const entry of parsed.data.entries) {
    const problem = (message: string) => problems.push({ file, feature: entry.id, message });
    if (seen.has(entry.id)) problem(`duplicate entry id "${entry.id}"`);
    seen.add(entry.id);
    if (entry.date > today) problem(`date ${entry.date} lies in the future`);
    for (const site of entry.sites) if (!siteIds.has(site) && entry.change !== 'removed') problem(`names "${site}", which is no site (only a "removed" entry may)`);
  }
  return { log: parsed.data, problems };
}
