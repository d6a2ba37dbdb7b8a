/**
 * The list of visible sites: every site reachable and openable by keyboard and screen
 * reader, without the map. It shows exactly the sites the map shows.
 */
import { newSince } from '../data/new-camps.ts';
import type { Site } from '../data/site.ts';
import { collator } from '../i18n/collator.ts';
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

/**
 * Entries the list shows before its "show more" button, and adds at each press. The real data
 * (about 300 sites) fits in one page; at 10,000 sites building every entry took a second of the
 * main thread that the map was waiting for, and no reader scrolls through them all at once.
 */
export const LIST_PAGE = 500;

export function siteList(t: Strings, lang: Lang, onChoose: (id: string) => void): SiteList {
  const nameOf = (site: Site) => (lang === 'ko' ? site.name_ko : site.name);
  const { compare } = collator(lang);
  const count = el('p', { class: 'site-count', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { class: 'sites' });
  const empty = el('p', { class: 'empty', hidden: '' }, t.noMatches);
  const more = el('button', { type: 'button', class: 'show-more', hidden: '' });
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

  let sorted: Site[] = [];
  let selectedId: string | undefined;
  // How many entries are shown: it only grows, so a reader who asked for more keeps them through a search or a click.
  let length = LIST_PAGE;
  /** Shows at least the first `atLeast` entries of the sorted sites. */
  const render = (atLeast = 0) => {
    length = Math.max(length, atLeast);
    const shown = sorted.slice(0, length);
    showOnly(shown.map((site) => entry(site, site.id === selectedId)));
    const left = sorted.length - shown.length;
    more.hidden = left === 0;
    more.textContent = left === 0 ? '' : t.showMore(Math.min(LIST_PAGE, left), left);
  };
  const reveal = (id: string | undefined) => render(sorted.findIndex((site) => site.id === id) + 1);
  more.addEventListener('click', () => {
    const next = length;
    render(length + LIST_PAGE);
    // Keyboard focus goes on to the first new entry rather than staying on a button that moved.
    list.children[next]?.querySelector('button')?.focus();
  });

  return {
    element: el('section', { class: 'site-list', 'aria-labelledby': 'site-list-heading' }, el('h2', { id: 'site-list-heading' }, t.listHeading), count, empty, list, more),
    update(sites, total, selected) {
      count.textContent = t.siteCount(sites.length, total);
      empty.hidden = sites.length > 0;
      sorted = [...sites].sort((a, b) => compare(nameOf(a), nameOf(b)));
      selectedId = selected;
      // An open site's entry is always in the list, however far down it sorts.
      reveal(selected);
    },
    focus(id) {
      reveal(id);
      list.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
    },
  };
}
