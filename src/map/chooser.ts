/**
 * The sites under one click (several detention sites at one county seat, Camp 26 and Sŭngho-ri
 * in one compound), as a short list to choose from: nothing drawn over another is out of reach.
 */
import type { Site } from '../data/site.ts';
import { collator } from '../i18n/collator.ts';
import type { Lang } from '../state/language.ts';
import { el } from '../ui/dom.ts';
import { markerIcon } from '../ui/marker-icon.ts';

/**
 * The sites by name in the reader's language, each a button.
 * @example chooser('2 sites here: choose one', [camp26, sungho], 'en', (id) => store.update({ site: id })) // <section class="chooser">…</section>
 */
export function chooser(heading: string, sites: readonly Site[], lang: Lang, onChoose: (id: string) => void): HTMLElement {
  const nameOf = (site: Site) => (lang === 'ko' ? site.name_ko : site.name);
  const { compare } = collator(lang);
  const buttons = [...sites]
    .sort((a, b) => compare(nameOf(a), nameOf(b)))
    .map((site) => {
      const button = el('button', { type: 'button', class: 'site-entry', 'data-id': site.id }, markerIcon(site.ministry, site.facility_type), el('span', { class: 'site-name' }, nameOf(site)));
      button.addEventListener('click', () => onChoose(site.id));
      return el('li', {}, button);
    });
  return el('section', { class: 'site-details chooser', 'aria-label': heading, tabindex: '-1' }, el('h2', {}, heading), el('ul', { class: 'sites' }, ...buttons));
}
