/**
 * A site's own page: the popup's details (src/map/popup.ts, the same code, serialised), then
 * what a page adds: its map, a link to the interactive map, its downloads, its corrections, and
 * how to cite it, with schema.org JSON-LD for search engines. Run inside `withDocument`.
 */
import type { Place, WithContext } from 'schema-dts';
import type { Correction } from '../../src/data/corrections.ts';
import type { Site } from '../../src/data/site.ts';
import type { DataVersion } from '../../src/data/version.ts';
import { LAYERS } from '../../src/data/vocabulary.ts';
import { PAGE_STRINGS } from '../../src/i18n/page-strings.ts';
import { siteDetails } from '../../src/map/popup.ts';
import { LANGUAGES, type Lang } from '../../src/state/language.ts';
import { MAP_CARD, correctionsPagePath, siteCardPath, siteFilePath, siteIndexPath, siteMapPath, sitePagePath, toRoot, type SiteFileType } from '../../src/state/pages.ts';
import { el } from '../../src/ui/dom.ts';
import { ACCESS_DATE, PAGE_URL, bibtex, cslJson } from './cite.ts';
import { correctionList } from './correction-list.ts';
import { renderPage, type PageAssets } from './page-shell.ts';

export interface SitePageContext {
  version: DataVersion;
  assets: PageAssets;
  siteUrl: URL | undefined;
  /** The size of the site's map (site/<id>/map.svg). */
  mapSize: { width: number; height: number };
}

const FILE_TYPES: readonly SiteFileType[] = ['geojson', 'kml', 'csv'];

/**
 * The page of one site in one language, as HTML.
 * @example withDocument(() => sitePage(site, [], 'ko', context)).includes('<html lang="ko">') // true
 */
export function sitePage(site: Site, corrections: readonly Correction[], lang: Lang, context: SitePageContext): string {
  const t = PAGE_STRINGS[lang];
  const path = sitePagePath(site.id, lang);
  const root = toRoot(path);
  const name = lang === 'ko' ? site.name_ko : site.name;
  const pageUrl = context.siteUrl ? new URL(path, context.siteUrl).href : path;
  const [lon, lat] = site.coordinates;

  const details = siteDetails(site, t, lang, { level: 1 });
  // A page shows the whole record, on screen and on paper: nothing stays folded.
  for (const fold of details.querySelectorAll('details')) fold.setAttribute('open', '');

  const location = el(
    'section',
    { 'aria-labelledby': 'location-heading' },
    el('h2', { id: 'location-heading' }, t.sitePage.location),
    el(
      'figure',
      { class: 'site-map' },
      el('img', {
        src: `${root}${siteMapPath(site.id)}`,
        alt: t.sitePage.mapAlt(name, t.precisions[site.location_precision]),
        width: String(context.mapSize.width),
        height: String(context.mapSize.height),
      }),
      el('figcaption', {}, t.sitePage.coordinates(String(lat), String(lon)), ' ', t.precisions[site.location_precision]),
    ),
    el('p', { class: 'open-map' }, el('a', { href: `${root}${mapLink(site.id, lang)}` }, t.sitePage.openMap)),
  );
  const downloads = el(
    'section',
    { class: 'site-downloads', 'aria-labelledby': 'downloads-heading' },
    el('h2', { id: 'downloads-heading' }, t.sitePage.downloads),
    el('ul', {}, ...FILE_TYPES.map((type) => el('li', {}, el('a', { href: `${root}${siteFilePath(site.id, type)}`, download: '' }, t.fileTypes[type])))),
  );
  const log = el(
    'section',
    { class: 'site-corrections', 'aria-labelledby': 'corrections-heading' },
    el('h2', { id: 'corrections-heading' }, t.sitePage.corrections),
    corrections.length ? correctionList(corrections, t, lang, { heading: 'h3', root, site: site.id }) : el('p', {}, t.sitePage.noCorrections),
    el('p', {}, el('a', { href: `${root}${correctionsPagePath(lang)}` }, t.sitePage.allCorrections)),
  );
  const cite = el(
    'section',
    { class: 'cite', 'aria-labelledby': 'cite-heading' },
    el('h2', { id: 'cite-heading' }, t.sitePage.cite),
    el('p', { class: 'citation-text' }, ...withPlaceholders(`${t.sitePage.citation(name, context.version, PAGE_URL)}. ${t.sitePage.accessed}: ${ACCESS_DATE}.`, pageUrl, 'words', t.sitePage.accessedBlank)),
    el('h3', {}, t.sitePage.formats),
    el('p', {}, 'BibTeX'),
    el('pre', { class: 'bibtex' }, el('code', {}, ...withPlaceholders(bibtex(site, context.version), pageUrl, 'iso'))),
    el('p', {}, 'CSL-JSON'),
    el('pre', { class: 'csl-json' }, el('code', {}, ...withPlaceholders(cslJson(site, context.version), pageUrl, 'parts'))),
  );

  return renderPage(
    {
      lang,
      path,
      alternates: Object.fromEntries(LANGUAGES.map((code) => [code, sitePagePath(site.id, code)])) as Record<Lang, string>,
      title: name,
      description: describe(site, lang),
      card: { path: siteCardPath(site.id), alt: t.sitePage.cardAlt(name) },
      structuredData: place(site, lang, context.siteUrl && pageUrl),
      mapLink: mapLink(site.id, lang),
      assets: context.assets,
      siteUrl: context.siteUrl,
    },
    [details, location, downloads, log, cite],
  );
}

