import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { mapStyle } from '../../../src/map/style.ts';
import { MINISTRY_STYLE } from '../../../src/map/theme.ts';
import { imageryFromEnv } from '../../../src/map/imagery.ts';

const BASE = 'https://maps.example.org/nk/';

describe.each(['light', 'dark'] as const)('the %s map style', (theme) => {
  const style = mapStyle(BASE, theme, 'name');

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has unique layer ids, each on a source it defines', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });

  it('fetches nothing from any origin but its own', () => {
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
    expect(style.glyphs).toBe(`${BASE}fonts/{fontstack}/{range}.pbf`);
  });

  it('draws the camps above the basemap', () => {
    expect(style.layers.slice(-2).map((layer) => layer.id)).toEqual(['camps', 'camps-labels']);
  });
});

it('gives each ministry its own colour and its own shape', () => {
  const styles = Object.values(MINISTRY_STYLE);
  expect(new Set(styles.map((s) => s.colour)).size).toBe(styles.length);
  expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
});

describe('opt-in imagery', () => {
  it('is off by default: nothing leaves the site', () => {
    expect(imageryFromEnv({})).toBeUndefined();
    expect(imageryFromEnv({ VITE_IMAGERY_TILES: 'http://insecure.example/{z}/{x}/{y}' })).toBeUndefined();
  });

  it('draws configured tiles under the borders, labels and camps, credited', () => {
    const imagery = imageryFromEnv({ VITE_IMAGERY_TILES: 'https://tiles.example/{z}/{y}/{x}', VITE_IMAGERY_ATTRIBUTION: '© Example imagery' })!;
    const style = mapStyle(BASE, 'light', 'name', imagery);
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf('imagery')).toBeLessThan(ids.indexOf('camps'));
    expect(style.layers.slice(ids.indexOf('imagery') + 1).some((layer) => layer.type === 'line')).toBe(true);
    expect(style.sources.imagery).toMatchObject({ type: 'raster', tiles: ['https://tiles.example/{z}/{y}/{x}'], attribution: '© Example imagery' });
  });
});
