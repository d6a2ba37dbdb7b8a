/**
 * The side panel: the list, search, filters, timeline, downloads and language. It loads the
 * sites, hands them to the map, and keeps map, list and URL in step with the one store.
 */
import { downloadControl } from './controls/downloads.ts';
import { embedButton } from './controls/embed-button.ts';
import { filterControl } from './controls/filters.ts';
import { languageControl } from './controls/language.ts';
import { mapLegend } from './controls/legend.ts';
import { searchControl } from './controls/search.ts';
import { yearControl } from './controls/year.ts';
import { visibleSites } from './data/filter.ts';
import { siteKeys } from './data/search.ts';
import { layerUrls } from './data/data-url.ts';
import { loadSitesOffThread } from './data/off-thread.ts';
import type { Site } from './data/site.ts';
import { yearRange } from './data/timeline.ts';
import { DEFAULT_LAYERS } from './data/vocabulary.ts';
import type { Problem } from './data/problem.ts';
import { stringsOf, withStrings } from './i18n/languages.ts';
import { pickLang, type Lang } from './state/language.ts';
import { sitePageUrl } from './state/pages.ts';
import type { SiteMap } from './map/map-or-preview.ts';
import { popupOpener } from './map/popup-opener.ts';
import { historyMode } from './state/history.ts';
import { watchLink } from './state/link.ts';
import type { Store } from './state/store.ts';
import { readHash, readView, siteQuery, writeHash, type HashState, type View } from './state/url.ts';
import { el } from './ui/dom.ts';
import { nextTask } from './ui/next-task.ts';
import { failureNotice, problemsNotice } from './ui/notice.ts';
import { siteList } from './ui/site-list.ts';

export interface PanelOptions {
  panel: HTMLElement;
  store: Store<HashState>;
  /** The link the store was read from. */
  firstHash: string;
  /** The map, or its stand-in, that the panel keeps in step. */
  map: SiteMap;
  /** The view the link names, if any: it wins over framing a linked site. */
  view: View | undefined;
  /** The site's root URL, ending in `/`. */
  base: string;
}

const langOf = (state: HashState): Lang => pickLang(state.lang, navigator.languages);

