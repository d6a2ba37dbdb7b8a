/**
 * The fonts the build draws text with (share cards, marker icons), never the build machine's:
 * Noto Sans for Latin, with the breves of McCune-Reischauer, and Nanum Gothic for Hangul, both
 * under the SIL Open Font License. resvg reads font files from disk, so the Noto Sans WOFF files
 * are unwrapped once into a folder of the system's temporary directory.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sfntFromWoff } from './woff.ts';

/** What an SVG drawn by the build names as its font: Latin from the first, Hangul from the second. */
export const CARD_FONT_FAMILY = "'Noto Sans', 'NanumGothic'";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * The font files, TrueType all: Noto Sans's Latin and Latin Extended subsets, regular and bold,
 * then Nanum Gothic regular and bold.
 * @example cardFontFiles().length // 6
 */
export function cardFontFiles(): string[] {
  const noto = packageDir('@fontsource/noto-sans');
  const nanum = packageDir('@expo-google-fonts/nanum-gothic');
  const version = (JSON.parse(readFileSync(join(noto, 'package.json'), 'utf8')) as { version: string }).version;
  const out = join(tmpdir(), `nk-camp-map-fonts-${version}`);
  mkdirSync(out, { recursive: true });
  const latin = ['latin', 'latin-ext'].flatMap((subset) =>
    [400, 700].map((weight) => {
      const name = `noto-sans-${subset}-${weight}-normal`;
      const ttf = join(out, `${name}.ttf`);
      if (!existsSync(ttf)) writeFileSync(ttf, sfntFromWoff(readFileSync(join(noto, 'files', `${name}.woff`))));
      return ttf;
    }),
  );
  return [...latin, join(nanum, '400Regular/NanumGothic_400Regular.ttf'), join(nanum, '700Bold/NanumGothic_700Bold.ttf')];
}
