/**
 * Follows the page's link as it changes from outside the app: a pasted or clicked link, Back and
 * Forward, a host page changing an embed's hash. popstate comes as the link changes; hashchange
 * only when the browser gets to it, a frame or more later while the map draws (issue #13: a
 * response within a frame). So the state follows the link at whichever comes first, and the
 * camera at hashchange, after MapLibre's own handler has moved it to a view the link names.
 * @param onLink the link's hash is the state now
 * @param onCamera move the camera for the link (its hash as it came)
 * @param readFrom the hash the page's state was read from: a link that came while the page was
 * starting, before it listened, is taken at once (its camera is the page's first one)
 * @returns `wrote`, for the app to call after writing the link itself (history.replaceState and
 * pushState fire neither event), so that the link it wrote is not taken for a new one
 * @example const link = watchLink((hash) => store.replace(readHash(hash)), (hash) => frameFor(hash), firstHash); history.replaceState(null, '', '#q=yodok'); link.wrote();
 */
export function watchLink(onLink: (hash: string) => void, onCamera: (hash: string) => void, readFrom: string): { wrote(): void } {
  let known = readFrom;
  /** A link taken at popstate, whose camera waits for hashchange. */
  let taken: string | undefined;
  const take = () => {
    if (location.hash === known) return undefined;
    known = location.hash;
    onLink(known);
    return known;
  };
  window.addEventListener('popstate', () => {
    taken = take() ?? taken;
  });
  take();
  window.addEventListener('hashchange', () => {
    const hash = taken ?? take();
    taken = undefined;
    // The map may have written its view into the link meanwhile: that is no new link.
    known = location.hash;
    if (hash !== undefined) onCamera(hash);
  });
  return {
    wrote: () => {
      known = location.hash;
    },
  };
}
