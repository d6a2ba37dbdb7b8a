/**
 * The map's glyphs beyond the committed Latin ranges (scripts/build-glyphs.ts): the Hangul of its
 * labels, built from Nanum Gothic (SIL OFL 1.1) with fontnik, each range holding only the
 * characters the labels use. Drawn on the reader's device instead, MapLibre's TinySDF took a
 * phone's main thread ~100–240 ms in one task, and a device without a Korean font drew boxes.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { PbfReader, PbfWriter } from 'pbf';
import { offlineBasemap, FONT } from '../../src/map/basemap.ts';
import { campsGeoJSON } from '../../src/map/layers.ts';
import { STRINGS } from '../../src/i18n/all-strings.ts';
import { formatProblem } from '../../src/data/problem.ts';
import type { Site } from '../../src/data/site.ts';
import { GEO_DIR, ROOT } from './geo-files.ts';

type Fontnik = { range(options: { font: Buffer; start: number; end: number }, done: (error: Error | null, pbf: Buffer) => void): void };

const require = createRequire(import.meta.url);
/** Where the map asks for its glyphs (src/map/basemap.ts), under the site's root. */
export const GLYPH_DIR = `fonts/${FONT.join(',')}`;
const COMMITTED = join(ROOT, 'public', GLYPH_DIR);
/** The range whose letters set the baseline. */
const LATIN = rangeFile(0);
const HANGUL_PACKAGE = dirname(require.resolve('@expo-google-fonts/nanum-gothic/package.json'));
const HANGUL_FONT = join(HANGUL_PACKAGE, '400Regular/NanumGothic_400Regular.ttf');
/** Nanum Gothic's licence, shipped beside the glyphs drawn from it. */
export const HANGUL_LICENCE = { path: join(HANGUL_PACKAGE, 'LICENSE_FONT'), fileName: 'fonts/OFL-NanumGothic.txt' };

/** One glyph of a glyph PBF (MapLibre's glyphs.proto), its bitmap a signed distance field. */
interface Glyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** A range's file name, as MapLibre asks for it. @example rangeFile(0xac00) // '44032-44287.pbf' */
export function rangeFile(codePoint: number): string {
  const start = codePoint - (codePoint % 256);
  return `${start}-${start + 255}.pbf`;
}

/** A text the map may draw, and where it comes from, as a problem names it (src/data/problem.ts). */
export interface LabelText {
  text: string;
  file: string;
  feature: string;
}

/**
 * Every text the map may draw: the basemap's labels (its symbol layers' files), every site's names
 * in both languages (`sites`, read from `geoDir`), and the words of the labels in each language.
 */
