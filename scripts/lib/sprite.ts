/**
 * The map's marker images as a sprite (a PNG sheet and its JSON index, at 1× and 2×), drawn at
 * build time from the same paths as every other marker (src/map/marker-shapes.ts). MapLibre
 * fetches and decodes a sprite off the page's main thread; drawing the markers on canvases in
 * the page and reading them back held a phone's main thread for about 300 ms.
 */
import { Resvg } from '@resvg/resvg-js';
import { FACILITY_TYPES, MINISTRIES } from '../../src/data/vocabulary.ts';
import { MARKER_BOX, MARKER_SIZE, markerParts } from '../../src/map/marker-shapes.ts';
import { markerName } from '../../src/map/theme.ts';

/** MapLibre asks for `<sprite>.json` and `.png`, or `@2x.json` and `@2x.png` on a dense screen. */
export const SPRITE_RATIOS = [1, 2] as const;
/** Markers per row of the sheet; a pixel of space around each, so no image bleeds into the next when scaled. */
const COLUMNS = 9;
const CELL = MARKER_SIZE + 2;

export interface SpriteEntry {
  x: number;
  y: number;
  width: number;
  height: number;
  pixelRatio: number;
}

export interface Sprite {
  png: Buffer;
  json: Record<string, SpriteEntry>;
}

/** Every ministry × facility type, in sheet order. */
const MARKERS = MINISTRIES.flatMap((ministry) => FACILITY_TYPES.map((type) => ({ ministry, type })));

/**
 * The sheet as SVG, in CSS pixels (resvg scales it for 2×).
 * @example spriteSvg().startsWith('<svg') // true
 */
export function spriteSvg(): string {
  const rows = Math.ceil(MARKERS.length / COLUMNS);
  const scale = MARKER_SIZE / MARKER_BOX;
  const cells = MARKERS.map(({ ministry, type }, i) => {
    const [x, y] = [(i % COLUMNS) * CELL + 1, Math.floor(i / COLUMNS) * CELL + 1];
    const paths = markerParts(ministry, type).map((part) => {
      const dash = part.dash ? ` stroke-dasharray="${part.dash.join(' ')}"` : '';
      return `<path d="${part.d}" fill="${part.fill}" stroke="${part.stroke}" stroke-width="${part.strokeWidth}"${dash}/>`;
    });
    return `<g transform="translate(${x} ${y}) scale(${scale})">${paths.join('')}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COLUMNS * CELL}" height="${rows * CELL}">${cells.join('')}</svg>`;
}

/**
 * The sheet and its index at one pixel ratio.
 * @example Object.keys(buildSprite(2).json).length // 54: 6 ministries × 9 facility types
 */
export function buildSprite(pixelRatio: number): Sprite {
  const png = new Resvg(spriteSvg(), { fitTo: { mode: 'zoom', value: pixelRatio }, font: { loadSystemFonts: false } }).render().asPng();
  const json = Object.fromEntries(
    MARKERS.map(({ ministry, type }, i): [string, SpriteEntry] => {
      const [x, y] = [(i % COLUMNS) * CELL + 1, Math.floor(i / COLUMNS) * CELL + 1];
      const size = MARKER_SIZE * pixelRatio;
      return [markerName(ministry, type), { x: x * pixelRatio, y: y * pixelRatio, width: size, height: size, pixelRatio }];
    }),
  );
  return { png, json };
}
