/** The composition root: the only module that knows every other one. */
import { campsUrl } from './data/data-url.ts';
import { loadSites } from './data/load.ts';
import { STRINGS, pickLang } from './i18n/strings.ts';
import { createMapOrPreview } from './map/map-or-preview.ts';
import { siteDetails } from './map/popup.ts';
import { createStore } from './state/store.ts';
import { readHash, readView, writeHash, type HashState } from './state/url.ts';
import { failureNotice, problemsNotice } from './ui/notice.ts';
import { siteList } from './ui/site-list.ts';
import './style.css';

const store = createStore<HashState>(readHash(location.hash));
const view = readView(location.hash);
const lang = pickLang(store.get().lang, navigator.languages);
const t = STRINGS[lang];
document.documentElement.lang = lang;
document.title = t.title;

const base = new URL(import.meta.env.BASE_URL, location.href).href;
const panel = document.getElementById('panel') as HTMLElement;
const campMap = createMapOrPreview({
  container: document.getElementById('map') as HTMLElement,
  base,
  lang,
  ariaLabel: t.mapLabel,
  ...(view ? { view } : {}),
  onSelect: (id) => store.update({ site: id }),
  t,
});
if (import.meta.env.MODE === 'test') Object.assign(window, { campMap: campMap.map });

document.querySelector('h1')?.replaceChildren(t.title);
document.querySelector('.subtitle')?.replaceChildren(t.subtitle);

async function start(): Promise<void> {
  panel.setAttribute('aria-busy', 'true');
  let loaded;
  try {
    loaded = await loadSites(campsUrl(base, location.search));
  } catch (error) {
    panel.replaceChildren(failureNotice('camps.geojson', t, () => void start(), error));
    return;
  } finally {
    panel.removeAttribute('aria-busy');
  }
  const { sites, problems } = loaded;
  const byId = new Map(sites.map((site) => [site.id, site]));
  const list = siteList(sites, t, lang, (id) => {
    campMap.focusOn(byId.get(id));
    store.update({ site: id });
  });
  panel.replaceChildren(...(problems.length ? [problemsNotice(problems, t)] : []), list.element);
  campMap.setSites(sites);

  const select = (id: string | undefined) => {
    const site = id === undefined ? undefined : byId.get(id);
    campMap.showPopup(site, site && siteDetails(site, t, lang));
    list.setSelected(site?.id);
  };
  store.subscribe((state, previous) => {
    history.replaceState(history.state, '', writeHash(state, location.hash));
    select(state.site);
    // A popup closed from the keyboard leaves focus nowhere: return it to the site's entry.
    const focusLost = document.activeElement === document.body || document.activeElement === null;
    if (!state.site && previous.site && focusLost) list.focus(previous.site);
  });
  const initial = store.get().site;
  if (initial && !view) campMap.focusOn(byId.get(initial));
  select(initial);
}

void start();
