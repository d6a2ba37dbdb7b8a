/** The MapLibre map of the camps: draws the sites, reports clicks, and shows one site's popup. */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Site } from '../data/site.ts';
import { OTHER_POINTS_LAYER, OTHER_POINTS_SOURCE, SITE_SOURCES, campsGeoJSON, layerIds, otherPointsGeoJSON, sourceOf } from './layers.ts';
import { mapDataFingerprint } from './fingerprint.ts';
import { imageryFromEnv } from './imagery.ts';
import { quietLoad } from './quiet-load.ts';
import { mapStyle } from './style.ts';
import type { BasemapTheme } from './basemap.ts';
import type { View } from '../state/url.ts';

maplibregl.setWorkerUrl(workerUrl);

/** What the build's files of a plain link's sites hold (scripts/lib/map-data-plugin.ts). */
declare const __MAP_DATA_SITES__: string;

/** The whole of North Korea, framed when the link names no view. */
export const DPRK_BOUNDS: [number, number, number, number] = [124.2, 37.6, 130.8, 43.1];
/** Zoom used to show one site when the link names it but no view. */
export const SITE_ZOOM = 9;

export interface CampMapOptions {
  container: HTMLElement;
  base: string;
  lang: 'en' | 'ko';
  ariaLabel: string;
  view?: View;
  onSelect(id: string | undefined): void;
  /** Basemap palette; default 'light'. */
  theme?: BasemapTheme;
  /** For embeds: the page scrolls past the map; ctrl/cmd + scroll or two fingers move it. Default off. */
  cooperativeGestures?: boolean;
  /** More MapLibre UI strings (e.g. the gesture hints) in the reader's language. */
  locale?: Record<string, string>;
  /**
   * Start with the build's files of the sites a plain link shows, fetched by the map's worker
   * with the basemap, before the page has checked the layer files. Off where the page reads
   * other data (a test's `?data=`). Default off.
   */
  defaultSites?: boolean;
}

export interface CampMap {
  map: maplibregl.Map;
  /** Resolves once the style is in place: sources, layers and images may change from then on. */
  styleLoaded: Promise<void>;
  setSites(sites: readonly Site[]): void;
  /** Opens the popup for `site` with `content`, or closes it when there is none. */
  showPopup(site: Site | undefined, content: HTMLElement | undefined, focus?: boolean): void;
  /** Labels the camps in the reader's language. */
  setLabelLanguage(lang: 'en' | 'ko'): void;
  /** Moves the camera to a site, close enough to tell it from its neighbours. */
  focusOn(site: Site | undefined): void;
}

