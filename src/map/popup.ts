/** The details of one site, as DOM nodes built from text: shown in the map popup and beside the list. */
import type { Site, Source } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import { el, safeLink } from '../ui/dom.ts';
import './popup.css';

/** The site's names, facts, history and sources, newest history first. */
export function siteDetails(site: Site, t: Strings, lang: 'en' | 'ko'): HTMLElement {
  const [first, second] = lang === 'ko' ? [site.name_ko, site.name] : [site.name, site.name_ko];
  const fact = (label: string, value: string | undefined, extra?: Node | false) =>
    value ? [el('dt', {}, label), el('dd', {}, value, extra)] : [];
  const disputed = (field: string) => site.disputes.some((d) => d.field === field) && el('span', { class: 'badge' }, ` ${t.disputed}`);

  return el(
    'article',
    { class: 'site-details', 'aria-labelledby': `site-title-${site.id}`, tabindex: '-1' },
    el('h2', { id: `site-title-${site.id}` }, first),
    el('p', { class: 'site-subtitle', lang: lang === 'ko' ? 'en' : 'ko' }, second),
    site.aliases.length > 0 && el('p', { class: 'aliases' }, `${t.aliases}: ${site.aliases.join(', ')}`),
    el(
      'dl',
      {},
      ...fact(t.type, t.facilityTypes[site.facility_type], disputed('facility_type')),
      ...fact(t.ministry, t.ministryNames[site.ministry], disputed('ministry')),
      ...fact(t.status, t.statuses[site.status], disputed('status')),
      ...fact(t.province, site.province, disputed('province')),
      ...fact(t.county, site.county),
      ...fact(t.firstReported, site.first_reported, disputed('first_reported')),
      ...fact(t.population, site.population_estimate?.text),
      ...fact(t.location, t.precisions[site.location_precision], disputed('location')),
    ),
    site.ministry_note && el('p', { class: 'note' }, site.ministry_note),
    el('p', { class: 'location-source' }, site.location_source),
    site.disputes.length > 0 &&
      foldable(
        `${t.disputed} (${site.disputes.length})`,
        site.disputes.map((d) => el('li', {}, d.note, ' ', sourceLinks(d.sources, t))),
      ),
    site.history.length > 0 &&
      foldable(
        `${t.history} (${site.history.length})`,
        [...site.history]
          .sort((a, b) => b.date.localeCompare(a.date))
          .map((h) => el('li', {}, el('time', { datetime: h.date }, h.date), ' ', h.event, ' ', sourceLinks(h.sources, t))),
      ),
    section(t.sources, site.sources.map((source) => el('li', {}, citation(source, t)))),
  );
}

function section(heading: string, items: HTMLElement[]): HTMLElement {
  return el('section', {}, el('h3', {}, heading), el('ul', {}, ...items));
}

/** Long lists fold away so the popup stays small enough to read on a phone. */
function foldable(summary: string, items: HTMLElement[]): HTMLElement {
  return el('details', {}, el('summary', {}, summary), el('ul', {}, ...items));
}

function citation(source: Source, t: Strings): HTMLElement {
  const date = source.date === 'undated' ? t.undated : source.date;
  return el('span', { class: 'citation' }, safeLink(source.url, source.title), ` — ${source.publisher}, ${date}`);
}

/** Compact numbered links to the sources of one history entry or dispute. */
function sourceLinks(sources: readonly Source[], t: Strings): HTMLElement {
  return el(
    'span',
    { class: 'source-links' },
    '[',
    ...sources.flatMap((source, index) => [index > 0 ? ', ' : '', withTitle(safeLink(source.url, source.publisher), citationText(source, t))]),
    ']',
  );
}

function withTitle(element: HTMLElement, title: string): HTMLElement {
  element.title = title;
  return element;
}

function citationText(source: Source, t: Strings): string {
  return `${source.title} — ${source.publisher}, ${source.date === 'undated' ? t.undated : source.date}`;
}
