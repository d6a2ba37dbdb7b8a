/**
 * The citable and shareable build, read back from disk: a page per site in each language, its
 * JSON-LD, the share cards, the sitemap, KML that Google Earth's readers turn back into the same
 * sites, the corrections feed, and a datapackage.json naming files that exist. Built once, as a
 * host with a public address (SITE_URL) would build it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kml, kmlWithFolders } from '@tmcw/togeojson';
import { Window } from 'happy-dom';
import Papa from 'papaparse';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorrections } from '../../../scripts/lib/corrections.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';
import { LAYERS } from '../../../src/data/vocabulary.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { LANGUAGES } from '../../../src/state/language.ts';
import { CORRECTIONS_FEED, MAP_CARD, correctionsPagePath, fullDownloadPath, siteCardPath, siteFilePath, siteIndexPath, sitePagePath } from '../../../src/state/pages.ts';
import { CSP_META } from '../../../scripts/lib/csp-plugin.ts';
import { parseXml } from '../../xml.ts';

const SITE_URL = 'https://maps.example.org/nk/';
const sites = loadGeo();
const log = loadCorrections(sites);
const out = mkdtempSync(join(tmpdir(), 'camp-site-build-'));
const read = (path: string) => readFileSync(join(out, path), 'utf8');
// Nothing the pages link to is fetched or run: they are read as documents only.
const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const parse = (text: string, type: 'text/html' | 'application/xml') =>
  type === 'application/xml' ? parseXml(text) : (new window.DOMParser().parseFromString(text, type) as unknown as Document);
// Parsing is most of these tests' time: each page once, for every test that reads it.
const parsed = new Map<string, Document>();
const page = (path: string) => {
  let document = parsed.get(path);
  if (!document) parsed.set(path, (document = parse(read(path), 'text/html')));
  return document;
};
const jsonLdOf = (document: Document) => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
let buildSeconds = 0;

beforeAll(async () => {
  const previous = process.env.SITE_URL;
  process.env.SITE_URL = SITE_URL;
  const started = performance.now();
  try {
    await build({ logLevel: 'silent', mode: 'production', build: { outDir: out, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  }
  buildSeconds = (performance.now() - started) / 1000;
}, 180_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  void window.happyDOM.close();
});

// Every page of some 300 sites in two languages: seconds, more on a loaded machine.
describe('site pages', { timeout: 120_000 }, () => {
  it('exist for every site in each language, titled with its name and linked to each other with hreflang', () => {
    for (const site of sites) {
      for (const lang of LANGUAGES) {
        const document = page(`${sitePagePath(site.id, lang)}index.html`);
        expect(document.documentElement.lang).toBe(lang);
        expect(document.querySelector('h1')?.textContent).toBe(lang === 'ko' ? site.name_ko : site.name);
        const hreflang = Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
        expect(hreflang).toEqual({ en: `${SITE_URL}${sitePagePath(site.id, 'en')}`, ko: `${SITE_URL}${sitePagePath(site.id, 'ko')}`, 'x-default': `${SITE_URL}${sitePagePath(site.id, 'en')}` });
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}${sitePagePath(site.id, lang)}`);
        expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE_URL}${siteCardPath(site.id)}`);
        expect(document.head.firstElementChild?.getAttribute('content')).toBe(CSP_META);
      }
    }
    console.info(`build with ${sites.length} sites: ${buildSeconds.toFixed(1)} s`);
  });

  it('have the policy first and no inline script or style it would have to allow', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('demo/'));
    expect(files.length).toBeGreaterThan(2 * sites.length);
    for (const file of files) {
      const html = read(file);
      expect(/<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'"), file).toBe(CSP_META);
      // A JSON-LD block is data, which the policy does not govern; every other script is a file of the site.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('type="application/ld+json"'));
      expect(scripts.every((tag) => / src="(\.\/|(\.\.\/)+)assets\//.test(tag)), file).toBe(true);
      expect(html, file).not.toMatch(/<style\b| style="| on[a-z]+="/);
    }
  });

  it('carry every source, the site’s corrections and its files', () => {
    for (const site of sites) {
      const document = page(`${sitePagePath(site.id, 'en')}index.html`);
      const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      for (const source of site.sources) expect(links).toContain(source.url);
      const corrections = log.entries.filter((entry) => entry.sites.includes(site.id));
      expect(document.querySelectorAll('.site-corrections .correction')).toHaveLength(corrections.length);
      for (const type of ['geojson', 'kml', 'csv'] as const) {
        expect(links).toContain(`../../${siteFilePath(site.id, type)}`);
        expect(existsSync(join(out, siteFilePath(site.id, type))), siteFilePath(site.id, type)).toBe(true);
      }
      // Every fold is open: the page shows, and prints, the whole record.
      expect(document.querySelectorAll('details:not([open])')).toHaveLength(0);
    }
  });

  it('are each linked from the page of every site, in each language', () => {
    for (const lang of LANGUAGES) {
      const document = parse(read(`${siteIndexPath(lang)}index.html`), 'text/html');
      const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links.sort()).toEqual(sites.map((site) => `${site.id}/`).sort());
    }
  });

  it('hold JSON-LD that parses: a Place with the site’s coordinates, its precision in words where the point is not the facility', () => {
    for (const site of sites) {
      const [place, ...rest] = jsonLdOf(page(`${sitePagePath(site.id, 'en')}index.html`));
      expect(rest).toEqual([]);
      expect(place).toMatchObject({ '@context': 'https://schema.org', '@type': 'Place', name: site.name, url: `${SITE_URL}${sitePagePath(site.id, 'en')}` });
      expect(place?.geo).toEqual({ '@type': 'GeoCoordinates', latitude: site.coordinates[1], longitude: site.coordinates[0] });
      expect('additionalProperty' in (place ?? {})).toBe(site.location_precision !== 'facility');
    }
  });
});

describe('the main page', () => {
  it('describes the data as a schema.org Dataset whose downloads exist', () => {
    // Read as text: as a document, its preload links would have happy-dom fetch the data.
    const [, json = '{}'] = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(read('index.html')) ?? [];
    const dataset = JSON.parse(json) as Record<string, unknown>;
    expect(dataset).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', url: SITE_URL });
    const distribution = dataset?.distribution as { '@type': string; contentUrl: string }[];
    expect(distribution.length).toBeGreaterThanOrEqual(5);
    for (const { contentUrl } of distribution) expect(existsSync(join(out, contentUrl.slice(SITE_URL.length))), contentUrl).toBe(true);
  });
});

describe('share cards', () => {
  const size = (png: Buffer) => ({ signature: png.subarray(0, 8).toString('hex'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
  it.each([MAP_CARD, ...sites.map((site) => siteCardPath(site.id))])('%s is a 1200×630 PNG', (path) => {
    expect(size(readFileSync(join(out, path)))).toEqual({ signature: '89504e470d0a1a0a', width: 1200, height: 630 });
  });
});

describe('sitemap.xml', () => {
  it('lists every page the build wrote, each once, with its other language, and robots.txt names it', () => {
    const sitemap = parse(read('sitemap.xml'), 'application/xml');
    const locs = [...sitemap.getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');
    expect(new Set(locs).size).toBe(locs.length);
    // Every page but the embed (noindex) and the demo article.
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `${SITE_URL}${file.replace(/index\.html$/, '')}`);
    expect(locs.sort()).toEqual(pages.sort());
    expect(locs).toContain(`${SITE_URL}${correctionsPagePath('ko')}`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });
});

describe('KML', () => {
  const kmlDocument = () => parse(read(fullDownloadPath('kml')), 'application/xml');
  it('reads back (togeojson) to the same sites at the same points, with their names', () => {
    const { features } = kml(kmlDocument());
    const back = features.map((f) => ({ id: f.properties?.id, name: f.properties?.name, coordinates: f.geometry?.type === 'Point' ? f.geometry.coordinates : undefined }));
    expect(back.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      sites.map((site) => ({ id: site.id, name: site.name, coordinates: site.coordinates })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('has a folder per layer, each placemark styled by its ministry and type, its description carrying its sources', () => {
    const document = kmlDocument();
    const folders = kmlWithFolders(document).children.filter((child) => child.type === 'folder');
    expect(folders.map((folder) => folder.meta.name)).toEqual(LAYERS.filter((layer) => sites.some((site) => site.layer === layer)).map((layer) => STRINGS.en.layerNames[layer]));
    for (const folder of folders) {
      const layer = LAYERS.find((l) => STRINGS.en.layerNames[l] === folder.meta.name);
      expect(folder.children.map((child) => (child.type === 'Feature' ? child.properties?.id : undefined)).sort()).toEqual(sites.filter((site) => site.layer === layer).map((site) => site.id).sort());
    }
    for (const feature of kml(document).features) {
      const site = sites.find((s) => s.id === feature.properties?.id)!;
      expect(feature.properties?.styleUrl).toBe(`#camp-${site.ministry}-${site.facility_type}`);
      expect(feature.properties?.icon).toBe(`${SITE_URL}icons/camp-${site.ministry}-${site.facility_type}.png`);
      const description = String(feature.properties?.description);
      for (const source of site.sources) expect(description).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
    }
  });
});

describe('corrections.atom', () => {
  it('parses as an Atom feed with an entry per correction', () => {
    const feed = parse(read(CORRECTIONS_FEED), 'application/xml');
    expect(feed.documentElement.localName).toBe('feed');
    expect(feed.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const ids = [...feed.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('id')[0]?.textContent);
    expect(ids.sort()).toEqual(log.entries.map((entry) => `urn:nk-camp-map:correction:${entry.id}`).sort());
  });

  it('is listed on the corrections page in each language, entry by entry', () => {
    for (const lang of LANGUAGES) {
      const document = parse(read(`${correctionsPagePath(lang)}index.html`), 'text/html');
      expect([...document.querySelectorAll('.correction')].map((item) => item.id).sort()).toEqual(log.entries.map((entry) => entry.id).sort());
    }
  });
});

describe('datapackage.json', () => {
  type Package = { resources: { path: string; bytes: number; hash: string; schema?: { fields: { name: string }[] } }[] };
  const readPackage = () => JSON.parse(read('datapackage.json')) as Package;
  it('names files that exist, with their size and checksum', () => {
    const pkg = readPackage();
    expect(pkg.resources.length).toBeGreaterThan(3);
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(out, resource.path));
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(resource.hash);
    }
  });

  it('describes each field of the CSV, in its order', () => {
    const csv = readPackage().resources.find((resource) => resource.path === fullDownloadPath('csv'));
    const [header] = Papa.parse<string[]>(read(fullDownloadPath('csv')), { preview: 1 }).data;
    expect(csv?.schema?.fields.map((field) => field.name)).toEqual(header);
  });
});
