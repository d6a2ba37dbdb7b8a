/**
 * Whether a map is small: a phone's, a newsroom's embed. Kept apart from MapLibre's code, so the
 * panel's legend can ask without waiting for the map's.
 */

/**
 * True when the map is too small for a popup to sit beside a site without covering controls.
 * @example isCompact({ clientWidth: 375, clientHeight: 640 }) // true
 */
export function isCompact({ clientWidth, clientHeight }: Pick<HTMLElement, 'clientWidth' | 'clientHeight'>): boolean {
  return clientWidth < 700 || clientHeight < 560;
}
