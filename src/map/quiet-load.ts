/**
 * While the map loads, it draws only the frames that move loading on, instead of one after each
 * tile that arrives, and draws them out of sight: the build-time picture of the sites covers the
 * map until it is complete. On a phone with the CPU slowed 4×, each frame was a long task of
 * 200 ms or more, back to back for seconds, and each frame on screen held the main thread until
 * the GPU had drawn it: where the GPU is software (as on the bench's phone profile), the page
 * reads every frame it shows back from it. A transparent canvas is never read back; once the map
 * is complete, a fence polled once a frame tells when the GPU has drawn it, and only then is it
 * shown, so that the one read-back left does not wait. Once the map is complete, or the reader
 * moves it, it draws as usual; moves the page makes (a resize as the panel fills in) do not
 * count, and a resize's forced redraw waits like any other frame.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** While loading, a frame at least this often, in case something waits for one that no event announces. */
export const QUIET_FRAME_MS = 1000;

export interface QuietLoad {
  /** Resolves once the map is on screen. */
  shown: Promise<void>;
  /** Shows the map now, complete or not (the picture that covered it is gone). */
  show(): void;
}

/**
 * Frames while loading come when a source has its data (a frame asks for its tiles), when
 * everything has arrived (the frame that draws it), and otherwise once per `frameMs`.
 * @example quietLoad(new maplibregl.Map({ container, style })).shown.then(() => placeholder.remove())
 */
export function quietLoad(map: MapLibreMap, frameMs = QUIET_FRAME_MS): QuietLoad {
  const canvas = map.getCanvas();
  canvas.style.opacity = '0';
  let show: () => void = () => undefined;
  const shown = new Promise<void>(
    (resolve) =>
      (show = () => {
        canvas.style.opacity = '';
        resolve();
      }),
  );

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
    if (!event.originalEvent) return;
    done();
    show();
  };
  const complete = () => {
    done();
    map.once('render', () => void gpuFinished(canvas).then(show));
  };
  const done = () => {
    Reflect.deleteProperty(map, 'triggerRepaint');
    Reflect.deleteProperty(map, 'redraw');
    map.off('sourcedata', sourceData);
    map.off('movestart', readerMoves);
    map.off('idle', complete);
    drawNow();
  };
  map.on('sourcedata', sourceData);
  map.on('movestart', readerMoves);
  map.on('idle', complete);
  return { shown, show };
}

/** Resolves once the GPU has run every command given so far: polled once a frame, never waited on. */
function gpuFinished(canvas: HTMLCanvasElement): Promise<void> {
  const gl = canvas.getContext('webgl2');
  const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!gl || !fence) return Promise.resolve();
  gl.flush();
  return new Promise((resolve) => {
    const poll = () => {
      if (gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED && !gl.isContextLost()) {
        requestAnimationFrame(poll);
        return;
      }
      gl.deleteSync(fence);
      resolve();
    };
    requestAnimationFrame(poll);
  });
}
