/**
 * The share cards: a 1200×630 PNG per site and one for the map, drawn as SVG and rendered by
 * resvg with the bundled fonts (card-fonts.ts), never the machine's, and without any network.
 * A site's card names it in both languages, says what it is, and shows its location map.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { FeatureCollection } from 'geojson';
import type { Site } from '../../src/data/site.ts';
import type { DataVersion } from '../../src/data/version.ts';
import { PAGE_STRINGS } from '../../src/i18n/page-strings.ts';
import { CARD_FONT_FAMILY, cardFontFiles } from './card-fonts.ts';
import { ROOT } from './geo-files.ts';
import { locationMapBody, type Basemap } from './location-map.ts';
import { escapeXml, previewSvg } from './preview.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;
const MAP_WIDTH = 500;
const TEXT_WIDTH = CARD_SIZE.width - MAP_WIDTH - 2 * 48;
const INK = '#1d1d1f';
const MUTED = '#5a5a60';

/**
 * About how wide a text is in ems: Hangul and other wide characters a full em, capitals and
 * digits about two thirds, the rest about half. resvg measures nothing for us beforehand.
 * @example Math.round(emWidth('승호리') * 10) // 30
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(char) ? 1 : /[A-Z0-9]/.test(char) ? 0.66 : char === ' ' ? 0.26 : 0.54;
  return width;
}

/**
 * The text in lines no wider than `width` at `size`, at most `max` of them, the last cut with an ellipsis.
 * @example wrap('Kwan-li-so No. 15, Yodok', 40, 300, 2) // ['Kwan-li-so No. 15,', 'Yodok']
 */
export function wrap(text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && emWidth(`${last} ${word}`) * size <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let cut = kept[max - 1] ?? '';
  while (cut && emWidth(`${cut}…`) * size > width) cut = cut.slice(0, -1);
  kept[max - 1] = `${cut.trimEnd()}…`;
  return kept;
}

/** Lines of text from `y` down, each `size` high with some leading; returns the SVG and where the next line would go. */
function textLines(lines: readonly string[], y: number, size: number, style: string): { svg: string; y: number } {
  let at = y;
  const svg = lines
    .map((line) => {
      at += size * 1.25;
      return `<text x="48" y="${Math.round(at)}" font-size="${size}" ${style}>${escapeXml(line)}</text>`;
    })
    .join('');
  return { svg, y: at };
}

const frame = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" viewBox="0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}" font-family="${CARD_FONT_FAMILY}">` +
  `<rect width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" fill="#ffffff"/>${body}</svg>`;

const masthead = `<text x="48" y="70" font-size="26" fill="${MUTED}" letter-spacing="1">${escapeXml(`${PAGE_STRINGS.en.title} · ${PAGE_STRINGS.ko.title}`)}</text>`;

/**
 * A site's card as SVG: its names, type, operator, place and evidence, and its location map.
 * @example siteCardSvg(site, loadBasemap()).includes('width="1200"') // true
 */
export function siteCardSvg(site: Site, basemap: Basemap): string {
  const t = PAGE_STRINGS.en;
  const name = textLines(wrap(site.name, 52, TEXT_WIDTH, 2), 100, 52, `font-weight="700" fill="${INK}"`);
  const korean = textLines(wrap(site.name_ko, 40, TEXT_WIDTH, 1), name.y + 6, 40, `font-family="'NanumGothic'" font-weight="700" fill="${INK}"`);
  const place = `${site.county}, ${t.provinces[site.province]}`;
  const facts = textLines(
    [t.facilityTypes[site.facility_type], t.ministryNames[site.ministry], place, t.statuses[site.status]].flatMap((line) => wrap(line, 26, TEXT_WIDTH, 1)),
    korean.y + 20,
    26,
    `fill="${INK}"`,
  );
  const evidence = textLines(wrap(`${t.evidence}: ${t.evidenceSummary(site.sources.map((s) => s.kind))}`, 23, TEXT_WIDTH, 2), Math.max(facts.y + 14, 522), 23, `fill="${MUTED}"`);
  const map = `<svg x="${CARD_SIZE.width - MAP_WIDTH}" y="0" width="${MAP_WIDTH}" height="${CARD_SIZE.height}" viewBox="0 0 ${MAP_WIDTH} ${CARD_SIZE.height}">${locationMapBody(site, basemap, MAP_WIDTH, CARD_SIZE.height)}</svg>`;
  return frame(masthead + name.svg + korean.svg + facts.svg + evidence.svg + map);
}

/**
 * The map's card as SVG: the title in both languages, what it shows, and the picture of every site.
 * @example mapCardSvg(sites, countries, version).includes('width="630"') // true
 */
export function mapCardSvg(sites: readonly Site[], countries: FeatureCollection, version: DataVersion): string {
  const title = textLines(wrap(PAGE_STRINGS.en.title, 56, TEXT_WIDTH, 2), 100, 56, `font-weight="700" fill="${INK}"`);
  const korean = textLines([PAGE_STRINGS.ko.title], title.y + 8, 44, `font-family="'NanumGothic'" font-weight="700" fill="${INK}"`);
  const subtitle = textLines(wrap(PAGE_STRINGS.en.subtitle, 28, TEXT_WIDTH, 4), korean.y + 24, 28, `fill="${INK}"`);
  const count = textLines([PAGE_STRINGS.en.sitePage.cardFooter(sites.length, version)], 540, 24, `fill="${MUTED}"`);
  // The picture of the sites, scaled to the card's height.
  const { svg } = previewSvg(sites, countries);
  const [, width = '400', height = '400'] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
  const scaledWidth = Math.round((Number(width) * CARD_SIZE.height) / Number(height));
  const picture = svg.replace(/^<svg [^>]*>/, `<svg x="${CARD_SIZE.width - scaledWidth}" y="0" width="${scaledWidth}" height="${CARD_SIZE.height}" viewBox="0 0 ${width} ${height}">`);
  return frame(masthead + title.svg + korean.svg + subtitle.svg + count.svg + picture);
}

/**
 * An SVG drawn as PNG with the bundled fonts, on the thread pool, so cards render side by side.
 * @example (await renderPng(siteCardSvg(site, basemap))).subarray(1, 4).toString() // 'PNG'
 */
export async function renderPng(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, { font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'NanumGothic' } })).asPng();
}

/** Where drawn cards are kept between builds, by the hash of their SVG and of the font files' paths (which name their versions). */
const CACHE = join(ROOT, 'node_modules/.cache/nk-camp-map/cards');

/**
 * renderPng, through a cache on disk: a card takes resvg a fifth of a second, and the test
 * suite and a writer's rebuilds draw the same few hundred cards again and again.
 */
export async function cachedPng(svg: string): Promise<Buffer> {
  const file = join(CACHE, `${createHash('sha256').update(fontFiles().join('\n')).update(svg).digest('hex')}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderPng(svg);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}

/** The same, on this thread: for the handful of small images (the marker icons). */
export function renderPngSync(svg: string): Buffer {
  return new Resvg(svg, { font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'NanumGothic' } }).render().asPng();
}

let files: string[] | undefined;
const fontFiles = () => (files ??= cardFontFiles());
