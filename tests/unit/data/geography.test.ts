import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isInside, type Area } from '../../../src/data/geography.ts';
import { loadBoundaries } from '../../../scripts/lib/geo-files.ts';

const { country, provinces } = loadBoundaries();

/** Points around and on an outline: scattered over its surroundings, and every vertex and edge midpoint, where rounding bites. */
function probes(area: Area): Position[] {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const rings = polygons.flat();
  const vertices = rings.flat();
  const midpoints = rings.flatMap((ring) => ring.slice(1).map(([x = 0, y = 0], i) => [(x + (ring[i]?.[0] ?? 0)) / 2, (y + (ring[i]?.[1] ?? 0)) / 2]));
  const lons = vertices.map(([lon = 0]) => lon);
  const lats = vertices.map(([, lat = 0]) => lat);
  const [west, east, south, north] = [Math.min(...lons) - 0.3, Math.max(...lons) + 0.3, Math.min(...lats) - 0.3, Math.max(...lats) + 0.3];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const scattered = Array.from({ length: 20_000 }, () => [west + random() * (east - west), south + random() * (north - south)]);
  return [...scattered, ...vertices, ...midpoints];
}

describe('isInside', () => {
  it.each([['North Korea', country], ...provinces])('gives booleanPointInPolygon’s answer for %s', (_, area) => {
    const disagreements = probes(area).filter((point) => isInside(point, area) !== booleanPointInPolygon(point, area));
    expect(disagreements).toEqual([]);
  });
});
