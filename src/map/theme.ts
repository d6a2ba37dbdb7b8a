/**
 * Colour and shape tokens for the camp layer. Operator is shown by colour AND shape so the
 * map reads without colour vision; the colours are from the Okabe-Ito colour-blind-safe set.
 */
import type { FacilityType, Ministry } from '../data/vocabulary.ts';

export type Shape = 'triangle' | 'circle' | 'diamond' | 'square' | 'pentagon' | 'hexagon';

export const MINISTRY_STYLE: Record<Ministry, { colour: string; shape: Shape }> = {
  MSS: { colour: '#D55E00', shape: 'triangle' },
  MSoS: { colour: '#0072B2', shape: 'circle' },
  KPA: { colour: '#009E73', shape: 'square' },
  PC: { colour: '#CC79A7', shape: 'pentagon' },
  WPK: { colour: '#E69F00', shape: 'hexagon' },
  unknown: { colour: '#6B6B6B', shape: 'diamond' },
};

/**
 * How each type fills its operator's shape: political prison camps solid, prisons hollow, and
 * the rest hollow with a mark inside (a dot, a bar, a cross), or dashed where the type is unknown.
 */
export type Fill = 'solid' | 'hollow' | 'dot' | 'bar' | 'column' | 'pair' | 'ring' | 'cross' | 'dashed';

export const FACILITY_FILL: Record<FacilityType, Fill> = {
  kwanliso: 'solid',
  kyohwaso: 'hollow',
  'labour-training-camp': 'dot',
  'holding-centre': 'bar',
  'detention-centre': 'column',
  'waiting-room': 'pair',
  'temporary-facility': 'ring',
  'military-prison': 'cross',
  unknown: 'dashed',
};

export const UNCERTAINTY = { fill: '#7A4FA0', fillOpacity: 0.12, line: '#7A4FA0' };

/** Names, the selection ring and cluster discs on the light basemap; layers.ts takes the dark basemap's own. */
export const LABEL = { colour: '#1d1d1f', halo: '#ffffff', disc: '#ffffff' };

/** The disc behind a new camp's marker (Okabe-Ito yellow), outlined so it reads on light land too. */
export const NEW_CAMP = { fill: '#F0E442', line: '#1d1d1f' };

/** Another source's point in a location dispute: faint, so it never reads as a site of its own. */
export const OTHER_POINT = { colour: '#5A5A5A' };

/** The marker image name for a ministry and facility type, as registered with the map. */
export function markerName(ministry: Ministry, type: FacilityType): string {
  return `camp-${ministry}-${type}`;
}
