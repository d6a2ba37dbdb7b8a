/**
 * The static preview of the map, drawn from the data at build time: North Korea's outline and
 * its neighbours (simplified and rounded to whole units so the file stays small), the
 * uncertainty rings, and one mark per site with the map's ministry shapes and colours. The
 * main page and the embed loader show it until the map has loaded, and it is the `<noscript>`
 * fallback.
 */
import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Site } from '../../src/data/site.ts';
import { FACILITY_TYPES, MINISTRIES, UNCERTAINTY_KM, type FacilityType, type Ministry } from '../../src/data/vocabulary.ts';
import { PAGE_STRINGS, type PreviewCounts } from '../../src/i18n/page-strings.ts';
import type { Lang } from '../../src/state/language.ts';
import { basemapTheme } from '../../src/map/basemap.ts';
import { MARKER_BOX, markerParts, movePath } from '../../src/map/marker-shapes.ts';
import { FIRST_VIEW } from '../../src/map/first-view.ts';
import { UNCERTAINTY } from '../../src/map/theme.ts';

/** A rectangle of longitude and latitude to draw. */
export interface Frame {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The frame: the map's first view, so the picture and the map it stands in for line up. */
const [west, south, east, north] = FIRST_VIEW;
const FRAME: Frame = { west, south, east, north };
const WIDTH = 400;
export const NORTH_KOREA = '408';
/** Points closer than this (in output units) to the simplified line are dropped. */
const TOLERANCE = 0.6;

export interface Preview {
  svg: string;
  /** The same picture for a page's own markup: no title or ids of its own, hidden from assistive technology. */
  inline: string;
  /** What the image shows, for its alt text and `<desc>`, in each language. */
  alt: Record<Lang, string>;
}

/** A frame drawn `width` units wide: its height, units per degree of latitude, and the projection of a point. */
export interface Projection {
  frame: Frame;
  width: number;
  height: number;
  unit: number;
  project(position: Position): [number, number];
}

/**
 * Equirectangular at the frame's middle latitude: at these sizes it is indistinguishable from the map's projection.
 * @example projection({ west: 124, south: 38, east: 125, north: 39 }, 100).project([124, 39]) // [0, 0]
 */
export function projection(frame: Frame, width: number): Projection {
  const xScale = Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
  const unit = width / ((frame.east - frame.west) * xScale);
  return {
    frame,
    width,
    height: Math.round((frame.north - frame.south) * unit),
    unit,
    project: ([lon = 0, lat = 0]) => [(lon - frame.west) * xScale * unit, (frame.north - lat) * unit],
  };
}

const PREVIEW = projection(FRAME, WIDTH);

/**
 * The preview for these sites over these countries (public/basemap/countries.geojson).
 * @example previewSvg(sites, countries).alt.en // 'Static map of North Korea with 25 reported prison camps: …'
 */
export function previewSvg(sites: readonly Site[], countries: FeatureCollection): Preview {
  const c = basemapTheme.light;
  const land = (iso: string) => countries.features.filter((f) => String(f.properties?.iso_n3) === iso);
  const neighbours = countries.features.filter((f) => String(f.properties?.iso_n3) !== NORTH_KOREA);
  const alt = { en: PAGE_STRINGS.en.previewAlt(countsOf(sites)), ko: PAGE_STRINGS.ko.previewAlt(countsOf(sites)) };

  const { width, height } = PREVIEW;
  const drawing = [
    `<rect width="${width}" height="${height}" fill="${c.sea}"/>`,
    `<path d="${neighbours.map((f) => outlinePath(f, PREVIEW)).join('')}" fill="${c.land}" stroke="${c.coast}" stroke-width=".6"/>`,
    `<path d="${land(NORTH_KOREA).map((f) => outlinePath(f, PREVIEW)).join('')}" fill="${c.landFocus}" stroke="${c.border}" stroke-width="1"/>`,
    ringsPath(sites, PREVIEW),
    siteMarks(sites, PREVIEW, 13),
    '</svg>\n',
  ].join('\n');
  const root = `xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"`;
  return {
    svg: `<svg ${root} width="${width}" height="${height}" role="img" aria-labelledby="t d">\n<title id="t">${escapeXml(PAGE_STRINGS.en.title)}</title><desc id="d">${escapeXml(alt.en)}</desc>\n${drawing}`,
    inline: `<svg class="map-placeholder" ${root} aria-hidden="true" focusable="false">\n${drawing}`,
    alt,
  };
}

/**
 * How many site marks a preview holds: one subpath in a `class="sites"` group each.
 * @example markCount(previewSvg(sites, countries).svg) === sites.length // true
 */
export function markCount(svg: string): number {
  return [...svg.matchAll(/<g class="sites"[^>]*>(.*?)<\/g>/g)].reduce((count, [, paths = '']) => count + (paths.match(/M/g)?.length ?? 0), 0);
}

function countsOf(sites: readonly Site[]): PreviewCounts {
  const count = <K extends string>(keys: readonly K[], of: (site: Site) => K) =>
    Object.fromEntries(keys.map((key) => [key, sites.filter((site) => of(site) === key).length])) as Record<K, number>;
  return { total: sites.length, ministry: count<Ministry>(MINISTRIES, (s) => s.ministry), type: count<FacilityType>(FACILITY_TYPES, (s) => s.facility_type) };
}

const isFaded = (site: Site) => site.status === 'closed' || site.status === 'converted';

/**
 * The picture is cut into this many squares across, each with paths of its own. The browser
 * rasterizes the picture in tiles, and a tile draws only the paths that reach into it: as one
 * path for every site, each tile drew every site, ~130 ms a tile with 10,000 sites, 2.5–3.5 s
 * of the raster threads while the map loaded.
 */
export const SQUARES = 8;

/** The sites by the square of the picture they lie in. */
function bySquare(sites: readonly Site[], { project, width }: Projection): Site[][] {
  const side = width / SQUARES;
  const squares = new Map<string, Site[]>();
  for (const site of sites) {
    const [x, y] = project(site.coordinates);
    const key = `${Math.floor(x / side)} ${Math.floor(y / side)}`;
    const square = squares.get(key);
    if (square) square.push(site);
    else squares.set(key, [site]);
  }
  return [...squares.values()];
}

/** The sites' uncertainty rings, a path per square of the picture. */
export function ringsPath(sites: readonly Site[], projected: Projection, strokeWidth = 1): string {
  const paths = bySquare(sites, projected)
    .map((square) => square.map((site) => ring(site, projected)).join(''))
    .filter(Boolean)
    .map((d) => `<path d="${d}"/>`);
  const attributes = `fill="${UNCERTAINTY.fill}" fill-opacity="${UNCERTAINTY.fillOpacity}" stroke="${UNCERTAINTY.line}" stroke-opacity=".7" stroke-width="${strokeWidth}"`;
  return paths.length ? `<g ${attributes}>${paths.join('')}</g>` : '';
}

/**
 * The sites' marks at `size` units: prisons first, then political prison camps on top, as on the
 * map; closed and converted faded beneath.
 */
export function siteMarks(sites: readonly Site[], projected: Projection, size: number): string {
  return [...FACILITY_TYPES]
    .reverse()
    .flatMap((type) =>
      MINISTRIES.flatMap((ministry) =>
        [true, false].map((faded) => marks(sites.filter((s) => s.facility_type === type && s.ministry === ministry && isFaded(s) === faded), ministry, type, faded, projected, size)),
      ),
    )
    .join('');
}

/**
 * The marks that share a look: the map's own markers (marker-shapes.ts), a path per marker part
 * and square of the picture (SQUARES), with a subpath per site. Paths, not an element per
 * site: the browser parses an SVG image as a document on the page's main thread, and with
 * 10,000 sites an element each held that thread for about a second.
 */
function marks(sites: readonly Site[], ministry: Ministry, type: FacilityType, faded: boolean, projected: Projection, size: number): string {
  if (!sites.length) return '';
  const scale = size / MARKER_BOX;
  const point = (site: Site) => projected.project(site.coordinates).map((v) => Math.round(v / scale)) as [number, number];
  const squares = bySquare(sites, projected).map((square) => square.map(point));
  // Part by part across every square, so that each part still lies over the one before it.
  const parts = markerParts(ministry, type).map((part, index) => {
    const dash = part.dash ? ` stroke-dasharray="${part.dash.join(' ')}"` : '';
    const paths = squares.map((square) => `<path d="${square.map(([x, y]) => movePath(part.d, x - MARKER_BOX / 2, y - MARKER_BOX / 2)).join('')}"/>`);
    // The first part of each look is its outline, counted as one mark per site.
    return `<g${index === 0 ? ' class="sites"' : ''} fill="${part.fill}" stroke="${part.stroke}" stroke-width="${part.strokeWidth}"${dash}>${paths.join('')}</g>`;
  });
  return `<g transform="scale(${scale})"${faded ? ' opacity=".55"' : ''}>${parts.join('')}</g>`;
}

/** A site's uncertainty ring as a subpath (two arcs), or nothing where the facility is known. */
function ring(site: Site, { project, unit }: Projection): string {
  if (UNCERTAINTY_KM[site.location_precision] === 0) return '';
  const [x, y] = project(site.coordinates).map(Math.round) as [number, number];
  const r = Math.max(1, Math.round((UNCERTAINTY_KM[site.location_precision] / 111.32) * unit));
  return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0z`;
}

/** SVG path data for a polygon (a country, a province) clipped to the frame: simplified, rounded, relative moves. */
export function outlinePath(feature: Feature, { frame, project }: Projection): string {
  const margin = Math.min(0.2, (frame.north - frame.south) / 10);
  // Clipping a country costs far more than a glance at its extent: a site's close-up misses most of them.
  const [west, south, east, north] = extentOf(feature);
  if (west > frame.east + margin || east < frame.west - margin || south > frame.north + margin || north < frame.south - margin) return '';
  const clipped = bboxClip(feature as Feature<Polygon | MultiPolygon>, [frame.west - margin, frame.south - margin, frame.east + margin, frame.north + margin]).geometry;
  const rings: Position[][] =
    clipped.type === 'Polygon' ? clipped.coordinates : clipped.type === 'MultiPolygon' ? clipped.coordinates.flatMap((polygon) => polygon) : [];
  return rings
    .map((ring) => rounded(simplify(ring.map(project))))
    .filter((ring) => ring.length >= 3 && Math.abs(area(ring)) >= 2) // islets smaller than a mark are noise
    .map((ring) => {
      const steps = ring.slice(1).map(([x, y], i) => `${x - (ring[i]?.[0] ?? 0)} ${y - (ring[i]?.[1] ?? 0)}`);
      return `M${ring[0]?.join(' ')}l${steps.join(' ')}z`.replace(/ -/g, '-');
    })
    .join('');
}

const extents = new WeakMap<Feature, [number, number, number, number]>();
/** A polygon's extent, worked out once per feature. */
function extentOf(feature: Feature): [number, number, number, number] {
  let extent = extents.get(feature);
  if (!extent) {
    const geometry = feature.geometry as Polygon | MultiPolygon;
    const points = (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()).flat();
    extent = points.reduce<[number, number, number, number]>(
      ([w, s, e, n], [lon = 0, lat = 0]) => [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
    extents.set(feature, extent);
  }
  return extent;
}

/** Whole units, without the repeats rounding makes or the closing point (`z` closes the ring). */
function rounded(points: [number, number][]): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const [x, y] of points) {
    const point = [Math.round(x), Math.round(y)] as const;
    const previous = out.at(-1);
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
  }
  const [first, last] = [out[0], out.at(-1)];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** Douglas–Peucker, iterative so long rings cannot overflow the stack. */
function simplify(points: [number, number][]): [number, number][] {
  if (points.length < 3) return points;
  const at = (i: number): [number, number] => points[i] ?? [0, 0];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [first, last] = span;
    const [[ax, ay], [bx, by]] = [at(first), at(last)];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = TOLERANCE;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = at(i);
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function area(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] ?? [x1, y1];
    sum += x1 * y2 - x2 * y1;
  });
  return sum / 2;
}

/**
 * Text for an XML text node or attribute value.
 * @example escapeXml('"A" & <B>') // '&quot;A&quot; &amp; &lt;B&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
