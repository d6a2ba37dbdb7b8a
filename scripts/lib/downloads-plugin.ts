/**
 * Vite plugin: every site in one file of each type at a stable address (downloads/nk-camps.geojson,
 * .kml, .csv), the corrections log beside them, the marker icons the KML files point at, and
 * `datapackage.json` describing them all with the layer files the map loads (data/<layer>.geojson).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { csvLabels, toCSV, toGeoJSON } from '../../src/data/export.ts';
import { FACILITY_TYPES, MINISTRIES } from '../../src/data/vocabulary.ts';
import { markerIconPath, toKML } from '../../src/export/kml.ts';
import { MARKER_BOX, markerParts } from '../../src/map/marker-shapes.ts';
import { fullDownloadPath } from '../../src/state/pages.ts';
import { PAGE_STRINGS } from '../../src/i18n/page-strings.ts';
import { renderPngSync } from './card.ts';
import { CORRECTIONS_FILE } from './corrections.ts';
import { DATA_DIR } from './data-plugin.ts';
import { GEO_DIR, layerFiles, loadGeo } from './geo-files.ts';
import { DATAPACKAGE, dataPackage, type PackagedFile } from './datapackage.ts';
import { publishLayer } from './publish.ts';
import { escapeXml } from './preview.ts';
import { versionOf } from './version.ts';

export const CORRECTIONS_DOWNLOAD = `downloads/${CORRECTIONS_FILE}`;
const ICON_SIZE = 32;

export function downloadFiles(geoDir = GEO_DIR, siteUrl?: URL): Plugin {
  return {
    name: 'download-files',
    apply: 'build',
    generateBundle() {
      const sites = loadGeo(geoDir);
      const t = PAGE_STRINGS.en;
      const files: PackagedFile[] = [
        { path: fullDownloadPath('csv'), name: 'sites-csv', title: `${t.title}: every site (CSV)`, format: 'csv', mediatype: 'text/csv', content: toCSV(sites, csvLabels(PAGE_STRINGS.en)), tabular: true },
        {
          path: fullDownloadPath('geojson'),
          name: 'sites-geojson',
          title: `${t.title}: every site (GeoJSON, fields as in geo/README.md)`,
          format: 'geojson',
          mediatype: 'application/geo+json',
          content: `${JSON.stringify(toGeoJSON(sites), null, 2)}\n`,
        },
        {
          path: fullDownloadPath('kml'),
          name: 'sites-kml',
          title: `${t.title}: every site (KML, a folder per layer)`,
          format: 'kml',
          mediatype: 'application/vnd.google-earth.kml+xml',
          content: toKML(sites, siteUrl ? { base: siteUrl.href } : {}),
        },
        {
          path: CORRECTIONS_DOWNLOAD,
          name: 'corrections',
          title: `${t.title}: ${t.correctionsPage.title}`,
          format: 'json',
          mediatype: 'application/json',
          content: readFileSync(join(geoDir, CORRECTIONS_FILE), 'utf8'),
        },
        // The layers as the map loads them: each with its table of EDTF dates read (scripts/lib/publish.ts).
        ...layerFiles(geoDir).paths.map((path) => ({
          path: `${DATA_DIR}/${basename(path)}`,
          name: `layer-${basename(path, '.geojson')}`,
          title: `${t.title}: ${basename(path)}`,
          format: 'geojson',
          mediatype: 'application/geo+json',
          content: publishLayer(JSON.parse(readFileSync(path, 'utf8'))),
        })),
      ];
      // The layers are emitted by data-plugin.ts; the package describes them as served.
      for (const file of files) if (!file.path.startsWith(`${DATA_DIR}/`)) this.emitFile({ type: 'asset', fileName: file.path, source: file.content });
      this.emitFile({ type: 'asset', fileName: DATAPACKAGE, source: dataPackage(files, versionOf(geoDir), siteUrl) });
      for (const ministry of MINISTRIES) {
        for (const type of FACILITY_TYPES) this.emitFile({ type: 'asset', fileName: markerIconPath(ministry, type), source: markerIcon(ministry, type) });
      }
    },
  };
}

/** The map's marker as a small PNG, for KML styles. */
function markerIcon(ministry: (typeof MINISTRIES)[number], type: (typeof FACILITY_TYPES)[number]): Buffer {
  const paths = markerParts(ministry, type).map(
    (part) => `<path d="${escapeXml(part.d)}" fill="${part.fill}" stroke="${part.stroke}" stroke-width="${part.strokeWidth}"${part.dash ? ` stroke-dasharray="${part.dash.join(' ')}"` : ''}/>`,
  );
  return renderPngSync(`<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 ${MARKER_BOX} ${MARKER_BOX}">${paths.join('')}</svg>`);
}
