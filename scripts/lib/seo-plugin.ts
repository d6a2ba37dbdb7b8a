/**
 * Vite plugin: what search engines and social sites read. The main page gets its canonical
 * link, Open Graph and Twitter card tags and a schema.org `Dataset` (JSON-LD) with its
 * downloads, licence and version; the build gets `robots.txt` and, where the public address is
 * known (SITE_URL), `sitemap.xml` of every page with its other language. A sitemap must name
 * absolute URLs, so without SITE_URL there is none, and robots.txt names none.
 */
import type { DataCatalog, Dataset, WithContext } from 'schema-dts';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { Site } from '../../src/data/site.ts';
import type { DataVersion } from '../../src/data/version.ts';
import { PAGE_STRINGS } from '../../src/i18n/page-strings.ts';
import { LANGUAGES, type Lang } from '../../src/state/language.ts';
import { CORRECTIONS_FEED, MAP_CARD, correctionsPagePath, fullDownloadPath, siteIndexPath, sitePagePath, type SiteFileType } from '../../src/state/pages.ts';
import { CARD_SIZE } from './card.ts';
import { DATAPACKAGE } from './datapackage.ts';
import { GEO_DIR, loadGeo } from './geo-files.ts';
import { escapeXml } from './preview.ts';
import { versionOf } from './version.ts';

const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
const MEDIA_TYPES: Record<SiteFileType, string> = { geojson: 'application/geo+json', kml: 'application/vnd.google-earth.kml+xml', csv: 'text/csv' };

export function searchAndShare(geoDir = GEO_DIR, siteUrl?: URL): Plugin {
  return {
    name: 'search-and-share',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path }) {
        // The embed is marked noindex: search engines and cards are for the full map.
        return path === '/index.html' ? mainPageTags(versionOf(geoDir), siteUrl) : [];
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robots(siteUrl) });
      if (siteUrl) this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemap(loadGeo(geoDir), siteUrl, versionOf(geoDir).date) });
    },
  };
}

/** A page in each language: its path per language. */
export function pagesOf(sites: readonly Site[]): Record<Lang, string>[] {
  const each = (path: (lang: Lang) => string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
  return [each(siteIndexPath), each(correctionsPagePath), ...sites.map((site) => each((lang) => sitePagePath(site.id, lang)))];
}

/**
 * Every page, with its other language as an alternate; the main page (one page for both
 * languages, which it picks from the link) first.
 * @example sitemap(sites, new URL('https://example.org/'), '2026-12-03').includes('<loc>https://example.org/site/sungho-ri/</loc>') // true
 */
export function sitemap(sites: readonly Site[], siteUrl: URL, lastmod: string): string {
  const url = (path: string) => escapeXml(new URL(path, siteUrl).href);
  const entry = (path: string, alternates: Record<Lang, string> | undefined) =>
    `<url><loc>${url(path)}</loc><lastmod>${lastmod}</lastmod>${
      alternates ? LANGUAGES.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(alternates[lang])}"/>`).join('') : ''
    }</url>`;
  const urls = [entry('', undefined), ...pagesOf(sites).flatMap((alternates) => LANGUAGES.map((lang) => entry(alternates[lang], alternates)))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

function robots(siteUrl: URL | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(siteUrl ? [`Sitemap: ${new URL('sitemap.xml', siteUrl).href}`] : []), ''].join('\n');
}

/** The main page's tags: relative where the formats allow it, absolute only with SITE_URL. */
function mainPageTags(version: DataVersion, siteUrl: URL | undefined): HtmlTagDescriptor[] {
  const t = PAGE_STRINGS.en;
  const link = (path: string) => (siteUrl ? new URL(path, siteUrl).href : `./${path}`);
  const image = siteUrl && new URL(MAP_CARD, siteUrl).href;
  const meta = (key: 'name' | 'property', name: string, content: string | undefined): HtmlTagDescriptor[] =>
    content === undefined ? [] : [{ tag: 'meta', attrs: { [key]: name, content }, injectTo: 'head' }];
  const dataset: WithContext<Dataset> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t.title,
    alternateName: PAGE_STRINGS.ko.title,
    description: `${t.subtitle} ${t.correctionsPage.intro}`,
    ...(siteUrl ? { url: siteUrl.href } : {}),
    version: version.hash,
    dateModified: version.date,
    license: LICENCE,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: t.title },
    keywords: ['North Korea', 'prison camps', 'kwanliso', 'kyohwaso', 'human rights'],
    spatialCoverage: { '@type': 'Place', name: 'North Korea', geo: { '@type': 'GeoShape', box: '37.6 124.2 43.1 130.8' } },
    includedInDataCatalog: { '@type': 'DataCatalog', name: t.title } satisfies DataCatalog,
    distribution: [
      ...(['geojson', 'kml', 'csv'] as const).map((type) => ({ '@type': 'DataDownload' as const, encodingFormat: MEDIA_TYPES[type], contentUrl: link(fullDownloadPath(type)) })),
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: link(DATAPACKAGE), description: 'Frictionless Data Package' },
      { '@type': 'DataDownload', encodingFormat: 'application/atom+xml', contentUrl: link(CORRECTIONS_FEED), description: t.correctionsPage.title },
    ],
  };
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: siteUrl?.href ?? './' }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', href: `./${CORRECTIONS_FEED}`, title: t.correctionsPage.title }, injectTo: 'head' },
    ...meta('property', 'og:type', 'website'),
    ...meta('property', 'og:site_name', t.title),
    ...meta('property', 'og:title', t.title),
    ...meta('property', 'og:description', t.subtitle),
    ...meta('property', 'og:locale', 'en_GB'),
    ...meta('property', 'og:locale:alternate', 'ko_KR'),
    ...meta('property', 'og:url', siteUrl?.href),
    ...meta('property', 'og:image', image),
    ...meta('property', 'og:image:type', image && 'image/png'),
    ...meta('property', 'og:image:width', image && String(CARD_SIZE.width)),
    ...meta('property', 'og:image:height', image && String(CARD_SIZE.height)),
    ...meta('property', 'og:image:alt', image && t.embed.noscriptAlt),
    ...meta('name', 'twitter:card', 'summary_large_image'),
    ...meta('name', 'twitter:image', image),
    // A data block, not a script: the Content Security Policy does not apply to it.
    { tag: 'script', attrs: { type: 'application/ld+json' }, children: JSON.stringify(dataset).replace(/</g, '\\u003c'), injectTo: 'head' },
  ];
}
