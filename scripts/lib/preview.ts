/**
 * The static preview of the map, drawn from the data at build time: North Korea's outline and
 * its neighbours (simplified and rounded to whole units so the file stays small), the
 * uncertainty rings, and one mark per site with the map's ministry shapes and colours. The
 * loader shows it until the map loads, and it is the `<noscript>` fallback.
 */
import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { FACILITY_TYPES, MINISTRIES, UNCERTAINTY_KM, type FacilityType, type Ministry, type Site } from '../../src/data/site.ts';
import { STRINGS, type Lang, type PreviewCounts } from '../../src/i18n/strings.ts';
import { basemapTheme } from '../../src/map/basemap.ts';
import { FACILITY_FILL, MINISTRY_STYLE, UNCERTAINTY, type Shape } from '../../src/map/theme.ts';

/** The frame: the map's DPRK_BOUNDS (src/map/camp-map.ts) with a little margin. */
const FRAME = { west: 124.1, south: 37.55, east: 130.9, north: 43.1 };
const WIDTH = 400;
const NORTH_KOREA = '408';
/** Points closer than this (in output units) to the simplified line are dropped. */
const TOLERANCE = 0.6;

export interface Preview {
  svg: string;
  /** What the image shows, for its alt text and `<desc>`, in each language. */
  alt: Record<Lang, string>;
}

/** Equirectangular at the frame's middle latitude: at this size it is indistinguishable from the map's projection. */
const xScale = Math.cos((((FRAME.north + FRAME.south) / 2) * Math.PI) / 180);
const unit = WIDTH / ((FRAME.east - FRAME.west) * xScale);
const HEIGHT = Math.round((FRAME.north - FRAME.south) * unit);
const project = ([lon = 0, lat = 0]: Position): [number, number] => [(lon - FRAME.west) * xScale * unit, (FRAME.north - lat) * unit];

/**
 * The preview for these sites over these countries (public/basemap/countries.geojson).
 * @example previewSvg(sites, countries).svg.match(/class="site"/g)?.length === sites.length // true
 */
export function previewSvg(sites: readonly Site[], countries: FeatureCollection): Preview {
  const c = basemapTheme.light;
  const land = (iso: string) => countries.features.filter((f) => String(f.properties?.iso_n3) === iso);
  const neighbours = countries.features.filter((f) => String(f.properties?.iso_n3) !== NORTH_KOREA);
  const alt = { en: STRINGS.en.embed.previewAlt(countsOf(sites)), ko: STRINGS.ko.embed.previewAlt(countsOf(sites)) };
  const used = new Set(sites.map((site) => `${site.ministry}-${site.facility_type}`));
  // Prisons first, then political prison camps on top, as on the map.
  const ordered = [...sites].sort((a, b) => FACILITY_TYPES.indexOf(b.facility_type) - FACILITY_TYPES.indexOf(a.facility_type));

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escape(STRINGS.en.title)}</title><desc id="d">${escape(alt.en)}</desc>`,
    `<defs>${MINISTRIES.flatMap((m) => FACILITY_TYPES.filter((f) => used.has(`${m}-${f}`)).map((f) => mark(m, f))).join('')}</defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${c.sea}"/>`,
    `<path d="${neighbours.map(path).join('')}" fill="${c.land}" stroke="${c.coast}" stroke-width=".6"/>`,
    `<path d="${land(NORTH_KOREA).map(path).join('')}" fill="${c.landFocus}" stroke="${c.border}" stroke-width="1"/>`,
    `<g fill="${UNCERTAINTY.fill}" fill-opacity="${UNCERTAINTY.fillOpacity}" stroke="${UNCERTAINTY.line}" stroke-opacity=".7">`,
    ...sites.filter((s) => UNCERTAINTY_KM[s.location_precision] > 0).map(ring),
    '</g>',
    ...ordered.map((site) => {
      const [x, y] = project(site.coordinates).map(Math.round) as [number, number];
      const faded = site.status === 'closed' || site.status === 'converted' ? ' opacity=".55"' : '';
      return `<use class="site" href="#${site.ministry}-${site.facility_type}" x="${x}" y="${y}"${faded}/>`;
    }),
    '</svg>',
  ];
  return { svg: `${parts.join('\n')}\n`, alt };
}

function countsOf(sites: readonly Site[]): PreviewCounts {
  const count = <K extends string>(keys: readonly K[], of: (site: Site) => K) =>
    Object.fromEntries(keys.map((key) => [key, sites.filter((site) => of(site) === key).length])) as Record<K, number>;
  return { total: sites.length, ministry: count<Ministry>(MINISTRIES, (s) => s.ministry), type: count<FacilityType>(FACILITY_TYPES, (s) => s.facility_type) };
}

/** One mark, centred on 0,0: the map's shape for the ministry, solid, hollow or hollow with a dot for the type. */
function mark(ministry: Ministry, type: FacilityType): string {
  const { colour, shape } = MINISTRY_STYLE[ministry];
  const fill = FACILITY_FILL[type];
  const outline: Record<Shape, string> = {
    triangle: 'M0-6.5 6.5 5H-6.5Z',
    circle: 'M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0Z',
    diamond: 'M0-6.5 6.5 0 0 6.5-6.5 0Z',
  };
  const body =
    fill === 'solid'
      ? `<path d="${outline[shape]}" fill="${colour}" stroke="#fff" stroke-width="1"/>`
      : `<path d="${outline[shape]}" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
  const dot = fill === 'dotted' ? `<circle cy="${shape === 'triangle' ? 1 : 0}" r="1.8" fill="${colour}"/>` : '';
  return `<g id="${ministry}-${type}">${body}${dot}</g>`;
}

function ring(site: Site): string {
  const [x, y] = project(site.coordinates);
  const r = (UNCERTAINTY_KM[site.location_precision] / 111.32) * unit;
  return `<circle cx="${Math.round(x)}" cy="${Math.round(y)}" r="${Math.max(1, Math.round(r))}"/>`;
}

/** SVG path data for a country clipped to the frame: simplified, rounded, relative moves. */
function path(feature: Feature): string {
  const clipped = bboxClip(feature as Feature<Polygon | MultiPolygon>, [FRAME.west - 0.2, FRAME.south - 0.2, FRAME.east + 0.2, FRAME.north + 0.2]).geometry;
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

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
