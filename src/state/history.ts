/** How a change of state enters the browser's history, so that Back steps through the sites a reader opened. */
import type { HashState } from './url.ts';

export type HistoryMode = 'push' | 'replace';

/**
 * A site the reader opens is a step of its own; the camera, filters, search and year only
 * change the current step, and a change that came from the address bar (a pasted link, Back)
 * is already in the history.
 * @example historyMode({ filters: NO_FILTERS }, { site: 'yodok', filters: NO_FILTERS }, false) // 'push'
 */
export function historyMode(previous: HashState, next: HashState, fromUrl: boolean): HistoryMode {
  return !fromUrl && next.site !== undefined && next.site !== previous.site ? 'push' : 'replace';
}
