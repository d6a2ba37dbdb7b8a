/**
 * The one message the embed sends its host page. It carries only a height, never data, so the
 * embed may post it to any parent (`'*'`); the loader checks who sent it and what it holds.
 */

export const HEIGHT_MESSAGE = 'nk-camp-map:height';
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
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  if (Object.keys(data).sort().join() !== 'height,type') return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT;
}

/**
 * A height in the accepted range, whole pixels.
 * @example clampHeight(90) // 150
 */
export function clampHeight(height: number): number {
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Number.isFinite(height) ? height : DEFAULT_HEIGHT)));
}
