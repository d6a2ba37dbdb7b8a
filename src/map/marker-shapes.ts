/**
 * The one drawing of each marker, as SVG path data in a 16×16 box: the map's sprite (drawn from
 * these paths at build time, scripts/lib/sprite.ts), the list's and legend's icons and the build-time
 * pictures all draw from here, so they cannot drift apart.
 */
import type { FacilityType, Ministry } from '../data/vocabulary.ts';
import { FACILITY_FILL, MINISTRY_STYLE, type Shape } from './theme.ts';

/** One path of a marker. Its first command is an absolute `M` and every later one is relative, so moving it means moving that `M`. */
export interface MarkerPart {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: [number, number];
}

export const MARKER_BOX = 16;
/** A marker's size on the map, in CSS pixels. */
export const MARKER_SIZE = 22;

const OUTLINES: Record<Shape, string> = {
  triangle: 'M8 1.5l7 12.5h-14z',
  circle: 'M1.5 8a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0-13 0z',
  diamond: 'M8 .5l7.5 7.5-7.5 7.5-7.5-7.5z',
  square: 'M2 2h12v12h-12z',
  pentagon: 'M8 1l7 5.1-2.7 8.2h-8.6l-2.7-8.2z',
  hexagon: 'M8 1l6.1 3.5v7l-6.1 3.5-6.1-3.5v-7z',
};

/** The middle of each shape's inside: a triangle's sits low. */
const CENTRE_Y: Record<Shape, number> = { triangle: 10, circle: 8, diamond: 8, square: 8, pentagon: 8.5, hexagon: 8 };

/**
 * The paths of the marker for a ministry and a facility type.
 * @example markerParts('MSoS', 'kyohwaso') // [{d: 'M1.5 8a6.5 …', fill: '#ffffff', stroke: '#0072B2', strokeWidth: 2.2}]
 */
export function markerParts(ministry: Ministry, type: FacilityType): MarkerPart[] {
  const { colour, shape } = MINISTRY_STYLE[ministry];
  const fill = FACILITY_FILL[type];
  if (fill === 'solid') return [{ d: OUTLINES[shape], fill: colour, stroke: '#ffffff', strokeWidth: 1 }];
  const outline: MarkerPart = { d: OUTLINES[shape], fill: '#ffffff', stroke: colour, strokeWidth: 2.2, ...(fill === 'dashed' ? { dash: [2.2, 1.6] } : {}) };
  const [x, y] = [8, CENTRE_Y[shape]];
  const line = (d: string): MarkerPart => ({ d, fill: 'none', stroke: colour, strokeWidth: 1.8 });
  const dots = (d: string): MarkerPart => ({ d, fill: colour, stroke: 'none', strokeWidth: 0 });
  const inside: Partial<Record<typeof fill, MarkerPart>> = {
    dot: dots(`M${x - 2} ${y}a2 2 0 1 0 4 0a2 2 0 1 0-4 0z`),
    pair: dots(`M${x - 4} ${y}a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0zm5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0z`),
    ring: line(`M${x - 2.5} ${y}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0z`),
    bar: line(`M${x - 3.5} ${y}h7`),
    column: line(`M${x} ${y - 3.5}v7`),
    cross: line(`M${x - 3.5} ${y}h7m-3.5-3.5v7`),
  };
  const mark = inside[fill];
  return mark ? [outline, mark] : [outline];
}

/**
 * A part's path moved by (dx, dy): only its leading `M` changes.
 * @example movePath('M8 1.5l7 12.5h-14z', 10, 20) // 'M18 21.5l7 12.5h-14z'
 */
export function movePath(d: string, dx: number, dy: number): string {
  return d.replace(/^M(-?[\d.]+)[ ,]?(-?[\d.]+)/, (_, x: string, y: string) => `M${round(Number(x) + dx)} ${round(Number(y) + dy)}`);
}

const round = (n: number) => Math.round(n * 100) / 100;
