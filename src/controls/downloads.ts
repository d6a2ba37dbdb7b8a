/** Downloads of the visible sites, and a citation for the map. */
import type { Site } from '../data/site.ts';
import type { Strings } from '../i18n/strings.ts';
import { el } from '../ui/dom.ts';

export interface DownloadControl {
  element: HTMLElement;
  update(sites: readonly Site[], citationUrl: string): void;
}

/** Version of the data (a hash of geo/) and the date it was built, set by vite.config.ts. */
declare const __DATA_VERSION__: string;
declare const __DATA_DATE__: string;

export function downloadControl(t: Strings): DownloadControl {
  let visible: readonly Site[] = [];
  const save = (name: string, type: string, content: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    el('a', { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const geojson = el('button', { type: 'button' }, t.downloadGeoJSON);
  // The writers (and the CSV library) load on first use: few readers download.
  const exporters = () => import('../data/export.ts');
  geojson.addEventListener('click', async () => {
    const { toGeoJSON } = await exporters();
    // The licence travels with the file, as GeoJSON foreign members.
    const collection = { ...toGeoJSON(visible), license: 'CC-BY-4.0', attribution: t.dataLicence };
    save('nk-camps.geojson', 'application/geo+json', JSON.stringify(collection, null, 2));
  });
  const csv = el('button', { type: 'button' }, t.downloadCSV);
  csv.addEventListener('click', async () => {
    const { toCSV } = await exporters();
    const labels = { facility_type: t.facilityTypes, ministry: t.ministryNames, status: t.statuses, province: t.provinces, location_precision: t.precisionShort };
    save('nk-camps.csv', 'text/csv;charset=utf-8', toCSV(visible, labels));
  });
  const citation = el('p', { class: 'citation-text' });
  return {
    element: el(
      'section',
      { class: 'downloads', 'aria-labelledby': 'downloads-heading' },
      el('h2', { id: 'downloads-heading' }, t.downloads),
      geojson,
      csv,
      el('p', { class: 'hint' }, t.dataLicence),
      el('details', {}, el('summary', {}, t.cite), citation),
    ),
    update(sites, citationUrl) {
      visible = sites;
      citation.textContent = t.citation(__DATA_VERSION__, __DATA_DATE__, citationUrl);
    },
  };
}
