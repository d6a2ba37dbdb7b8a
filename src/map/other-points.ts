/**
 * A location dispute's other points: each source's point for a site whose location is disputed,
 * drawn faintly and joined to the site by a line, so it never reads as a site of its own.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Site } from '../data/site.ts';
import { OTHER_POINT } from './theme.ts';

export const OTHER_POINTS_SOURCE = 'camp-other-points';
export const OTHER_POINTS_LAYER = 'camp-other-points';

/**
 * Each other point of a location dispute, and a line from the site to it, carrying the site's
 * id: a reader who clicks the faint point opens the site whose location is in question.
 */
export function otherPointsGeoJSON(sites: readonly Site[]): FeatureCollection<Point | LineString> {
  return {
    type: 'FeatureCollection',
    features: sites.flatMap((site) =>
      site.disputes.flatMap((dispute) =>
        (dispute.points ?? []).flatMap(({ coordinates, label }) => [
          { type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: [site.coordinates, coordinates] }, properties: { id: site.id } },
          { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates }, properties: { id: site.id, label } },
        ]),
      ),
    ),
  };
}

/** The faint marks of the other points, under the sites themselves. */
export function otherPointLayers(): LayerSpecification[] {
  return [
    {
      id: `${OTHER_POINTS_LAYER}-line`,
      type: 'line',
      source: OTHER_POINTS_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': OTHER_POINT.colour, 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.7 },
    },
    {
      id: OTHER_POINTS_LAYER,
      type: 'circle',
      source: OTHER_POINTS_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 5,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-color': OTHER_POINT.colour,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.8,
      },
    },
  ];
}
