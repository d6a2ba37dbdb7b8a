/**
 * Where the build puts each page and file, relative to the site's root: one layout for the
 * build's plugins, the sitemap, and the links the app makes to them. English pages sit at the
 * root, Korean ones under `ko/`; files that do not depend on the language are written once.
 */
import type { Lang } from './language.ts';

/**
 * The folder of a language's pages.
 * @example langPrefix('ko') // 'ko/'
 */
export const langPrefix = (lang: Lang): string => (lang === 'en' ? '' : `${lang}/`);

/**
 * A site's own page.
 * @example sitePagePath('sungho-ri', 'ko') // 'ko/site/sungho-ri/'
 */
export const sitePagePath = (id: string, lang: Lang): string => `${langPrefix(lang)}site/${id}/`;

/** The page that lists every site, with a link to each one's page: for readers without JavaScript, and for crawlers. */
export const siteIndexPath = (lang: Lang): string => `${langPrefix(lang)}site/`;

/** The page and the feed that list every correction. */
export const correctionsPagePath = (lang: Lang): string => `${langPrefix(lang)}corrections/`;
export const CORRECTIONS_FEED = 'corrections.atom';

export type SiteFileType = 'geojson' | 'kml' | 'csv';

/**
 * One site's data as a file, beside its English page.
 * @example siteFilePath('sungho-ri', 'kml') // 'site/sungho-ri/sungho-ri.kml'
 */
export const siteFilePath = (id: string, type: SiteFileType): string => `site/${id}/${id}.${type}`;

/** The map drawn for a site's page, and its share card. */
export const siteMapPath = (id: string): string => `site/${id}/map.svg`;
export const siteCardPath = (id: string): string => `cards/${id}.png`;
export const MAP_CARD = 'cards/map.png';

/**
 * Every site in one file of each type, at a stable address.
 * @example fullDownloadPath('csv') // 'downloads/nk-camps.csv'
 */
export const fullDownloadPath = (type: SiteFileType): string => `downloads/nk-camps.${type}`;

/**
 * The path from a page's folder back to the root.
 * @example toRoot('ko/site/sungho-ri/') // '../../../'
 */
export const toRoot = (path: string): string => '../'.repeat(path.split('/').filter(Boolean).length);

/**
 * A site's page as an address, from the site's root URL.
 * @example sitePageUrl('https://example.org/map/', 'sungho-ri', 'en') // 'https://example.org/map/site/sungho-ri/'
 */
export function sitePageUrl(base: string, id: string, lang: Lang): string {
  return new URL(sitePagePath(id, lang), base).href;
}
