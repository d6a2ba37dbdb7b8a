/**
 * The sites under one click (several detention sites at one county seat, Camp 26 and Sŭngho-ri
 * in one compound), as a short list to choose from: nothing drawn over another is out of reach.
 */
import type { FacilityType, Ministry } from '../data/vocabulary.ts';
import { el } from '../ui/dom.ts';
import { markerIcon } from '../ui/marker-icon.ts';

export interface Choice {
  id: string;
  name: string;
  ministry: Ministry;
  facility_type: FacilityType;
}

/**
 * @example chooser('2 sites here: choose one', [camp26, sungho], (id) => store.update({ site: id })) // <section class="chooser">…</section>
 */
export function chooser(heading: string, choices: readonly Choice[], onChoose: (id: string) => void): HTMLElement {
  const buttons = choices.map((choice) => {
    const button = el('button', { type: 'button', class: 'site-entry' }, markerIcon(choice.ministry, choice.facility_type), el('span', { class: 'site-name' }, choice.name));
    button.addEventListener('click', () => onChoose(choice.id));
    return el('li', {}, button);
  });
  return el('section', { class: 'site-details chooser', 'aria-label': heading, tabindex: '-1' }, el('h2', {}, heading), el('ul', { class: 'sites' }, ...buttons));
}
