/**
 * Auto height: the embed tells its host page how tall it would like to be. The answer depends
 * on the width only (never on the height it was given), so resizing the iframe cannot loop.
 */
import { HEIGHT_MESSAGE, clampHeight, type HeightMessage } from './protocol.ts';

/** North Korea is about as tall as it is wide; a little flatter keeps the article moving. */
const MAP_ASPECT = 0.85;
const MAP_MIN = 300;
const MAP_MAX = 640;

/**
 * The height to ask for: a map sized to the width, plus the footer.
 * @example preferredHeight(700, 60) // 655
 */
export function preferredHeight(width: number, footerHeight: number): number {
  return clampHeight(Math.min(MAP_MAX, Math.max(MAP_MIN, Math.round(width * MAP_ASPECT))) + footerHeight);
}

/**
 * Posts `{type: 'nk-camp-map:height', height}` to the parent now and whenever the root or the
 * footer changes size. The message holds no data, so `'*'` leaks nothing; the loader checks
 * the sender. Silent when not framed, and while fullscreen (the width then is the screen's).
 */
export function reportHeight(root: HTMLElement, footer: HTMLElement): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    if (document.fullscreenElement) return;
    const height = preferredHeight(root.clientWidth, footer.offsetHeight);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  observer.observe(footer);
  send();
}
