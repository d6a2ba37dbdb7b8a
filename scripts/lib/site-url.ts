/**
 * The public address of the built site, from the SITE_URL build setting: the only source of the
 * absolute URLs that formats require (canonical links and hreflang for search engines, the
 * sitemap, Open Graph images). Everything else stays relative, so a build works from any path.
 */

/**
 * The address as a URL ending in `/`, or undefined when the setting is absent or empty. A
 * setting that is not an http(s) URL stops the build: a wrong address would be published.
 * @example siteUrl('https://example.org/map')?.href // 'https://example.org/map/'
 */
export function siteUrl(value = process.env.SITE_URL): URL | undefined {
  if (!value) return undefined;
  if (!URL.canParse(value)) throw new Error(`invalid SITE_URL: ${value} is not a URL`);
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`invalid SITE_URL: ${value} is not an http(s) URL`);
  if (url.search || url.hash) throw new Error(`invalid SITE_URL: ${value} has a query or a fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
