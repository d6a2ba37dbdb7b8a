/** The embed's pure parts: the codes it hands out, its credits, its height, its theme, its link back. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/data/site.ts';
import { rankedPublishers, shortPublisher } from '../../../src/embed/credits.ts';
import { fullMapUrl } from '../../../src/embed/footer.ts';
import { preferredHeight } from '../../../src/embed/height.ts';
import { iframeCode, scriptCode } from '../../../src/embed/snippets.ts';
import { resolveTheme } from '../../../src/embed/theme.ts';
import { mapStyle } from '../../../src/map/style.ts';
import { basemapTheme } from '../../../src/map/basemap.ts';
import { NO_FILTERS } from '../../../src/data/filter.ts';
import { readHash } from '../../../src/state/url.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';

const sites: Site[] = loadGeo();

describe('the embed codes', () => {
  const code = {
    base: 'https://maps.example.org/nk/',
    hash: '#site=sungho-ri&ministry=MSoS&lang=ko&theme=dark',
    fullHash: '#site=sungho-ri&ministry=MSoS&lang=ko',
    height: 640,
    title: 'Map of "camps"',
    alt: 'A <static> map',
  };

  it('writes a plain iframe that is lazy, private, fullscreen-capable and escaped', () => {
    const html = iframeCode(code);
    expect(html).toContain('src="https://maps.example.org/nk/embed.html#site=sungho-ri&amp;ministry=MSoS&amp;lang=ko&amp;theme=dark"');
    expect(html).toContain('title="Map of &quot;camps&quot;"');
    for (const attribute of ['height="640"', 'width="100%"', 'loading="lazy"', 'referrerpolicy="no-referrer"', 'allow="fullscreen"']) expect(html).toContain(attribute);
  });

  it('writes a placeholder with a noscript preview and the loader script, both from the map origin', () => {
    const html = scriptCode(code);
    expect(html).toContain('<div data-nk-camp-map data-src="https://maps.example.org/nk/embed.html#site=sungho-ri&amp;');
    expect(html).toContain('data-height="640"');
    expect(html).toContain('<noscript><a href="https://maps.example.org/nk/index.html#site=sungho-ri&amp;ministry=MSoS&amp;lang=ko">');
    expect(html).toContain('<img src="https://maps.example.org/nk/preview.svg" alt="A &lt;static&gt; map"');
    expect(html).toContain('<script src="https://maps.example.org/nk/embed.js" async></script>');
  });

  it('gives the embed the same state the hash names', () => {
    const src = /data-src="([^"]+)"/.exec(scriptCode(code))?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(readHash(new URL(src).hash)).toEqual({ site: 'sungho-ri', lang: 'ko', theme: 'dark', filters: { ...NO_FILTERS, ministry: ['MSoS'] } });
  });
});

describe('the credits', () => {
  it('names a publisher as readers know it', () => {
    expect(shortPublisher('HRNK / AllSource Analysis (Joseph S. Bermudez Jr.)')).toBe('HRNK');
    expect(shortPublisher('Daily NK (Korean)')).toBe('Daily NK');
    expect(shortPublisher('Daily NK Japan via Livedoor News')).toBe('Daily NK Japan');
    expect(shortPublisher('VannaDii/pub-dev on GitHub')).toBe('VannaDii/pub-dev on GitHub');
  });

  it('ranks the publishers of the real data by how many sites cite them, each once', () => {
    const ranked = rankedPublishers(sites);
    expect(ranked).toContain('Daily NK');
    expect(ranked).toContain('HRNK');
    expect(new Set(ranked).size).toBe(ranked.length);
    expect(ranked.filter((name) => /^wikip[eé]dia$/i.test(name))).toHaveLength(1);
    const sungho = sites.find((site) => site.id === 'sungho-ri');
    expect(rankedPublishers(sungho ? [sungho] : [])).toContain('Daily NK');
  });
});

describe('the height the embed asks for', () => {
  it('follows the width within bounds, plus the footer', () => {
    expect(preferredHeight(700, 60)).toBe(655);
    expect(preferredHeight(200, 80)).toBe(380);
    expect(preferredHeight(2000, 50)).toBe(690);
  });
});

describe('the embed theme', () => {
  it('follows the device only when asked to', () => {
    expect(resolveTheme(undefined, true)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
  });

  it('draws the dark basemap with light camp labels, as a valid style', () => {
    const { layers } = mapStyle('https://maps.example.org/', 'dark', 'name');
    const paint = (id: string) => layers.find((layer) => layer.id === id)?.paint as Record<string, unknown>;
    expect(paint('bm-sea')['background-color']).toBe(basemapTheme.dark.sea);
    expect(paint('camps-labels')['text-color']).toBe(basemapTheme.dark.cityText);
    expect(paint('camps-clusters-count')['text-color']).toBe(basemapTheme.dark.cityText);
    expect(paint('camps-clusters')['circle-color']).not.toBe('#ffffff'); // light numbers on a dark disc
    expect(validateStyleMin({ version: 8, glyphs: 'https://maps.example.org/{fontstack}/{range}.pbf', sources: {}, layers: layers.filter((l) => l.type === 'background') })).toEqual([]);
  });
});

describe('the link to the full map', () => {
  it('keeps the view, site and filters and drops the embed-only keys', () => {
    const state = readHash('#map=8/40/127&site=sungho-ri&ministry=MSoS&year=2021&lang=ko&theme=dark&controls=0');
    expect(fullMapUrl(state, '#map=8/40/127&site=sungho-ri&ministry=MSoS&year=2021&lang=ko&theme=dark&controls=0', 'https://maps.example.org/nk/embed.html#x')).toBe(
      'https://maps.example.org/nk/index.html#map=8/40/127&site=sungho-ri&ministry=MSoS&year=2021&lang=ko',
    );
  });
});
