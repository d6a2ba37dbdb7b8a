/**
 * A static page of the build (a site's page, the corrections page) around its content: the
 * strict Content Security Policy first, then the description, canonical and language links,
 * Open Graph and Twitter card tags, JSON-LD, the stylesheet and the small script they share,
 * and a header linking back to the map and across to the other language. Every link is
 * relative to the page, except those the formats require absolute, which come from `siteUrl`
 * and are left out without it (scripts/lib/site-url.ts).
 */
import { LANGUAGES, type Lang } from '../../src/state/language.ts';
import { correctionsPagePath, siteIndexPath, toRoot } from '../../src/state/pages.ts';
import { PAGE_STRINGS } from '../../src/i18n/page-strings.ts';
import { el } from '../../src/ui/dom.ts';
import { CSP_META } from './csp-plugin.ts';
import { jsonLd, serializeHtml } from './html.ts';
import { CARD_SIZE } from './card.ts';

/** The built files every static page loads, relative to the root: its stylesheets and its script. */
export interface PageAssets {
  styles: string[];
  script: string;
}

export interface PageSpec {
  lang: Lang;
  /** The page's folder from the root, e.g. `site/sungho-ri/`. */
  path: string;
  /** The same page in each language. */
  alternates: Record<Lang, string>;
  title: string;
  description: string;
  /** Its share card, from the root. */
  card: { path: string; alt: string };
  structuredData?: object;
  /** An Atom feed the page lists, from the root. */
  feed?: string;
  /** The link back to the map, from the root, e.g. `#site=sungho-ri`. */
  mapLink: string;
  assets: PageAssets;
  /** The public address of the site's root; absolute links are left out without it. */
  siteUrl: URL | undefined;
}

const LOCALES: Record<Lang, string> = { en: 'en_GB', ko: 'ko_KR' };

/**
 * The whole page as HTML; run inside `withDocument`.
 * @example renderPage(spec, [el('h1', {}, 'Sungho-ri')]).startsWith('<!doctype html>') // true
 */
export function renderPage(spec: PageSpec, content: readonly Node[]): string {
  const { lang, path, siteUrl } = spec;
  const t = PAGE_STRINGS[lang];
  const root = toRoot(path);
  const relative = (to: string) => `${root}${to}` || './';
  const absolute = (to: string) => siteUrl && new URL(to, siteUrl).href;
  const link = (to: string) => absolute(to) ?? relative(to);
  const meta = (key: 'name' | 'property', name: string, content: string | undefined) => content !== undefined && el('meta', { [key]: name, content });
  const other = LANGUAGES.find((code) => code !== lang) ?? lang;

  const head = el(
    'head',
    {},
    el('meta', { 'http-equiv': 'Content-Security-Policy', content: CSP_META }),
    el('meta', { charset: 'utf-8' }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { name: 'referrer', content: 'no-referrer' }),
    el('title', {}, `${spec.title} · ${t.title}`),
    el('meta', { name: 'description', content: spec.description }),
    el('link', { rel: 'canonical', href: link(path) }),
    ...LANGUAGES.map((code) => el('link', { rel: 'alternate', hreflang: code, href: link(spec.alternates[code]) })),
    el('link', { rel: 'alternate', hreflang: 'x-default', href: link(spec.alternates.en) }),
    el('link', { rel: 'icon', href: relative('favicon.svg'), type: 'image/svg+xml' }),
    spec.feed && el('link', { rel: 'alternate', type: 'application/atom+xml', href: relative(spec.feed) }),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', t.title),
    meta('property', 'og:title', spec.title),
    meta('property', 'og:description', spec.description),
    meta('property', 'og:locale', LOCALES[lang]),
    meta('property', 'og:locale:alternate', LOCALES[other]),
    meta('property', 'og:url', absolute(path)),
    // Open Graph and Twitter read only absolute image addresses.
    meta('property', 'og:image', absolute(spec.card.path)),
    meta('property', 'og:image:type', absolute(spec.card.path) && 'image/png'),
    meta('property', 'og:image:width', absolute(spec.card.path) && String(CARD_SIZE.width)),
    meta('property', 'og:image:height', absolute(spec.card.path) && String(CARD_SIZE.height)),
    meta('property', 'og:image:alt', absolute(spec.card.path) && spec.card.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', spec.title),
    meta('name', 'twitter:description', spec.description),
    meta('name', 'twitter:image', absolute(spec.card.path)),
    meta('name', 'twitter:image:alt', absolute(spec.card.path) && spec.card.alt),
    spec.structuredData && jsonLd(spec.structuredData),
    ...spec.assets.styles.map((file) => el('link', { rel: 'stylesheet', href: relative(file) })),
    el('script', { type: 'module', src: relative(spec.assets.script) }),
  );
  const body = el(
    'body',
    { class: 'static-page' },
    el('a', { class: 'skip-link', href: '#main' }, t.staticPage.skip),
    el(
      'header',
      { class: 'masthead' },
      el('p', { class: 'site-name' }, el('a', { href: relative(spec.mapLink) }, t.title)),
      el('nav', { 'aria-label': t.language }, el('a', { href: relative(spec.alternates[other]), hreflang: other, lang: other }, t.otherLanguage)),
    ),
    el('main', { id: 'main' }, ...content),
    el(
      'footer',
      { class: 'page-footer' },
      el('p', {}, el('a', { href: relative(siteIndexPath(lang)) }, t.sitePage.index), ' · ', el('a', { href: relative(correctionsPagePath(lang)) }, t.sitePage.allCorrections)),
      el('p', {}, t.staticPage.licence),
      el('p', {}, t.embed.credits),
    ),
  );
  return `<!doctype html>\n<html lang="${lang}">${serializeHtml(head)}${serializeHtml(body)}</html>\n`;
}
