/**
 * The interactive map where the browser can draw it, else a static preview. MapLibre needs
 * WebGL2: without it the constructor throws, and a context lost and not restored later
 * arrives as an error event; either way the reader gets the preview, never a blank box.
 * There is no probe for WebGL2 beforehand: a second context costs as much as the map's own.
 * The preview's code loads only where it is needed.
 */
import { GPUInitializationError, type ControlPosition, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Site } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import { basemapFailureNotice } from './basemap-failure.ts';
import { createCampMap, type CampMap, type CampMapOptions } from './camp-map.ts';

/** What the rest of the app needs of a map: the interactive one, or its static stand-in. */
export interface SiteMap extends Pick<CampMap, 'setSites' | 'showPopup' | 'focusOn' | 'frame' | 'setLabelLanguage'> {
  /** The MapLibre map, absent when the browser cannot draw one. */
  readonly map: MapLibreMap | undefined;
  /** Adds a control to the map; the static picture has none (the panel explains it). */
  addControl(control: IControl, position: ControlPosition): void;
}

export interface MapOrPreviewOptions extends CampMapOptions {
  t: Strings;
}

export async function createMapOrPreview(options: MapOrPreviewOptions): Promise<SiteMap> {
  // Kept so a map that fails mid-session hands its sites and open site to the preview.
  let sites: readonly Site[] | undefined;
  let shown: Parameters<SiteMap['showPopup']> = [undefined, undefined];
  const preview = async (): Promise<SiteMap> => {
    const { createStaticMap } = await import('./static-map.ts');
    const stand = createStaticMap(options);
    if (sites) stand.setSites(sites);
    stand.showPopup(...shown);
    return stand;
  };
  const interactive = (): SiteMap | undefined => {
    let campMap: CampMap;
    let tearingDown = false;
    try {
      // Removing a failed map closes its popup: that is not the reader closing the site.
      campMap = createCampMap({
        ...options,
        onSelect: (id) => {
          if (!tearingDown) options.onSelect(id);
        },
      });
    } catch (error) {
      if (error instanceof GPUInitializationError) return undefined;
      throw error;
    }
    const { map } = campMap;
    const basemapFailed = basemapFailureNotice(options.container, options.t.basemapFailed);
    // Listening to 'error' silences MapLibre's own logging, so what is not handled here is logged as before.
    map.on('error', (event) => {
      if (basemapFailed(event)) {
        // MapLibre fires 'load' only from a render, and a source that fails asks for none: were it
        // the last to settle, 'load' would never come and the camps never be drawn. So ask for one.
        map.triggerRepaint();
        return;
      }
      if (event.error instanceof GPUInitializationError) {
        // A lost context that could not be restored: this map will not draw again.
        tearingDown = true;
        map.remove();
        // Until the preview's code arrives, what the page asks is kept in `sites` and `shown` for it.
        current = undefined;
        void preview().then((stand) => (current = stand));
      } else {
        console.error(event.error);
      }
    });
    return {
      map,
      setSites: campMap.setSites,
      showPopup: campMap.showPopup,
      focusOn: campMap.focusOn,
      frame: campMap.frame,
      setLabelLanguage: campMap.setLabelLanguage,
      addControl: (control, position) => map.addControl(control, position),
    };
  };
  let current: SiteMap | undefined = interactive() ?? (await preview());
  return {
    get map() {
      return current?.map;
    },
    setSites(next) {
      sites = next;
      current?.setSites(next);
    },
    showPopup(site, content) {
      shown = [site, content];
      current?.showPopup(site, content);
    },
    focusOn: (site) => current?.focusOn(site),
    frame: () => current?.frame(),
    addControl: (control, position) => current?.addControl(control, position),
    setLabelLanguage: (lang) => current?.setLabelLanguage(lang),
  };
}

