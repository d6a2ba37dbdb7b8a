/**
 * The map loads out of sight: its canvas stays transparent, under the build-time picture of the
 * sites, until the map is complete and the GPU has drawn it, or until `show()` (the page calls it
 * when a move, the reader's or its own, takes the picture away). Where the GPU is software (as on
 * the bench's phone profile), the page reads every frame it shows back from the GPU, and waits
 * for it: each frame of the load was then a long task of 200 ms or more, the last one 600-900 ms.
 * A transparent canvas is never read back; a fence after each frame, polled once a display frame,
 * says when the GPU has drawn it, and the next frame, or showing the complete map, waits for that
 * without blocking the page. As no frame before the complete map's is seen, those are drawn into
 * a single pixel, and the complete map once more in full before it is shown.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface HiddenLoad {
  /** Resolves once the map is on screen. */
  shown: Promise<void>;
  /** Shows the map now, complete or not: the picture that covered it is gone. */
  show(): void;
}

/** @example hiddenLoad(new maplibregl.Map({ container, style })).shown.then(() => picture.remove()) */
export function hiddenLoad(map: MapLibreMap): HiddenLoad {
  const canvas = map.getCanvas();
  // The map has made its WebGL2 context by now (MapLibre draws with no other): asking again returns it.
  const gl = canvas.getContext('webgl2');
  canvas.style.opacity = '0';
  // A scissor box of one pixel spares a software GPU the fill of the frames no one sees (MapLibre
  // sets no scissor box of its own, outside its debug drawing).
  gl?.enable(gl.SCISSOR_TEST);
  gl?.scissor(0, 0, 1, 1);

  // Out of sight, no frame waits to reach the screen, and MapLibre would queue frames faster than
  // a software GPU draws them (1.1-1.5 s behind at 'idle' on a desktop, holding up the reader's
  // first move and the next page's paint): each frame waits for the GPU to have drawn the last.
  const draw = map.triggerRepaint.bind(map);
  let lastFrame = Promise.resolve();
  let asked = false;
  const fenceFrame = () => (lastFrame = gpuFinished(gl));
  map.on('render', fenceFrame);
  map.triggerRepaint = () => {
    if (asked) return;
    asked = true;
    void lastFrame.then(() => {
      asked = false;
      draw();
    });
  };

  let onScreen: () => void = () => undefined;
  const shown = new Promise<void>((resolve) => (onScreen = resolve));
  const show = () => {
    map.off('idle', complete);
    map.off('render', fenceFrame);
    // MapLibre asks for its own frames through this public method; the own property shadowed it.
    Reflect.deleteProperty(map, 'triggerRepaint');
    canvas.style.opacity = '';
    // Shown by a move, whose frames come in full.
    gl?.disable(gl.SCISSOR_TEST);
    onScreen();
  };
  // MapLibre fires 'idle' after the commands of a frame with nothing left to load or place: the
  // complete map, drawn once more in full, and shown when the GPU has drawn that.
  const complete = () => {
    if (!gl?.isEnabled(gl.SCISSOR_TEST)) return void lastFrame.then(show);
    gl.disable(gl.SCISSOR_TEST);
    map.once('idle', complete);
    map.triggerRepaint();
  };
  map.once('idle', complete);
  return { shown, show };
}

/** Resolves once the GPU has run every command given so far: polled once a frame, never waited on. */
function gpuFinished(gl: WebGL2RenderingContext | null): Promise<void> {
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