export function startPanel({ panel, store, firstHash, map: campMap, view, base }: PanelOptions): void {
  async function start(): Promise<void> {
    applyLanguage(langOf(store.get()));
    panel.setAttribute('aria-busy', 'true');
    try {
      const { sites, problems } = await loadSitesOffThread(layerUrls(base, location.search));
      await run(sites, problems);
    } catch (error) {
      panel.replaceChildren(failureNotice(stringsOf(langOf(store.get())), () => void start(), error));
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  /**
   * Builds the panel in the reader's language and keeps map, list and URL in step with the store.
   * Its code, its controls and its first render are each a task of their own: in one, they kept a
   * phone's main thread busy for 100–180 ms (issue #16).
   */
  async function run(sites: readonly Site[], problems: readonly Problem[]): Promise<void> {
    await nextTask();
    const byId = new Map(sites.map((site) => [site.id, site]));
    const openPopup = popupOpener(campMap);
    const legend = mapLegend();
    campMap.addControl(legend, 'top-left');
    let ui = buildPanel(langOf(store.get()));

    function buildPanel(lang: Lang) {
      const t = stringsOf(lang);
      const choose = (id: string) => {
        expand(false); // on a phone the list covers the map: show the site instead
        campMap.focusOn(byId.get(id));
        store.update({ site: id });
      };
      const list = siteList(t, lang, choose);
      const search = searchControl(
        t,
        (q) => store.update({ q: q || undefined }),
        () => {
          const first = shown(store.get())[0];
          if (first) choose(first.id);
        },
      );
      const filters = filterControl(
        t,
        (next) => store.update({ filters: next }),
        (layers) => store.update({ layers }),
      );
      const year = yearControl(t, yearRange(sites), (next) => store.update({ year: next.year, operating: next.operating }));
      const downloads = downloadControl(t, { base, lang, map: () => campMap.map });
      const language = languageControl(t, (next) => withStrings(next, () => store.update({ lang: next })));
      const share = el('div', { class: 'share' }, embedButton(t, lang, () => ({ hash: location.hash })));
      panel.replaceChildren(
        panelToggle(t.showPanel),
        el(
          'div',
          { class: 'panel-body', id: 'panel-body' },
          language.element,
          search.element,
          ...(problems.length ? [problemsNotice(problems, t)] : []),
          list.element,
          filters.element,
          year.element,
          downloads.element,
          share,
        ),
      );
      applyLanguage(lang);
      return { lang, t, list, search, filters, year, downloads };
    }

    const shown = (state: HashState) => visibleSites(sites, siteQuery(state));
    // A linked site outside the shown layers is shown too: opening or leaving it changes the map's data.
    const outsideLayers = (state: HashState | undefined) => {
      const site = state?.site === undefined ? undefined : byId.get(state.site);
      return site !== undefined && !(state?.layers ?? DEFAULT_LAYERS).includes(site.layer);
    };

    function render(state: HashState, previous?: HashState): void {
      if (langOf(state) !== ui.lang) ui = buildPanel(langOf(state));
      const visible = shown(state);
      ui.list.update(visible, sites.length, state.site);
      ui.search.update(state.q);
      ui.filters.update(state.filters, state.layers);
      ui.year.update(state);
      ui.downloads.update(visible, sites.length, location.href);
      // Opening a site changes neither the map's data nor its labels: leave the worker alone.
      const changed = (...keys: (keyof HashState)[]) => !previous || keys.some((key) => state[key] !== previous[key]);
      if (changed('filters', 'q', 'year', 'operating', 'layers') || (changed('site') && (outsideLayers(state) || outsideLayers(previous)))) {
        campMap.setSites(visible);
      }
      if (changed('filters', 'q', 'year', 'operating', 'layers', 'site', 'lang')) legend.update(visible, ui.t, siteQuery(state));
      if (changed('lang')) campMap.setLabelLanguage(ui.lang);
      const site = state.site === undefined ? undefined : (visible.find((s) => s.id === state.site) ?? byId.get(state.site));
      if (changed('site', 'year', 'operating', 'lang')) {
        openPopup(site, { t: ui.t, lang: ui.lang, page: site && sitePageUrl(base, site.id, ui.lang) });
      }
      // A popup closed from the keyboard leaves focus nowhere: return it to the site's entry.
      const focusLost = document.activeElement === document.body || document.activeElement === null;
      if (!state.site && previous?.site && focusLost) ui.list.focus(previous.site);
    }

    let fromUrl = false;
    // A link pasted into the address bar, or Back, replaces the state and moves the camera as a
    // first load would; MapLibre's own hash handler moves it to a view the link names.
    const link = watchLink(
      (hash) => {
        const next = readHash(hash);
        // A link in the other language waits for its strings, if they are not loaded yet.
        withStrings(langOf(next), () => {
          fromUrl = true;
          store.replace(next);
          fromUrl = false;
        });
      },
      (hash) => {
        if (readView(hash)) return;
        const { site } = readHash(hash);
        if (site) campMap.focusOn(byId.get(site));
        else campMap.frame();
      },
      firstHash,
    );
    store.subscribe((state, previous) => {
      const hash = writeHash(state, location.hash);
      if (historyMode(previous, state, fromUrl) === 'push') history.pushState(null, '', hash);
      else history.replaceState(history.state, '', hash);
      link.wrote();
      render(state, previous);
    });
    await nextTask();
    const initial = store.get();
    if (initial.site && !view) campMap.focusOn(byId.get(initial.site));
    render(initial);
    // Every name is folded for the search when the reader comes to it, so the first letter answers
    // as fast as the next. Folded as the page loaded, it was a phone's task of 50-150 ms (CPU slowed
    // 4x) for every reader, most of whom never search.
    const foldNames = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
      panel.removeEventListener('focusin', foldNames);
      sites.forEach(siteKeys);
    };
    panel.addEventListener('focusin', foldNames);
  }

  /** The page's language, title and headings; the panel is rebuilt separately. */
  function applyLanguage(lang: Lang): void {
    const t = stringsOf(lang);
    document.documentElement.lang = lang;
    document.title = t.title;
    document.querySelector('h1')?.replaceChildren(t.title);
    document.querySelector('.subtitle')?.replaceChildren(t.subtitle);
    campMap.map?.getCanvas().setAttribute('aria-label', t.mapLabel);
  }

  /** On a narrow screen the panel folds into a bar, so it never covers the whole map. */
  function panelToggle(label: string): HTMLElement {
    const toggle = el('button', { type: 'button', class: 'panel-toggle', 'aria-expanded': 'false', 'aria-controls': 'panel-body' }, label);
    toggle.addEventListener('click', () => expand(toggle.getAttribute('aria-expanded') !== 'true'));
    return toggle;
  }

  function expand(expanded: boolean): void {
    panel.querySelector('.panel-toggle')?.setAttribute('aria-expanded', String(expanded));
    panel.classList.toggle('expanded', expanded);
  }

  void start();
}