/**
 * The page listing every site, layer by layer, each linked to its page.
 * @example withDocument(() => siteIndex(sites, 'en', context)).includes('href="kwanliso-15-yodok/"') // true
 */
export function siteIndex(sites: readonly Site[], lang: Lang, context: SitePageContext): string {
  const t = PAGE_STRINGS[lang];
  const nameOf = (site: Site) => (lang === 'ko' ? site.name_ko : site.name);
  const { compare } = new Intl.Collator(lang);
  const layers = LAYERS.filter((layer) => sites.some((site) => site.layer === layer));
  return renderPage(
    {
      lang,
      path: siteIndexPath(lang),
      alternates: Object.fromEntries(LANGUAGES.map((code) => [code, siteIndexPath(code)])) as Record<Lang, string>,
      title: t.sitePage.index,
      description: t.sitePage.indexIntro,
      card: { path: MAP_CARD, alt: t.title },
      mapLink: lang === 'en' ? '' : `#lang=${lang}`,
      assets: context.assets,
      siteUrl: context.siteUrl,
    },
    [
      el('h1', {}, t.sitePage.index),
      el('p', {}, t.sitePage.indexIntro),
      ...layers.flatMap((layer) => [
        el('h2', {}, t.layerNames[layer]),
        el(
          'ul',
          { class: 'site-index' },
          ...sites
            .filter((site) => site.layer === layer)
            .sort((a, b) => compare(nameOf(a), nameOf(b)))
            .map((site) =>
              el('li', {}, el('a', { href: `${site.id}/` }, nameOf(site)), ` · ${t.facilityTypes[site.facility_type]} · ${t.provinces[site.province]}`),
            ),
        ),
      ]),
    ],
  );
}

/** The interactive map at this site, from the root. */
const mapLink = (id: string, lang: Lang) => `#site=${encodeURIComponent(id)}${lang === 'en' ? '' : `&lang=${lang}`}`;

/**
 * The site in a sentence: what, where, who runs it, its status and what the evidence is.
 * @example describe(site, 'en') // 'Political prison camp (kwanliso) in Yodok, South Hamgyong, North Korea. …'
 */
export function describe(site: Site, lang: Lang): string {
  const t = PAGE_STRINGS[lang];
  return t.sitePage.description({
    type: t.facilityTypes[site.facility_type],
    place: t.sitePage.place(lang === 'ko' ? (site.county_ko ?? site.county) : site.county, t.provinces[site.province]),
    ministry: t.ministryNames[site.ministry],
    status: t.statuses[site.status],
    evidence: t.evidenceSummary(site.sources.map((source) => source.kind)),
  });
}

/** schema.org: a place with its coordinates, and its precision in words where the point is not the facility itself. */
function place(site: Site, lang: Lang, url: string | undefined): WithContext<Place> {
  const t = PAGE_STRINGS[lang];
  const [longitude, latitude] = site.coordinates;
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    ...(url ? { '@id': url, url } : {}),
    name: lang === 'ko' ? site.name_ko : site.name,
    alternateName: [lang === 'ko' ? site.name : site.name_ko, ...site.aliases],
    description: describe(site, lang),
    geo: { '@type': 'GeoCoordinates', latitude, longitude },
    ...(site.location_precision === 'facility'
      ? {}
      : { additionalProperty: { '@type': 'PropertyValue', name: t.precision, value: t.precisions[site.location_precision] } }),
    containedInPlace: { '@type': 'AdministrativeArea', name: t.provinces[site.province] },
    subjectOf: site.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url, publisher: { '@type': 'Organization', name: source.publisher } })),
  };
}

/**
 * The text with its placeholders as elements the page's script fills: the page's address, made
 * absolute by the script where the build had no public address, and the reader's access date,
 * left as `blank` without script.
 */
function withPlaceholders(text: string, pageUrl: string, dateFormat: 'words' | 'iso' | 'parts', blank = ''): (Node | string)[] {
  return text.split(new RegExp(`(${PAGE_URL}|${ACCESS_DATE})`)).map((part) => {
    if (part === PAGE_URL) return el('span', { 'data-page-url': '' }, pageUrl);
    if (part === ACCESS_DATE) return el('span', { 'data-access-date': dateFormat }, blank);
    return part;
  });
}
