/**
 * A site's page built from hostile data (tests/fixtures/hostile): every name, note and title
 * stays text, in the page and in its JSON-LD, and only http(s) URLs become links.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { sitesIn } from '../../../scripts/lib/geo-files.ts';
import { withDocument } from '../../../scripts/lib/html.ts';
import { sitePage } from '../../../scripts/lib/site-page.ts';
import { LANGUAGES } from '../../../src/state/language.ts';

const hostile = sitesIn('tests/fixtures/hostile/camps.geojson');
const context = {
  version: { hash: '1a2b3c4d', date: '2026-12-03', corrections: 1, latest: 'x' },
  assets: { styles: ['assets/site-page.css'], script: 'assets/site-page.js' },
  siteUrl: undefined,
  mapSize: { width: 600, height: 400 },
};
const correction = {
  id: 'hostile-entry',
  date: '2026-12-03',
  change: 'corrected' as const,
  sites: ['x'],
  facts: ['status' as const],
  summary: '<img src=x onerror=alert(1)>',
  reason: '</script><script>alert(1)</script>',
  sources: ['https://example.org/'],
};
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
afterAll(() => void window.happyDOM.close());

/** The elements the page's own code makes; anything else came from data. */
const OWN = new Set(
  'html head meta title link script body a header p nav main article h1 h2 h3 dl dt dd span strong time section ul ol li details summary figure img figcaption pre code footer'.split(' '),
);

describe('a site page of hostile data', () => {
  const pages = withDocument(() => hostile.flatMap((site) => LANGUAGES.map((lang) => ({ site, lang, html: sitePage(site, [{ ...correction, sites: [site.id] }], lang, context) }))));

  it.each(pages.map((page) => [`${page.site.id} (${page.lang})`, page] as const))('%s keeps every piece of data as text', (_, { site, lang, html }) => {
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const tags = new Set([...document.querySelectorAll('*')].map((element) => element.localName));
    expect([...tags].filter((tag) => !OWN.has(tag))).toEqual([]);
    const handlers = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name));
    expect(handlers).toEqual([]);
    // One script file of the site, and one JSON-LD block that parses back to the names.
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json', 'module']);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toMatchObject({ '@type': 'Place', name: lang === 'ko' ? site.name_ko : site.name });
    expect(document.querySelector('h1')?.textContent).toBe(lang === 'ko' ? site.name_ko : site.name);
    expect(document.querySelector('.correction p')?.textContent).toBe(correction.summary);
    for (const link of document.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|\.\.\/|#)/);
  });

  it('names no absolute address of its own without SITE_URL: a relative canonical link, no og:image', () => {
    const [{ site, html } = pages[0]!] = pages;
    expect(html).toContain(`<link rel="canonical" href="../../site/${site.id}/">`);
    expect(html).not.toMatch(/og:image|og:url/);
  });
});
