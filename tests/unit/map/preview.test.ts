// @vitest-environment happy-dom
/** The static preview drawn where WebGL is unavailable. */
import { describe, expect, it } from 'vitest';
import { loadGeo, sitesIn } from '../../../scripts/lib/geo-files.ts';
import { PREVIEW_BBOX, PREVIEW_SIZE, previewSvg, projectPreview } from '../../../src/map/preview.ts';

const sites = loadGeo();
const hostile = sitesIn('tests/fixtures/hostile/camps.geojson');

describe('projectPreview', () => {
  it('puts the north-west corner at the origin and the south-east corner at the far corner', () => {
    const [west, south, east, north] = PREVIEW_BBOX;
    expect(projectPreview([west, north])).toEqual([0, 0]);
    expect(projectPreview([east, south])).toEqual([PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
  });

  it('shrinks longitude by the cosine of the middle latitude, so the country is not stretched', () => {
    expect(PREVIEW_SIZE.width / PREVIEW_SIZE.height).toBeCloseTo((6.6 * Math.cos((40.35 * Math.PI) / 180)) / 5.5, 2);
  });
});

describe('previewSvg', () => {
  const svg = previewSvg(sites, { label: 'Static map of 25 sites' });

  it('is one labelled image', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Static map of 25 sites');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${PREVIEW_SIZE.width} ${PREVIEW_SIZE.height}`);
  });

  it('draws every site once, inside the frame, named in its tooltip', () => {
    const markers = [...svg.querySelectorAll('.preview-site')];
    expect(markers.map((m) => m.getAttribute('data-id')).sort()).toEqual(sites.map((s) => s.id).sort());
    for (const marker of markers) {
      const [x = NaN, y = NaN] = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(marker.getAttribute('transform') ?? '')?.slice(1).map(Number) ?? [];
      expect(x + 8).toBeGreaterThan(0);
      expect(x + 8).toBeLessThan(PREVIEW_SIZE.width);
      expect(y + 8).toBeGreaterThan(0);
      expect(y + 8).toBeLessThan(PREVIEW_SIZE.height);
      const site = sites.find((s) => s.id === marker.getAttribute('data-id'));
      expect(marker.querySelector('title')?.textContent).toBe(site?.name);
    }
  });

  it('colours each marker by its ministry, as the map does', () => {
    const fills = (ministry: string) =>
      new Set(
        sites
          .filter((s) => s.ministry === ministry && s.facility_type === 'kwanliso')
          .map((s) => svg.querySelector(`[data-id="${s.id}"] path`)?.getAttribute('fill')),
      );
    expect(fills('MSS')).toEqual(new Set(['#D55E00']));
    expect(fills('MSoS')).toEqual(new Set(['#0072B2']));
  });

  it('draws the outline when given one, and names sites in the chosen language', () => {
    const outline = [[[[124.5, 40], [125, 40], [125, 40.5], [124.5, 40]]]];
    const withOutline = previewSvg(sites.slice(0, 1), { label: 'x', outline, nameOf: (s) => s.name_ko });
    expect(withOutline.querySelector('.preview-land')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
    expect(withOutline.querySelector('title')?.textContent).toBe(sites[0]?.name_ko);
  });

  it('keeps hostile names as text: no element but its own shapes and titles', () => {
    const picture = previewSvg(hostile, { label: '<img src=x onerror=alert(1)>' });
    const tags = new Set([...picture.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    expect(tags).toEqual(new Set(['rect', 'g', 'title', 'path']));
    expect([...picture.querySelectorAll('title')].map((t) => t.textContent)).toContain('<img src=x onerror=alert(1)>');
    expect(picture.getAttribute('aria-label')).toBe('<img src=x onerror=alert(1)>');
  });
});
