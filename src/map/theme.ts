/**
 * Colour and shape tokens for the camp layer. Ministry is shown by colour AND shape so the
 * map reads without colour vision; the colours are from the Okabe-Ito colour-blind-safe set.
 */
import type { FacilityType, Ministry } from '../data/vocabulary.ts';

export type Shape = 'triangle' | 'circle' | 'diamond';

export const MINISTRY_STYLE: Record<Ministry, { colour: string; shape: Shape }> = {
  MSS: { colour: '#D55E00', shape: 'triangle' },
  MSoS: { colour: '#0072B2', shape: 'circle' },
  unknown: { colour: '#6B6B6B', shape: 'diamond' },
};

/** Political prison camps are drawn solid, prisons hollow, labour-training camps hollow with a dot. */
export const FACILITY_FILL: Record<FacilityType, 'solid' | 'hollow' | 'dotted'> = {
  kwanliso: 'solid',
  kyohwaso: 'hollow',
  'labour-training-camp': 'dotted',
};

export const UNCERTAINTY = { fill: '#7A4FA0', fillOpacity: 0.12, line: '#7A4FA0' };

export const LABEL = { colour: '#1d1d1f', halo: '#ffffff' };

/** The marker image name for a ministry and facility type, as registered with the map. */
export function markerName(ministry: Ministry, type: FacilityType): string {
  return `camp-${ministry}-${type}`;
}
