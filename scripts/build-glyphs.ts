/**
 * Builds MapLibre glyph PBFs (SDF) for the fontstack "Noto Sans Regular" from @fontsource/noto-sans
 * (SIL OFL 1.1) with fontnik: whole ranges, committed, as they change only with the font. The
 * Hangul of the labels is built with the site, from the labels' characters (scripts/lib/glyphs.ts).
 * Run: npx tsx scripts/build-glyphs.ts
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLYPH_DIR, fontnikRange, readGlyphs } from './lib/glyphs.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fontsource = dirname(require.resolve('@fontsource/noto-sans/package.json'));
const outDir = join(root, 'public', GLYPH_DIR);

// fontnik reads WOFF1 but not WOFF2. Fontsource splits the font by Unicode subset, so a range may
// need glyphs from several files; their PBFs are concatenated (protobuf repeated-field merge:
// MapLibre reads every fontstack message in the file).
const woff = (subset: string): Buffer => readFileSync(join(fontsource, 'files', `noto-sans-${subset}-400-normal.woff`));
const RANGES: { start: number; subsets: string[]; mustHave: string }[] = [
  { start: 0, subsets: ['latin'], mustHave: 'AZaz09 éü' },
  { start: 256, subsets: ['latin-ext', 'latin'], mustHave: 'ŏŭŎŬıœ' }, // McCune-Reischauer breves
  { start: 8192, subsets: ['latin'], mustHave: '‘’“”–—…' },
];

mkdirSync(outDir, { recursive: true });
for (const { start, subsets, mustHave } of RANGES) {
  const end = start + 255;
  const parts = await Promise.all(subsets.map((s) => fontnikRange(woff(s), start, end)));
  const pbf = Buffer.concat(parts);
  const ids = readGlyphs(pbf).map((glyph) => glyph.id);
  if (new Set(ids).size !== ids.length) throw new Error(`${start}-${end}: duplicate glyph ids across subsets`);
  const missing = [...mustHave].filter((ch) => !ids.includes(ch.codePointAt(0) ?? -1));
  if (missing.length) throw new Error(`${start}-${end}: missing ${missing.join('')}`);
  writeFileSync(join(outDir, `${start}-${end}.pbf`), pbf);
  console.log(`${start}-${end}.pbf  ${ids.length} glyphs  ${(pbf.length / 1024).toFixed(1)} KB`);
}
copyFileSync(join(fontsource, 'LICENSE'), join(root, 'public', 'fonts', 'OFL.txt'));
