/**
 * Calls `onLink` when the page's link changes from outside the app: a pasted or clicked link,
 * Back and Forward, a host page changing an embed's hash. popstate comes as the link changes;
 * hashchange only when the browser gets to it, a frame or more later while the map draws
 * (issue #13: a response within a frame), so whichever comes first is taken, not the other.
 * @returns `wrote`, for the app to call after writing the link itself (history.replaceState and
 * pushState fire neither event), so that a later event for the link it wrote is not taken as new
 * @example const link = watchLink(() => store.replace(readHash(location.hash))); history.replaceState(null, '', '#q=yodok'); link.wrote();
 */
export function watchLink(onLink: () => void): { wrote(): void } {
  let known = location.hash;
  const changed = () => {
    if (location.hash === known) return;
    known = location.hash;
    onLink();
  };
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
  return {
    wrote: () => {
      known = location.hash;
    },
  };
}