export function labelTexts(sites: readonly Site[], geoDir = GEO_DIR): LabelText[] {
  const strings = (properties: Record<string, unknown> | null) => Object.values(properties ?? {}).filter((value): value is string => typeof value === 'string');
  const { sources, layers } = offlineBasemap('');
  const files = new Set(layers.flatMap((layer) => (layer.type === 'symbol' ? [layer.source] : [])).map((id) => (sources[id] as { data: string }).data));
  const basemap = [...files].flatMap((file) => {
    const { features } = JSON.parse(readFileSync(join(ROOT, 'public', file), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    return features.flatMap(({ properties }, index) => strings(properties).map((text) => ({ text, file: `public/${file}`, feature: `#${index}` })));
  });
  const camps = sites.flatMap((site) => strings(campsGeoJSON([site]).features[0]?.properties ?? null).map((text) => ({ text, file: relative(process.cwd(), join(geoDir, `${site.layer}.geojson`)), feature: site.id })));
  const words = Object.entries(STRINGS).map(([lang, t]) => ({ text: t.newCampLabel, file: `src/i18n (${lang})`, feature: 'newCampLabel' }));
  return [...basemap, ...camps, ...words];
}

/**
 * The glyph files the build adds, by name, for the characters of `texts` whose range is not
 * committed. Throws a problem for every text with a character that neither the committed files
 * nor the font have a glyph for: the map would leave it out of its label.
 */
export async function glyphFiles(texts: readonly LabelText[]): Promise<Map<string, Buffer>> {
  const committed = new Map(readdirSync(COMMITTED).filter((file) => file.endsWith('.pbf')).map((file) => [file, readGlyphs(readFileSync(join(COMMITTED, file)))]));
  const wanted = new Map<string, Set<number>>();
  const missing = new Set<number>();
  for (const char of new Set(texts.map(({ text }) => text).join(''))) {
    const codePoint = char.codePointAt(0) as number;
    const file = rangeFile(codePoint);
    if (/\s/.test(char)) continue;
    // Glyph files (and fontnik) stop at U+FFFF.
    if (codePoint > 0xffff) missing.add(codePoint);
    else if (!committed.has(file)) wanted.set(file, (wanted.get(file) ?? new Set()).add(codePoint));
    else if (!committed.get(file)?.some((glyph) => glyph.id === codePoint)) missing.add(codePoint);
  }
  const files = new Map<string, Buffer>();
  if (wanted.size) {
    const [latin, ...built] = await fontRanges([LATIN, ...wanted.keys()]);
    // fontnik places each font's glyphs from its own ascender: the font's own letters on the committed ones' baseline.
    const shift = baseline(committed.get(LATIN) ?? []) - baseline(readGlyphs(latin as Buffer));
    for (const [index, [file, codePoints]] of [...wanted].entries()) {
      const glyphs = readGlyphs(built[index] as Buffer).filter((glyph) => codePoints.has(glyph.id));
      for (const codePoint of codePoints) if (!glyphs.some((glyph) => glyph.id === codePoint)) missing.add(codePoint);
      files.set(file, writeGlyphs(file.replace('.pbf', ''), glyphs.map((glyph) => ({ ...glyph, top: glyph.top + shift }))));
    }
  }
  const problems = texts.flatMap(({ text, file, feature }) => {
    const lacking = [...new Set(text)].filter((char) => missing.has(char.codePointAt(0) as number));
    const named = lacking.map((char) => `${char} (U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`);
    return lacking.length ? [formatProblem({ file, feature, message: `the map's label "${text}" has characters with no glyph in ${GLYPH_DIR} or ${basename(HANGUL_FONT)}: ${named.join(', ')}` })] : [];
  });
  if (problems.length) throw new Error(`the map's labels have ${problems.length} problem(s):\n${[...new Set(problems)].join('\n')}`);
  return files;
}

/**
 * Every glyph the font has in each range, from fontnik, which takes ~0.25 s a range: kept in the
 * system's temporary directory, per version of the font and of fontnik, for the next build.
 */
function fontRanges(files: readonly string[]): Promise<Buffer[]> {
  const versions = ['@expo-google-fonts/nanum-gothic', 'fontnik'].map((name) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version);
  const dir = join(tmpdir(), `nk-camp-map-glyphs-${versions.join('-')}`);
  let font: Buffer | undefined;
  return Promise.all(
    files.map(async (file) => {
      const cached = join(dir, file);
      if (existsSync(cached)) return readFileSync(cached);
      const [start = 0, end = 0] = file.replace('.pbf', '').split('-').map(Number);
      const pbf = await fontnikRange((font ??= readFileSync(HANGUL_FONT)), start, end);
      mkdirSync(dir, { recursive: true });
      // Whole or not at all: builds side by side (the tests') may read it meanwhile.
      writeFileSync(`${cached}.${process.pid}`, pbf);
      renameSync(`${cached}.${process.pid}`, cached);
      return pbf;
    }),
  );
}

/** Where a range's capital H stands: its bottom, in the PBF's units. */
function baseline(glyphs: readonly Glyph[]): number {
  const h = glyphs.find((glyph) => glyph.id === 'H'.codePointAt(0));
  if (!h) throw new Error('a Latin glyph range without H');
  return h.top - h.height;
}

/** Every glyph `font` has from `start` to `end`, as a glyph PBF (SDF, 24 px, 3 px buffer). */
export function fontnikRange(font: Buffer, start: number, end: number): Promise<Buffer> {
  const fontnik = require('fontnik') as Fontnik; // a prebuilt native module, loaded only when there is a range to build
  return new Promise((resolve, reject) => fontnik.range({ font, start, end }, (error, pbf) => (error ? reject(error) : resolve(pbf))));
}

/** The glyphs of a PBF: fontstacks (1) > glyphs (3). */
export function readGlyphs(pbf: Uint8Array): Glyph[] {
  return new PbfReader(pbf).readFields<Glyph[]>((tag, glyphs, reader) => {
    if (tag !== 1) return;
    reader.readMessage<Glyph[]>((stackTag, stackGlyphs, stack) => {
      if (stackTag === 3) stackGlyphs.push(stack.readMessage(readGlyph, { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
    }, glyphs);
  }, []);
}

function readGlyph(tag: number, glyph: Glyph, reader: PbfReader): void {
  if (tag === 1) glyph.id = reader.readVarint();
  else if (tag === 2) glyph.bitmap = reader.readBytes();
  else if (tag === 3) glyph.width = reader.readVarint();
  else if (tag === 4) glyph.height = reader.readVarint();
  else if (tag === 5) glyph.left = reader.readSVarint();
  else if (tag === 6) glyph.top = reader.readSVarint();
  else if (tag === 7) glyph.advance = reader.readVarint();
}

function writeGlyphs(range: string, glyphs: readonly Glyph[]): Buffer {
  const writer = new PbfWriter();
  writer.writeMessage(1, () => {
    writer.writeStringField(1, FONT.join(','));
    writer.writeStringField(2, range);
    for (const glyph of glyphs) {
      writer.writeMessage(3, () => {
        writer.writeVarintField(1, glyph.id);
        if (glyph.bitmap) writer.writeBytesField(2, glyph.bitmap);
        writer.writeVarintField(3, glyph.width);
        writer.writeVarintField(4, glyph.height);
        writer.writeSVarintField(5, glyph.left);
        writer.writeSVarintField(6, glyph.top);
        writer.writeVarintField(7, glyph.advance);
      }, undefined);
    }
  }, undefined);
  return Buffer.from(writer.finish());
}
