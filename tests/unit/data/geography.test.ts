import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { closePairs, isInside, type Area } from '../../../src/data/geography.ts';
import type { Site } from '../../../src/data/site.ts';
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

describe('closePairs', () => {
  it('finds exactly the pairs that measuring every pair finds, each once with its earlier site first', () => {
    // 2,000 points crowded into a few kilometres, across the latitudes of North Korea and beyond, so many pairs lie near 100 m.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const sites = Array.from({ length: 2_000 }, (_, i) => {
      const [lon, lat] = [125 + (i % 4) * 3 + random() * 0.03, 20 + (i % 5) * 12 + random() * 0.03];
      return { id: `s${i}`, coordinates: [lon, lat] } as Site;
    });
    const measured = sites.flatMap((a, i) =>
      sites.slice(i + 1).flatMap((b) => {
        const metres = distance(a.coordinates, b.coordinates, { units: 'meters' });
        return metres < 100 ? [`${a.id} ${b.id}`] : [];
      }),
    );
    expect(measured.length).toBeGreaterThan(50);
    expect(closePairs(sites).map(({ a, b }) => `${a.id} ${b.id}`)).toEqual(measured);
  });
});
