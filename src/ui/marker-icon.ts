/** The camp marker as a small inline SVG, so the list and legend show exactly what the map draws. */
import type { FacilityType, Ministry } from '../data/vocabulary.ts';
import { FACILITY_FILL, MINISTRY_STYLE } from '../map/theme.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const PATHS = {
  triangle: 'M8 1.5 L15 14 L1 14 Z',
  circle: 'M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z',
  diamond: 'M8 0.5 L15.5 8 L8 15.5 L0.5 8 Z',
};

export function markerIcon(ministry: Ministry, type: FacilityType): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'marker');
  svg.setAttribute('aria-hidden', 'true');
  svg.append(...markerShapes(ministry, type));
  return svg;
}

/** The marker's shapes in a 16×16 box, to place inside any SVG (e.g. the static preview). */
export function markerShapes(ministry: Ministry, type: FacilityType): SVGElement[] {
  const { colour, shape } = MINISTRY_STYLE[ministry];
  const fill = FACILITY_FILL[type];
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[shape]);
  path.setAttribute('fill', fill === 'solid' ? colour : '#ffffff');
  path.setAttribute('stroke', fill === 'solid' ? '#ffffff' : colour);
  path.setAttribute('stroke-width', fill === 'solid' ? '1' : '2.2');
  if (fill !== 'dotted') return [path];
  const dot = document.createElementNS(SVG_NS, 'circle');
  dot.setAttribute('cx', '8');
  dot.setAttribute('cy', shape === 'triangle' ? '10' : '8');
  dot.setAttribute('r', '2');
  dot.setAttribute('fill', colour);
  return [path, dot];
}
