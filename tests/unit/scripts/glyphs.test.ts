/** The glyphs the build adds for the map's labels: every character, nothing more, on the Latin baseline. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../scripts/lib/geo-files.ts';
import { GLYPH_DIR, glyphFiles, labelTexts, rangeFile, readGlyphs } from '../../../scripts/lib/glyphs.ts';

const sites = loadGeo();
const committed = (file: string) => readGlyphs(readFileSync(join('public', GLYPH_DIR, file)));
/** Where a glyph stands: its bottom, in the PBF's units. */
const bottom = ({ top, height }: { top: number; height: number }) => top - height;

describe('labelTexts', () => {
  const texts = labelTexts(sites);

  it("holds every site's names in both languages, the basemap's Korean names and the labels' words, each saying where it is from", () => {
    for (const site of sites) {
      expect(texts).toContainEqual({ text: site.name, file: `geo/${site.layer}.geojson`, feature: site.id });
      expect(texts).toContainEqual({ text: site.name_ko, file: `geo/${site.layer}.geojson`, feature: site.id });
    }
    expect(texts.map(({ text }) => text)).toEqual(expect.arrayContaining(['평양', '함경북도', '신설', 'New']));
    expect(texts.find(({ text }) => text === '평양')?.file).toBe('public/basemap/cities.geojson');
  });
});

// A first build runs fontnik over 35 ranges (~5 s on two cores, more beside other tests); later ones read its cache.
describe('glyphFiles', { timeout: 30_000 }, () => {
  it("builds a glyph for each Korean character of the labels, in its range's file, and no other", async () => {
    const texts = labelTexts(sites);
    const files = await glyphFiles(texts);
    const hangul = new Set([...texts.map(({ text }) => text).join('')].filter((char) => /\p{Script=Hangul}/u.test(char)).map((char) => char.codePointAt(0)!));
    expect(hangul.size).toBeGreaterThan(100);
    const built = [...files].flatMap(([file, pbf]) => readGlyphs(pbf).map(({ id }) => ({ file, id })));
    expect(new Set(built.map(({ id }) => id))).toEqual(hangul);
    for (const { file, id } of built) expect(file).toBe(rangeFile(id));
    // The Latin of the labels is in the committed files, which the build leaves as they are.
    expect([...files.keys()].filter((file) => readdirSync(join('public', GLYPH_DIR)).includes(file))).toEqual([]);
  });

  it('sets the Hangul on the baseline of the committed Latin, as a label mixing both reads', async () => {
    const files = await glyphFiles([{ text: '제26호', file: 'geo/kwanliso.geojson', feature: 'camp-26-hwachon' }]);
    const [je, ho] = ['제', '호'].map((char) => readGlyphs(files.get(rangeFile(char.codePointAt(0)!))!).find((glyph) => glyph.id === char.codePointAt(0))!);
    const two = committed('0-255.pbf').find((glyph) => glyph.id === '2'.codePointAt(0))!;
    // Hangul sits a little below the baseline of Latin digits in Nanum Gothic itself: by 2 units of 24.
    for (const glyph of [je!, ho!]) expect(Math.abs(bottom(glyph) - bottom(two))).toBeLessThanOrEqual(3);
  });

  it('refuses a label with a character neither the committed files nor the font have, naming the file, the site and the characters', async () => {
    const texts = [
      { text: 'Camp क 😀', file: 'geo/kyohwaso.geojson', feature: 'camp-x' },
      { text: '평양', file: 'public/basemap/cities.geojson', feature: '#3' },
    ];
    await expect(glyphFiles(texts)).rejects.toThrow(
      /^the map's labels have 1 problem\(s\):\ngeo\/kyohwaso\.geojson: camp-x: the map's label "Camp क 😀" has characters with no glyph in .*: क \(U\+0915\), 😀 \(U\+1F600\)$/,
    );
  });
});
