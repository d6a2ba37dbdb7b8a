/**
 * While the map loads, it draws only the frames that move loading on, instead of one after each
 * tile that arrives. Those frames are never seen (the build-time picture of the sites covers the
 * map until it is complete), yet each one was a long task on a phone: with the CPU slowed 4×,
 * 200 ms or more, back to back for seconds. Once the map is complete, or the reader moves it, it
 * draws as usual; moves the page makes (a resize as the panel fills in) do not count, and a
 * resize's forced redraw waits like any other frame.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** While loading, a frame at least this often, in case something waits for one that no event announces. */
export const QUIET_FRAME_MS = 1000;

/**
 * Frames while loading come when a source has its data (a frame asks for its tiles), when
 * everything has arrived (the frame that draws it), and otherwise once per `frameMs`.
 * @example quietLoad(new maplibregl.Map({ container, style })) // draws as usual from the first 'idle' on
 */
export function quietLoad(map: MapLibreMap, frameMs = QUIET_FRAME_MS): void {
  const draw = map.triggerRepaint.bind(map);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let needsTiles = false;
  const drawNow = () => {
    clearTimeout(timer);
    timer = undefined;
    needsTiles = false;
    draw();
  };
  const sourceData = (event: MapSourceDataEvent) => {
    if (event.sourceDataType === 'metadata') needsTiles = true;
  };
  // MapLibre asks for its own frames through these public methods; own properties shadow them.
  map.triggerRepaint = () => {
    if (needsTiles || map.isStyleLoaded()) drawNow();
    else timer ??= setTimeout(drawNow, frameMs);
  };
  map.redraw = () => {
    map.triggerRepaint();
    return map;
  };
  const readerMoves = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) done();
  };
  const done = () => {
    Reflect.deleteProperty(map, 'triggerRepaint');
    Reflect.deleteProperty(map, 'redraw');
    map.off('sourcedata', sourceData);
    map.off('movestart', readerMoves);
    map.off('idle', done);
    drawNow();
  };
  map.on('sourcedata', sourceData);
  map.on('movestart', readerMoves);
  map.on('idle', done);
}