export function createCampMap({ container, base, lang, ariaLabel, view, onSelect, theme = 'light', cooperativeGestures = false, locale = {}, defaultSites = false }: CampMapOptions): CampMap {
  const map = new maplibregl.Map({
    container,
    style: mapStyle(base, theme, lang === 'ko' ? 'name_ko' : 'name', imageryFromEnv(import.meta.env), defaultSites),
    hash: 'map',
    ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { bounds: DPRK_BOUNDS }),
    minZoom: 5,
    maxZoom: 13,
    localIdeographFontFamily: '"Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif',
    attributionControl: { compact: false },
    locale: { ...locale, 'Map.Title': ariaLabel },
    cooperativeGestures,
    // The style is built and checked here (tests/unit/map/style.test.ts): a phone need not check it again.
    validateStyle: false,
    // Around North Korea a world copy is never in view: no tiles to look for there.
    renderWorldCopies: false,
  });
  quietLoad(map);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({}), 'bottom-left');

  // The sites go in as soon as the style is there, not at 'load': that waits for the basemap to
  // be fetched and drawn, and the sites, their icons and their labels' glyphs would queue behind it.
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));

  // A disputed site's other point opens the site: the reader sees both sides there.
  map.on('click', OTHER_POINTS_LAYER, (event) => onSelect(String(event.features?.[0]?.properties.id)));
  for (const source of SITE_SOURCES) {
    const { markers, clusters } = layerIds(source);
    map.on('click', markers, (event) => onSelect(String(event.features?.[0]?.properties.id)));
    // A cluster opens up to the zoom at which it splits.
    map.on('click', clusters, async (event) => {
      const cluster = event.features?.[0];
      if (!cluster || cluster.geometry.type !== 'Point') return;
      const zoom = await map.getSource<maplibregl.GeoJSONSource>(source)?.getClusterExpansionZoom(Number(cluster.properties.cluster_id));
      map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom: zoom ?? map.getZoom() + 2 });
    });
    for (const layer of [markers, clusters]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
  }
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') popup?.remove();
  });

  // The page's build-time picture of the sites (index.html) stands in until the map has drawn
  // them, or until the view moves away from the one it shows.
  const placeholder = container.querySelector('.map-placeholder');
  map.once('movestart', () => placeholder?.remove());
  let firstDraw: (() => void) | undefined = () => {
    placeholder?.remove();
    // scripts/bench times the first complete draw of the sites by this mark.
    performance.mark('map-ready');
  };

  let startedWith = defaultSites ? __MAP_DATA_SITES__ : undefined;
  let popup: maplibregl.Popup | undefined;
  let selected: Site | undefined;
  // Only a popup the reader closed clears the selection; one replaced by the app does not.
  const closePopup = () => {
    const closing = popup;
    popup = undefined;
    closing?.remove();
  };

  return {
    map,
    styleLoaded,
    setSites(sites) {
      void styleLoaded.then(() => {
        // Usually the first sites are the very ones the map started with: the worker need not tile them again.
        const drawing = startedWith !== undefined && startedWith === mapDataFingerprint(sites);
        startedWith = undefined;
        if (!drawing) {
          for (const source of SITE_SOURCES) {
            map.getSource<maplibregl.GeoJSONSource>(source)?.setData(campsGeoJSON(sites.filter((site) => sourceOf(site) === source)));
          }
          map.getSource<maplibregl.GeoJSONSource>(OTHER_POINTS_SOURCE)?.setData(otherPointsGeoJSON(sites));
        }
        if (firstDraw) map.once('idle', firstDraw);
        firstDraw = undefined;
        // A map that was idle already, with nothing new to draw, would not say so again: one more frame does.
        if (drawing) map.triggerRepaint();
      });
    },
    setLabelLanguage(lang) {
      void styleLoaded.then(() => {
        for (const source of SITE_SOURCES) map.setLayoutProperty(layerIds(source).labels, 'text-field', ['get', lang === 'ko' ? 'name_ko' : 'name']);
      });
    },
    focusOn(site) {
      // Sit the site below the centre, leaving room above it for its popup.
      if (!site) return;
      map.jumpTo({ center: site.coordinates, zoom: Math.max(map.getZoom(), SITE_ZOOM) });
      map.panBy([0, -map.getContainer().clientHeight * 0.25], { animate: false });
    },
    // An embed opening a linked site must not pull focus (and the host page's scroll) into its frame.
    showPopup(site, content, focus = true) {
      void styleLoaded.then(() => {
        if (selected) map.setFeatureState({ source: sourceOf(selected), id: selected.id }, { selected: false });
        selected = site;
        closePopup();
        if (!site || !content) return;
        map.setFeatureState({ source: sourceOf(site), id: site.id }, { selected: true });
        // Focus the details themselves, not their first link, so a screen reader starts at the name.
        const opened = new maplibregl.Popup({ maxWidth: '360px', focusAfterOpen: false })
          .setLngLat(site.coordinates)
          .setDOMContent(content)
          .addTo(map);
        const focusIsElsewhere = !container.contains(document.activeElement) || document.activeElement === map.getCanvas();
        if (focus && focusIsElsewhere) content.focus({ preventScroll: true });
        opened.on('close', () => {
          if (popup !== opened) return;
          popup = undefined;
          onSelect(undefined);
        });
        popup = opened;
      });
    },
  };
}
