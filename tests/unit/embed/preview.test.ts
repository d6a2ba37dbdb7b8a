/** The build-time preview: one mark per site, small, and described. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/data/site.ts';
import { buildPreview } from '../../../scripts/lib/preview-plugin.ts';
import { SQUARES, markCount as marks, previewSvg } from '../../../scripts/lib/preview.ts';
import { loadGeo, sitesIn } from '../../../scripts/lib/geo-files.ts';
import { DEFAULT_LAYERS } from '../../../src/data/vocabulary.ts';

const countries = JSON.parse(readFileSync('public/basemap/countries.geojson', 'utf8')) as FeatureCollection;
const sitesOf = (file: string): Site[] => sitesIn(file);

describe('preview.svg', () => {
  const preview = buildPreview();

  const shown = loadGeo().filter((site) => DEFAULT_LAYERS.includes(site.layer));

  it('has one mark per site of the default layers', () => {
    expect(marks(preview.svg)).toBe(shown.length);
  });

  it('follows the data: other sites, other marks', () => {
    const fixture = sitesOf('tests/fixtures/valid/county-precision.geojson');
    expect(fixture.length).toBeGreaterThan(0);
    expect(marks(previewSvg(fixture, countries).svg)).toBe(fixture.length);
    expect(marks(previewSvg([], countries).svg)).toBe(0);
  });

  it('says what it shows, in English and Korean', () => {
    expect(preview.svg).toMatch(/<title id="t">North Korea Prison Camp Map<\/title>/);
    expect(preview.svg).toContain(`<desc id="d">Static map of North Korea with ${shown.length} reported`);
    expect(preview.alt.ko).toContain(`${shown.length}곳`);
  });

  it('draws each mark in its ministry colour and stays small', () => {
    expect(preview.svg).toContain('fill="#D55E00"');
    expect(preview.svg).toContain('#0072B2');
    expect(Buffer.byteLength(preview.svg)).toBeLessThan(20_000);
    expect(preview.svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing to fetch
  });

  it('draws the marks a square of the picture at a time, so that each tile the browser rasterizes draws only its own', () => {
    const width = Number(/viewBox="0 0 ([\d.]+)/.exec(preview.svg)?.[1]);
    const scale = Number(/<g transform="scale\(([\d.]+)\)/.exec(preview.svg)?.[1]);
    const paths = [...preview.svg.matchAll(/<g class="sites"[^>]*>(.*?)<\/g>/g)].flatMap(([, group = '']) =>
      [...group.matchAll(/<path d="([^"]*)"/g)].map(([, d = '']) => [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x) * scale, Number(y) * scale] as const)),
    );
    expect(paths.length).toBeGreaterThan(SQUARES);
    const span = (values: number[]) => Math.max(...values) - Math.min(...values);
    for (const points of paths) {
      expect(span(points.map(([x]) => x))).toBeLessThan(width / SQUARES + 1);
      expect(span(points.map(([, y]) => y))).toBeLessThan(width / SQUARES + 1);
    }
  });
});
