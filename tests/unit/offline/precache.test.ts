/** The service worker's rules: what it keeps, under which cache, and which requests it answers. */
import { describe, expect, it } from 'vitest';
import { isKept } from '../../../scripts/lib/sw-plugin.ts';
import { cacheName, fromEmbed, keptPath, type OfflineManifest } from '../../../src/offline/precache.ts';

const SCOPE = 'https://maps.example.org/nk/';
const kept = new Set(['index.html', 'assets/main-1a2b.js', 'data/kwanliso.geojson', 'fonts/Noto Sans Regular/0-255.pbf']);

describe('keptPath', () => {
  it('answers the full map from its copy, by the folder or by index.html, whatever the hash or query', () => {
    for (const url of [SCOPE, `${SCOPE}#site=sungho-ri`, `${SCOPE}index.html`, `${SCOPE}?lang=ko`]) expect(keptPath(url, SCOPE, true, kept)).toBe('index.html');
  });

  it('leaves other pages to the network: the embed above all', () => {
    expect(keptPath(`${SCOPE}embed.html#site=x`, SCOPE, true, kept)).toBeUndefined();
    expect(keptPath(`${SCOPE}demo/article.html`, SCOPE, true, kept)).toBeUndefined();
  });

  it('answers the files it keeps, with spaces in their names, and nothing else', () => {
    expect(keptPath(`${SCOPE}data/kwanliso.geojson`, SCOPE, false, kept)).toBe('data/kwanliso.geojson');
    expect(keptPath(`${SCOPE}fonts/Noto%20Sans%20Regular/0-255.pbf`, SCOPE, false, kept)).toBe('fonts/Noto Sans Regular/0-255.pbf');
    expect(keptPath(`${SCOPE}fixtures/hostile/camps.geojson`, SCOPE, false, kept)).toBeUndefined();
  });

  it('never answers for another site or outside its folder', () => {
    expect(keptPath('https://tiles.example.com/nk/data/kwanliso.geojson', SCOPE, false, kept)).toBeUndefined();
    expect(keptPath('https://maps.example.org/other/index.html', SCOPE, true, kept)).toBeUndefined();
  });
});

it('tells the embed by its page', () => {
  expect(fromEmbed(`${SCOPE}embed.html#site=x`)).toBe(true);
  expect(fromEmbed(`${SCOPE}#site=x`)).toBe(false);
  expect(fromEmbed(undefined)).toBe(false);
});

it('names each build its own cache, changing with any file', () => {
  const manifest: OfflineManifest = { dataVersion: 'ab12cd34', dataDate: '2026-12-01', files: [['index.html', '1'], ['data/kwanliso.geojson', '2']] };
  const name = cacheName(manifest);
  expect(name.startsWith('nk-camp-map-ab12cd34-')).toBe(true);
  expect(cacheName({ ...manifest })).toBe(name);
  expect(cacheName({ ...manifest, files: [['index.html', '1'], ['data/kwanliso.geojson', '3']] })).not.toBe(name);
});

it('keeps what the full map needs, not the embed, the demo, licence texts, the build-only outlines or the pages for citing', () => {
  for (const path of ['index.html', 'assets/camp-map-1a2b.js', 'basemap/countries.geojson', 'fonts/Noto Sans Regular/0-255.pbf', 'map/camps.geojson', 'markers@2x.png', 'data/kwanliso.geojson', 'preview.svg']) {
    expect(isKept(path), path).toBe(true);
  }
  for (const path of ['embed.html', 'embed.js', 'sw.js', 'demo/article.html', 'fonts/OFL.txt', 'basemap/ATTRIBUTION.md', 'basemap/provinces.geojson', 'site/yodok/index.html', 'ko/site/yodok/index.html', 'site/yodok/map.svg', 'cards/yodok.png', 'corrections/index.html', 'downloads/nk-camps.csv', 'icons/camp-MSS-kwanliso.png', 'datapackage.json', 'sitemap.xml']) expect(isKept(path), path).toBe(false);
});
