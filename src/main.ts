/**
 * The composition root. The map's code runs first: MapLibre is the page's longest task, and the
 * panel (src/panel.ts), which only the list needs at once, shares the one main thread with it.
 * The build-time picture of the sites (index.html) is on screen before either.
 */
import { layerUrls, readsBuildData } from './data/data-url.ts';
import { startLoading } from './data/off-thread.ts';
import { prepareCollator } from './i18n/collator.ts';
import { loadStrings, stringsOf } from './i18n/languages.ts';
import { startOffline } from './offline/register.ts';
import { pickLang } from './state/language.ts';
import { deferredMap } from './map/deferred-map.ts';
import { createStore } from './state/store.ts';
import { readHash, readView, type HashState } from './state/url.ts';
import { el } from './ui/dom.ts';
import './style.css';

/** The panel waits for the map's code to have run, but not past this many ms after navigation: on a slow connection the list comes first. */
const PANEL_DEADLINE_MS = 1000;
/** The offline copy waits for the map, but no longer than this many ms where it cannot draw (no WebGL). */
const DRAWN_DEADLINE_MS = 10_000;

const firstHash = location.hash;
const store = createStore<HashState>(readHash(firstHash));
const view = readView(firstHash);
const lang = pickLang(store.get().lang, navigator.languages);
const base = new URL(import.meta.env.BASE_URL, location.href).href;

// The sites download, and are checked in a worker, while the map's code loads (the map itself
// starts with the build's files of the same sites). The panel's first call (src/panel.ts) joins this.
startLoading(layerUrls(base, location.search));
prepareCollator(lang);
// At once in English; a reader in Korean waits for the Korean strings (a few KB) first.
const t = await loadStrings(lang);

const campMap = deferredMap({
  container: document.getElementById('map') as HTMLElement,
  base,
  lang,
  ariaLabel: t.mapLabel,
  ...(view ? { view } : {}),
  defaultSites: readsBuildData(location.search),
  onSelect: (id) => store.update({ site: id }),
  t,
});
if (import.meta.env.MODE === 'test') void campMap.ready.then(({ map }) => Object.assign(window, { campMap: map }));

// The page says which data version it shows. Its service worker, which keeps the site for offline
// use, waits for the map to be drawn, so its downloads never slow the first visit (and never runs
// under `npm start`, whose files change under it).
const offline = startOffline(t, document.querySelector('.data-version') as HTMLElement, base);
store.subscribe((state, previous) => {
  if (state.lang !== previous.lang) offline.setStrings(stringsOf(pickLang(state.lang, navigator.languages)));
});
// Settles when the map has drawn the sites, or after DRAWN_DEADLINE_MS where it cannot (no WebGL).
const drawn = new Promise<void>((resolve) => {
  new PerformanceObserver((marks, observer) => {
    if (marks.getEntriesByName('map-ready').length === 0) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'mark', buffered: true });
  setTimeout(resolve, DRAWN_DEADLINE_MS);
});
if (!import.meta.hot) void drawn.then(() => offline.register());

const panel = document.getElementById('panel') as HTMLElement;
const deadline = new Promise((resolve) => setTimeout(resolve, PANEL_DEADLINE_MS - performance.now()));
void Promise.race([campMap.ready.catch(() => undefined), deadline])
  .then(() => import('./panel.ts'))
  .then(
    ({ startPanel }) => startPanel({ panel, store, firstHash, map: campMap, view, base }),
    // The panel's code did not arrive (a dropped connection): say so; its files come with a reload.
    () => {
      const reload = el('button', { type: 'button' }, t.reload);
      reload.addEventListener('click', () => location.reload());
      panel.replaceChildren(el('div', { class: 'notice notice-error', role: 'alert' }, el('p', {}, t.panelFailed), reload));
    },
  );
