/**
 * The two messages the embed sends its host page: its height, and that its map has drawn. They
 * carry no data, so the embed may post them to any parent (`'*'`); the loader checks who sent
 * each and exactly what it holds.
 */

export const HEIGHT_MESSAGE = 'nk-camp-map:height';
export const READY_MESSAGE = 'nk-camp-map:ready';
/** Heights the loader accepts, in CSS pixels: a broken or hostile frame cannot collapse or flood the page. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 3000;
/** The height of an embed before it reports its own, and the documented default for a plain iframe. */
export const DEFAULT_HEIGHT = 500;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/**
 * True only for exactly `{type: 'nk-camp-map:height', height}`, no other keys, with a finite
 * height from 150 to 3000.
 * @example isHeightMessage({ type: 'nk-camp-map:height', height: 640 }) // true
 * @example isHeightMessage({ type: 'nk-camp-map:height', height: 1e6 }) // false
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!hasKeys(data, 'height,type')) return false;
  const { type, height } = data;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT;
}

export interface ReadyMessage {
  type: typeof READY_MESSAGE;
}

/**
 * True only for exactly `{type: 'nk-camp-map:ready'}`, no other keys: the map has drawn its sites.
 * @example isReadyMessage({ type: 'nk-camp-map:ready' }) // true
 * @example isReadyMessage({ type: 'nk-camp-map:ready', url: 'x' }) // false
 */
export function isReadyMessage(data: unknown): data is ReadyMessage {
  return hasKeys(data, 'type') && data.type === READY_MESSAGE;
}

/** A plain object with exactly these keys (sorted, comma-separated). */
function hasKeys(data: unknown, keys: string): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).sort().join() === keys;
}

/**
 * A height in the accepted range, whole pixels.
 * @example clampHeight(90) // 150
 */
export function clampHeight(height: number): number {
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Number.isFinite(height) ? height : DEFAULT_HEIGHT)));
}
