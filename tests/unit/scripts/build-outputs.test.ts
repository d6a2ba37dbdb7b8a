/** The build steps of issue #16, read back: the marker sprite, the map's first data, the page's picture. */
import { describe, expect, it } from 'vitest';
import { mapDataFiles } from '../../../scripts/lib/map-data-plugin.ts';
import { buildPreview } from '../../../scripts/lib/preview-plugin.ts';
import { markCount } from '../../../scripts/lib/preview.ts';
import { SPRITE_RATIOS, buildSprite } from '../../../scripts/lib/sprite.ts';
import { FACILITY_TYPES, MINISTRIES } from '../../../src/data/vocabulary.ts';
import { mapDataFingerprint } from '../../../src/map/fingerprint.ts';
import { SITE_SOURCES } from '../../../src/map/layers.ts';
import { mapDataPath } from '../../../src/map/style.ts';
import { markerName } from '../../../src/map/theme.ts';
import { visibleSites } from '../../../src/data/filter.ts';
import { readHash, siteQuery } from '../../../src/state/url.ts';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';

describe.each(SPRITE_RATIOS)('the marker sprite at %i×', (ratio) => {
  const { png, json } = buildSprite(ratio);

  it('is a PNG with an image for every ministry and facility type, at its pixel ratio', () => {
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const names = MINISTRIES.flatMap((ministry) => FACILITY_TYPES.map((type) => markerName(ministry, type)));
    expect(Object.keys(json).sort()).toEqual(names.sort());
    for (const entry of Object.values(json)) expect(entry).toMatchObject({ width: 22 * ratio, height: 22 * ratio, pixelRatio: ratio });
  });

  it('places no two images on the same pixels', () => {
    const boxes = Object.values(json);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    }
  });
});

describe("the map's first data", () => {
  const { files, fingerprint } = mapDataFiles();
  const shown = visibleSites(loadGeo(), siteQuery(readHash('')));

  it('holds every site a plain link shows, once, across the site sources', () => {
    const ids = SITE_SOURCES.flatMap((source) => (JSON.parse(files.get(mapDataPath(source)) ?? '{}') as { features: { id: string }[] }).features.map((f) => f.id));
    expect(ids.sort()).toEqual(shown.map((site) => site.id).sort());
  });

  it("has the fingerprint the page computes for the same sites, and another for others", () => {
    expect(fingerprint).toBe(mapDataFingerprint(shown));
    expect(fingerprint).not.toBe(mapDataFingerprint(shown.slice(1)));
  });
});

it('puts the picture in the page as inline SVG: the same drawing as the file, hidden from assistive technology, with no ids to clash', () => {
  const { svg, inline } = buildPreview();
  expect(inline).toMatch(/^<svg class="map-placeholder" [^>]*aria-hidden="true"/);
  expect(inline).not.toMatch(/\sid=|<title|<desc/);
  expect(markCount(inline)).toBe(markCount(svg));
  expect(inline.slice(inline.indexOf('<rect'))).toBe(svg.slice(svg.indexOf('<rect')));
});
