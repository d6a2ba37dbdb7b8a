/**
 * A static picture of the sites: an inline SVG of their markers over North Korea's outline,
 * for browsers that cannot draw the interactive map. Pure DOM construction, no HTML parsing,
 * so it can also be built ahead of time (e.g. for the embed page).
 */
import type { Position } from 'geojson';
import type { Site } from '../data/site.ts';
import { SVG_NS, markerShapes } from '../ui/marker-icon.ts';

/** [west, south, east, north]: North Korea, as the map frames it by default. */
export const PREVIEW_BBOX = [124.2, 37.6, 130.8, 43.1] as const;
/** SVG units per degree of latitude. */
const SCALE = 100;
const [WEST, SOUTH, EAST, NORTH] = PREVIEW_BBOX;
// Equirectangular, with longitude shrunk by cos(latitude) at the middle so shapes are not stretched.
const X_SCALE = SCALE * Math.cos((((SOUTH + NORTH) / 2) * Math.PI) / 180);
export const PREVIEW_SIZE = { width: round((EAST - WEST) * X_SCALE), height: round((NORTH - SOUTH) * SCALE) };

export interface PreviewOptions {
  /** What the picture shows, read by screen readers instead of the picture. */
  label: string;
  /** The country's outline: MultiPolygon coordinates. Without it only the markers are drawn. */
  outline?: Position[][][];
  /** The name each marker's tooltip shows; English by default. */
  nameOf?: (site: Site) => string;
}

/**
 * @example previewSvg(sites, { label: 'Static map of 25 sites' }) // <svg role="img" aria-label="Static map of 25 sites" viewBox="0 0 503 550">…</svg>
 */
export function previewSvg(sites: readonly Site[], { label, outline, nameOf = (site) => site.name }: PreviewOptions): SVGSVGElement {
  const svg = svgElement('svg', { class: 'preview', role: 'img', 'aria-label': label, viewBox: `0 0 ${PREVIEW_SIZE.width} ${PREVIEW_SIZE.height}` });
  svg.append(svgElement('rect', { class: 'preview-sea', width: String(PREVIEW_SIZE.width), height: String(PREVIEW_SIZE.height) }));
  if (outline) svg.append(svgElement('path', { class: 'preview-land', d: outlinePath(outline) }));
  // Political prison camps last, so they are drawn on top where markers overlap.
  const ordered = [...sites].sort((a, b) => Number(a.facility_type === 'kwanliso') - Number(b.facility_type === 'kwanliso'));
  for (const site of ordered) {
    const [x, y] = projectPreview(site.coordinates);
    const marker = svgElement('g', { class: 'preview-site', 'data-id': site.id, transform: `translate(${x - 8} ${y - 8})` });
    if (site.status === 'closed' || site.status === 'converted') marker.setAttribute('opacity', '0.55');
    const title = svgElement('title', {});
    title.textContent = nameOf(site);
    marker.append(title, ...markerShapes(site.ministry, site.facility_type));
    svg.append(marker);
  }
  return svg;
}

/**
 * A [lon, lat] position in the preview's SVG units.
 * @example projectPreview([124.2, 43.1]) // [0, 0]
 */
export function projectPreview([lon, lat]: Position): [number, number] {
  return [round(((lon ?? 0) - WEST) * X_SCALE), round((NORTH - (lat ?? 0)) * SCALE)];
}

function outlinePath(polygons: Position[][][]): string {
  return polygons
    .flatMap((rings) => rings.map((ring) => `M${ring.map((position) => projectPreview(position).join(' ')).join('L')}Z`))
    .join('');
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
