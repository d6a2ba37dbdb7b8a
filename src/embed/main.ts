/**
 * The composition root of embed.html. Its stylesheets are the page's own, so the first paint
 * (the build-time picture of every site) is styled; the map's code is imported once that paint is
 * on screen. This script runs as soon as the page is parsed, before then: MapLibre's megabyte,
 * fetched from here, was compiled as it arrived, on the CPU that had that paint to draw.
 */
import './embed.css';

/** Resolves once the page's first paint is on screen, at once if it is; where the browser reports no paints, after the next frame. */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) requestAnimationFrame(() => setTimeout(resolve, 0));
    else
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
  });
}

void afterFirstPaint().then(() => import('./embed-map.ts'));
