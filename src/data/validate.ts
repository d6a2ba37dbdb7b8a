/**
 * Pure validation of a camps file: JSON text in, `{sites, problems}` out. The CLI and the
 * build refuse any problem; the app draws what passed and lists what did not.
 */
import * as gjv from 'geojson-validation';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Feature, Geometry } from 'geojson';
import type * as z from 'zod/mini';
import { tableReader, type DateReader } from './dates.ts';
import { siteFromProperties } from './rules.ts';
import { siteSchema, type Site, type SiteProperties } from './site.ts';
import { LAYERS, MAX_DECIMALS, SHARED_POINT_METRES, TYPE_LAYER, type Layer, type Precision } from './vocabulary.ts';
import type { Position } from 'geojson';
import type { Problem } from './problem.ts';

// Kept here too: the CLI, the build and the tests read problems from the validator.
export { formatProblem, type Problem } from './problem.ts';


/**
 * Problems with where a point lies (geography.ts's `placeCheck`). Passed in rather than
 * imported, so the browser bundle, which skips these checks, carries no outlines or Turf.
 */
export type PlaceCheck = (point: Position, site: SiteProperties | undefined) => string[];

/** Pairs of sites closer than SHARED_POINT_METRES, with their distance (geography.ts's `closePairs`). */
export type NeighbourCheck = (sites: readonly Site[]) => { a: Site; b: Site; metres: number }[];

/** What Node adds to validation (node-checks.ts); the browser runs without it. */
export interface ValidateOptions {
  /** The geographic checks; without them only structure and properties are checked. */
  checkPlace?: PlaceCheck;
  /** The 100 m rule across every layer; Node only, with the other geographic checks. */
  closePairs?: NeighbourCheck;
  /** `siteSchema` compiled to generated code, which the browser's CSP would refuse to run. */
  schema?: typeof siteSchema;
  /** Reads the EDTF dates; by default, from the table of dates a published file carries (dates.ts). */
  readDate?: DateReader;
}

/** One file to validate: its name (for messages and its layer) and its parsed JSON. */
export interface LayerFile {
  file: string;
  json: unknown;
}

