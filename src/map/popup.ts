/**
 * The details of one site, as DOM nodes built from text: shown in the map popup and beside the
 * list, and serialised at build time for the site's own page (scripts/lib/site-page.ts). Its
 * stylesheet, popup.css, is imported by popup-opener.ts, so the build can run this in Node.
 */
import { compareDates, type DateValue } from '../data/dates.ts';
import type { Site, Source } from '../data/site.ts';
import { dateInWords } from '../i18n/dates.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { citation, sourceLinks } from '../ui/citations.ts';
import { el, safeLink } from '../ui/dom.ts';
import { DETAIL_STRINGS, type DetailStrings } from '../i18n/details.ts';

type ExternalId = keyof NonNullable<Site['external_ids']>;

/** Where an external id has an address of its own; HRNK's map and NKDB's atlas have none per entry. */
const EXTERNAL_LINKS: Partial<Record<ExternalId, (id: string) => string>> = {
  wikidata: (id) => `https://www.wikidata.org/wiki/${id}`,
  wikipedia: (url) => url,
  nkpd: (id) => `https://nkpd.io/en/entity/${id}`,
};

export interface DetailOptions {
  /** The level of the site's name: 2 in a popup (the default), 1 on the site's own page. */
  level?: 1 | 2;
  /** The address of the site's own page, linked from the popup. */
  page?: string;
}

/**
 * The site's names, facts, evidence, history, disputes and sources, newest history first.
 * @example siteDetails(site, STRINGS.en, 'en', { page: 'https://example.org/site/sungho-ri/' }).querySelector('h2')?.textContent // 'Sŭngho-ri …'
 */
export function siteDetails(site: Site, t: Strings, lang: Lang, { level = 2, page }: DetailOptions = {}): HTMLElement {
  const [first, second] = lang === 'ko' ? [site.name_ko, site.name] : [site.name, site.name_ko];
  const labels = DETAIL_STRINGS[lang];
  const sources = new Map(site.sources.map((source) => [source.url, source]));
  const words = (date: DateValue) => el('time', { datetime: date.edtf }, dateInWords(date, lang));
  const cited = (urls: readonly string[]) => sourceLinks(urls, sources, t, lang);
  const fact = (label: string, value: Node | string | undefined, ...extra: (Node | string | false | undefined)[]) =>
    value ? [el('dt', {}, label), el('dd', {}, value, ...extra)] : [];
  const disputed = (field: string) => site.disputes.some((d) => d.field === field) && el('span', { class: 'badge' }, ` ${labels.disputed}`);

  return el(
    'article',
    { class: 'site-details', 'aria-labelledby': `site-title-${site.id}`, tabindex: '-1' },
    el(level === 1 ? 'h1' : 'h2', { id: `site-title-${site.id}` }, first),
    el('p', { class: 'site-subtitle', lang: lang === 'ko' ? 'en' : 'ko' }, second),
    site.name_ko_source === 'transliteration' && el('p', { class: 'note transliterated' }, labels.transliterated),
    site.aliases.length > 0 && el('p', { class: 'aliases' }, `${labels.aliases}: ${site.aliases.join(', ')}`),
    el('p', { class: 'evidence' }, el('strong', {}, `${t.evidence}: `), labels.evidenceSummary(site.sources.map((source) => source.kind))),
    el(
      'dl',
      {},
      ...fact(t.type, t.facilityTypes[site.facility_type], disputed('facility_type')),
      ...fact(t.ministry, t.ministryNames[site.ministry], disputed('ministry')),
      // A status that is itself "disputed" says so once.
      ...fact(t.status, t.statuses[site.status], site.status !== 'disputed' && disputed('status')),
      ...fact(t.province, t.provinces[site.province], disputed('province')),
      ...fact(t.county, lang === 'ko' ? (site.county_ko ?? site.county) : site.county),
      ...fact(labels.firstReported, words(site.first_reported.date), ' ', cited([site.first_reported.source]), disputed('first_reported')),
      ...(site.established ? fact(labels.established, words(site.established.date), ' ', cited(site.established.sources), disputed('established')) : []),
      ...(site.closed ? fact(labels.closedOn, words(site.closed.date), ' ', cited(site.closed.sources), disputed('closed')) : []),
      ...fact(labels.population, site.population_estimate?.text, site.population_estimate && ' ', site.population_estimate && cited(site.population_estimate.sources)),
      ...fact(labels.location, labels.precisions[site.location_precision], disputed('location')),
    ),
    site.ministry_note && el('p', { class: 'note' }, site.ministry_note),
    el('p', { class: 'location-source' }, site.location_source),
    site.shared_point && el('p', { class: 'note' }, `${labels.sharedPoint[site.shared_point.kind]} ${site.shared_point.with.join(', ')}`),
    externalIds(site, labels),
    site.disputes.length > 0 &&
      foldable(
        // Not "Disputed" again: a site whose status is disputed already says so once.
        `${labels.disputes} (${site.disputes.length})`,
        site.disputes.map((d) =>
          el(
            'li',
            {},
            d.note,
            ' ',
            cited(d.sources),
            ...(d.points ?? []).map((point) =>
              el('p', { class: 'other-point' }, `${labels.otherLocation}: ${point.label} (${point.coordinates[1]}, ${point.coordinates[0]}) `, cited([point.source])),
            ),
          ),
        ),
      ),
    site.history.length > 0 &&
      foldable(
        `${labels.history} (${site.history.length})`,
        [...site.history].sort((a, b) => compareDates(b.date, a.date)).map((h) => el('li', {}, words(h.date), ' ', h.event, ' ', cited(h.sources))),
      ),
    section(level === 1 ? 'h2' : 'h3', t.sources, site.sources.map((source: Source) => el('li', {}, citation(source, t, lang)))),
    page && el('p', { class: 'site-page-link' }, el('a', { href: page }, t.sitePage.link)),
  );
}

/** The same site in other catalogues: linked where the catalogue has an address per entry, named as it names it otherwise. */
function externalIds(site: Site, labels: DetailStrings): HTMLElement | false {
  const ids = Object.entries(site.external_ids ?? {}) as [ExternalId, string][];
  if (ids.length === 0) return false;
  const items = ids.map(([key, value]) => {
    const link = EXTERNAL_LINKS[key];
    return link ? safeLink(link(value), `${labels.externalIds[key]}${key === 'wikipedia' ? '' : ` ${value}`}`) : el('span', {}, `${labels.externalIds[key]}: “${value}”`);
  });
  return el('p', { class: 'external-ids' }, `${labels.alsoListed}: `, ...items.flatMap((item, i) => (i > 0 ? [' · ', item] : [item])));
}

function section(tag: 'h2' | 'h3', heading: string, items: HTMLElement[]): HTMLElement {
  return el('section', {}, el(tag, {}, heading), el('ul', {}, ...items));
}

/** Long lists fold away so the popup stays small enough to read on a phone. */
function foldable(summary: string, items: HTMLElement[]): HTMLElement {
  return el('details', {}, el('summary', {}, summary), el('ul', {}, ...items));
}
