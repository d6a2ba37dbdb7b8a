/**
 * Pure validation of a camps file: JSON text in, `{sites, problems}` out. The CLI and the
 * build refuse any problem; the app draws what passed and lists what did not.
 */
import * as gjv from 'geojson-validation';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Feature, Geometry } from 'geojson';
import type * as z from 'zod/mini';
import { siteSchema, type Site } from './site.ts';
import { MAX_DECIMALS } from './vocabulary.ts';
import type { Position } from 'geojson';
import type { SiteProperties } from './site.ts';

export interface Problem {
  file: string;
  /** The feature's id, `#index` where it has none, or empty for a problem with the whole file. */
  feature: string;
  message: string;
}

/**
 * Problems with where a point lies (geography.ts's `placeCheck`). Passed in rather than
 * imported, so the browser bundle, which skips these checks, carries no outlines or Turf.
 */
export type PlaceCheck = (point: Position, site: SiteProperties | undefined) => string[];

/** What Node adds to validation (node-checks.ts); the browser runs without either. */
export interface ValidateOptions {
  /** The geographic checks; without them only structure and properties are checked. */
  checkPlace?: PlaceCheck;
  /** `siteSchema` compiled to generated code, which the browser's CSP would refuse to run. */
  schema?: typeof siteSchema;
}

export interface Validated {
  sites: Site[];
  problems: Problem[];
}

/** One line per problem, the format the CLI and the build print: `file: feature: problem`. */
export function formatProblem({ file, feature, message }: Problem): string {
  return feature ? `${file}: ${feature}: ${message}` : `${file}: ${message}`;
}

/**
 * Parses JSON text, reporting a syntax error with its line and column instead of throwing.
 * @example parseJson('{"a":', 'x.geojson') // {problem: {file: 'x.geojson', feature: '', message: 'is not valid JSON: ... (line 1, column 6)'}}
 */
export function parseJson(text: string, file: string): { json: unknown } | { problem: Problem } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { file, feature: '', message: `is not valid JSON: ${withLineAndColumn(message, text)}` } };
  }
}

function withLineAndColumn(message: string, text: string): string {
  if (/line \d+ column \d+/.test(message)) return message;
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * Validates a parsed camps FeatureCollection. `checkPlace` (geography.ts) enables the geographic checks
 * (inside North Korea, inside the stated province); without them only structure and
 * properties are checked. Node passes both options at once with node-checks.ts's `nodeChecks`.
 */
export function validateSites(json: unknown, file: string, { checkPlace, schema = siteSchema }: ValidateOptions = {}): Validated {
  const fileProblem = (message: string): Validated => ({ sites: [], problems: [{ file, feature: '', message }] });
  if (!isRecord(json) || json.type !== 'FeatureCollection') return fileProblem('is not a GeoJSON FeatureCollection');
  if (!Array.isArray(json.features)) return fileProblem('has no "features" array');

  const sites: Site[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  json.features.forEach((feature: unknown, index: number) => {
    const label = featureLabel(feature, index);
    const { site, messages } = checkFeature(feature, schema, checkPlace);
    const id = isRecord(feature) && isRecord(feature.properties) ? feature.properties.id : undefined;
    if (typeof id === 'string') {
      if (seen.has(id)) messages.push(`duplicate id "${id}"`);
      seen.add(id);
    }
    if (site && messages.length === 0) sites.push(site);
    for (const message of messages) problems.push({ file, feature: label, message });
  });
  return { sites, problems };
}

function checkFeature(feature: unknown, schema: typeof siteSchema, checkPlace: PlaceCheck | undefined): { site?: Site; messages: string[] } {
  const structure = gjv.isFeature(feature, true);
  if (structure.length > 0) return { messages: structure.map((message) => `GeoJSON structure: ${message}`) };
  const { geometry, properties, id } = feature as Feature;
  if (!geometry) return { messages: ['has no geometry'] };
  const winding = windingProblems(geometry);
  if (winding.length) return { messages: winding };
  if (geometry.type !== 'Point') return { messages: [`geometry must be a Point, not a ${geometry.type}`] };

  const messages: string[] = [];
  const parsed = schema.safeParse(properties ?? {}, { reportInput: true });
  if (!parsed.success) messages.push(...parsed.error.issues.map(describeIssue));
  if (id !== undefined && isRecord(properties) && id !== properties.id) {
    messages.push(`feature id "${String(id)}" differs from properties.id "${String(properties.id)}"`);
  }
  const [lon = NaN, lat = NaN] = geometry.coordinates;
  if (!inRange([lon, lat])) {
    messages.push(
      inRange([lat, lon]) && checkPlace && checkPlace([lat, lon], undefined).length === 0
        ? `latitude and longitude look swapped: [${lon}, ${lat}] should be [${lat}, ${lon}]`
        : `coordinates [${lon}, ${lat}] are out of range (expected [longitude, latitude])`,
    );
    return { messages };
  }
  if (!parsed.success) {
    if (checkPlace) messages.push(...checkPlace([lon, lat], undefined));
    return { messages };
  }
  const site = parsed.data;
  const allowed = MAX_DECIMALS[site.location_precision];
  if (Math.max(decimals(lon), decimals(lat)) > allowed) {
    messages.push(
      `coordinates [${lon}, ${lat}] claim more precision than "${site.location_precision}" allows (at most ${allowed} decimal places)`,
    );
  }
  if (checkPlace) messages.push(...checkPlace([lon, lat], site));
  // The parsed object is already a fresh copy: adding the point to it spares a second one per site.
  return { site: Object.assign(site, { coordinates: [lon, lat] as [number, number] }), messages };
}

/** RFC 7946 §3.1.6: exterior rings run counter-clockwise, holes clockwise. */
function windingProblems(geometry: Geometry): string[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.flatMap((rings) =>
    rings.flatMap((ring, index) =>
      booleanClockwise(ring) === (index === 0)
        ? [`polygon winding: ${index === 0 ? 'the exterior ring must be counter-clockwise' : `hole ${index} must be clockwise`} (RFC 7946 §3.1.6)`]
        : [],
    ),
  );
}

/** Turns a zod issue into plain words, led by the field's path, e.g. `sources[0].url is not an http(s) link`. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  );
  const subject = field || 'properties';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${subject} is missing` : `${subject} should be a ${issue.expected}`;
    case 'invalid_value':
      return `${subject} ${JSON.stringify(issue.input)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `${subject} has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      // Only a source date is a union (an ISO date or "undated"); the date's own problem says most.
      const inner = issue.errors[0]?.[0];
      return `${subject} ${inner ? inner.message : 'is not valid'}`;
    }
    default:
      return `${subject} ${issue.message}`;
  }
}

function featureLabel(feature: unknown, index: number): string {
  if (!isRecord(feature)) return `#${index}`;
  const id = isRecord(feature.properties) ? feature.properties.id : feature.id;
  return typeof id === 'string' && id.trim() ? id : `#${index}`;
}

function inRange([lon, lat]: [number, number]): boolean {
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

// Counted from the dot's position: splitting the string allocated an array per coordinate.
function decimals(value: number): number {
  const digits = String(value);
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
