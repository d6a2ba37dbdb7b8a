/** The camp marker as a small inline SVG, so the list and legend show exactly what the map draws. */
import type { FacilityType, Ministry } from '../data/vocabulary.ts';
import { MARKER_BOX, markerParts } from '../map/marker-shapes.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** One drawn icon per look, cloned for each entry: cloning is a fraction of building, which held a phone's main thread for 300 ms over a list of 92. */
const drawn = new Map<string, SVGSVGElement>();

export function markerIcon(ministry: Ministry, type: FacilityType): SVGSVGElement {
  const key = `${ministry}/${type}`;
  let svg = drawn.get(key);
  if (!svg) {
    svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${MARKER_BOX} ${MARKER_BOX}`);
    svg.setAttribute('class', 'marker');
    svg.setAttribute('aria-hidden', 'true');
    svg.append(...markerShapes(ministry, type));
    drawn.set(key, svg);
  }
  return svg.cloneNode(true) as SVGSVGElement;
}

/** The marker's shapes in a 16×16 box, to place inside any SVG (e.g. the static preview). */
export function markerShapes(ministry: Ministry, type: FacilityType): SVGElement[] {
  return markerParts(ministry, type).map((part) => {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', part.d);
    path.setAttribute('fill', part.fill);
    path.setAttribute('stroke', part.stroke);
    path.setAttribute('stroke-width', String(part.strokeWidth));
    if (part.dash) path.setAttribute('stroke-dasharray', part.dash.join(' '));
    return path;
  });
}
