/**
 * The first view when a link names no site and no view: the whole country, with room for the
 * widest uncertainty ring around any site inside it. Every valid site lies in North Korea (the
 * validator checks), so this frames every site shown, ring and all, whatever the filters, before
 * the data has even loaded. The build-time picture (scripts/lib/preview.ts) draws the same frame.
 */
import { UNCERTAINTY_KM } from '../data/vocabulary.ts';

type Bounds = [west: number, south: number, east: number, north: number];

/** North Korea's extent in the offline basemap's outline, rounded outwards to 0.1°. */
export const DPRK_BOUNDS: Bounds = [124.2, 37.6, 130.8, 43.1];

const KM_PER_DEGREE = 111.32;

/**
 * Bounds grown by `km` on every side, measured at their widest latitude (the one nearest a pole).
 * @example grow([124.2, 37.6, 130.8, 43.1], 40) // [123.71, 37.24, 131.29, 43.46]
 */
export function grow([west, south, east, north]: Bounds, km: number): Bounds {
  const dLat = km / KM_PER_DEGREE;
  const dLon = km / (KM_PER_DEGREE * Math.cos((Math.max(Math.abs(south), Math.abs(north)) * Math.PI) / 180));
  // Outwards, to the nearest 0.01°, so the grown bounds never fall short.
  const [down, up] = [(n: number) => Math.floor(n * 100) / 100, (n: number) => Math.ceil(n * 100) / 100];
  return [down(west - dLon), down(south - dLat), up(east + dLon), up(north + dLat)];
}

export const FIRST_VIEW: Bounds = grow(DPRK_BOUNDS, Math.max(...Object.values(UNCERTAINTY_KM)));
