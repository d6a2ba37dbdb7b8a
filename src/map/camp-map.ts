/** The MapLibre map of the camps: draws the sites, reports clicks, frames the first view and shows one site's details. */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Site } from '../data/site.ts';
import { stringsOf } from '../i18n/languages.ts';
import type { Lang } from '../state/language.ts';
import { chooser } from './chooser.ts';
import { listenForClicks } from './clicks.ts';
import { isCompact } from './compact.ts';
import { createDetails } from './details.ts';
import { FIRST_VIEW } from './first-view.ts';
import { mapDataFingerprint } from './fingerprint.ts';
import { labelText } from './labels.ts';
import { SITE_SOURCES, campsGeoJSON, layerIds, sourceOf } from './layers.ts';
import { OTHER_POINTS_SOURCE, otherPointsGeoJSON } from './other-points.ts';
import { imageryFromEnv } from './imagery.ts';
import { hiddenLoad } from './hidden-load.ts';
import { mapStyle } from './style.ts';
import type { BasemapTheme } from './basemap.ts';
import type { View } from '../state/url.ts';

maplibregl.setWorkerUrl(workerUrl);

/** What the build's files of a plain link's sites hold (scripts/lib/map-data-plugin.ts). */
declare const __MAP_DATA_SITES__: string;

/** Zoom used to show one site when the link names it but no view. */
export const SITE_ZOOM = 9;
/** Room left around the first view's frame, in px. */
const FRAME_PADDING = 12;

export interface CampMapOptions {
  container: HTMLElement;
  base: string;
  lang: Lang;
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
  /** Resolves once the map has first drawn the sites. */
  drawn: Promise<void>;
  setSites(sites: readonly Site[]): void;
  /** Opens the details of `site` with `content`, or closes them when there is none. */
  showPopup(site: Site | undefined, content: HTMLElement | undefined, focus?: boolean): void;
  /** Labels the camps in the reader's language. */
  setLabelLanguage(lang: Lang): void;
  /** Moves the camera to a site, close enough to tell it from its neighbours, with room for its details. */
  focusOn(site: Site | undefined): void;
  /** Frames every site (the first view), and keeps them framed as the map resizes, until the reader moves it. */
  frame(): void;
}