export interface Validated {
  sites: Site[];
  problems: Problem[];
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
 * The layer a file holds: its name without `.geojson` when that names a layer, else none (a
 * fixture, a download), and then each site goes to its type's layer.
 * @example layerOfFile('geo/kyohwaso.geojson') // 'kyohwaso'
 */
export function layerOfFile(file: string): Layer | undefined {
  const name = file.split('/').pop()?.replace(/\.geojson$/, '');
  return LAYERS.find((layer) => layer === name);
}

/**
 * Validates one parsed FeatureCollection: every rule of validateLayers, on this file alone.
 * @example validateSites(json, 'geo/kwanliso.geojson', nodeChecks(boundaries)) // {sites: [...], problems: []}
 */
export function validateSites(json: unknown, file: string, options: ValidateOptions = {}): Validated {
  return validateLayers([{ file, json }], options);
}

/**
 * Validates every layer file in one pass: each feature's structure and properties, then the
 * rules across layers (ids unique, sites closer than 100 m saying they share a place). Node
 * passes every check at once with node-checks.ts's `nodeChecks`.
 */
export function validateLayers(files: readonly LayerFile[], options: ValidateOptions = {}): Validated {
  const found = files.map(({ file, json }) => ({ file, ...validateFile(json, file, options) }));
  // Only a problem needs a site's file: the map is made at the first, not for 100,000 sites that have none.
  let siteFiles: Map<Site, string> | undefined;
  const fileOf = (site: Site) => {
    siteFiles ??= new Map(found.flatMap(({ file, sites }) => sites.map((s) => [s, file] as const)));
    return siteFiles.get(site) ?? '';
  };
  const across = acrossLayers(
    found.flatMap(({ sites }) => sites),
    fileOf,
    options.closePairs,
  );
  return { sites: across.sites, problems: [...found.flatMap(({ problems }) => problems), ...across.problems] };
}

function validateFile(json: unknown, file: string, { checkPlace, schema = siteSchema, readDate }: ValidateOptions): Validated {
  const fileProblem = (message: string): Validated => ({ sites: [], problems: [{ file, feature: '', message }] });
  if (!isRecord(json) || json.type !== 'FeatureCollection') return fileProblem('is not a GeoJSON FeatureCollection');
  if (!Array.isArray(json.features)) return fileProblem('has no "features" array');
  const check: FeatureCheck = { schema, checkPlace, readDate: readDate ?? tableReader(json.dates), layer: layerOfFile(file) };

  const sites: Site[] = [];
  const problems: Problem[] = [];
  json.features.forEach((feature: unknown, index: number) => {
    const { site, messages } = checkFeature(feature, check);
    if (site && messages.length === 0) sites.push(site);
    for (const message of messages) problems.push({ file, feature: featureLabel(feature, index), message });
  });
  return { sites, problems };
}

/**
 * Ids unique across every layer (a repeat is set aside), `shared_point` answered by the site it
 * names, and, given `closePairs`, no two sites within 100 m unless both say they share a place.
 */
function acrossLayers(sites: readonly Site[], fileOf: (site: Site) => string, closePairs: NeighbourCheck | undefined): Validated {
  const problems: Problem[] = [];
  const problem = (site: Site, message: string) => problems.push({ file: fileOf(site), feature: site.id, message });
  const byId = new Map<string, Site>();
  for (const site of sites) {
    const first = byId.get(site.id);
    if (first) problem(site, `duplicate id "${site.id}"${fileOf(first) === fileOf(site) ? '' : ` (also in ${fileOf(first)})`}`);
    else byId.set(site.id, site);
  }
  const kept = [...byId.values()];
  const shares = (a: Site, b: Site) => a.shared_point?.with.includes(b.id) === true;
  for (const site of kept) {
    for (const other of site.shared_point?.with ?? []) {
      const named = byId.get(other);
      // A part of the data (a download of some sites) may lack the other site; the whole, checked with closePairs, may not.
      if (!named) {
        if (closePairs) problem(site, `shared_point.with names "${other}", which is no site`);
      } else if (!shares(named, site) || named.shared_point?.kind !== site.shared_point?.kind) {
        problem(site, `shared_point names "${other}", which does not name it back as the same kind of shared place`);
      }
    }
  }
  for (const { a, b, metres } of closePairs?.(kept) ?? []) {
    if (!shares(a, b) || !shares(b, a)) {
      problem(a, `lies ${Math.round(metres)} m from "${b.id}"${fileOf(a) === fileOf(b) ? '' : ` (${fileOf(b)})`}: sites within ${SHARED_POINT_METRES} m must both say in shared_point that they share a place`);
    }
  }
  return { sites: kept, problems };
}

interface FeatureCheck {
  schema: typeof siteSchema;
  checkPlace: PlaceCheck | undefined;
  readDate: DateReader;
  layer: Layer | undefined;
}

function checkFeature(feature: unknown, { schema, checkPlace, readDate, layer }: FeatureCheck): { site?: Site; messages: string[] } {
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
  const data = parsed.data;
  messages.push(...tooPrecise('coordinates', [lon, lat], data.location_precision));
  data.disputes.forEach((dispute, d) =>
    dispute.points?.forEach((point, p) => messages.push(...tooPrecise(`disputes[${d}].points[${p}]`, point.coordinates, point.precision))),
  );
  if (checkPlace) messages.push(...checkPlace([lon, lat], data));
  const site = siteFromProperties(data, [lon, lat], layer ?? TYPE_LAYER[data.facility_type], readDate, messages);
  return { site, messages };
}

/** A point written with more decimals than its precision allows claims more than its source knows. */
function tooPrecise(what: string, [lon, lat]: [number, number], precision: Precision): string[] {
  const allowed = MAX_DECIMALS[precision];
  if (hasAtMostDecimals(lon, allowed) && hasAtMostDecimals(lat, allowed)) return [];
  return [`${what} [${lon}, ${lat}] claim more precision than "${precision}" allows (at most ${allowed} decimal places)`];
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
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  );
  const subject = field || 'properties';
  if (issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) return `${subject} is missing`;
  switch (issue.code) {
    case 'invalid_type':
      return `${subject} should be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `${subject} ${JSON.stringify(issue.input)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `${subject} has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      // The unions are a value or a word (a date or "undated", a source URL or "transliteration"): the value's own problem says most.
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

/**
 * Whether the number, as JSON writes it, has at most `places` decimals. Exact, without printing
 * it (which was a tenth of the validator's time): an integer divided by a power of ten rounds to
 * the same double as that decimal written out, so only a number of at most `places` decimals
 * survives rounding there and back.
 * @example hasAtMostDecimals(125.977, 3) // true
 */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale === value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
