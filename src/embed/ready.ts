/** The embed tells its host page when its map has drawn, so the loader's static preview can give way to it. */
import { READY_MESSAGE, type ReadyMessage } from './protocol.ts';

/**
 * Posts `{type: 'nk-camp-map:ready'}` to the parent once `drawn` resolves; silent when not framed.
 * @example reportReady(campMap.drawn)
 */
export function reportReady(drawn: Promise<void>): void {
  if (window.parent === window) return;
  const message: ReadyMessage = { type: READY_MESSAGE };
  void drawn.then(() => window.parent.postMessage(message, '*'));
}
