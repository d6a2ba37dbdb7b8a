/** The list of sites: every site reachable and openable by keyboard and screen reader, without the map. */
import type { Site } from '../data/site.ts';
import type { Lang, Strings } from '../i18n/strings.ts';
import { el } from './dom.ts';
import { markerIcon } from './marker-icon.ts';

export interface SiteList {
  element: HTMLElement;
  /** Marks the chosen site, so the list shows what the map shows. */
  setSelected(id: string | undefined): void;
  /** Moves keyboard focus back to a site's entry, e.g. after its popup closes. */
  focus(id: string): void;
}

export function siteList(sites: readonly Site[], t: Strings, lang: Lang, onChoose: (id: string) => void): SiteList {
  const nameOf = (site: Site) => (lang === 'ko' ? site.name_ko : site.name);
  const sorted = [...sites].sort((a, b) => nameOf(a).localeCompare(nameOf(b), lang));
  const buttons = new Map<string, HTMLButtonElement>();
  const items = sorted.map((site) => {
    const button = el(
      'button',
      { type: 'button', class: 'site-entry', 'data-id': site.id, 'aria-pressed': 'false' },
      markerIcon(site.ministry, site.facility_type),
      el('span', { class: 'site-name' }, nameOf(site)),
      el('span', { class: 'site-meta' }, `${t.facilityTypes[site.facility_type]} · ${site.ministry} · ${t.statuses[site.status]}`),
    );
    button.addEventListener('click', () => onChoose(site.id));
    buttons.set(site.id, button);
    return el('li', {}, button);
  });
  const element = el(
    'section',
    { class: 'site-list', 'aria-labelledby': 'site-list-heading' },
    el('h2', { id: 'site-list-heading' }, t.listHeading),
    el('p', { class: 'site-count', role: 'status' }, t.siteCount(sites.length, sites.length)),
    el('ul', {}, ...items),
  );
  return {
    element,
    setSelected(id) {
      for (const [siteId, button] of buttons) button.setAttribute('aria-pressed', String(siteId === id));
    },
    focus(id) {
      buttons.get(id)?.focus();
    },
  };
}
