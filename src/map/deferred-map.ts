/**
 * The map, loaded beside the rest of the page. MapLibre is most of the page's JavaScript; the
 * list and the build-time picture of the sites need none of it, so the reader sees every site
 * while the map code still loads. Calls made before the map exists wait, in order.
 */
import { nextTask } from '../ui/next-task.ts';
import type { MapOrPreviewOptions, SiteMap } from './map-or-preview.ts';

export interface DeferredMap extends SiteMap {
  /** The map (or its static stand-in) once created. */
  ready: Promise<SiteMap>;
}

export function deferredMap(options: MapOrPreviewOptions): DeferredMap {
  // Running MapLibre's code and making the map are each a long task on a phone: not one after the other in the same task.
  const ready = import('./map-or-preview.ts').then(async ({ createMapOrPreview }) => {
    await nextTask();
    return createMapOrPreview(options);
  });
  let created: SiteMap | undefined;
  void ready.then((map) => (created = map));
  const later =
    <A extends unknown[]>(call: (map: SiteMap, ...args: A) => void) =>
    (...args: A) =>
      void ready.then((map) => call(map, ...args));
  return {
    ready,
    get map() {
      return created?.map;
    },
    setSites: later((map, sites) => map.setSites(sites)),
    showPopup: later((map, site, content, focus) => map.showPopup(site, content, focus)),
    focusOn: later((map, site) => map.focusOn(site)),
    frame: later((map) => map.frame()),
    addControl: later((map, control, position) => map.addControl(control, position)),
    setLabelLanguage: later((map, lang) => map.setLabelLanguage(lang)),
  };
}
