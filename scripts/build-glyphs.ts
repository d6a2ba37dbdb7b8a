/**
 * Builds MapLibre glyph PBFs (SDF) for the fontstack "Noto Sans Regular" from @fontsource/noto-sans
 * (SIL OFL 1.1) with fontnik. Output is committed, so CI and the app never need the native module.
 * Hangul is not shipped: MapLibre draws it locally (localIdeographFontFamily).
 * Run: npx tsx scripts/build-glyphs.ts
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Fontnik = {
  range(opts: { font: Buffer; start: number; end: number }, cb: (err: Error | null, data: Buffer) => void): void;
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fontnik = require('fontnik') as Fontnik; // loads prebuilds/<platform>-<arch>/fontnik.node
const fontsource = dirname(require.resolve('@fontsource/noto-sans/package.json'));
const outDir = join(root, 'public', 'fonts', 'Noto Sans Regular');

// fontnik reads WOFF1 but not WOFF2. Fontsource splits the font by Unicode subset, so a range may
// need glyphs from several files; their PBFs are concatenated (protobuf repeated-field merge:
// MapLibre reads every fontstack message in the file).
const woff = (subset: string): Buffer => readFileSync(join(fontsource, 'files', `noto-sans-${subset}-400-normal.woff`));
const RANGES: { start: number; subsets: string[]; mustHave: string }[] = [
  { start: 0, subsets: ['latin'], mustHave: 'AZaz09 éü' },
  { start: 256, subsets: ['latin-ext', 'latin'], mustHave: 'ŏŭŎŬıœ' }, // McCune-Reischauer breves
  { start: 8192, subsets: ['latin'], mustHave: '‘’“”–—…' },
];

function range(font: Buffer, start: number, end: number): Promise<Buffer> {
  return new Promise((resolve, reject) => fontnik.range({ font, start, end }, (err, data) => (err ? reject(err) : resolve(data))));
}

/** Glyph ids in a glyph PBF (minimal protobuf walk: fontstacks=1 > glyphs=3 > id=1). */
function glyphIds(buf: Buffer): number[] {
  const ids: number[] = [];
  const varint = (b: Buffer, pos: { i: number }): number => {
    let v = 0;
    for (let s = 0; ; s += 7) {
      const byte = b[pos.i++] ?? 0;
      v += (byte & 0x7f) * 2 ** s;
      if (byte < 0x80) return v;
    }
  };
  const walk = (b: Buffer, depth: number): void => {
    const pos = { i: 0 };
    while (pos.i < b.length) {
      const key = varint(b, pos);
      const [tag, wire] = [Math.floor(key / 8), key % 8];
      if (wire === 0) {
        const v = varint(b, pos);
        if (depth === 2 && tag === 1) ids.push(v);
      } else if (wire === 2) {
        const len = varint(b, pos);
        const sub = b.subarray(pos.i, pos.i + len);
        pos.i += len;
        if ((depth === 0 && tag === 1) || (depth === 1 && tag === 3)) walk(sub, depth + 1);
      } else throw new Error(`unexpected wire type ${wire}`);
    }
  };
  walk(buf, 0);
  return ids;
}

mkdirSync(outDir, { recursive: true });
for (const { start, subsets, mustHave } of RANGES) {
  const end = start + 255;
  const parts = await Promise.all(subsets.map((s) => range(woff(s), start, end)));
  const pbf = Buffer.concat(parts);
  const ids = glyphIds(pbf);
  if (new Set(ids).size !== ids.length) throw new Error(`${start}-${end}: duplicate glyph ids across subsets`);
  const missing = [...mustHave].filter((ch) => !ids.includes(ch.codePointAt(0) ?? -1));
  if (missing.length) throw new Error(`${start}-${end}: missing ${missing.join('')}`);
  writeFileSync(join(outDir, `${start}-${end}.pbf`), pbf);
  console.log(`${start}-${end}.pbf  ${ids.length} glyphs  ${(pbf.length / 1024).toFixed(1)} KB`);
}
copyFileSync(join(fontsource, 'LICENSE'), join(root, 'public', 'fonts', 'OFL.txt'));
