/**
 * Downloads of the visible sites (GeoJSON, CSV, KML), an image of the view, links to every
 * site's files at their stable addresses and to the corrections log, and a citation for the map.
 * The writers load on first use: few readers download, and the page's code stays small.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Site } from '../data/site.ts';
import type { DataVersion } from '../data/version.ts';
import type { Strings } from '../i18n/strings.ts';
import type { Lang } from '../state/language.ts';
import { CORRECTIONS_FEED, correctionsPagePath, fullDownloadPath } from '../state/pages.ts';
import { el } from '../ui/dom.ts';

export interface DownloadControl {
  element: HTMLElement;
  update(sites: readonly Site[], total: number, citationUrl: string): void;
}

export interface DownloadOptions {
  /** The site's root URL, ending in `/`. */
  base: string;
  lang: Lang;
  /** The map whose view the image shows; none where the browser cannot draw one. */
  map(): MapLibreMap | undefined;
}

/** The data version, set by vite.config.ts (scripts/lib/version.ts). */
declare const __DATA_VERSION__: DataVersion;

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };

export function downloadControl(t: Strings, { base, lang, map }: DownloadOptions): DownloadControl {
  let visible: readonly Site[] = [];
  let shownOf = '';
  const save = (name: string, content: Blob) => {
    const url = URL.createObjectURL(content);
    el('a', { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const button = (label: string, make: () => Promise<void>) => {
    const element = el('button', { type: 'button' }, label);
    element.addEventListener('click', () => void make());
    return element;
  };
  const exporters = () => import('../data/export.ts');
  const geojson = button(t.downloadGeoJSON, async () => {
    const { toGeoJSON } = await exporters();
    // The licence travels with the file, as GeoJSON foreign members.
    const collection = { ...toGeoJSON(visible), license: 'CC-BY-4.0', attribution: t.dataLicence };
    save('nk-camps.geojson', new Blob([JSON.stringify(collection, null, 2)], { type: 'application/geo+json' }));
  });
  const csv = button(t.downloadCSV, async () => {
    const { csvLabels, toCSV } = await exporters();
    save('nk-camps.csv', new Blob([toCSV(visible, csvLabels(t))], { type: 'text/csv;charset=utf-8' }));
  });
  const kml = button(t.downloadKML, async () => {
    const { toKML } = await import('../export/kml.ts');
    save('nk-camps.kml', new Blob([toKML(visible, { base })], { type: 'application/vnd.google-earth.kml+xml' }));
  });
  const status = el('p', { class: 'download-status', role: 'status' });
  const citation = el('p', { class: 'citation-text' });
  const image = button(t.downloadPNG, async () => {
    const drawn = map();
    if (!drawn) return;
    image.disabled = true;
    status.textContent = t.image.working;
    try {
      const { mapImage } = await import('../export/image.ts');
      const date = t.image.drawn(new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(new Date()));
      // The address as it is now: the map writes its view into the hash as the reader moves it.
      save('nk-camps.png', await mapImage(drawn, visible, { t, subtitle: shownOf, date, citation: t.citation(__DATA_VERSION__, location.href) }));
      status.textContent = '';
    } catch (error) {
      status.textContent = t.image.failed;
      console.error(error);
    } finally {
      image.disabled = false;
    }
  });
  const file = (path: string, label: string) => el('a', { href: `${base}${path}` }, label);
  const everySite = el(
    'p',
    { class: 'full-downloads' },
    `${t.fullDownloads} `,
    ...(['geojson', 'kml', 'csv'] as const).flatMap((type, i) => [i > 0 ? ' · ' : '', file(fullDownloadPath(type), t.fileTypes[type])]),
    ' · ',
    file('datapackage.json', t.dataPackage),
  );
  const corrections = el('p', { class: 'full-downloads' }, file(correctionsPagePath(lang), t.sitePage.allCorrections), ' · ', file(CORRECTIONS_FEED, t.correctionsPage.feed));
  return {
    element: el(
      'section',
      { class: 'downloads', 'aria-labelledby': 'downloads-heading' },
      el('h2', { id: 'downloads-heading' }, t.downloads),
      geojson,
      csv,
      kml,
      image,
      status,
      everySite,
      corrections,
      el('p', { class: 'hint' }, t.dataLicence),
      el('details', {}, el('summary', {}, t.cite), citation),
    ),
    update(sites, total, citationUrl) {
      visible = sites;
      shownOf = `${t.siteCount(sites.length, total)} · ${t.subtitle}`;
      // Without WebGL there is no view to draw.
      image.hidden = map() === undefined;
      citation.textContent = t.citation(__DATA_VERSION__, citationUrl);
    },
  };
}
