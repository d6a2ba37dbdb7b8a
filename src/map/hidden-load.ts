/**
 * The map loads out of sight: its canvas stays transparent, under the build-time picture of the
 * sites, until the map is complete and the GPU has drawn it, or until the reader moves it. Where
 * the GPU is software (as on the bench's phone profile), the page reads every frame it shows back
 * from the GPU, and waits for it: each frame of the load was then a long task of 200 ms or more,
 * the last one 600-900 ms. A transparent canvas is never read back, and a fence, polled once a
 * frame, says when the GPU has drawn the complete map, so that showing it waits for nothing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface HiddenLoad {
  /** Resolves once the map is on screen. */
  shown: Promise<void>;
  /** Shows the map now, complete or not (the picture that covered it is gone). */
  show(): void;
}

/** @example hiddenLoad(new maplibregl.Map({ container, style })).shown.then(() => picture.remove()) */
export function hiddenLoad(map: MapLibreMap): HiddenLoad {
  const canvas = map.getCanvas();
  canvas.style.opacity = '0';
  let show: () => void = () => undefined;
  const shown = new Promise<void>(
    (resolve) =>
      (show = () => {
        map.off('idle', complete);
        map.off('movestart', readerMoves);
        canvas.style.opacity = '';
        resolve();
      }),
  );
  // MapLibre fires 'idle' after the commands of the complete map's frame.
  const complete = () => void gpuFinished(canvas).then(show);
  const readerMoves = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) show();
  };
  map.once('idle', complete);
  map.on('movestart', readerMoves);
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
