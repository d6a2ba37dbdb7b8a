/**
 * The sites as KML for Google Earth: a folder per layer, each site a placemark styled by its
 * ministry and type (the map's own marker, as an icon of the built site), and a description
 * carrying its facts and every source. Descriptions are HTML in KML, so every piece of data in
 * them is escaped, and only http(s) URLs become links.
 */
import { foldersToKML } from '@placemarkio/tokml';
import type { Feature, Point } from 'geojson';
import { isHttpUrl } from '../data/links.ts';
import type { Site } from '../data/site.ts';
import { LAYERS, type FacilityType, type Ministry } from '../data/vocabulary.ts';
import { dateInWords } from '../i18n/dates.ts';
import { en } from '../i18n/strings.ts';
import { MINISTRY_STYLE } from '../map/theme.ts';
import { sitePageUrl } from '../state/pages.ts';
import { escapeHtml } from '../ui/dom.ts';
import { DETAIL_STRINGS } from '../i18n/details.ts';

export interface KmlOptions {
  /** The built site's absolute root URL: icons and pages are linked from there. Without it, pins are coloured by ministry. */
  base?: string;
}

/**
 * The marker image of a ministry and type, beside the pages (drawn by scripts/lib/downloads-plugin.ts).
 * @example markerIconPath('MSS', 'kwanliso') // 'icons/camp-MSS-kwanliso.png'
 */
export const markerIconPath = (ministry: Ministry, type: FacilityType): string => `icons/camp-${ministry}-${type}.png`;

const styleId = (site: Pick<Site, 'ministry' | 'facility_type'>) => `camp-${site.ministry}-${site.facility_type}`;

/**
 * The sites as a KML document, layer by layer.
 * @example toKML(sites, { base: 'https://example.org/map/' }).startsWith('<?xml') // false: tokml writes no declaration
 */
export function toKML(sites: readonly Site[], { base }: KmlOptions = {}): string {
  const t = en;
  const folders = LAYERS.flatMap((layer) => {
    const inLayer = sites.filter((site) => site.layer === layer);
    return inLayer.length ? [{ type: 'folder' as const, meta: { name: t.layerNames[layer] }, children: inLayer.map((site) => placemark(site, base)) }] : [];
  });
  const kml = foldersToKML({ type: 'root', children: folders });
  // tokml writes no styles: add one per look, and point each placemark at its own before its data.
  const styles = [...new Map(sites.map((site) => [styleId(site), site])).values()].map((site) => style(site, base)).join('');
  const withStyles = kml.replace('<Document>', `<Document><name>${escapeHtml(t.title)}</name>${styles}`);
  const byId = new Map(sites.map((site) => [site.id, site]));
  return withStyles
    .split('<Placemark id="')
    .map((part, index) => {
      // Each part after the first starts with its placemark's id (a slug) and its closing quote.
      const site = index > 0 ? byId.get(part.slice(0, part.indexOf('"'))) : undefined;
      return site ? part.replace('<ExtendedData>', `<styleUrl>#${styleId(site)}</styleUrl><ExtendedData>`) : part;
    })
    .join('<Placemark id="');
}

function placemark(site: Site, base: string | undefined): Feature<Point> {
  return {
    type: 'Feature',
    id: site.id,
    geometry: { type: 'Point', coordinates: site.coordinates },
    properties: {
      name: site.name,
      description: { '@type': 'html', value: description(site, base) },
      id: site.id,
      name_ko: site.name_ko,
      layer: site.layer,
      facility_type: site.facility_type,
      ministry: site.ministry,
      status: site.status,
      location_precision: site.location_precision,
      province: site.province,
      county: site.county,
      first_reported: site.first_reported.date.edtf,
    },
  };
}

/** The icon where the site's address is known, else Google Earth's pin in the ministry's colour. */
function style(site: Site, base: string | undefined): string {
  const icon = base
    ? `<Icon><href>${escapeHtml(new URL(markerIconPath(site.ministry, site.facility_type), base).href)}</href></Icon><hotSpot x="0.5" y="0.5" xunits="fraction" yunits="fraction"/>`
    : `<color>${kmlColour(MINISTRY_STYLE[site.ministry].colour)}</color>`;
  return `<Style id="${styleId(site)}"><IconStyle>${icon}</IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>`;
}

/**
 * KML writes colours alpha first, then blue, green, red.
 * @example kmlColour('#D55E00') // 'ff005ed5'
 */
export function kmlColour(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => hex.slice(i, i + 2).toLowerCase());
  return `ff${b}${g}${r}`;
}

/** The balloon: facts, where the point comes from, and every source with its kind and caveat. */
function description(site: Site, base: string | undefined): string {
  const t = en;
  const labels = DETAIL_STRINGS.en;
  const link = (url: string, text: string) => (isHttpUrl(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text));
  const facts: [string, string][] = [
    [t.type, t.facilityTypes[site.facility_type]],
    [t.ministry, t.ministryNames[site.ministry]],
    [t.status, t.statuses[site.status]],
    [t.province, `${site.county}, ${t.provinces[site.province]}`],
    [labels.firstReported, dateInWords(site.first_reported.date, 'en')],
    [labels.location, labels.precisions[site.location_precision]],
  ];
  const sources = site.sources.map((source) => {
    const date = source.date === 'undated' ? labels.undated : dateInWords(source.date, 'en');
    const note = source.note ? `. ${escapeHtml(source.note)}` : '';
    return `<li>${link(source.url, source.title)} — ${escapeHtml(source.publisher)}, ${escapeHtml(date)} (${escapeHtml(t.sourceKinds[source.kind])})${note}</li>`;
  });
  return [
    `<p><b>${escapeHtml(site.name_ko)}</b></p>`,
    `<p>${facts.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`).join('<br>')}</p>`,
    `<p>${escapeHtml(site.location_source)}</p>`,
    `<p>${escapeHtml(t.sources)}:</p><ol>${sources.join('')}</ol>`,
    base ? `<p>${link(sitePageUrl(base, site.id, 'en'), t.sitePage.link)}</p>` : '',
  ].join('');
}
