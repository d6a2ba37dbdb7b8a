/**
 * Vite plugin: a page per site in each language (site/<id>/, ko/site/<id>/), each with its
 * location map (site/<id>/map.svg) and the site's data as GeoJSON, KML and CSV beside the
 * English page, and a page listing them all (site/, ko/site/). Pages are the popup's own DOM
 * (src/map/popup.ts), serialised (site-page.ts).
 */
import type { Plugin } from 'vite';
import { csvLabels, toCSV, toGeoJSON } from '../../src/data/export.ts';
import { toKML } from '../../src/export/kml.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';
import { LANGUAGES } from '../../src/state/language.ts';
import { siteFilePath, siteIndexPath, siteMapPath, sitePagePath } from '../../src/state/pages.ts';
import { loadCorrections } from './corrections.ts';
import { GEO_DIR, loadGeo } from './geo-files.ts';
import { withDocument } from './html.ts';
import { loadBasemap, locationMapSvg } from './location-map.ts';
import { pageAssets } from './page-assets.ts';
import { siteIndex, sitePage } from './site-page.ts';
import { versionOf } from './version.ts';

const MAP_SIZE = { width: 600, height: 400 };

export function sitePages(geoDir = GEO_DIR, siteUrl?: URL): Plugin {
  return {
    name: 'site-pages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sites = loadGeo(geoDir);
      const { entries } = loadCorrections(sites, geoDir);
      const context = { version: versionOf(geoDir), assets: pageAssets(bundle), siteUrl, mapSize: MAP_SIZE };
      const basemap = loadBasemap();
      const emit = (fileName: string, source: string) => this.emitFile({ type: 'asset', fileName, source });
      withDocument(() => {
        for (const site of sites) {
          const corrections = entries.filter((entry) => entry.sites.includes(site.id));
          for (const lang of LANGUAGES) emit(`${sitePagePath(site.id, lang)}index.html`, sitePage(site, corrections, lang, context));
        }
        for (const lang of LANGUAGES) emit(`${siteIndexPath(lang)}index.html`, siteIndex(sites, lang, context));
      });
      for (const site of sites) {
        emit(siteMapPath(site.id), locationMapSvg(site, basemap, MAP_SIZE.width, MAP_SIZE.height));
        emit(siteFilePath(site.id, 'geojson'), `${JSON.stringify(toGeoJSON([site]), null, 2)}\n`);
        emit(siteFilePath(site.id, 'kml'), toKML([site], siteUrl ? { base: siteUrl.href } : {}));
        emit(siteFilePath(site.id, 'csv'), toCSV([site], csvLabels(STRINGS.en)));
      }
    },
  };
}