export function createCampMap({ container, base, lang, ariaLabel, view, onSelect, theme = 'light', cooperativeGestures = false, locale = {}, defaultSites = false }: CampMapOptions): CampMap {
  const map = new maplibregl.Map({
    container,
    style: mapStyle(base, theme, lang === 'ko' ? 'name_ko' : 'name', imageryFromEnv(import.meta.env), defaultSites),
    hash: 'map',
    // MapLibre writes the hash at its first camera, before fitting the bounds, and the fitted one
    // 300 ms later: a link or a reload in between would open wherever that first camera is.
    ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { center: new maplibregl.LngLatBounds(FIRST_VIEW).getCenter(), bounds: FIRST_VIEW, fitBoundsOptions: { padding: FRAME_PADDING } }),
    // Low enough for the whole country to fit a 343 px embed.
    minZoom: 4,
    maxZoom: 13,
    // Hangul from the site's glyphs (scripts/lib/glyphs.ts), not drawn on the page: drawing took a
    // phone's main thread ~100–240 ms in one task, and a device without a Korean font drew boxes.
    localIdeographFontFamily: false,
    attributionControl: { compact: false },
    locale: { ...locale, 'Map.Title': ariaLabel },
    cooperativeGestures,
    // The style is built and checked here (tests/unit/map/style.test.ts): a phone need not check it again.
    validateStyle: false,
    // Around North Korea a world copy is never in view: no tiles to look for there.
    renderWorldCopies: false,
  });
  const hidden = hiddenLoad(map);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
  let labelLang = lang;
  let byId = new Map<string, Site>();

  // The sites go in as soon as the style is there, not at 'load': that waits for the basemap to
  // be fetched and drawn, and the sites, their icons and their labels' glyphs would queue behind it.
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));

  // The first view frames every site until the reader moves the map: an embed's frame, or a
  // phone's map under its panel bar, settles its size after the map is made.
  let framed = !view;
  let refitting = false;
  const frame = () => {
    framed = true;
    refitting = true;
    map.fitBounds(FIRST_VIEW, { padding: FRAME_PADDING, animate: false });
    refitting = false;
  };
  map.on('resize', () => {
    if (framed) frame();
  });

  // The page's build-time picture of the sites (index.html) stands in until the map has drawn
  // them, or until the view moves away from the one it shows.
  const placeholder = container.querySelector('.map-placeholder');
  map.on('movestart', (event) => {
    if (event.originalEvent) framed = false;
    if (refitting) return;
    placeholder?.remove();
    hidden.show();
  });
  let drew: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => (drew = resolve));
  let firstDraw: (() => void) | undefined = () => {
    // scripts/bench times the first complete draw of the sites by this mark, at MapLibre's 'idle'
    // as on its reference pages; the map is on screen once the GPU has drawn that frame.
    performance.mark('map-ready');
    void hidden.shown.then(() => {
      placeholder?.remove();
      drew();
    });
  };

  const details = createDetails(map);
  let startedWith = defaultSites ? __MAP_DATA_SITES__ : undefined;
  let selected: Site | undefined;
  let choosing = false;
  const closeLabel = () => stringsOf(labelLang).close;

  /** A sheet covers the map's lower part: keep the site in the band above it, below the top controls. */
  const keepAboveSheet = (site: Site) => {
    const [top, bottom] = details.band();
    const { y } = map.project(site.coordinates);
    if (y < top + 12 || y > bottom - 12) map.panBy([0, y - (top + bottom) / 2], { animate: false });
  };

  /** Several sites under one click: offer them all, by name. */
  const choose = (at: maplibregl.LngLat, ids: readonly string[]) => {
    const sites = ids.flatMap((id) => byId.get(id) ?? []);
    const content = chooser(stringsOf(labelLang).chooser(sites.length), sites, labelLang, (id) => {
      choosing = false;
      onSelect(id);
    });
    // The chooser takes the place of an open site; closing that site must not close the chooser.
    choosing = true;
    if (selected) onSelect(undefined);
    details.open({ at, content, closeLabel: closeLabel(), onClose: () => (choosing = false) });
    content.focus({ preventScroll: true });
  };

  listenForClicks(map, {
    onSites: (ids, at) => {
      const [only] = ids;
      if (ids.length > 1) choose(at, ids);
      else if (only !== undefined) onSelect(only);
    },
    // As a click beside a popup closes it.
    onNothing: () => details.sheetOpen && details.dismiss(),
  });
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') details.dismiss();
  });

  return {
    map,
    styleLoaded,
    drawn,
    setSites(sites) {
      byId = new Map(sites.map((site) => [site.id, site]));
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
    setLabelLanguage(next) {
      labelLang = next;
      void styleLoaded.then(() => {
        for (const source of SITE_SOURCES) map.setLayoutProperty(layerIds(source).labels, 'text-field', labelText(next === 'ko' ? 'name_ko' : 'name'));
      });
    },
    focusOn(site) {
      if (!site) return;
      framed = false;
      // The page may just have changed the map's size (a phone's list folding away): take it in first.
      map.resize();
      map.jumpTo({ center: site.coordinates, zoom: Math.max(map.getZoom(), SITE_ZOOM) });
      // Room for the details: above the site for a popup, below it for a sheet.
      if (isCompact(container)) keepAboveSheet(site);
      else map.panBy([0, -container.clientHeight * 0.25], { animate: false });
    },
    frame,
    // An embed opening a linked site must not pull focus (and the host page's scroll) into its frame.
    showPopup(site, content, focus = true) {
      void styleLoaded.then(() => {
        if (selected) map.setFeatureState({ source: sourceOf(selected), id: selected.id }, { selected: false });
        selected = site;
        if (!site || !content) {
          if (!choosing) details.close();
          return;
        }
        choosing = false;
        map.setFeatureState({ source: sourceOf(site), id: site.id }, { selected: true });
        details.open({ at: site.coordinates, content, closeLabel: closeLabel(), onClose: () => onSelect(undefined) });
        if (details.sheetOpen) keepAboveSheet(site);
        // Focus the details themselves, not their first link, so a screen reader starts at the name.
        const focusIsElsewhere = !container.contains(document.activeElement) || document.activeElement === map.getCanvas();
        if (focus && focusIsElsewhere) content.focus({ preventScroll: true });
      });
    },
  };
}
