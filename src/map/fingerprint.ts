/** A short fingerprint of what the map draws of some sites, to tell whether it already draws exactly that. */
import type { Site } from '../data/site.ts';
import { SITE_SOURCES, campsGeoJSON, sourceOf } from './layers.ts';
import { otherPointsGeoJSON } from './other-points.ts';

/**
 * FNV-1a over what each map source would be handed for these sites, so two sets differ here
 * whenever the map would draw them differently (a site in another year's status, say).
 * @example mapDataFingerprint(sites) === mapDataFingerprint([...sites]) // true
 */
export function mapDataFingerprint(sites: readonly Site[]): string {
  const text = JSON.stringify([...SITE_SOURCES.map((source) => campsGeoJSON(sites.filter((site) => sourceOf(site) === source))), otherPointsGeoJSON(sites)]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${sites.length}-${(hash >>> 0).toString(16)}`;
}
