/**
 * What a click on the map means: the sites under it (one opens, several are offered in a
 * chooser), a cluster (it opens up to the zoom at which it splits), or nothing.
 */
import type { GeoJSONSource, LngLat, Map as MapLibreMap } from 'maplibre-gl';
import { SITE_SOURCES, layerIds } from './layers.ts';
import { OTHER_POINTS_LAYER } from './other-points.ts';

/** Sites within this many px of a click count as under it: markers drawn nearly on one another. */
const REACH = 4;

export interface ClickHandlers {
  /** The ids of the sites under the click, at least one. */
  onSites(ids: string[], at: LngLat): void;
  /** A click on no site and no cluster. */
  onNothing(): void;
}

/**
 * One handler for the markers of both sources, which a click may hit at once. A disputed site's
 * other point stands for the site: the reader sees both sides there.
 * @example listenForClicks(map, { onSites: (ids) => console.log(ids), onNothing: () => undefined })
 */
export function listenForClicks(map: MapLibreMap, { onSites, onNothing }: ClickHandlers): void {
  const markers = [...SITE_SOURCES.map((source) => layerIds(source).markers), OTHER_POINTS_LAYER];
  const clusters = SITE_SOURCES.map((source) => layerIds(source).clusters);
  map.on('click', async (event) => {
    const { x, y } = event.point;
    const onMarker = map.queryRenderedFeatures(event.point, { layers: markers }).length > 0;
    const [cluster] = onMarker ? [] : map.queryRenderedFeatures(event.point, { layers: clusters });
    if (cluster?.geometry.type === 'Point') {
      const zoom = await map.getSource<GeoJSONSource>(cluster.source)?.getClusterExpansionZoom(Number(cluster.properties.cluster_id));
      // At least one level in: at zoom 5.9 a cluster may already split at 6, which would look like nothing happened.
      map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom: Math.max(zoom ?? 0, map.getZoom() + 1) });
      return;
    }
    const near = map.queryRenderedFeatures([[x - REACH, y - REACH], [x + REACH, y + REACH]], { layers: markers });
    const ids = [...new Set(near.map((feature) => String(feature.properties.id)))];
    if (ids.length > 0) onSites(ids, event.lngLat);
    else onNothing();
  });
  for (const layer of [...markers, ...clusters]) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}
