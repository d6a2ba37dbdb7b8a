/**
 * The map for a newsroom's iframe, started by embed.html's entry (main.ts). Same hash keys as the
 * full page, plus theme= and controls=; cooperative gestures, a fullscreen button, a compact
 * list, a footer that credits the sources and links to the full map, and auto height.
 */
import { FullscreenControl } from 'maplibre-gl';
import { visibleSites } from '../data/filter.ts';
import { layerUrls } from '../data/data-url.ts';
import { loadSitesOffThread } from '../data/off-thread.ts';
import type { Site } from '../data/site.ts';
import { prepareCollator } from '../i18n/collator.ts';
import { loadStrings } from '../i18n/languages.ts';
import { pickLang } from '../state/language.ts';
import { sitePageUrl } from '../state/pages.ts';
import { createCampMap } from '../map/camp-map.ts';
import { popupOpener } from '../map/popup-opener.ts';
import { mapStyle } from '../map/style.ts';
import { mapLegend } from '../controls/legend.ts';
import { watchLink } from '../state/link.ts';
import { createStore } from '../state/store.ts';
import { readHash, readView, siteQuery, writeHash, type HashState } from '../state/url.ts';
import { el } from '../ui/dom.ts';
import { nextTask } from '../ui/next-task.ts';
import { failureNotice, problemsNotice } from '../ui/notice.ts';
import { siteList } from '../ui/site-list.ts';
import { embedFooter } from './footer.ts';
import { reportHeight } from './height.ts';
import { reportReady } from './ready.ts';
import { repaint, resolveTheme } from './theme.ts';

const firstHash = location.hash;
const store = createStore<HashState>(readHash(firstHash));
const view = readView(firstHash);
const lang = pickLang(store.get().lang, navigator.languages);
prepareCollator(lang);
const t = await loadStrings(lang);
const labelField = lang === 'ko' ? 'name_ko' : 'name';
document.documentElement.lang = lang;
document.title = t.title;

const base = new URL(import.meta.env.BASE_URL, location.href).href;
const root = document.getElementById('embed') as HTMLElement;
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const themeOf = (state: HashState) => resolveTheme(state.theme, darkScheme.matches);

// Running MapLibre's code and making the map are each a long task on a phone: not one after the other in the same task.
await nextTask();
const campMap = createCampMap({
  container: document.getElementById('map') as HTMLElement,
  base,
  lang,
  ariaLabel: t.mapLabel,
  ...(view ? { view } : {}),
  onSelect: (id) => store.update({ site: id }),
  theme: themeOf(store.get()),
  cooperativeGestures: true,
  locale: t.embed.mapUi,
  defaultSites: true,
});
campMap.map.addControl(new FullscreenControl({ container: root }), 'top-right');
if (import.meta.env.MODE === 'test') Object.assign(window, { campMap: campMap.map });
const openPopup = popupOpener(campMap);

const footer = embedFooter(t, root.querySelector<HTMLElement>('.embed-footer') ?? undefined);
// The list and the legend are controls of the map's top-left corner: first in the tab order, as on screen.
const panel = el('details', { class: 'maplibregl-ctrl embed-list' }, el('summary', {}, t.loading));
campMap.map.addControl({ onAdd: () => panel, onRemove: () => panel.remove() }, 'top-left');
const legend = mapLegend();
campMap.map.addControl(legend, 'top-left');
if (!footer.element.isConnected) root.append(footer.element);
reportHeight(root, footer.element);
reportReady(campMap.drawn);

/** Colours of page and map; `auto` follows the device even after load. */
function applyTheme(state: HashState): void {
  const theme = themeOf(state);
  document.documentElement.dataset.theme = theme;
  void campMap.styleLoaded.then(() => repaint(campMap.map, mapStyle(base, theme, labelField).layers));
}
applyTheme(store.get());
darkScheme.addEventListener('change', () => applyTheme(store.get()));

async function start(): Promise<void> {
  let loaded;
  try {
    loaded = await loadSitesOffThread(layerUrls(base, ''));
  } catch (error) {
    panel.open = true;
    panel.replaceChildren(el('summary', {}, t.title), failureNotice(t, () => void start(), error));
    return;
  }
  const { sites, problems } = loaded;
  let byId = new Map<string, Site>();

  /** Everything that follows from the filters, search and year: the map's sites, the list, the credits. */
  const list = siteList(t, lang, (id) => {
    campMap.focusOn(byId.get(id));
    store.update({ site: id });
    panel.open = false; // in a small box the list covers the map
  });
  // The list starts folded, its summary naming how many sites it holds: its entries are built when
  // the reader first opens it, not while the map starts (on a phone, building them was the embed's
  // longest task of its own, issue #16). The summary's click comes before the list opens.
  let shown: readonly Site[] = [];
  let listed = false;
  panel.addEventListener('click', (event) => {
    if (listed || !(event.target as Element).closest('summary')) return;
    listed = true;
    list.update(shown, sites.length, store.get().site);
  });
  const showSites = (state: HashState) => {
    shown = visibleSites(sites, siteQuery(state));
    byId = new Map([...sites, ...shown].map((site) => [site.id, site]));
    campMap.setSites(shown);
    legend.update(shown, t);
    if (listed) list.update(shown, sites.length, state.site);
    panel.replaceChildren(
      el('summary', {}, t.embed.sitesButton(shown.length, sites.length)),
      ...(problems.length ? [problemsNotice(problems, t)] : []),
      list.element,
    );
    panel.hidden = state.controls === false;
    footer.setSites(shown, byId.get(state.site ?? ''));
  };
  const select = (id: string | undefined, focus = true) => {
    const site = id === undefined ? undefined : byId.get(id);
    openPopup(site, { t, lang, page: site && sitePageUrl(base, site.id, lang) }, focus);
  };

  let hostChanged = false; // a site the host page names opens without taking focus
  // The host (or the embed dialog's preview) may change the hash without reloading the frame:
  // the new hash replaces the state, and moves the camera as a first load would.
  const link = watchLink(
    (hash) => {
      const next = readHash(hash);
      if (pickLang(next.lang, navigator.languages) !== lang) return location.reload();
      hostChanged = true;
      store.replace(next);
      hostChanged = false;
    },
    (hash) => {
      if (readView(hash)) return; // MapLibre's own hash handler moves it
      const { site } = readHash(hash);
      if (site) campMap.focusOn(byId.get(site));
      else campMap.frame();
    },
    firstHash,
  );
  store.subscribe((state, previous) => {
    history.replaceState(history.state, '', writeHash(state, location.hash));
    link.wrote();
    footer.setLink(state, location.hash);
    const changed = (...keys: (keyof HashState)[]) => keys.some((key) => state[key] !== previous[key]);
    // A linked site is shown whatever its layer, so a new site may change what is shown too.
    if (changed('filters', 'q', 'year', 'operating', 'layers', 'controls', 'site')) showSites(state);
    if (state.theme !== previous.theme) applyTheme(state);
    if (state.site !== previous.site) {
      select(state.site, !hostChanged);
      footer.setSites(visibleSites(sites, siteQuery(state)), byId.get(state.site ?? ''));
    }
  });
  campMap.map.on('moveend', () => footer.setLink(store.get(), location.hash));

  // Not in the task that read the worker's reply: on a phone the two made one long task (issue #16).
  await nextTask();
  showSites(store.get());
  footer.setLink(store.get(), location.hash);
  const initial = store.get().site;
  if (initial && !view) campMap.focusOn(byId.get(initial));
  select(initial, false);
}

void start();
