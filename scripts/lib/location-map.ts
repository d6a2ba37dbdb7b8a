/**
 * A site's location as a static SVG map, drawn at build time for its page and its share card:
 * the country and province outlines of the offline basemap around the site, the site's marker,
 * its uncertainty ring, the other points of a location dispute, a scale bar, and a small map of
 * the whole country showing where the close-up lies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Site } from '../../src/data/site.ts';
import { UNCERTAINTY_KM } from '../../src/data/vocabulary.ts';
import { basemapTheme } from '../../src/map/basemap.ts';
import { OTHER_POINT } from '../../src/map/theme.ts';
import { CARD_FONT_FAMILY } from './card-fonts.ts';
import { ROOT } from './geo-files.ts';
import { NORTH_KOREA, escapeXml, outlinePath, projection, ringsPath, siteMarks, type Frame, type Projection } from './preview.ts';

export interface Basemap {
  countries: FeatureCollection;
  provinces: FeatureCollection;
}

/** The outlines the maps are drawn on, from the offline basemap. */
export function loadBasemap(): Basemap {
  const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'public/basemap', name), 'utf8')) as FeatureCollection;
  return { countries: read('countries.geojson'), provinces: read('provinces.geojson') };
}

const KM_PER_DEGREE = 111.32;
/** The whole country, for the small locator map. */
const COUNTRY: Frame = { west: 124.1, south: 37.55, east: 130.9, north: 43.1 };

/** The close-up's half-height in km: the ring and some land around it, and at least a town's surroundings. */
const reachKm = (site: Site) => Math.max(UNCERTAINTY_KM[site.location_precision] * 2.2, 30);

/**
 * The frame of `width` × `height` units centred on the site.
 * @example siteFrame(site, 600, 400).north - siteFrame(site, 600, 400).south // ≈ 0.54 for a facility: 60 km
 */
export function siteFrame(site: Site, width: number, height: number): Frame {
  const [lon, lat] = site.coordinates;
  const halfLat = reachKm(site) / KM_PER_DEGREE;
  const halfLon = (halfLat * width) / height / Math.cos((lat * Math.PI) / 180);
  return { west: lon - halfLon, east: lon + halfLon, south: lat - halfLat, north: lat + halfLat };
}

/** The SVG's elements without its root, to place inside another drawing (the share card). */
export function locationMapBody(site: Site, basemap: Basemap, width: number, height: number): string {
  const c = basemapTheme.light;
  const close = projection(siteFrame(site, width, height), width);
  const dprk = basemap.countries.features.filter((f) => String(f.properties?.iso_n3) === NORTH_KOREA);
  const others = basemap.countries.features.filter((f) => String(f.properties?.iso_n3) !== NORTH_KOREA);
  const outline = (features: FeatureCollection['features'], p: Projection) => features.map((f) => outlinePath(f, p)).join('');
  return [
    `<rect width="${width}" height="${height}" fill="${c.sea}"/>`,
    `<path d="${outline(others, close)}" fill="${c.land}" stroke="${c.coast}" stroke-width="1"/>`,
    `<path d="${outline(dprk, close)}" fill="${c.landFocus}" stroke="${c.coast}" stroke-width="1"/>`,
    `<path d="${outline(basemap.provinces.features, close)}" fill="none" stroke="${c.province}" stroke-width="1.2" stroke-dasharray="5 3"/>`,
    `<path d="${outline(dprk, close)}" fill="none" stroke="${c.border}" stroke-width="1.6"/>`,
    otherPoints(site, close),
    ringsPath([site], close, 2),
    siteMarks([site], close, 30),
    scaleBar(close, height),
    locator(site, basemap, width),
  ].join('');
}

/**
 * The map as a standalone SVG file, titled with the site's name.
 * @example locationMapSvg(site, loadBasemap()).startsWith('<svg') // true
 */
export function locationMapSvg(site: Site, basemap: Basemap, width = 600, height = 400): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`,
    `<title>${escapeXml(`${site.name} (${site.name_ko})`)}</title>`,
    locationMapBody(site, basemap, width, height),
    '</svg>\n',
  ].join('');
}

/** A dispute's other points, faint and joined to the site, as the map draws them. */
function otherPoints(site: Site, { project }: Projection): string {
  const [x, y] = project(site.coordinates).map(Math.round) as [number, number];
  const points = site.disputes.flatMap((d) => d.points ?? []).map((point) => project(point.coordinates).map(Math.round) as [number, number]);
  if (!points.length) return '';
  const lines = points.map(([px, py]) => `M${x} ${y}L${px} ${py}`).join('');
  const dots = points.map(([px, py]) => `M${px - 6} ${py}a6 6 0 1 0 12 0a6 6 0 1 0-12 0z`).join('');
  return `<path d="${lines}" stroke="${OTHER_POINT.colour}" stroke-width="1.5" stroke-dasharray="4 3" fill="none"/><path d="${dots}" fill="#ffffff" stroke="${OTHER_POINT.colour}" stroke-width="2"/>`;
}

/** A bar of a round number of kilometres, about a fifth of the map's width. */
function scaleBar({ width, unit }: Projection, height: number): string {
  const pxPerKm = unit / KM_PER_DEGREE;
  const km = [1, 2, 5, 10, 20, 50, 100].reduce((best, step) => (step * pxPerKm <= width / 5 ? step : best), 1);
  const length = Math.round(km * pxPerKm);
  const [x, y] = [16, height - 18];
  return (
    `<path d="M${x} ${y - 6}v6h${length}v-6" fill="none" stroke="#ffffff" stroke-width="5"/><path d="M${x} ${y - 6}v6h${length}v-6" fill="none" stroke="#33312e" stroke-width="2"/>` +
    `<text x="${x + length + 8}" y="${y + 1}" font-family="${CARD_FONT_FAMILY}" font-size="15" fill="#33312e" stroke="#ffffff" stroke-width="3" paint-order="stroke">${km} km</text>`
  );
}

/** The whole country, small, in the top-right corner, with the close-up's centre marked. */
function locator(site: Site, basemap: Basemap, width: number): string {
  const small = projection(COUNTRY, Math.round(width / 6));
  const dprk = basemap.countries.features.filter((f) => String(f.properties?.iso_n3) === NORTH_KOREA);
  const [x, y] = small.project(site.coordinates).map(Math.round) as [number, number];
  const left = width - small.width - 10;
  return (
    `<g transform="translate(${left} 10)"><rect width="${small.width}" height="${small.height}" fill="${basemapTheme.light.sea}" stroke="#857c70"/>` +
    `<path d="${dprk.map((f) => outlinePath(f, small)).join('')}" fill="${basemapTheme.light.landFocus}" stroke="#857c70" stroke-width=".8"/>` +
    `<path d="M${x - 5} ${y}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z" fill="none" stroke="#b00020" stroke-width="2"/></g>`
  );
}
