/**
 * The list of visible sites: every site reachable and openable by keyboard and screen
 * reader, without the map. It shows exactly the sites the map shows.
 */
import { newSince } from '../data/new-camps.ts';
import type { Site } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { el } from './dom.ts';
import { markerIcon } from './marker-icon.ts';

export interface SiteList {
  element: HTMLElement;
  /** Shows these sites (already filtered and as of the chosen year) out of `total`. */
  update(sites: readonly Site[], total: number, selected: string | undefined): void;
  /** Moves keyboard focus to a site's entry, e.g. after its popup closes. */
  focus(id: string): void;
}

export function siteList(t: Strings, lang: Lang, onChoose: (id: string) => void): SiteList {
  const nameOf = (site: Site) => (lang === 'ko' ? site.name_ko : site.name);
  // One collator for every comparison: `localeCompare(…, lang)` builds one per call, seconds at 10,000 sites.
  // Numeric, so that No. 2 comes before No. 11.
  const { compare } = new Intl.Collator(lang, { numeric: true });
  const count = el('p', { class: 'site-count', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { class: 'sites' });
  const empty = el('p', { class: 'empty', hidden: '' }, t.noMatches);
  list.addEventListener('click', (event) => {
    const id = (event.target as Element).closest<HTMLElement>('[data-id]')?.dataset.id;
    if (id) onChoose(id);
  });

  const meta = (site: Site) => {
    const since = newSince(site);
    return [t.facilityTypes[site.facility_type], t.ministryShort[site.ministry], t.statuses[site.status], since && t.newCamp(since)].filter(Boolean).join(' · ');
  };
  // Each site's entry is built once and kept: a keystroke in the search then moves entries
  // rather than building hundreds of them (issue #13: within a frame). A site as of another year
  // is another object, so it gets an entry of its own.
  const entries = new WeakMap<Site, HTMLLIElement>();
  const entry = (site: Site, selected: boolean) => {
    let item = entries.get(site);
    if (!item) {
      item = el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'site-entry', 'data-id': site.id },
          markerIcon(site.ministry, site.facility_type),
          el('span', { class: 'site-name' }, nameOf(site)),
          el('span', { class: 'site-meta' }, meta(site)),
        ),
      );
      entries.set(site, item);
    }
    item.firstElementChild?.setAttribute('aria-pressed', String(selected));
    return item;
  };

  /**
   * Makes the list's entries `items`, in order, touching only what changed: a letter typed
   * into the search mostly takes entries away, and putting back all 305 cost a frame's time.
   */
  const showOnly = (items: readonly HTMLLIElement[]) => {
    const keep = new Set(items);
    for (const child of [...list.children]) if (!keep.has(child as HTMLLIElement)) child.remove();
    let next = list.firstElementChild;
    for (const item of items) {
      if (item === next) next = next.nextElementSibling;
      else list.insertBefore(item, next);
    }
  };

  return {
    element: el('section', { class: 'site-list', 'aria-labelledby': 'site-list-heading' }, el('h2', { id: 'site-list-heading' }, t.listHeading), count, empty, list),
    update(sites, total, selected) {
      count.textContent = t.siteCount(sites.length, total);
      empty.hidden = sites.length > 0;
      const sorted = [...sites].sort((a, b) => compare(nameOf(a), nameOf(b)));
      showOnly(sorted.map((site) => entry(site, site.id === selected)));
    },
    focus(id) {
      list.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
    },
  };
}
