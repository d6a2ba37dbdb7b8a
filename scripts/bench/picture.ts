/**
 * When a page's build-time picture of every site painted. The picture is inline SVG in the page's
 * HTML (scripts/lib/preview-plugin.ts), which Element Timing does not report: in the page before
 * its first contentful paint, it painted with it; added later, it is taken to paint in the next
 * animation frame. A string of page script, installed before the page's own, which sets
 * `window.__picture` (null on a page without the picture); tsx would wrap named inner functions
 * in a helper the page does not have.
 */
export const PICTURE_PROBE = `
  window.__picture = null;
  let pictureAt;
  const pictureSeen = new MutationObserver(() => {
    if (!document.querySelector('.map-placeholder')) return;
    pictureSeen.disconnect();
    pictureAt = performance.now();
    requestAnimationFrame((frame) => { if (window.__picture === null) window.__picture = frame; });
  });
  pictureSeen.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (fcp && pictureAt !== undefined && pictureAt <= fcp.startTime) window.__picture = fcp.startTime;
  }).observe({ type: 'paint', buffered: true });
`;
