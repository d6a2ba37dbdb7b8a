/**
 * The legend on the map itself, as a MapLibre control: the two ministries by colour and shape,
 * in full, with what sets their camps apart as Daily NK reports it; then, unfolded, what else the
 * map shows (other operators, facility types, new camps, rings, clusters, faded marks), each only
 * when shown. With a year set, it says which timeline the map follows: a site "known by 1995" may
 * not have been "operating in 1995", and a screenshot must not leave the reader to guess. Folded on a small map, it still names both ministries in full: that is the story of
 * the first view.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { SiteQuery } from '../data/filter.ts';
import type { Site } from '../data/site.ts';
import { isNewCamp, NEW_SINCE } from '../data/new-camps.ts';
import { DENSE_LAYERS, FACILITY_TYPES, MINISTRIES, type FacilityType, type Ministry } from '../data/vocabulary.ts';
import type { Strings } from '../i18n/strings.ts';
import { isCompact } from '../map/compact.ts';
import { NEW_CAMP, UNCERTAINTY } from '../map/theme.ts';
import { el, safeLink } from '../ui/dom.ts';
import { markerIcon } from '../ui/marker-icon.ts';
import './legend.css';

/** The seed report: the two ministries run separate camp systems, and what that means for those sent there. */
export const SEED_ARTICLE = 'https://www.dailynk.com/english/violators-north-korea-anti-reactionary-thought-law-punishment-families/';

/** The ministries whose camp systems the seed report sets apart: always in the key, folded or not. */
const STORY = ['MSS', 'MSoS'] as const satisfies readonly Ministry[];
/** Height the list above the legend (in an embed) and the scale below it take, with their margins, in px. */
const CONTROLS_HEIGHT = 100;

export interface MapLegend extends IControl {
  /** Shows what these sites need explained, in these words, and the timeline when a year is set. */
  update(sites: readonly Site[], t: Strings, time?: Pick<SiteQuery, 'year' | 'timeline'>): void;
}

/**
 * @example const legend = mapLegend(); map.addControl(legend, 'top-left'); legend.update(sites, STRINGS.en);
 */
export function mapLegend(): MapLegend {
  // The toggle sits beside the key, not above it: on a 343 px embed every line of height counts.
  const title = el('span', { class: 'visually-hidden' });
  const toggle = el('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': 'false', 'aria-controls': 'legend-more' }, title);
  const key = el('ul', { class: 'legend-key' });
  const source = el('p', { class: 'legend-source' });
  const when = el('p', { class: 'legend-time' });
  const more = el('div', { class: 'legend-more', id: 'legend-more' });
  const element = el('section', { class: 'maplibregl-ctrl map-legend folded' }, key, toggle, when, source, more);
  // On a small map the folded legend is only the key; never taller than the map less its other
  // controls: what does not fit scrolls inside it. The map's size comes from the browser as it
  // lays the map out: asking for it while the page was still being built forced a layout of the
  // whole page (~50 ms of a phone's main thread).
  const sized = new ResizeObserver((entries) => {
    for (const { contentRect: { width, height } } of entries) {
      element.classList.toggle('compact', isCompact({ clientWidth: width, clientHeight: height }));
      element.style.maxHeight = `${height - CONTROLS_HEIGHT}px`;
    }
  });
  /** What the legend explains now, to tell whether an update changes it. */
  let shows = '';
  toggle.addEventListener('click', () => {
    const folded = element.classList.toggle('folded');
    toggle.setAttribute('aria-expanded', String(!folded));
  });

  return {
    onAdd(map: MapLibreMap) {
      sized.observe(map.getContainer());
      return element;
    },
    onRemove() {
      sized.disconnect();
      element.remove();
    },
    update(sites, t, { year, timeline } = {}) {
      const shown = <K extends 'ministry' | 'facility_type'>(key: K, all: readonly Site[K][]) => all.filter((value) => sites.some((site) => site[key] === value));
      const operators = shown('ministry', MINISTRIES).filter((ministry) => !(STORY as readonly Ministry[]).includes(ministry));
      const types = shown('facility_type', FACILITY_TYPES);
      const marks = {
        new: sites.some(isNewCamp),
        ring: sites.some((site) => site.location_precision !== 'facility'),
        cluster: sites.some((site) => DENSE_LAYERS.includes(site.layer)),
        faded: sites.some((site) => site.status === 'closed' || site.status === 'converted'),
      };
      // A keystroke in the search seldom changes what the legend explains: rebuild it only when it does.
      const showing = JSON.stringify([t.key.title, operators, types, marks, year, timeline]);
      if (showing === shows) return;
      shows = showing;
      element.setAttribute('aria-label', t.key.title);
      title.textContent = t.key.title;
      toggle.title = t.key.title;
      key.replaceChildren(
        ...STORY.map((ministry) =>
          el('li', {}, markerIcon(ministry, 'kwanliso'), el('span', {}, el('strong', {}, t.key.ministries[ministry]), el('span', { class: 'legend-abbr' }, ` ${t.key.abbreviations[ministry]}`), el('span', { class: 'legend-fate' }, t.key.fate[ministry]))),
        ),
      );
      const entry = (swatch: Node, text: string) => el('li', {}, swatch, el('span', {}, text));
      when.hidden = year === undefined;
      when.textContent = year === undefined ? '' : t.yearLabel(timeline ?? 'known', year);
      source.replaceChildren(`${t.key.source} `, safeLink(SEED_ARTICLE, 'Daily NK'));
      more.replaceChildren(
        ...group(t.key.operators, operators.map((ministry) => entry(markerIcon(ministry, 'kwanliso'), t.ministryNames[ministry]))),
        ...group(t.key.types, types.map((type: FacilityType) => entry(markerIcon('unknown', type), t.facilityTypes[type]))),
        el(
          'ul',
          {},
          marks.new && entry(swatch('new-swatch', NEW_CAMP.fill, markerIcon('MSoS', 'kwanliso')), t.key.newCamp(NEW_SINCE)),
          marks.ring && entry(swatch('ring-swatch', UNCERTAINTY.line), t.uncertaintyRing),
          marks.cluster && entry(el('span', { class: 'cluster-swatch', 'aria-hidden': 'true' }, '4'), t.key.cluster),
          marks.faded && entry(el('span', { class: 'faded-swatch', 'aria-hidden': 'true' }, markerIcon('MSS', 'kwanliso')), t.fadedMarker),
        ),
      );
    },
  };
}

function group(heading: string, items: HTMLElement[]): HTMLElement[] {
  return items.length ? [el('h3', {}, heading), el('ul', {}, ...items)] : [];
}

/** A swatch coloured through CSSOM, which the Content Security Policy allows, unlike a style attribute. */
function swatch(className: string, colour: string, inner?: Node): HTMLElement {
  const span = el('span', { class: className, 'aria-hidden': 'true' }, inner);
  span.style.setProperty('--swatch', colour);
  return span;
}
